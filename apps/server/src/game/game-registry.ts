import { kindOf, type GameIdentity, type GameSettings, type PlayedQuestion } from "@lousa/game";
import type { BankRepository, GameRepository, StoredBank, UnfinishedGame } from "@lousa/db";
import type { Cancel, Clock } from "../clock";
import type { Logger } from "../logger";
import { hashSecret, newId, newSecret, randomPin } from "../secrets";
import { GameRunner } from "./game-runner";
import type { GameOwnership, Unreachable } from "./game-ownership";
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
/**
 * Several servers: how long a server waits for a game's previous owner to let it go (or for its lease to
 * expire, when that owner died) before telling the client GAME_MOVING. Under the client's 8 s command wait.
 */
export const CLAIM_WAIT_MS = 7000;
const CLAIM_RETRY_MS = 200;

export interface RegistryDeps {
  readonly banks: BankRepository;
  readonly games: GameRepository;
  readonly clock: Clock;
  readonly transport: GameTransport;
  readonly log: Logger;
  /** Draws a candidate PIN (random by default; tests force PIN reuse with it). */
  readonly newPin?: () => string;
  /** Several servers: leases and PINs shared with the other servers (absent: this process runs every game). */
  readonly ownership?: GameOwnership;
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
  /** Claims in progress by PIN, so the 30 phones of a class arriving at once make one claim. */
  private readonly claiming = new Map<string, Promise<GameRunner | Unreachable>>();
  /** PINs drawn for games being created, not yet in `byPin`. */
  private readonly drawing = new Set<string>();
  /** PINs of games being handed to another server: still in `byPin` (stopped) until their connections are closed. */
  private readonly leaving = new Set<string>();
  /** The server is shutting down: it claims nothing more. */
  private stopping = false;
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
   * The live game with this PIN, for a command that names one (join, lookup, host attach, rejoin). With
   * several servers a game not run here is claimed — only by a connection the load balancer routed by
   * this PIN (`routedPin`, from the handshake), so every connection of a game converges on one server:
   * any other is told WRONG_SERVER and reconnects with the PIN. A claim waits for the previous owner to
   * let go (asked through Redis) or, if it died, for its lease to expire, then restores the game from the
   * database by the same rule as a restart.
   */
  async acquire(pin: string, routedPin: string | null): Promise<GameRunner | Unreachable> {
    const local = this.byPin.get(pin);
    // A game on its way to another server is not claimed back: the phone asks again in a moment.
    if (local) return this.leaving.has(pin) ? "GAME_MOVING" : local;
    if (!this.deps.ownership) return "GAME_NOT_FOUND";
    if (this.stopping) return "GAME_MOVING";
    const pending = this.claiming.get(pin);
    if (pending) return pending;
    const stored = await this.deps.games.findUnfinishedByPin(pin);
    if (!stored) return "GAME_NOT_FOUND";
    if (routedPin !== pin) return "WRONG_SERVER";
    const again = this.byPin.get(pin) ?? this.claiming.get(pin);
    if (again) return again;
    const claim = this.claimAndRestore(stored, this.deps.ownership).finally(() => this.claiming.delete(pin));
    this.claiming.set(pin, claim);
    return claim;
  }

  private async claimAndRestore(stored: UnfinishedGame, ownership: GameOwnership): Promise<GameRunner | Unreachable> {
    const deadline = this.deps.clock.now() + CLAIM_WAIT_MS;
    let asked = false;
    while (!(await ownership.claim(stored.id))) {
      if (!asked) ownership.requestRelease(stored.id);
      asked = true;
      if (this.deps.clock.now() >= deadline) return "GAME_MOVING";
      await new Promise<void>((resolve) => this.deps.clock.schedule(resolve, CLAIM_RETRY_MS));
    }
    try {
      // The same rule as a restart: a game left unfinished for a day is a forgotten tab, closed, not resumed.
      if (this.deps.clock.now() - stored.createdAt > ABANDONED_AFTER_MS) {
        await this.deps.games.savePhase(stored.id, { phase: "podium", questionIndex: stored.questionIndex, questionOpenedAt: null, locked: true }, this.deps.clock.now());
        await ownership.release(stored.id);
        return "GAME_NOT_FOUND";
      }
      if (!(await this.restore(stored.id, stored.pin))) throw new Error(`game ${stored.id} vanished while it was claimed`);
    } catch (e) {
      await ownership.release(stored.id).catch(() => undefined);
      throw e;
    }
    this.deps.log.info({ pin: stored.pin, gameId: stored.id }, "game claimed from another server");
    return this.byPin.get(stored.pin) ?? "GAME_NOT_FOUND";
  }

  /**
   * Several servers: stops running a game here, because another server asked for it (`released`: the
   * lease is let go after the queued writes are stored) or took it (`lost`: its writes would be refused
   * anyway). Its connections here are closed without a word: they reconnect through the load balancer to
   * the game's new server, which restores it from the database.
   */
  async letGo(gameId: string, why: "released" | "lost"): Promise<void> {
    const runner = [...this.byPin.values()].find((r) => r.id === gameId);
    if (!runner || this.leaving.has(runner.pin)) return;
    // Until its connections are closed the stopped runner stays: a phone's answer gets SERVER_RESTARTING
    // (kept and sent again after the rejoin), never GAME_NOT_FOUND (which a phone takes as final).
    this.leaving.add(runner.pin);
    try {
      await runner.stop();
      if (why === "released") await this.deps.ownership?.release(gameId);
    } finally {
      if (this.byPin.get(runner.pin) === runner) this.byPin.delete(runner.pin);
      this.leaving.delete(runner.pin);
      this.deps.transport.moved?.(gameId);
      this.deps.log.info({ pin: runner.pin, gameId, why }, "game handed over to another server");
    }
  }

  /** Whether a live game has this PIN, on this server or (several servers) any other. */
  async hasLiveGame(pin: string): Promise<boolean> {
    if (this.byPin.has(pin)) return true;
    return this.deps.ownership !== undefined && (await this.deps.games.findUnfinishedByPin(pin)) !== null;
  }

  /** Ids of the games this process runs. */
  liveGameIds(): string[] {
    return [...this.byPin.values()].map((r) => r.id);
  }

  /**
   * Whose seat a rejoin token opens, in any game: `runner` is null when that game is no longer live
   * (finished before a restart, or retired). Looked up by the token alone, so a genuine token never
   * depends on the PIN, and every token costs the same lookup whatever the PIN. With several servers,
   * a live game run elsewhere is acquired (see `acquire`); `unreachable` says why it could not be.
   */
  async findSeat(rejoinToken: string, routedPin: string | null = null): Promise<{ playerId: string; gameId: string; runner: GameRunner | null; unreachable?: Unreachable } | null> {
    const stored = await this.deps.games.findPlayerByToken(hashSecret(rejoinToken));
    if (!stored) return null;
    const runner = [...this.byPin.values()].find((r) => r.id === stored.gameId) ?? null;
    if (runner || !this.deps.ownership) return { playerId: stored.id, gameId: stored.gameId, runner };
    const game = await this.deps.games.get(stored.gameId);
    if (!game || game.phase === "podium") return { playerId: stored.id, gameId: stored.gameId, runner: null };
    const acquired = await this.acquire(game.pin, routedPin);
    if (typeof acquired === "string") return { playerId: stored.id, gameId: stored.gameId, runner: null, unreachable: acquired };
    return { playerId: stored.id, gameId: stored.gameId, runner: acquired.id === stored.gameId ? acquired : null };
  }

  /** A new game for teacher `ownerId` from a bank they can play (null: no such bank for them). */
  async create(ownerId: string, bankId: string, settings: GameSettings, identity: GameIdentity | null = null): Promise<{ runner: GameRunner; hostSecret: string } | null> {
    const bank = await this.deps.banks.getPlayable(ownerId, bankId);
    if (!bank) return null;
    const hostSecret = newSecret();
    const id = newId();
    // The PIN is held (in `drawing`) from the moment it is drawn, so two concurrent creates never share it.
    const pin = await this.freePin(id);
    const game = { id, pin, bankId, settings, questions: questionsFor(bank, settings), hostSecretHash: hashSecret(hostSecret), identity, ownerId, bankTitle: bank.title };
    const runner = new GameRunner(
      { ...game, phase: "lobby", questionIndex: -1, questionOpenedAt: null, locked: false, createdAt: this.deps.clock.now(), startedAt: null, endedAt: null },
      this.deps,
    );
    this.byPin.set(pin, runner);
    this.drawing.delete(pin);
    try {
      // Several servers: the creator runs the game first (the lease comes before the row, whose write it fences).
      if (this.deps.ownership && !(await this.deps.ownership.claim(id))) throw new Error(`a new game's lease (${id}) was taken`);
      await this.deps.games.create(game);
    } catch (e) {
      this.byPin.delete(pin);
      runner.dispose();
      await this.deps.ownership?.release(id).catch(() => undefined);
      await this.deps.ownership?.freePin(pin, id).catch(() => undefined);
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
    // Several servers: games are claimed by the server their players reach (see `acquire`), not all by each.
    if (this.deps.ownership) return counts;
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
    const ownership = this.deps.ownership;
    if (ownership) {
      // Its results are stored; the PIN may serve another game, on any server.
      void ownership.release(runner.id).then(() => ownership.freePin(runner.pin, runner.id)).catch((e: unknown) => this.deps.log.warn({ err: e, gameId: runner.id }, "could not free a retired game's lease or PIN"));
    }
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
    this.stopping = true;
    const runners = [...this.byPin.values()];
    await Promise.all(runners.map((r) => r.stop()));
    // Several servers: another one takes each game over at once, rather than after its lease expires.
    const ownership = this.deps.ownership;
    if (ownership) await Promise.all(runners.map((r) => ownership.release(r.id).catch(() => undefined)));
  }

  private scheduleSweep(): void {
    this.cancelSweep = this.deps.clock.schedule(() => {
      this.sweep();
      this.scheduleSweep();
    }, SWEEP_EVERY_MS);
  }

  /** Several servers: reserves `pin` for the new game across servers (always true for a lone server). */
  private async reservePin(pin: string, gameId: string): Promise<boolean> {
    const ownership = this.deps.ownership;
    if (!ownership) return true;
    if (!(await ownership.reservePin(pin, gameId))) return false;
    if ((await this.deps.games.findUnfinishedByPin(pin)) === null) return true;
    await ownership.freePin(pin, gameId);
    return false;
  }

  private async freePin(gameId: string): Promise<string> {
    for (let i = 0; i < 1000; i++) {
      const pin = (this.deps.newPin ?? randomPin)();
      if (this.byPin.has(pin) || this.drawing.has(pin) || this.claiming.has(pin)) continue;
      this.drawing.add(pin);
      // Several servers: unique across all of them too.
      let reserved = false;
      try {
        // In Redis first (atomic across servers); then the database, the record that survives a Redis
        // restart (which forgets every reservation while games with those PINs go on).
        reserved = await this.reservePin(pin, gameId);
      } finally {
        if (!reserved) this.drawing.delete(pin);
      }
      if (reserved) return pin;
    }
    throw new Error("No free PIN");
  }
}
