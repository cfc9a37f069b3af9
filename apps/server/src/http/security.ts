import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Whether a Socket.IO handshake may proceed. No Origin header: not a browser (a bot, a load test, a
 * native client), which CORS would not stop either. With one: the page must come from this server
 * (same host) or from an origin the operator configured.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!origin) return true;
  if (allowed.has(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * CORS for /api: none by default (the app's own pages are same-origin); the origins the operator lists
 * in ALLOWED_ORIGINS (a web app hosted elsewhere) may call it, with the host key header.
 */
export function apiCors(allowed: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const origin = req.get("origin");
    if (origin && allowed.has(origin)) {
      res.set({
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Headers": "authorization, content-type",
        "Access-Control-Allow-Methods": "GET, POST",
        "Access-Control-Expose-Headers": "content-disposition",
        Vary: "Origin",
      });
      if (req.method === "OPTIONS") {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/**
 * Security headers for the pages. Next.js inlines its bootstrap scripts without nonces, so scripts
 * need 'unsafe-inline'; everything else is locked to this origin, and no site may frame the game.
 */
export function pageSecurityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'", "ws:", "wss:"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Plain http on a classroom LAN is normal; don't pin HTTPS for the school's whole domain.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
