import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openRepositories } from "@lousa/db";
import { gameRepositoryContract } from "../../packages/db/src/game-repository.contract";
import { TEMPLATE_DB } from "../helpers/paths";
import { openDatabase } from "../../packages/db/src/prisma-client";
import { PrismaGameRepository } from "../../packages/db/src/prisma-game-repository";

// The same contract the in-memory repository passes, over the real SQLite database through Prisma.
gameRepositoryContract("Prisma + SQLite", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lousa-contract-"));
  const file = path.join(dir, "lousa.db");
  copyFileSync(TEMPLATE_DB, file);
  const repos = await openRepositories(`file:${file}`);
  return {
    repo: repos.games,
    async close() {
      await repos.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe("one SQLite connection shared by every repository", () => {
  it("a write made while another transaction is open is not rolled back with it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lousa-serial-"));
    const file = path.join(dir, "lousa.db");
    copyFileSync(TEMPLATE_DB, file);
    const db = await openDatabase(`file:${file}`);
    const games = new PrismaGameRepository(db);
    try {
      await games.create({ id: "g1", pin: "123456", bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: null }, questions: [], hostSecretHash: "h", identity: null, ownerId: null, bankTitle: "Banco" });
      let updated!: () => void;
      const inside = new Promise<void>((resolve) => (updated = resolve));
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      // A bank save that fails half-way (as a full disk or a bug would make it).
      const failing = db.$transaction(async (tx) => {
        await tx.bank.update({ where: { id: "kernel" }, data: { title: "half-saved" } });
        updated();
        await gate;
        throw new Error("save failed");
      });
      await inside;
      // Meanwhile a live game locks itself; the runner acknowledges once this resolves.
      const locked = games.setLocked("g1", true);
      // Let the lock's statement reach the database before the save gives up (no timers: one turn).
      await new Promise((resolve) => setImmediate(resolve));
      release();
      await expect(failing).rejects.toThrow("save failed");
      await locked;
      expect((await games.get("g1"))?.locked).toBe(true);
      expect((await db.bank.findUnique({ where: { id: "kernel" } }))?.title).toBe("Kernel");
    } finally {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
