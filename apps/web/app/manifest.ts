import type { MetadataRoute } from "next";

/**
 * Lets a phone add Lousa to its home screen (served at /manifest.webmanifest; Next links it from every
 * page). It opens on the join page, full screen like an app, in the brand's purple. The icon is
 * app/icon.svg, drawn by the project.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Lousa — quiz ao vivo",
    short_name: "Lousa",
    description: "Quiz ao vivo para a sala de aula — live classroom quiz",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#2d1b69",
    theme_color: "#2d1b69",
    lang: "pt-BR",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
