/** The bench's command line: `npm run bench -- --players 1000 --workers 2 --questions 3 --join-rate 100 --db sqlite`. */
export interface BenchOptions {
  readonly players: number;
  readonly workers: number;
  readonly questions: number;
  /** Joins per second, over all workers. */
  readonly joinRate: number;
  readonly db: "sqlite" | "postgresql";
  /** Servers to spawn: more than one runs them on PostgreSQL + Redis behind HAProxy (several servers). */
  readonly servers: number;
  /** An already running server (or load balancer): nothing is spawned, no server CPU/RSS. */
  readonly url: string | null;
  /** With --url: the database that server writes to, to count the answer rows (optional). */
  readonly databaseUrl: string | null;
  /** With --url: the first-run setup code of that server, or its teacher account already exists. */
  readonly setupCode: string;
  readonly json: string | null;
}

export const USAGE = `usage: npm run bench -- [--players N=1000] [--workers K=2] [--questions Q=3] [--join-rate R=100]
                        [--db sqlite|postgresql] [--servers N=1]
                        [--url BASE_URL [--database-url URL] [--setup-code CODE]] [--json FILE]`;

/** Not more bots in one run than the machine can take beside the other work on it. */
export const MAX_PLAYERS = 10_000;

/** null: --help was asked for (print USAGE and exit). */
export function parseOptions(argv: readonly string[]): BenchOptions | null {
  if (argv.includes("--help") || argv.includes("-h")) return null;
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? "";
    if (!flag.startsWith("--")) throw new Error(`unexpected argument "${flag}"\n${USAGE}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new Error(`${flag} needs a value\n${USAGE}`);
    values.set(flag.slice(2), value);
    i++;
  }
  const known = new Set(["players", "workers", "questions", "join-rate", "db", "servers", "url", "database-url", "setup-code", "json"]);
  for (const name of values.keys()) if (!known.has(name)) throw new Error(`unknown option --${name}\n${USAGE}`);

  const int = (name: string, fallback: number, max: number): number => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}, got "${raw}"`);
    return n;
  };
  const db = values.get("db") ?? "sqlite";
  if (db !== "sqlite" && db !== "postgresql") throw new Error(`--db must be sqlite or postgresql, got "${db}"`);
  const url = values.get("url")?.replace(/\/+$/, "") ?? null;
  if (url !== null && !/^https?:\/\//.test(url)) throw new Error(`--url must be an http(s) base URL, got "${url}"`);
  if (url === null && (values.has("database-url") || values.has("setup-code"))) throw new Error(`--database-url and --setup-code go with --url\n${USAGE}`);
  const players = int("players", 1000, MAX_PLAYERS);
  const servers = int("servers", 1, 8);
  if (servers > 1 && values.get("db") === "sqlite") throw new Error("--servers above 1 runs on PostgreSQL (several servers share it): drop --db sqlite");
  if (servers > 1 && url !== null) throw new Error("--servers starts its own servers: it doesn't go with --url");
  return {
    players,
    workers: Math.min(int("workers", 2, 64), players),
    questions: int("questions", 3, 100),
    joinRate: int("join-rate", 100, 100_000),
    db: servers > 1 ? "postgresql" : db,
    servers,
    url,
    databaseUrl: values.get("database-url") ?? null,
    setupCode: values.get("setup-code") ?? "BENCHSETUP1",
    json: values.get("json") ?? null,
  };
}
