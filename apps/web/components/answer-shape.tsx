/** Colour + shape per option index: colour-blind students can still tell options apart by shape and text. */
export const OPTION_COLORS = ["#e21b3c", "#1368ce", "#d89e00", "#26890c", "#864cbf", "#0aa3a3"] as const;

const PATHS = [
  "M12 3 L22 21 L2 21 Z", // triangle
  "M12 2 L22 12 L12 22 L2 12 Z", // diamond
  "", // circle (drawn below)
  "M4 4 H20 V20 H4 Z", // square
  "M12 2 L14.9 8.9 L22 9.3 L16.5 14 L18.2 21 L12 17.3 L5.8 21 L7.5 14 L2 9.3 L9.1 8.9 Z", // star
  "M7 3 H17 L22 12 L17 21 H7 L2 12 Z", // hexagon
];

export function AnswerShape({ index, size = 32 }: { index: number; size?: number }) {
  const path = PATHS[index % PATHS.length];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="shape">
      {path ? <path d={path} fill="currentColor" /> : <circle cx="12" cy="12" r="10" fill="currentColor" />}
    </svg>
  );
}

export function optionColor(index: number): string {
  return OPTION_COLORS[index % OPTION_COLORS.length] ?? OPTION_COLORS[0];
}
