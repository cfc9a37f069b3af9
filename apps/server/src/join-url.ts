import { networkInterfaces } from "node:os";

/**
 * The address phones should open. The teacher's laptop usually has a private LAN address on the
 * classroom Wi-Fi; prefer that over loopback or container bridges. PUBLIC_URL overrides all of it.
 */
export function detectLanAddress(): string | null {
  const candidates: string[] = [];
  for (const [name, addrs] of Object.entries(networkInterfaces())) {
    if (/^(docker|br-|veth|virbr|lo)/.test(name)) continue;
    for (const a of addrs ?? []) if (a.family === "IPv4" && !a.internal) candidates.push(a.address);
  }
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}

export function baseUrlFor(publicUrl: string | null, port: number): string {
  if (publicUrl) return publicUrl;
  const ip = detectLanAddress() ?? "localhost";
  return `http://${ip}:${port}`;
}

export function joinUrl(base: string, pin: string): string {
  return `${base}/?pin=${pin}`;
}
