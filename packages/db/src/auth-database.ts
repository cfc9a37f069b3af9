import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Db } from "./prisma-client";
import type { Provider } from "./provider";

/**
 * Where better-auth keeps teachers' accounts and sessions: the same database as the games, through
 * better-auth's own Prisma adapter (the User/Session/Account/Verification models in prisma/schema.prisma).
 * Handed out as an opaque value so Prisma never leaves this package.
 */
export type AuthDatabase = ReturnType<typeof prismaAdapter>;

/** `provider` matters to better-auth: on PostgreSQL it asks for case-insensitive matches where it wants them. */
export function authDatabase(db: Db, provider: Provider): AuthDatabase {
  return prismaAdapter(db, { provider });
}
