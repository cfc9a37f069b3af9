import { existsSync, rmSync } from "node:fs";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { migrateDatabase, openRepositories, seedBanks } from "@lousa/db";
import { TEMPLATE_DB } from "./paths";

/** Migrates and seeds one template database with the real Prisma migrations and seed. */
export default async function globalSetup(): Promise<void> {
  if (existsSync(TEMPLATE_DB)) return;
  for (const f of [TEMPLATE_DB, `${TEMPLATE_DB}-wal`, `${TEMPLATE_DB}-shm`]) rmSync(f, { force: true });
  await migrateDatabase(`file:${TEMPLATE_DB}`);
  const repos = await openRepositories(`file:${TEMPLATE_DB}`);
  await seedBanks(repos.banks, BUILT_IN_BANKS);
  // Fold the WAL back so a plain file copy carries everything.
  await repos.close();
}
