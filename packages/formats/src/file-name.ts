/**
 * A file name from a bank title, for every export: "Introdução à Física: 1º ano" → "introducao-a-fisica-1o-ano".
 * No accents (NFKD also turns "º" into "o"), no spaces, nothing a file system or a download header could
 * choke on, at most 60 characters; `fallback` when nothing of the title is left.
 */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" ? fallback : slug;
}
