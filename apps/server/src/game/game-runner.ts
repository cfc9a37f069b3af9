import {
  Game,
  ANSWER_GRACE_MS,
  toPhaseView,
  toPlayerPrivateView,
  type PhaseView,
  type PlayerPrivateView,
  type PlayerState,
  type Result,
  type GameError,
  type AnswerRecord,
  type Phase,
} from "@lousa/game";
import type { GameRecord, GameRepository, StoredGame } from "@lousa/db";
import type { AnswerReceipt, JoinRequirements, RosterEntry } from "@lousa/protocol";

/** What a joining player gives for grading, as the host asked (see GameIdentity). */
export interface GradingInput {
  readonly identifier?: string | undefined;
  readonly classEntry?: number | undefined;
}
import type { Clock, Cancel } from "../clock";
import type { Logger } from "../logger";
import { hashSecret, newId, newSecret } from "../secrets";
import { AnswerWriter } from "./answer-writer";
import type { GameTransport } from "./game-transport";

/** Engine errors plus what only the owner can fail at (storage, credentials). */
export interface RunnerError {
  readonly code: GameError["code"] | "STORAGE_FAILED" | "REJOIN_INVALID" | "IDENTIFIER_REQUIRED" | "CLASS_ENTRY_INVALID" | "CLASS_ENTRY_TAKEN";
  readonly message: string;
}
export type RunnerResult<T> = Result<T, RunnerError>;

const fail = (code: RunnerError["code"], message: string): RunnerResult<never> => ({ ok: false, error: { code, message } });

export interface RunnerDeps {
  readonly games: GameRepository;
  readonly clock: Clock;
  readonly transport: GameTransport;
  readonly log: Logger;
}

/**
 * The single owner of one live game (Colyseus-style room): it holds the engine, the question timer
 * and the game's persistence. Host commands run one at a time; answers are stored before their ack.
 */
export class GameRunner {
  readonly game: Game;
  private readonly writer: AnswerWriter;
  private cancelTimer: Cancel | null = null;
  private commandQueue: Promise<unknown> = Promise.resolve();
  /** Players whose roster line changed since the last push to the host; "all" after scores change. */
  private rosterChanges: Set<string> | "all" | null = null;
  private hostSockets = 0;
  private readonly connections = new Map<string, number>();
  /** deviceId → the players who joined from it (one phone may join twice, e.g. after a "let back in"). */
  private readonly devices = new Map<string, Set<string>>();
  /** The question being closed: answers to it are refused from the moment closing starts. */
  private closing: number | null = null;
  /** A question re-opened after a restart closes on its timer (or the host), never early: players are still coming back. */
  private resumedQuestion: number | null = null;
  /** Kicked players the host let back in: their device may join again. */
  private readonly allowedBack = new Set<string>();
  /** Class-list line → the player who claimed it. */
  private readonly claimed = new Map<number, string>();
  private readonly log: Logger;

  constructor(
    readonly record: StoredGame,
    private readonly deps: RunnerDeps,
  ) {
    this.game = new Game({ questions: record.questions });
    this.log = deps.log.child({ pin: record.pin, gameId: record.id });
    this.writer = new AnswerWriter((answers) => deps.games.saveAnswers(record.id, answers));
  }

  get pin(): string {
    return this.record.pin;
  }
  get id(): string {
    return this.record.id;
  }
  get hostConnected(): boolean {
    return this.hostSockets > 0;
  }

  phaseView(): PhaseView {
    return toPhaseView(this.game, this.deps.clock.now());
  }
  privateView(playerId: string): PlayerPrivateView | undefined {
    return toPlayerPrivateView(this.game, playerId);
  }
  roster(): RosterEntry[] {
    const out: RosterEntry[] = [];
    for (const p of this.game.allPlayers()) out.push({ playerId: p.id, nickname: p.nickname, connected: p.connected, score: p.score, kicked: p.kicked });
    return out;
  }

  private rosterEntry(playerId: string): RosterEntry | undefined {
    const p = this.game.player(playerId);
    return p && { playerId: p.id, nickname: p.nickname, connected: p.connected, score: p.score, kicked: p.kicked };
  }

  /** A device whose player was kicked (and not allowed back) may not join again. */
  isBanned(deviceId: string): boolean {
    for (const playerId of this.devices.get(deviceId) ?? []) {
      if (this.game.player(playerId)?.kicked === true && !this.allowedBack.has(playerId)) return true;
    }
    return false;
  }

  private rememberDevice(deviceId: string, playerId: string): void {
    const set = this.devices.get(deviceId) ?? new Set<string>();
    set.add(playerId);
    this.devices.set(deviceId, set);
  }

  /** Whether this kicked player was let back in by the host. */
  isAllowedBack(playerId: string): boolean {
    return this.allowedBack.has(playerId);
  }

  allowBack(playerId: string): RunnerResult<{ playerId: string }> {
    const p = this.game.player(playerId);
    if (!p) return fail("PLAYER_NOT_FOUND", "No such player in this game");
    if (!p.kicked) return fail("WRONG_PHASE", "That player was not removed");
    this.allowedBack.add(playerId);
    for (const [entry, owner] of this.claimed) if (owner === playerId) this.claimed.delete(entry);
    this.log.info({ playerId }, "kicked player allowed back");
    return { ok: true, value: { playerId } };
  }

  hostAttached(delta: 1 | -1): void {
    const before = this.hostConnected;
    this.hostSockets = Math.max(0, this.hostSockets + delta);
    if (before !== this.hostConnected) this.deps.transport.hostStatus(this.pin, this.hostConnected);
  }

  /** Joins a new player; resolves once the player row is stored. Returns the token to hand to the phone. */
  /** What a phone must ask before joining: the identifier label, the class-list names (never identifiers). */
  joinRequirements(): JoinRequirements {
    const identity = this.record.identity;
    return {
      identifierLabel: identity?.classList ? null : (identity?.label ?? null),
      classList: identity?.classList?.map((e, index) => ({ index, name: e.name, taken: this.claimed.has(index) })) ?? null,
    };
  }

  /** Checks what the player gave for grading against what the host asked for. */
  private gradingIdentity(input: GradingInput): RunnerResult<{ identifier: string | null; realName: string | null; classEntry: number | null }> {
    const identity = this.record.identity;
    if (identity?.classList) {
      const entry = input.classEntry === undefined ? undefined : identity.classList[input.classEntry];
      if (input.classEntry === undefined || !entry) return fail("CLASS_ENTRY_INVALID", "Pick your name from the class list");
      if (this.claimed.has(input.classEntry)) return fail("CLASS_ENTRY_TAKEN", "That name was already picked by someone else");
      return { ok: true, value: { identifier: entry.identifier, realName: entry.name, classEntry: input.classEntry } };
    }
    if (identity?.label) {
      const value = input.identifier?.trim() ?? "";
      if (value === "" || value.length > 64 || /[\p{Cc}\p{Cf}]/u.test(value)) return fail("IDENTIFIER_REQUIRED", `Please fill in: ${identity.label}`);
      return { ok: true, value: { identifier: value, realName: null, classEntry: null } };
    }
    return { ok: true, value: { identifier: null, realName: null, classEntry: null } };
  }

  async join(nickname: string, deviceId: string | null, grading: GradingInput = {}): Promise<RunnerResult<{ player: PlayerState; rejoinToken: string }>> {
    if (deviceId && this.isBanned(deviceId)) return fail("PLAYER_KICKED", "You were removed from this game; ask the teacher to let you back in");
    const who = this.gradingIdentity(grading);
    if (!who.ok) return who;
    const id = newId();
    const joined = this.game.join(id, nickname);
    if (!joined.ok) return joined;
    // Claimed before the first await, so two phones can never take the same line.
    if (who.value.classEntry !== null) this.claimed.set(who.value.classEntry, id);
    const rejoinToken = newSecret();
    const p = joined.value;
    try {
      await this.deps.games.addPlayer({
        id,
        gameId: this.id,
        nickname: p.nickname,
        nicknameKey: p.nicknameKey,
        tokenHash: hashSecret(rejoinToken),
        deviceId,
        identifier: who.value.identifier,
        realName: who.value.realName,
        // A late joiner starts charged with the time of the questions they missed (the tie-break).
        totalResponseMs: p.totalResponseMs,
      });
    } catch (e) {
      this.log.error({ err: e }, "could not store player");
      this.game.forgetJoin(id);
      if (who.value.classEntry !== null) this.claimed.delete(who.value.classEntry);
      return fail("STORAGE_FAILED", "Could not save your join, please try again");
    }
    this.connections.set(id, 1);
    if (deviceId) this.rememberDevice(deviceId, id);
    this.log.info({ playerId: id }, "player joined");
    this.markRosterDirty(id);
    return { ok: true, value: { player: p, rejoinToken } };
  }

  /** Finds the player a rejoin token belongs to (token checked against its stored hash). */
  async findByToken(token: string): Promise<RunnerResult<PlayerState>> {
    const stored = await this.deps.games.findPlayerByToken(this.id, hashSecret(token));
    const player = stored ? this.game.player(stored.id) : undefined;
    if (!player) return fail("REJOIN_INVALID", "This rejoin token is not valid for this game");
    if (player.kicked) return fail("PLAYER_KICKED", "You were removed from this game");
    return { ok: true, value: player };
  }

  /** A socket of this player connected (+1) or went away (-1). A player with two tabs stays connected until both close. */
  playerSocket(playerId: string, delta: 1 | -1): void {
    const count = Math.max(0, (this.connections.get(playerId) ?? 0) + delta);
    if (count === 0) this.connections.delete(playerId);
    else this.connections.set(playerId, count);
    const connected = count > 0;
    if (this.game.player(playerId)?.connected === connected) return;
    this.game.setConnected(playerId, connected);
    this.markRosterDirty(playerId);
    if (!connected) this.maybeCloseWhenAllAnswered();
  }

  async answer(playerId: string, questionIndex: number, choices: readonly number[]): Promise<RunnerResult<AnswerReceipt>> {
    if (this.closing === questionIndex) return fail("QUESTION_NOT_OPEN", "That question is closing");
    const accepted = this.game.answer(playerId, questionIndex, choices, this.deps.clock.now());
    if (!accepted.ok) return accepted;
    const { record } = accepted.value;
    try {
      await this.writer.save(record);
    } catch (e) {
      this.log.error({ err: e, playerId }, "could not store answer");
      this.game.retractAnswer(record);
      return fail("STORAGE_FAILED", "Your answer could not be saved, please send it again");
    }
    const count = { questionIndex, answeredCount: this.game.answered, playerCount: this.game.activePlayerCount };
    this.deps.transport.answers(this.pin, count);
    this.maybeCloseWhenAllAnswered();
    return { ok: true, value: { questionIndex, choices: record.choices, answeredCount: count.answeredCount } };
  }

  start(): Promise<RunnerResult<PhaseView>> {
    return this.enqueue(async () => {
      const r = this.game.start(this.deps.clock.now());
      if (!r.ok) return r;
      return this.afterTransition();
    });
  }

  next(expected?: { kind: string; index: number }): Promise<RunnerResult<PhaseView>> {
    return this.enqueue(async () => {
      const phase = this.game.phase;
      if (expected && (expected.kind !== phase.kind || expected.index !== ("index" in phase ? phase.index : -1))) {
        return fail("WRONG_PHASE", "The game already moved on");
      }
      if (phase.kind === "question") return this.closeQuestion(phase.index);
      const r = this.game.next(this.deps.clock.now());
      if (!r.ok) return r;
      return this.afterTransition();
    });
  }

  endQuestion(): Promise<RunnerResult<PhaseView>> {
    return this.enqueue(async () => {
      const phase = this.game.phase;
      if (phase.kind !== "question") return fail("QUESTION_NOT_OPEN", "No question is open");
      return this.closeQuestion(phase.index);
    });
  }

  end(): Promise<RunnerResult<PhaseView>> {
    return this.enqueue(async () => {
      const phase = this.game.phase;
      return this.withAnswersSettled(phase.kind === "question" ? phase.index : null, async () => {
        const r = this.game.end();
        return r.ok ? this.afterTransition(true) : r;
      });
    });
  }

  /** Queued with the other host commands, so its write can't interleave with a question closing. */
  kick(playerId: string): Promise<RunnerResult<{ playerId: string }>> {
    return this.enqueue(async () => {
      const r = this.game.kick(playerId);
      if (!r.ok) return r;
      await this.deps.games.setKicked(playerId);
      this.log.info({ playerId }, "player kicked");
      this.deps.transport.kicked(this.pin, playerId);
      this.markRosterDirty(playerId);
      this.maybeCloseWhenAllAnswered();
      return { ok: true, value: { playerId } };
    });
  }

  lock(locked: boolean): Promise<RunnerResult<{ locked: boolean }>> {
    return this.enqueue(async () => {
      this.game.setLocked(locked);
      await this.persistPhase();
      if (this.game.phase.kind === "lobby") this.deps.transport.phase(this.pin, this.phaseView());
      return { ok: true, value: { locked } };
    });
  }

  /**
   * Rebuilds a game after a server restart from what the database holds: players with their stored
   * standings, every acknowledged answer, the phase. Rule for a question that was open when the server
   * died: it is re-opened with its full time limit. Answers already acknowledged keep their choice and
   * points; players who had not answered get a fair full window (their time counts from the re-opening).
   * Nobody is connected until they rejoin.
   */
  async resume(record: GameRecord): Promise<void> {
    const answersByPlayer = new Map<string, AnswerRecord[]>();
    for (const a of record.answers) {
      const list = answersByPlayer.get(a.playerId) ?? [];
      list.push(a);
      answersByPlayer.set(a.playerId, list);
    }
    const classList = record.game.identity?.classList ?? [];
    for (const p of record.players) {
      if (p.deviceId) this.rememberDevice(p.deviceId, p.id);
      const entry = classList.findIndex((e) => e.name === p.realName && e.identifier === p.identifier);
      if (entry >= 0) this.claimed.set(entry, p.id);
      this.game.restorePlayer(
        { id: p.id, nickname: p.nickname, nicknameKey: p.nicknameKey, score: p.score, streak: p.streak, correctCount: p.correctCount, totalResponseMs: p.totalResponseMs, kicked: p.kicked },
        answersByPlayer.get(p.id) ?? [],
      );
    }
    const g = record.game;
    const now = this.deps.clock.now();
    const limit = this.game.questions[g.questionIndex]?.timeLimitMs ?? 0;
    const phase: Phase =
      g.phase === "question"
        ? { kind: "question", index: g.questionIndex, openedAt: now, deadline: now + limit }
        : g.phase === "reveal" || g.phase === "leaderboard"
          ? { kind: g.phase, index: g.questionIndex }
          : { kind: "lobby" };
    this.game.restorePhase(phase, g.locked);
    if (phase.kind === "question") this.resumedQuestion = phase.index;
    await this.afterTransition();
    this.log.info({ phase: phase.kind, players: record.players.length, answers: record.answers.length }, "game restored after restart");
  }

  /** Stops the question timer: the runner is being thrown away (game over or server shutdown). */
  dispose(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  async flush(): Promise<void> {
    await this.writer.drain();
    await this.commandQueue.catch(() => undefined);
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.commandQueue.then(fn, fn);
    this.commandQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Closes a question once every accepted answer is on disk: scoring must only ever count
   * answers that were (or will be) acknowledged.
   */
  private async closeQuestion(index: number): Promise<RunnerResult<PhaseView>> {
    const phase = this.game.phase;
    if (phase.kind !== "question" || phase.index !== index) return fail("QUESTION_NOT_OPEN", "That question is not open");
    return this.withAnswersSettled(index, async () => {
      const r = this.game.closeQuestion(index);
      return r.ok ? this.afterTransition(true) : r;
    });
  }

  /**
   * Runs `score` once every accepted answer is on disk: answers to `closingIndex` are refused from now
   * on, pending writes drain, and answers whose write failed get a turn to retract themselves first.
   */
  private async withAnswersSettled<T>(closingIndex: number | null, score: () => Promise<T>): Promise<T> {
    this.closing = closingIndex;
    try {
      await this.writer.drain();
      await new Promise<void>((resolve) => setImmediate(resolve));
      return await score();
    } finally {
      this.closing = null;
    }
  }

  /**
   * Closes a question from a timer or a player event, where nobody awaits the result: a failure is
   * logged, never left as an unhandled rejection that would take every game in the process down.
   */
  private closeInBackground(index: number): void {
    this.enqueue(() => this.closeQuestion(index)).then(
      (r) => {
        if (!r.ok && r.error.code !== "QUESTION_NOT_OPEN") this.log.warn({ index, error: r.error }, "could not close question");
      },
      (e: unknown) => this.log.error({ err: e, index }, "closing the question failed"),
    );
  }

  /** Persists the new phase (with the standings when scores changed), then schedules and broadcasts. */
  private async afterTransition(scoresChanged = false): Promise<RunnerResult<PhaseView>> {
    this.cancelTimer?.();
    this.cancelTimer = null;
    await this.persistPhase(scoresChanged);
    const phase = this.game.phase;
    if (phase.kind === "question") {
      const index = phase.index;
      this.cancelTimer = this.deps.clock.schedule(() => this.closeInBackground(index), phase.deadline + ANSWER_GRACE_MS - this.deps.clock.now());
    }
    const view = this.phaseView();
    this.log.info({ phase: phase.kind, index: "index" in phase ? phase.index : null }, "phase");
    this.deps.transport.phase(this.pin, view);
    if (phase.kind !== "lobby") this.sendPrivateViews(phase.kind === "question");
    if (phase.kind === "reveal" || phase.kind === "podium") this.markRosterDirty();
    return { ok: true, value: view };
  }

  /** Per-player standings: once per transition, never per answer. At a new question only the "not answered yet" reset matters. */
  private sendPrivateViews(questionOpened: boolean): void {
    for (const p of this.game.allPlayers()) {
      if (p.kicked || !p.connected) continue;
      const view = toPlayerPrivateView(this.game, p.id);
      if (view && (!questionOpened || view.answeredChoices !== null)) this.deps.transport.you(this.pin, p.id, view);
    }
  }

  private maybeCloseWhenAllAnswered(): void {
    const phase = this.game.phase;
    if (phase.kind !== "question" || !this.game.everyoneAnswered || this.resumedQuestion === phase.index) return;
    this.closeInBackground(phase.index);
  }

  private async persistPhase(withStandings = false): Promise<void> {
    const phase = this.game.phase;
    const standings = withStandings
      ? [...this.game.allPlayers()].map((p) => ({ id: p.id, score: p.score, streak: p.streak, correctCount: p.correctCount, totalResponseMs: p.totalResponseMs }))
      : [];
    await this.deps.games.savePhase(
      this.id,
      {
        phase: phase.kind,
        // At the podium this keeps the last question played, so reports know how far the game went.
        questionIndex: "index" in phase ? phase.index : this.game.questionsPlayed - 1,
        questionOpenedAt: phase.kind === "question" ? phase.openedAt : null,
        locked: this.game.locked,
      },
      this.deps.clock.now(),
      standings,
    );
  }

  /**
   * Coalesces roster updates: a burst of joins or reconnections sends the host one message per
   * event-loop turn, carrying only the lines that changed (the full list comes with the host snapshot),
   * so a join storm costs O(joins), not O(players) per join.
   */
  private markRosterDirty(playerId?: string): void {
    const first = this.rosterChanges === null;
    if (playerId === undefined) this.rosterChanges = "all";
    else if (this.rosterChanges === null) this.rosterChanges = new Set([playerId]);
    else if (this.rosterChanges !== "all") this.rosterChanges.add(playerId);
    if (!first) return;
    setImmediate(() => {
      const changes = this.rosterChanges;
      this.rosterChanges = null;
      if (changes === null) return;
      const entries = changes === "all" ? this.roster() : [...changes].flatMap((id) => this.rosterEntry(id) ?? []);
      if (entries.length > 0) this.deps.transport.roster(this.pin, entries);
    });
  }
}
