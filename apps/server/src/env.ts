import path from "node:path";
import type { TrustProxy } from "./http/client-address";

/** The only module that reads process.env: everything else receives configuration as arguments. */
export interface ServerEnv {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  /** REDIS_URL: several servers share games through it (with PostgreSQL); null: one server, on its own. */
  readonly redisUrl: string | null;
  /** Base URL phones use to reach this server (QR code, join link); null = detect the LAN address. */
  readonly publicUrl: string | null;
  readonly production: boolean;
  readonly logLevel: string;
  /** LOG_FORMAT=json|pretty; by default pretty lines on a terminal, JSON lines otherwise. */
  readonly logFormat: LogFormat;
  readonly version: string;
  /** false: API and Socket.IO only (the web app served elsewhere, or tests that need no pages). */
  readonly serveWeb: boolean;
  /** Origins allowed to open a Socket.IO connection besides the server's own (comma-separated in ALLOWED_ORIGINS). */
  readonly allowedOrigins: readonly string[];
  /** AUTH_SECRET (signs teachers' session cookies), or null to keep a generated one in authSecretFile. */
  readonly authSecret: string | null;
  readonly authSecretFile: string;
  /** Which reverse proxies may report the client's address (TRUST_PROXY); see trustProxy(). */
  readonly trustProxy: TrustProxy;
  /** Host names the server answers to besides its IPs, localhost, this machine's name and PUBLIC_URL's (ALLOWED_HOSTS, comma-separated; ".example.org" allows subdomains). */
  readonly allowedHosts: readonly string[];
  /** SETUP_CODE: a fixed first-run setup code (automated installs, tests); null = a random one, printed at start. */
  readonly setupCode: string | null;
}

export type LogFormat = "json" | "pretty";

export function defaultLogFormat(env: Readonly<Record<string, string | undefined>> = process.env, stdoutIsTTY = process.stdout.isTTY === true): LogFormat {
  if (env.LOG_FORMAT === "json" || env.LOG_FORMAT === "pretty") return env.LOG_FORMAT;
  if (env.LOG_FORMAT) throw new Error(`LOG_FORMAT must be "json" or "pretty", got "${env.LOG_FORMAT}"`);
  return stdoutIsTTY ? "pretty" : "json";
}

const ROOT = path.resolve(__dirname, "..", "..", "..");

function port(value: string | undefined): number {
  const n = Number(value ?? "3000");
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return n;
}

/**
 * TRUST_PROXY: "false" (trust no proxy: the connection's own address counts), a number of proxy hops,
 * or a comma-separated list of proxy addresses, subnets or the names loopback / linklocal / uniquelocal.
 * Default "loopback": a reverse proxy on this machine (nginx, Caddy) is believed, nobody else is.
 */
export function trustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? "loopback").trim();
  if (v === "false" || v === "") return false;
  if (v === "true") return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(",").map((s) => s.trim()).filter(Boolean);
}

function setupCode(value: string | undefined): string | null {
  if (value === undefined || value === "") return null;
  // Whoever has it creates the admin account: it must not be guessable.
  if (!/^[A-Za-z0-9]{8,64}$/.test(value)) throw new Error("SETUP_CODE must be 8 to 64 letters or digits");
  return value.toUpperCase();
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  return {
    port: port(env.PORT),
    // 0.0.0.0 so phones on the classroom Wi-Fi can reach the teacher's laptop.
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL ?? `file:${path.join(ROOT, "data", "lousa.db")}`,
    redisUrl: env.REDIS_URL?.trim() || null,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, "") : null,
    production: env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL ?? "info",
    logFormat: defaultLogFormat(env),
    version: env.npm_package_version ?? "0.1.0",
    serveWeb: env.SERVE_WEB !== "false",
    trustProxy: trustProxy(env.TRUST_PROXY),
    authSecret: env.AUTH_SECRET ?? null,
    authSecretFile: env.AUTH_SECRET_FILE ?? path.join(ROOT, "data", "auth-secret"),
    setupCode: setupCode(env.SETUP_CODE),
    allowedHosts: [...(env.ALLOWED_HOSTS ?? "").split(","), ...(env.PUBLIC_URL ? [URL.parse(env.PUBLIC_URL)?.host ?? ""] : [])].map((h) => h.trim()).filter(Boolean),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean),
  };
}
