"use client";

/**
 * Downloads a results file with the host secret in the Authorization header (never in a URL,
 * which would end up in logs and browser history), then hands the file to the browser.
 */
export async function downloadFile(path: string, hostSecret: string): Promise<boolean> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${hostSecret}` } });
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

export function downloadResults(gameId: string, hostSecret: string): Promise<boolean> {
  return downloadFile(`/api/games/${encodeURIComponent(gameId)}/results.csv`, hostSecret);
}
