import type { GameSettings } from "@lousa/game";
import type { BankDraft, CreatedGame, LibraryBankDetail } from "@lousa/protocol";
import { must, type TestSocket } from "./clients";
import type { serverPerTest } from "./harness";

type Harness = ReturnType<typeof serverPerTest>;

/** Saves `draft` as a bank of the test server's teacher (through the library API, as the editor does). */
export async function createBank(harness: Harness, draft: BankDraft): Promise<LibraryBankDetail> {
  const res = await fetch(`${harness.server.url}/api/banks`, {
    method: "POST",
    headers: { origin: harness.server.url, cookie: await harness.server.teacherCookie(), "content-type": "application/json" },
    body: JSON.stringify(draft),
  });
  if (res.status !== 201) throw new Error(`bank not saved: ${res.status} ${await res.text()}`);
  const body: unknown = await res.json();
  return body as LibraryBankDetail;
}

export interface HostedGame {
  readonly host: TestSocket;
  readonly game: CreatedGame;
  /** One socket per nickname, joined, in order. */
  readonly phones: TestSocket[];
  readonly playerIds: string[];
  readonly rejoinTokens: string[];
}

/** A game of bank `bankId` hosted by the teacher, with one phone joined per nickname (still in the lobby). */
export async function hostWithPlayers(harness: Harness, bankId: string, nicknames: readonly string[], settings: Partial<GameSettings> = {}): Promise<HostedGame> {
  const host = await harness.host();
  const game = await must(host, "host:create", { bankId, settings: { pointsMode: "bank", timeLimitSec: null, ...settings } });
  const phones: TestSocket[] = [];
  const playerIds: string[] = [];
  const rejoinTokens: string[] = [];
  for (const nickname of nicknames) {
    const s = await harness.client();
    const joined = await must(s, "player:join", { pin: game.pin, nickname });
    phones.push(s);
    playerIds.push(joined.playerId);
    rejoinTokens.push(joined.rejoinToken);
  }
  return { host, game, phones, playerIds, rejoinTokens };
}
