/** Gold, silver, bronze: each with a dark rim so it reads on the white card. */
const METALS = {
  1: { face: "#ffc83d", rim: "#a87a00" },
  2: { face: "#d9dde3", rim: "#7a828c" },
  3: { face: "#e0985a", rim: "#8a4f1d" },
} as const;

/** A podium medal with its place on it, drawn here (no image file); decorative, the text beside it says the place. */
export function Medal({ place }: { place: 1 | 2 | 3 }) {
  const m = METALS[place];
  return (
    <svg width="64" height="80" viewBox="0 0 64 80" aria-hidden="true" data-testid="medal">
      <path d="M14 0 H28 L36 30 H22 Z" fill="#1368ce" />
      <path d="M50 0 H36 L28 30 H42 Z" fill="#e21b3c" />
      <circle cx="32" cy="52" r="24" fill={m.face} stroke={m.rim} strokeWidth="4" />
      <circle cx="32" cy="52" r="16" fill="none" stroke={m.rim} strokeWidth="2" opacity="0.5" />
      <text x="32" y="60" textAnchor="middle" fontSize="22" fontWeight="900" fill="#1d1d26" fontFamily="system-ui, sans-serif">
        {place}
      </text>
    </svg>
  );
}
