import { kindOf, type GameIdentity, type GameSettings, type PlayedQuestion } from "@lousa/game";
import type { BankRepository, GameRepository, StoredBank } from "@lousa/db";
import type { Cancel, Clock } from "../clock";
import type { Logger } from "../logger";
import { hashSecret, newId, newSecret, randomPin } from "../secrets";
import { GameRunner } from "./game-runner";
import type { GameTransport } from "./game-transport";

/** A finished game stays addressable this long, so phones and the host can still see the podium. */
export const FINISHED_GAME_TTL_MS = 60 * 60 * 1000;
/** A finished game nobody is looking at any more is let go sooner: its results are in the database. */
export const FINISHED_IDLE_TTL_MS = 5 * 60 * 1000;
/** A game whose host screen has been gone this long is over: nothing can advance without a host. */
export const HOST_GONE_TTL_MS = 60 * 60 * 1000;
/** An unfinished game older than this at start-up is a forgotten tab, not a class waiting to continue. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
/** How often live games are checked for the rules above. */
export const SWEEP_EVERY_MS = 60 * 1000;

export interface RegistryDeps {
  readonly banks: BankRepository;
  readonly games: GameRepository;
  readonly clock: Clock;
  readonly transport: GameTransport;
  readonly log: Logger;
  /** Draws a candidate PIN (random by default; tests force PIN reuse with it). */
  readonly newPin?: () => string;
}

/** Applies the host's settings to a bank, freezing the questions the game will play. */
export function questionsFor(bank: StoredBank, settings: GameSettings, random: () => number = Math.random): PlayedQuestion[] {
  // Frozen with the game as each kind plays it (ordering's items shuffled once: every phone, the
  // report and a restart see the same order).
  return bank.questions.map((q) =>
    kindOf(q.type).forPlay(
      {
        ...q,
        timeLimitMs: settings.timeLimitSec === null ? q.timeLimitMs : settings.timeLimitSec * 1000,
        pointsMode: settings.pointsMode === "bank" ? q.pointsMode : settings.pointsMode,
      },
      random,
    ),
  );
}

/**
 * Live games of this process, by PIN (unique among live games). It also lets games go: a finished
 * one after a while, an abandoned one (host gone an hour) is ended first; sockets still in a game that
 * goes are told so and leave its rooms. Memory holds only games someone may still play or watch.
 */
export class GameRegistry {
  private readonly byPin = new Map<string, GameRunner>();
  private cancelSweep: Cancel | null = null;

  constructor(private readonly deps: RegistryDeps) {
    this.scheduleSweep();
  }

  get size(): number {
    return this.byPin.size;
  }

  get(pin: string): GameRunner | undefined {
    return this.byPin.get(pin);
  }

  /** Whether this runner is still the live game of its PIN (not retired while someone awaited). */
  isLive(runner: GameRunner): boolean {
    return this.byPin.get(runner.pin) === runner;
  }

  /**
   * Whose seat a rejoin token opens, in any game: `runner` is null when that game is no longer live
   * (finished before a restart, or retired). Looked up by the token alone, so a genuine token never
   * depends on the PIN, and every token costs the same lookup whatever the PIN.
   */
  async findSeat(rejoinToken: string): Promise<{ playerId: string; gameId: string; runner: GameRunner | null } | null> {
    const stored = await this.deps.games.findPlayerByToken(hashSecret(rejoinToken));
    if (!stored) return null;
    const runner = [...this.byPin.values()].find((r) => r.id === stored.gameId) ?? null;
    return { playerId: stored.id, gameId: stored.gameId, runner };
  }

  /** A new game for teacher `ownerId` from a bank they can play (null: no such bank for them). */
  async create(ownerId: string, bankId: string, settings: GameSettings, identity: GameIdentity | null = null): Promise<{ runner: GameRunner; hostSecret: string } | null> {
    const bank = await this.deps.banks.getPlayable(ownerId, bankId);
    if (!bank) return null;
    const hostSecret = newSecret();
    const pin = this.freePin();
    const game = { id: newId(), pin, bankId, settings, questions: questionsFor(bank, settings), hostSecretHash: hashSecret(hostSecret), identity, ownerId, bankTitle: bank.title };
    // Reserve the PIN before the first await so two concurrent creates can never share it.
    const runner = new GameRunner(
      { ...game, phase: "lobby", questionIndex: -1, questionOpenedAt: null, locked: false, createdAt: this.deps.clock.now(), startedAt: null, endedAt: null },
      this.deps,
    );
    this.byPin.set(pin, runner);
    try {
      await this.deps.games.create(game);
    } catch (e) {
      this.byPin.delete(pin);
      runner.dispose();
      throw e;
    }
    this.deps.log.info({ pin, gameId: game.id, bankId }, "game created");
    return { runner, hostSecret };
  }

  /**
   * On start: brings back every unfinished game from the database (see GameRunner.resume for the rule
   * on open questions). Games abandoned for more than a day are closed instead of resurrected. Each
   * game is handled on its own: one damaged row is logged and skipped, never a server that won't start.
   */
  async restoreAll(): Promise<{ restored: number; closed: number; failed: number }> {
    const counts = { restored: 0, closed: 0, failed: 0 };
    const now = this.deps.clock.now();
    for (const stored of await this.deps.games.listUnfinished()) {
      try {
        if (now - stored.createdAt > ABANDONED_AFTER_MS) {
          await this.deps.games.savePhase(stored.id, { phase: "podium", questionIndex: stored.questionIndex, questionOpenedAt: null, locked: true }, now);
          counts.closed++;
        } else if (await this.restore(stored.id, stored.pin)) counts.restored++;
      } catch (e) {
        counts.failed++;
        this.deps.log.error({ err: e, gameId: stored.id, pin: stored.pin }, "could not restore game; skipped");
      }
    }
    return counts;
  }

  private async restore(gameId: string, pin: string): Promise<boolean> {
    if (this.byPin.has(pin)) throw new Error(`PIN ${pin} is already taken by a live game`);
    const record = await this.deps.games.load(gameId);
    if (!record) return false;
    const runner = new GameRunner(record.game, this.deps);
    this.byPin.set(pin, runner);
    try {
      await runner.resume(record);
      return true;
    } catch (e) {
      this.byPin.delete(pin);
      runner.dispose();
      throw e;
    }
  }

  /** Lets a game go from memory: its sockets are told and leave its rooms; its results stay stored. */
  retire(runner: GameRunner): void {
    if (this.byPin.get(runner.pin) === runner) this.byPin.delete(runner.pin);
    runner.dispose();
    this.deps.transport.closed(runner.id);
    this.deps.log.info({ pin: runner.pin, gameId: runner.id }, "game retired");
  }

  /** Applies the retirement rules to every live game; runs every SWEEP_EVERY_MS on the injected clock. */
  sweep(): void {
    const now = this.deps.clock.now();
    for (const runner of [...this.byPin.values()]) {
      const finishedAt = runner.finishedAt;
      if (finishedAt !== null) {
        const idleSince = runner.idleSince;
        if (now - finishedAt >= FINISHED_GAME_TTL_MS || (idleSince !== null && now - idleSince >= FINISHED_IDLE_TTL_MS)) this.retire(runner);
        continue;
      }
      const hostAway = runner.hostAwaySince;
      if (hostAway !== null && now - hostAway >= HOST_GONE_TTL_MS) {
        this.deps.log.info({ pin: runner.pin, gameId: runner.id }, "host gone for an hour: ending the game");
        // Ended and stored like a host's "end"; the finished-game rule retires it afterwards. A failed
        // write leaves it running, and the next sweep tries again.
        runner.abandon().then(
          (r) => {
            if (!r.ok) this.deps.log.warn({ gameId: runner.id, error: r.error }, "could not end abandoned game");
          },
          (e: unknown) => this.deps.log.error({ err: e, gameId: runner.id }, "ending abandoned game failed"),
        );
      }
    }
  }

  /**
   * Stops every game for a server shutdown: every timer (sweep, questions) is forgotten, no new change
   * is taken, and the ones already queued finish storing.
   */
  async stopAll(): Promise<void> {
    this.cancelSweep?.();
    this.cancelSweep = null;
    await Promise.all([...this.byPin.values()].map((r) => r.stop()));
  }

  private scheduleSweep(): void {
    this.cancelSweep = this.deps.clock.schedule(() => {
      this.sweep();
      this.scheduleSweep();
    }, SWEEP_EVERY_MS);
  }

  private freePin(): string {
    for (let i = 0; i < 1000; i++) {
      const pin = (this.deps.newPin ?? randomPin)();
      if (!this.byPin.has(pin)) return pin;
    }
    throw new Error("No free PIN");
  }
}
