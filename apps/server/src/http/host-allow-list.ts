import { isIP } from "node:net";
import type { RequestHandler } from "express";

export interface HostAllowListOptions {
  /** Host names the operator configured: PUBLIC_URL's, ALLOWED_ORIGINS', ALLOWED_HOSTS (".example.org" allows its subdomains). */
  readonly names: readonly string[];
  /** This machine's own names (os.hostname(), and the same with ".local" for mDNS). */
  readonly machineNames: readonly string[];
}

/** The host name of a Host header, without its port or IPv6 brackets, lower-cased. */
export function hostName(host: string): string {
  // An entry written as a URL ("https://quiz.escola.br/") names its host.
  const h = host.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/\/.*$/, "");
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") === -1 ? undefined : h.indexOf("]"));
  return h.replace(/:\d+$/, "").replace(/\.$/, "");
}

/**
 * Which Host headers the server answers. A DNS-rebinding page (evil.example resolving to the teacher's
 * laptop) would otherwise be "same origin" with the server in the student's browser, and our Origin
 * checks would let it through. Browsers reaching the server for real use its address (an IP, what the
 * QR code holds), localhost, the machine's name, or a name the operator configured: everything else is
 * refused. No Host header at all is not a browser, so not a rebinding.
 */
export function hostAllowed(opts: HostAllowListOptions): (host: string | undefined) => boolean {
  const exact = new Set([...opts.names, ...opts.machineNames].map((n) => hostName(n)).filter((n) => n && !n.startsWith(".")));
  const suffixes = opts.names.map((n) => n.trim().toLowerCase()).filter((n) => n.startsWith(".") && n.length > 1);
  return (host) => {
    if (host === undefined || host === "") return true;
    const name = hostName(host);
    if (isIP(name) !== 0) return true;
    if (name === "localhost" || name.endsWith(".localhost")) return true;
    return exact.has(name) || suffixes.some((s) => name.endsWith(s));
  };
}

/** Refuses requests for a host name the server doesn't answer to (see hostAllowed), saying how to allow it. */
export function refuseUnknownHosts(allowed: (host: string | undefined) => boolean, onRefused: (host: string) => void): RequestHandler {
  return (req, res, next) => {
    const host = req.headers.host;
    if (allowed(host)) return next();
    onRefused(String(host));
    res
      .status(421)
      .type("text/plain; charset=utf-8")
      .send(`Lousa does not answer to the name "${String(host)}". Open it by its address (the join link), or add the name to ALLOWED_HOSTS.\n`);
  };
}
