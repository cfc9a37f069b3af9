"use client";

/**
 * Downloads a game's results file with the teacher's session cookie instead of a host key: a game this
 * browser did not host (another computer, cleared storage) is still its creator's. Same file names and
 * parameters as download.ts's `downloadGameFile`, which sends the key; the server accepts either.
 * (download.ts could take an optional key and make this unnecessary.)
 */
export async function downloadGameFileWithSession(gameId: string, file: string, params: Readonly<Record<string, string>>): Promise<boolean> {
  const lang = document.documentElement.lang;
  const query = new URLSearchParams({ ...params, locale: lang === "en" ? "en" : "pt-BR" });
  const res = await fetch(`/api/games/${encodeURIComponent(gameId)}/${file}?${query.toString()}`, { credentials: "same-origin" });
  if (!res.ok) return false;
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "lousa-results";
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
