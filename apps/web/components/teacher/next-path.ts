/**
 * Where to go after signing in. Only a path on this site is followed ("/host?bank=x"), never an
 * address elsewhere ("//evil.example", "https://…", "/\evil"): a link to the sign-in page must not
 * become a way to send a teacher to someone else's page after they typed their password.
 */
export function safeNext(next: string | null | undefined, fallback = "/host"): string {
  if (!next || next.length > 500) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  // Back to the sign-in or setup page would loop.
  if (/^\/(signin|setup)(?:[/?#]|$)/.test(next)) return fallback;
  return next;
}

/** The sign-in page, coming back to `next` after. */
export function signInPath(next: string): string {
  return `/signin?next=${encodeURIComponent(safeNext(next))}`;
}

/** The first-run setup page, coming back to `next` after. */
export function setupPath(next: string): string {
  return `/setup?next=${encodeURIComponent(safeNext(next))}`;
}

/** Where the sign-in or setup page was asked to return to (`?next=`), checked to be a path on this site. */
export function nextFromUrl(): string {
  return safeNext(new URLSearchParams(window.location.search).get("next"));
}
