import type { BankDraft } from "@lousa/protocol";
import { must } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { createBank, hostWithPlayers } from "../helpers/integration-game";

const harness = serverPerTest();

const BANK: BankDraft = {
  title: "Uma questão",
  description: "",
  language: "pt-BR",
  questions: [{ type: "single", prompt: "2 + 2?", options: ["4", "5"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" }],
};

test("a teacher adds a student's identifier after a game played without asking, and the gradebook has the student", async () => {
  const cookie = await harness.server.teacherCookie();
  const bank = await createBank(harness, BANK);
  const { host, game, phones, playerIds } = await hostWithPlayers(harness, bank.id, ["Ana"]);
  const phone = phones[0]!;
  const joined = { playerId: playerIds[0]! };
  await must(host, "host:start", {});
  const patch = (body: unknown, headers: Record<string, string> = { origin: harness.server.url, cookie }) =>
    fetch(`${harness.server.url}/api/games/${game.gameId}/players/${joined.playerId}`, { method: "PATCH", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });

  // Not while the game runs.
  expect((await patch({ identifier: "2026-001" })).status).toBe(409);
  await must(phone, "player:answer", { questionIndex: 0, choices: [0] });
  await must(host, "host:end", {});

  const auth = { authorization: `Bearer ${game.hostSecret}` };
  const before = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/moodle.csv`, { headers: auth })).text();
  expect(before).not.toContain("2026-001");
  // A cookie without our Origin, a bad value, another game's player: refused, nothing changed.
  expect((await patch({ identifier: "2026-001" }, { cookie })).status).toBe(403);
  expect((await patch({ identifier: "a\u200Bb" })).status).toBe(400);
  expect((await fetch(`${harness.server.url}/api/games/${game.gameId}/players/nobody`, { method: "PATCH", headers: { origin: harness.server.url, cookie, "content-type": "application/json" }, body: JSON.stringify({ identifier: "x" }) })).status).toBe(404);
  // Signed out: only the host key.
  expect((await patch({ identifier: "2026-001" }, {})).status).toBe(401);

  expect(await (await patch({ identifier: "2026-001" })).json()).toEqual({ playerId: joined.playerId, identifier: "2026-001" });
  const after = await (await fetch(`${harness.server.url}/api/games/${game.gameId}/moodle.csv`, { headers: auth })).text();
  expect(after).toContain("2026-001");
  const report = (await (await fetch(`${harness.server.url}/api/games/${game.gameId}/report`, { headers: auth })).json()) as { players: { identifier: string | null }[] };
  expect(report.players[0]?.identifier).toBe("2026-001");
});
