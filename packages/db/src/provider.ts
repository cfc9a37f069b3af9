/** The databases Lousa runs on: SQLite (embedded, the default) and PostgreSQL (several servers). */
export type Provider = "sqlite" | "postgresql";

/**
 * Which database a URL names. The same rule as prisma.config.ts, which picks the schema and the
 * migrations folder for the CLI: postgres:// and postgresql:// are PostgreSQL, anything else SQLite.
 */
export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}
