import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/** Which hops may tell us the client's address (X-Forwarded-For): TRUST_PROXY, parsed in env.ts. */
export type TrustProxy = boolean | number | readonly string[];

export type TrustFn = (address: string, hop: number) => boolean;

/**
 * Compiles TRUST_PROXY once into the function Express uses for `req.ip` and Socket.IO uses for a
 * handshake's address: one rule, so HTTP and sockets always agree on who a client is (the PIN-guess
 * budget is per client address).
 */
export function compileTrust(setting: TrustProxy): TrustFn {
  if (typeof setting === "boolean") return () => setting;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return proxyaddr.compile([...setting]);
}

/** The client's address as the trusted proxies report it (the socket's own address when none is trusted). */
export function clientAddress(req: IncomingMessage, trust: TrustFn): string {
  return proxyaddr(req, trust);
}
