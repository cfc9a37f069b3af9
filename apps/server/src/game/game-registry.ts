import type { GameIdentity, GameSettings, PlayedQuestion } from "@lousa/game";
import type { BankRepository, GameRepository, StoredBank } from "@lousa/db";
import type { Clock } from "../clock";
import type { Logger } from "../logger";
import { hashSecret, newId, newSecret, randomPin } from "../secrets";
import { GameRunner } from "./game-runner";
import type { GameTransport } from "./game-transport";

/** A finished game stays addressable this long, so phones and the host can still see the podium. */
const FINISHED_GAME_TTL_MS = 60 * 60 * 1000;
/** An unfinished game older than this is a forgotten tab, not a class waiting to continue. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

export interface RegistryDeps {
  readonly banks: BankRepository;
  readonly games: GameRepository;
  readonly clock: Clock;
  readonly transport: GameTransport;
  readonly log: Logger;
}

/** Applies the host's settings to a bank, freezing the questions the game will play. */
export function questionsFor(bank: StoredBank, settings: GameSettings): PlayedQuestion[] {
  return bank.questions.map((q) => ({
    ...q,
    timeLimitMs: settings.timeLimitSec === null ? q.timeLimitMs : settings.timeLimitSec * 1000,
    pointsMode: settings.pointsMode === "bank" ? q.pointsMode : settings.pointsMode,
  }));
}

/** Live games of this process, by PIN. A PIN is unique among live games. */
export class GameRegistry {
  private readonly byPin = new Map<string, GameRunner>();

  constructor(private readonly deps: RegistryDeps) {}

  get size(): number {
    return this.byPin.size;
  }

  get(pin: string): GameRunner | undefined {
    return this.byPin.get(pin);
  }

  async create(bankId: string, settings: GameSettings, identity: GameIdentity | null = null): Promise<{ runner: GameRunner; hostSecret: string } | null> {
    const bank = await this.deps.banks.get(bankId);
    if (!bank || bank.questions.length === 0) return null;
    const hostSecret = newSecret();
    const pin = this.freePin();
    const game = { id: newId(), pin, bankId, settings, questions: questionsFor(bank, settings), hostSecretHash: hashSecret(hostSecret), identity };
    // Reserve the PIN before the first await so two concurrent creates can never share it.
    const runner = new GameRunner(
      { ...game, bankTitle: bank.title, phase: "lobby", questionIndex: -1, questionOpenedAt: null, locked: false, createdAt: this.deps.clock.now(), startedAt: null, endedAt: null },
      this.deps,
    );
    this.byPin.set(pin, runner);
    try {
      await this.deps.games.create(game);
    } catch (e) {
      this.byPin.delete(pin);
      throw e;
    }
    this.deps.log.info({ pin, gameId: game.id, bankId }, "game created");
    return { runner, hostSecret };
  }

  /**
   * On start: brings back every unfinished game from the database (see GameRunner.resume for the rule
   * on open questions). Games abandoned for more than a day are closed instead of resurrected.
   */
  async restoreAll(): Promise<{ restored: number; closed: number }> {
    let restored = 0;
    let closed = 0;
    const now = this.deps.clock.now();
    for (const stored of await this.deps.games.listUnfinished()) {
      if (now - stored.createdAt > ABANDONED_AFTER_MS) {
        await this.deps.games.savePhase(stored.id, { phase: "podium", questionIndex: stored.questionIndex, questionOpenedAt: null, locked: true }, now);
        closed++;
        continue;
      }
      // One damaged game must not keep the server (and every other class) from starting.
      try {
        const record = await this.deps.games.load(stored.id);
        if (!record || this.byPin.has(stored.pin)) continue;
        const runner = new GameRunner(stored, this.deps);
        this.byPin.set(stored.pin, runner);
        try {
          await runner.resume(record);
          restored++;
        } catch (e) {
          this.byPin.delete(stored.pin);
          runner.dispose();
          throw e;
        }
      } catch (e) {
        this.deps.log.error({ err: e, gameId: stored.id, pin: stored.pin }, "could not restore game; skipped");
      }
    }
    return { restored, closed };
  }

  /** Forgets a finished game after a while; its results stay in the database. */
  retireLater(runner: GameRunner): void {
    this.deps.clock.schedule(() => {
      if (this.byPin.get(runner.pin) === runner) this.byPin.delete(runner.pin);
      runner.dispose();
    }, FINISHED_GAME_TTL_MS);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.byPin.values()].map((r) => r.flush()));
  }

  disposeAll(): void {
    for (const r of this.byPin.values()) r.dispose();
  }

  private freePin(): string {
    for (let i = 0; i < 1000; i++) {
      const pin = randomPin();
      if (!this.byPin.has(pin)) return pin;
    }
    throw new Error("No free PIN");
  }
}
