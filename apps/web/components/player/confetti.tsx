import type { CSSProperties } from "react";
import { OPTION_COLORS } from "../answer-shape";
import styles from "./confetti.module.css";

/** Pieces of confetti: few enough for a cheap phone, placed by a fixed pattern so every render agrees (no hydration mismatch). */
const PIECES = Array.from({ length: 28 }, (_, i) => ({
  left: (i * 37) % 100,
  delay: ((i * 7) % 10) / 10,
  duration: 2.2 + ((i * 13) % 9) / 10,
  drift: ((i * 29) % 60) - 30,
  color: OPTION_COLORS[i % OPTION_COLORS.length],
  round: i % 3 === 0,
}));

/**
 * A short burst of confetti over the end card, for the podium places. Drawn by CSS (no file, no
 * library), decorative (hidden from screen readers), and not drawn at all under prefers-reduced-motion.
 * It plays a few times and stops: a celebration, not a screensaver.
 */
export function Confetti() {
  return (
    <div className={styles.sky} aria-hidden="true" data-testid="confetti">
      {PIECES.map((p, i) => {
        // The sideways drift is a custom property, read by the keyframes.
        const style: CSSProperties & { "--drift": string } = { left: `${p.left}%`, backgroundColor: p.color, animationDelay: `${p.delay}s`, animationDuration: `${p.duration}s`, "--drift": `${p.drift}px` };
        return <span key={i} className={`${styles.piece} ${p.round ? styles.round : ""}`} style={style} />;
      })}
    </div>
  );
}
