import Link from "next/link";

export function Brand({ size = "normal" }: { size?: "normal" | "small" }) {
  return (
    <Link href="/" className={`brand brand-${size}`} aria-label="Lousa">
      <span className="brand-mark" aria-hidden="true">▚</span> Lousa
    </Link>
  );
}
