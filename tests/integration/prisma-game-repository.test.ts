import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openRepositories } from "@lousa/db";
import { gameRepositoryContract } from "../../packages/db/src/game-repository.contract";
import { TEMPLATE_DB } from "../helpers/paths";

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
