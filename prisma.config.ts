import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI must be able to resolve DATABASE_URL even when nothing sets it, otherwise Prisma 6.19
// silently falls back to downloading a native engine, which fails offline (see shared/STACK.md).
// .env is not read when a config file exists, so the default lives here.
process.env.DATABASE_URL ??= `file:${path.join(__dirname, "data", "lousa.db")}`;
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
