/**
 * The projector's few icons, drawn as SVG: an emoji depends on the machine's fonts (a school laptop or a
 * headless browser may have none and show a box). Decorative: the button's text or label says it.
 */
const common = { width: "1em", height: "1em", viewBox: "0 0 24 24", "aria-hidden": true, focusable: false, className: "icon" } as const;

export function PauseIcon() {
  return (
    <svg {...common}>
      <rect x="5" y="4" width="5" height="16" rx="1" fill="currentColor" />
      <rect x="14" y="4" width="5" height="16" rx="1" fill="currentColor" />
    </svg>
  );
}

export function PlayIcon() {
  return (
    <svg {...common}>
      <path d="M6 4 L20 12 L6 20 Z" fill="currentColor" />
    </svg>
  );
}

export function SpeakerIcon({ muted }: { muted: boolean }) {
  return (
    <svg {...common}>
      <path d="M3 9 H7 L12 4 V20 L7 15 H3 Z" fill="currentColor" />
      {muted ? (
        <path d="M16 9 L22 15 M22 9 L16 15" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      ) : (
        <path d="M15.5 8.5 A5 5 0 0 1 15.5 15.5 M18.5 5.5 A9 9 0 0 1 18.5 18.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" fill="none" />
      )}
    </svg>
  );
}
