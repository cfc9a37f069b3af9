import { ImageResponse } from "next/og";

/** The home-screen icon for iOS (which takes no SVG): app/icon.svg's drawing, as a 180 px PNG made at build time. */
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

const tile = (color: string, opacity = 1) => ({ width: 48, height: 48, borderRadius: 8, background: color, opacity });

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "linear-gradient(135deg, #2d1b69, #46178f)" }}>
        <div style={{ display: "flex", flexWrap: "wrap", width: 102, gap: 6 }}>
          <div style={tile("#ffc83d")} />
          <div style={tile("#ffffff", 0.18)} />
          <div style={tile("#ffffff", 0.18)} />
          <div style={tile("#ffc83d")} />
        </div>
      </div>
    ),
    size,
  );
}
