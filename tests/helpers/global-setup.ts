import { existsSync, renameSync, rmSync } from "node:fs";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { migrateDatabase, openRepositories, seedBanks } from "@lousa/db";
import { TEMPLATE_DB } from "./paths";

/** Migrates and seeds one template database with the real Prisma migrations and seed. */
export default async function globalSetup(): Promise<void> {
  if (existsSync(TEMPLATE_DB)) return;
  // Built under another name and renamed when complete: a run that dies half-way, or two runs at once,
  // never leave a half-made template behind under the real name.
  const building = `${TEMPLATE_DB}.${process.pid}.tmp`;
  const clean = () => {
    for (const f of [building, `${building}-wal`, `${building}-shm`, `${building}-journal`]) rmSync(f, { force: true });
  };
  clean();
  try {
    await migrateDatabase(`file:${building}`);
    const repos = await openRepositories(`file:${building}`);
    await seedBanks(repos.banks, BUILT_IN_BANKS);
    // Fold the WAL back so a plain file copy carries everything.
    await repos.close();
    renameSync(building, TEMPLATE_DB);
  } finally {
    clean();
  }
}
