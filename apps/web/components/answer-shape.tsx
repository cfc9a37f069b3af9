/**
 * Colour + shape per option index: colour-blind students can still tell options apart by shape and text.
 * Each pair of background and text colour meets WCAG AA contrast (4.5:1); yellow is only readable with dark text.
 */
export const OPTION_COLORS = ["#e21b3c", "#1368ce", "#ffc83d", "#1b7a06", "#864cbf", "#077a7a"] as const;
const OPTION_TEXT = ["#ffffff", "#ffffff", "#1d1d26", "#ffffff", "#ffffff", "#ffffff"] as const;

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

/** Background and text colour of an option, as a style object. */
export function optionStyle(index: number): { backgroundColor: string; color: string; textShadow?: string } {
  const color = OPTION_TEXT[index % OPTION_TEXT.length] ?? "#ffffff";
  return { backgroundColor: optionColor(index), color, ...(color === "#ffffff" ? {} : { textShadow: "none" }) };
}
