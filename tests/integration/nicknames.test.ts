import { drawNickname } from "@lousa/game";
import type { BankDraft } from "@lousa/protocol";
import { call, must, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { createBank, hostWithPlayers } from "../helpers/integration-game";

const harness = serverPerTest();

const BANK: BankDraft = {
  title: "Apelidos",
  description: "",
  language: "pt-BR",
  questions: [{ type: "single", prompt: "2 + 2?", options: ["4", "5"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" }],
};

/** The roster lines the host receives from now on. */
function rosterPushes(host: TestSocket): string[] {
  const seen: string[] = [];
  host.on("host:roster", (changed) => seen.push(...changed.map((line) => line.nickname)));
  return seen;
}

/** Random values in turn: the same draw on two phones. */
const fixed = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

test("a typed, offensive nickname is refused without repeating it and changes nothing; the same phone then joins", async () => {
  const bank = await createBank(harness, BANK);
  const { host, game } = await hostWithPlayers(harness, bank.id, ["Ana"]);
  const pushes = rosterPushes(host);
  const phone = await harness.client();

  for (const nickname of ["p0rr4", "p o r r a", "F U C K", "cúzão"]) {
    const r = await call(phone, "player:join", { pin: game.pin, nickname });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe("NICKNAME_OFFENSIVE");
    expect(!r.ok && r.error.message.toLowerCase()).not.toMatch(/p0rr4|porra|fuck|cuz/);
  }
  // Innocent names with a listed word inside get in.
  await must(phone, "player:join", { pin: game.pin, nickname: "Cássio" });
  const other = await harness.client();
  await must(other, "player:join", { pin: game.pin, nickname: "Ana Lúcia" });

  const snap = await must(await harness.client(), "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
  expect(snap.roster.map((line) => line.nickname).sort()).toEqual(["Ana", "Ana Lúcia", "Cássio"]);
  // The projector heard of no refused name (Ana's own line may come late: pushes are coalesced).
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(pushes.filter((nickname) => nickname !== "Ana").sort()).toEqual(["Ana Lúcia", "Cássio"]);
});

test("with the filter turned off, a typed nickname is only checked for length and visibility", async () => {
  const bank = await createBank(harness, BANK);
  const { game } = await hostWithPlayers(harness, bank.id, [], { nicknameFilter: false });
  const joined = await must(await harness.client(), "player:join", { pin: game.pin, nickname: "porra" });
  expect(joined.snapshot.you.nickname).toBe("porra");
});

test("a drawn-names game tells the phone, refuses a typed name and takes a drawn one (a taken one is a new draw away)", async () => {
  const bank = await createBank(harness, BANK);
  const { host, game } = await hostWithPlayers(harness, bank.id, [], { nicknames: "generated" });
  const phone = await harness.client();

  const needs = await must(phone, "player:lookup", { pin: game.pin });
  expect(needs).toMatchObject({ nicknames: "generated" });

  const typed = await call(phone, "player:join", { pin: game.pin, nickname: "Ana" });
  expect(!typed.ok && typed.error.code).toBe("NICKNAME_NOT_GENERATED");
  const wrongAgreement = await call(phone, "player:join", { pin: game.pin, nickname: "Coruja Curioso" });
  expect(!wrongAgreement.ok && wrongAgreement.error.code).toBe("NICKNAME_NOT_GENERATED");

  const drawn = drawNickname("pt-BR", fixed(0.1, 0.2));
  const joined = await must(phone, "player:join", { pin: game.pin, nickname: drawn });
  expect(joined.snapshot.you.nickname).toBe(drawn);

  // A second phone draws the same name (typed in lower case by a hand-made client): taken, as any name.
  const second = await harness.client();
  const same = await call(second, "player:join", { pin: game.pin, nickname: drawn.toLowerCase() });
  expect(!same.ok && same.error.code).toBe("NICKNAME_TAKEN");
  // An English draw in a pt-BR page's game is as good; lower case comes back in the generator's spelling.
  const english = drawNickname("en", fixed(0.5, 0.5));
  const again = await must(second, "player:join", { pin: game.pin, nickname: english.toLowerCase() });
  expect(again.snapshot.you.nickname).toBe(english);

  const snap = await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret });
  expect(snap.roster.map((line) => line.nickname).sort()).toEqual([drawn, english].sort());
});
