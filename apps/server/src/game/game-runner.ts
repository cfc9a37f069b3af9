import {
  Game,
  ANSWER_GRACE_MS,
  identifierPrompt,
  toPhaseView,
  toPlayerPrivateView,
  type Accommodation,
  type AnswerInput,
  type AnswerRecord,
  type CheckedJoin,
  type Phase,
  type PhaseView,
  type PlayerPrivateView,
  type PlayerState,
  type Transition,
} from "@lousa/game";
import type { GameRecord, GameRepository, NewPlayer, StoredGame } from "@lousa/db";
import type { AnswerCount, AnswerReceipt, JoinRequirements, PacingView, RosterEntry } from "@lousa/protocol";
import type { Cancel, Clock } from "../clock";
import type { Logger } from "../logger";
import { hashSecret, newId, newSecret } from "../secrets";
import { AnswerCountPusher } from "./answer-count-pusher";
import { AutoPacer } from "./auto-pacer";
import { Batcher, CommitQueue } from "./commit-queue";
import type { GameTransport } from "./game-transport";
import { gradingIdentity, type GradingIdentity, type GradingInput } from "./grading-identity";
import { RosterPusher } from "./roster-pusher";
import { fail, SERVER_RESTARTING, STORAGE_FAILED, type RunnerResult } from "./runner-result";

export type { GradingInput } from "./grading-identity";
export type { RunnerError, RunnerResult } from "./runner-result";

/** A question whose timed close could not be stored is closed again this much later: the game never hangs. */
export const CLOSE_RETRY_MS = 2000;

export interface RunnerDeps {
  readonly games: GameRepository;
  readonly clock: Clock;
  readonly transport: GameTransport;
  readonly log: Logger;
}

interface QueuedAnswer {
  readonly playerId: string;
  readonly questionIndex: number;
  readonly sent: AnswerInput;
  /** Server time of receipt: an answer waiting behind a slow write is still scored when it arrived. */
  readonly at: number;
}

interface JoinInput {
  readonly nickname: string;
  readonly deviceId: string | null;
  readonly grading: GradingInput;
  /** The team picked on the phone (teams picked at join). */
  readonly team: number | undefined;
}

const rosterLine = (p: PlayerState): RosterEntry => ({ playerId: p.id, nickname: p.nickname, connected: p.connected, score: p.score, kicked: p.kicked, team: p.team, accommodation: p.accommodation });

export interface Joined {
  readonly player: PlayerState;
  readonly rejoinToken: string;
}

/**
 * The single owner of one live game (Colyseus-style room): the engine, the question timer and the
 * game's storage. One rule for every change, from the host, a phone or a timer: it is planned against
 * the current state, stored, and only then applied and pushed (`commit`). A refused change or a failed
 * write changes nothing, so memory never runs ahead of the database and a retry is always safe.
 * Changes run one at a time in arrival order (CommitQueue); answers and joins are stored in batches.
 */
export class GameRunner {
  readonly game: Game;
  private readonly queue = new CommitQueue();
  private readonly pacer: AutoPacer;
  private readonly playerCounts: AnswerCountPusher;
  /** Phones that have the picture of the question getting ready (cleared at every change of phase). */
  private readonly readyPlayers = new Set<string>();
  private readonly answers: Batcher<QueuedAnswer, RunnerResult<AnswerReceipt>>;
  private readonly joins: Batcher<JoinInput, RunnerResult<Joined>>;
  private readonly roster: RosterPusher;
  private readonly log: Logger;
  /** The open question's close (its deadline, or a retry after a failed close). */
  private cancelTimer: Cancel | null = null;
  /** When the open question's close is armed for (Game.closesAt); what the room was last told. */
  private armedCloseAt: number | null = null;
  /** Set by stop/dispose: no change is accepted any more (a restart resumes from what is stored). */
  private stopped = false;
  private hostSockets = 0;
  /** playerId → open sockets (a player with two tabs stays connected until both close). */
  private readonly connections = new Map<string, number>();
  /** deviceId → the players who joined from it (one phone may join twice, e.g. after a "let back in"). */
  private readonly devices = new Map<string, Set<string>>();
  /** A question re-opened after a restart closes on its timer (or the host), never early: players are still coming back. */
  private resumedQuestion: number | null = null;
  /** Kicked players the host let back in: their device may join again. */
  private readonly allowedBack = new Set<string>();
  /** Class-list line → the player who claimed it. */
  private readonly claimed = new Map<number, string>();
  private idleSinceValue: number | null;
  private hostAwaySinceValue: number | null;
  private finishedAtValue: number | null = null;
  /** The reveal whose standings every phone was just sent (see standingsAlreadySent). */
  private revealPush: { readonly index: number; readonly players: number } | null = null;

  constructor(
    readonly record: StoredGame,
    private readonly deps: RunnerDeps,
  ) {
    this.game = new Game({
      questions: record.questions,
      leaderboardEvery: record.settings.leaderboardEvery ?? 1,
      nicknames: { source: record.settings.nicknames ?? "typed", filter: record.settings.nicknameFilter ?? true },
      teams: record.settings.teams ?? null,
    });
    this.log = deps.log.child({ pin: record.pin, gameId: record.id });
    this.answers = new Batcher(this.queue, (items) => this.commitAnswers(items));
    this.joins = new Batcher(this.queue, (items) => this.commitJoins(items));
    this.roster = new RosterPusher(
      (id) => this.rosterEntry(id),
      () => this.rosterLines(),
      (entries) => deps.transport.roster(this.id, entries),
    );
    this.idleSinceValue = deps.clock.now();
    this.hostAwaySinceValue = deps.clock.now();
    this.pacer = new AutoPacer(record.settings.autoAdvance ?? null, deps.clock, {
      phase: () => this.game.phase,
      slideMs: (index) => (this.game.answerable(index) ? null : (this.game.questions[index]?.timeLimitMs ?? null)),
      next: (expected) => this.next(expected),
      stopped: () => this.stopped,
    });
    // No projector yet: the host attaches right after creating the game.
    this.pacer.setHostAway(true);
    this.playerCounts = new AnswerCountPusher(deps.clock, () => this.answerCount(), (count) => deps.transport.answersToPlayers(this.id, count));
  }

  /** How many have answered the open question, of how many players; null outside a question. */
  answerCount(): AnswerCount | null {
    const phase = this.game.phase;
    return phase.kind === "question" ? { questionIndex: phase.index, answeredCount: this.game.answered, playerCount: this.game.activePlayerCount } : null;
  }

  pacingView(): PacingView {
    return this.pacer.view();
  }

  /** Pauses or resumes a game that moves on by itself (memory only: see AutoPacer). */
  pause(paused: boolean): RunnerResult<PacingView> {
    if (!this.pacer.enabled) return fail("WRONG_PHASE", "This game moves on when its host says so: there is nothing to pause");
    if (this.stopped) return SERVER_RESTARTING;
    this.pacer.setPaused(paused);
    const view = this.pacer.view();
    this.deps.transport.pacing(this.id, view);
    return { ok: true, value: view };
  }

  get pin(): string {
    return this.record.pin;
  }
  get id(): string {
    return this.record.id;
  }
  /**
   * What phones are told about the host: connected, or the game is over (a finished game waits for
   * nobody, so its phones never show "the teacher is reconnecting" when the report is opened).
   */
  get hostPresentForPlayers(): boolean {
    return this.hostConnected || this.game.finished;
  }
  get hostConnected(): boolean {
    return this.hostSockets > 0;
  }
  /** Since when nobody (host or player) has been connected; null while someone is. */
  get idleSince(): number | null {
    return this.idleSinceValue;
  }
  /** Since when no host screen has been connected; null while one is. */
  get hostAwaySince(): number | null {
    return this.hostAwaySinceValue;
  }
  /** When the podium was reached (null while the game runs). */
  get finishedAt(): number | null {
    return this.finishedAtValue;
  }

  phaseView(): PhaseView {
    return toPhaseView(this.game, this.deps.clock.now());
  }
  privateView(playerId: string): PlayerPrivateView | undefined {
    return toPlayerPrivateView(this.game, playerId, this.deps.clock.now());
  }
  rosterLines(): RosterEntry[] {
    return [...this.game.allPlayers()].map(rosterLine);
  }
  private rosterEntry(playerId: string): RosterEntry | undefined {
    const p = this.game.player(playerId);
    return p && rosterLine(p);
  }

  /** A device whose player was kicked (and not allowed back) may not join again. */
  isBanned(deviceId: string): boolean {
    for (const playerId of this.devices.get(deviceId) ?? []) {
      if (this.game.player(playerId)?.kicked === true && !this.allowedBack.has(playerId)) return true;
    }
    return false;
  }

  /** Whether this kicked player was let back in by the host. */
  isAllowedBack(playerId: string): boolean {
    return this.allowedBack.has(playerId);
  }

  /** What a phone must ask before joining: the identifier label, the class-list names (never identifiers). */
  joinRequirements(): JoinRequirements {
    const identity = this.record.identity;
    return {
      identifierLabel: identifierPrompt(identity),
      classList: identity?.classList?.map((e, index) => ({ index, name: e.name, taken: this.claimed.has(index) })) ?? null,
      nicknames: this.record.settings.nicknames ?? "typed",
      teams: this.record.settings.teams ?? null,
    };
  }

  // ---- Connections: memory only (who is online is not game state), never queued. ----

  hostAttached(delta: 1 | -1): void {
    const before = this.hostPresentForPlayers;
    this.hostSockets = Math.max(0, this.hostSockets + delta);
    this.hostAwaySinceValue = this.hostConnected ? null : (this.hostAwaySinceValue ?? this.deps.clock.now());
    this.updateIdle();
    if (before !== this.hostPresentForPlayers) this.deps.transport.hostStatus(this.id, this.hostPresentForPlayers);
    this.pacer.setHostAway(!this.hostConnected);
  }

  /** A socket of this player connected (+1) or went away (-1). */
  playerSocket(playerId: string, delta: 1 | -1): void {
    const count = Math.max(0, (this.connections.get(playerId) ?? 0) + delta);
    if (count === 0) this.connections.delete(playerId);
    else this.connections.set(playerId, count);
    this.updateIdle();
    const connected = count > 0;
    if (this.game.player(playerId)?.connected === connected) return;
    this.game.setConnected(playerId, connected);
    this.roster.changed(playerId);
    if (!connected) {
      this.maybeCloseWhenAllAnswered();
      this.maybeOpenWhenAllReady();
    }
    // A student with extra time who left (or came back) stops (or starts again) holding the question open.
    this.closeTimeMayHaveChanged();
    // "X de Y já responderam": Y changed.
    this.playerCounts.changed();
  }

  private updateIdle(): void {
    const someone = this.hostSockets > 0 || this.connections.size > 0;
    this.idleSinceValue = someone ? null : (this.idleSinceValue ?? this.deps.clock.now());
  }

  // ---- Phones ----

  /** Joins a new player; resolves once the player row is stored. Returns the token to hand to the phone. */
  join(nickname: string, deviceId: string | null, grading: GradingInput = {}, team?: number): Promise<RunnerResult<Joined>> {
    return this.stopped ? Promise.resolve(SERVER_RESTARTING) : this.joins.add({ nickname, deviceId, grading, team });
  }

  /** Accepts an answer; resolves (the ack) only once it is stored. Timed by its arrival, on the server clock. */
  answer(playerId: string, questionIndex: number, sent: AnswerInput | readonly number[]): Promise<RunnerResult<AnswerReceipt>> {
    if (this.stopped) return Promise.resolve(SERVER_RESTARTING);
    return this.answers.add({ playerId, questionIndex, sent: isChoiceList(sent) ? { choices: sent } : sent, at: this.deps.clock.now() });
  }

  /**
   * A phone has the open question's picture. Once every connected phone has, a question still getting
   * ready starts its clock at once (otherwise it starts at its set time: see IMAGE_PREPARE_MS).
   */
  ready(playerId: string, questionIndex: number): { questionIndex: number } {
    const phase = this.game.phase;
    if (phase.kind === "question" && phase.index === questionIndex && this.game.preparing(this.deps.clock.now())) {
      this.readyPlayers.add(playerId);
      this.maybeOpenWhenAllReady();
    }
    return { questionIndex };
  }

  // ---- Host ----

  start(): Promise<RunnerResult<PhaseView>> {
    return this.transition("start", () => this.game.planStart(this.deps.clock.now()));
  }

  /** `expected`: the phase the host screen was showing; a stale click (the game already moved on) is refused. */
  next(expected?: { kind: string; index: number }): Promise<RunnerResult<PhaseView>> {
    return this.transition("next", () => {
      const phase = this.game.phase;
      if (expected && (expected.kind !== phase.kind || expected.index !== ("index" in phase ? phase.index : -1))) return fail("WRONG_PHASE", "The game already moved on");
      return this.game.planNext(this.deps.clock.now());
    });
  }

  endQuestion(): Promise<RunnerResult<PhaseView>> {
    return this.transition("endQuestion", () => {
      const phase = this.game.phase;
      return phase.kind === "question" ? this.game.planClose(phase.index) : fail("QUESTION_NOT_OPEN", "No question is open");
    });
  }

  end(): Promise<RunnerResult<PhaseView>> {
    return this.transition("end", () => this.game.planEnd());
  }

  kick(playerId: string): Promise<RunnerResult<{ playerId: string }>> {
    return this.commit(
      "kick",
      () => this.game.checkKick(playerId),
      (p) => (p.kicked ? Promise.resolve() : this.deps.games.setKicked(this.id, playerId)),
      (p) => {
        if (p.kicked) return { playerId };
        this.game.kick(playerId);
        this.log.info({ playerId }, "player kicked");
        this.deps.transport.kicked(this.id, playerId);
        this.roster.changed(playerId);
        // A reveal on screen is drawn again without the kicked player's answer (their vote, their text).
        if (this.game.phase.kind === "reveal") this.deps.transport.phase(this.id, this.phaseView());
        this.maybeCloseWhenAllAnswered();
        this.closeTimeMayHaveChanged();
        // The one phone the question was getting ready for may be this one.
        this.maybeOpenWhenAllReady();
        this.playerCounts.changed();
        return { playerId };
      },
    );
  }

  /**
   * Grants (or, null, takes back) a student's accommodation, any time before the podium. Mid-question it
   * applies to the open question at once: their own deadline moves (counted from its opening), the close
   * follows (Game.closesAt), and only their phone is told its own time.
   */
  accommodate(playerId: string, accommodation: Accommodation | null): Promise<RunnerResult<RosterEntry>> {
    return this.commit(
      "accommodate",
      () => this.game.checkAccommodation(playerId, accommodation),
      (c) => this.deps.games.setAccommodation(this.id, playerId, c.accommodation),
      (c) => {
        this.game.setAccommodation(playerId, c.accommodation);
        this.log.info({ playerId }, "accommodation set");
        this.roster.changed(playerId);
        this.closeTimeMayHaveChanged();
        const view = c.player.connected && this.game.phase.kind === "question" ? this.privateView(playerId) : undefined;
        if (view) this.deps.transport.you(this.id, playerId, view);
        return rosterLine(c.player);
      },
    );
  }

  lock(locked: boolean): Promise<RunnerResult<{ locked: boolean }>> {
    return this.commit(
      "lock",
      () => ({ ok: true, value: locked }),
      (value) => this.deps.games.setLocked(this.id, value),
      (value) => {
        this.game.setLocked(value);
        if (this.game.phase.kind === "lobby") this.deps.transport.phase(this.id, this.phaseView());
        return { locked: value };
      },
    );
  }

  allowBack(playerId: string): Promise<RunnerResult<{ playerId: string }>> {
    return this.commit(
      "allow",
      (): RunnerResult<PlayerState> => {
        const p = this.game.player(playerId);
        if (!p) return fail("PLAYER_NOT_FOUND", "No such player in this game");
        return p.kicked ? { ok: true, value: p } : fail("WRONG_PHASE", "That player was not removed");
      },
      () => this.deps.games.setAllowedBack(this.id, playerId),
      () => {
        this.letBackIn(playerId);
        this.log.info({ playerId }, "kicked player allowed back");
        return { playerId };
      },
    );
  }

  /** Ends a game its host left for good (see GameRegistry); stored like the host's own "end". */
  abandon(): Promise<RunnerResult<PhaseView>> {
    return this.transition("abandon", () => this.game.planEnd());
  }

  // ---- Restart ----

  /**
   * Rebuilds a game after a server restart from what the database holds: players with their stored
   * standings, every acknowledged answer, the phase. Rule for a question that was open when the server
   * stopped (crash or clean restart alike): it is re-opened with its full time limit. Answers already
   * acknowledged keep their choice and points; players who had not answered get a fair full window
   * (their time counts from the re-opening). Nobody is connected until they rejoin.
   */
  async resume(record: GameRecord): Promise<void> {
    const answersByPlayer = new Map<string, AnswerRecord[]>();
    for (const a of record.answers) answersByPlayer.set(a.playerId, [...(answersByPlayer.get(a.playerId) ?? []), a]);
    const classList = record.game.identity?.classList ?? [];
    for (const p of record.players) {
      if (p.deviceId) this.rememberDevice(p.deviceId, p.id);
      const entry = classList.findIndex((e) => e.name === p.realName && e.identifier === p.identifier);
      if (entry >= 0) this.claimed.set(entry, p.id);
      this.game.restorePlayer(
        { id: p.id, nickname: p.nickname, nicknameKey: p.nicknameKey, score: p.score, streak: p.streak, correctCount: p.correctCount, totalResponseMs: p.totalResponseMs, kicked: p.kicked, team: p.team, accommodation: p.accommodation },
        answersByPlayer.get(p.id) ?? [],
      );
      if (p.kicked && p.allowedBack) this.letBackIn(p.id);
    }
    const g = record.game;
    const now = this.deps.clock.now();
    const phase: Phase =
      g.phase === "question"
        ? this.game.openingPhase(g.questionIndex, now)
        : g.phase === "reveal" || g.phase === "leaderboard"
          ? { kind: g.phase, index: g.questionIndex }
          : { kind: "lobby" };
    try {
      // Only the re-opening time is new here; if it can't be stored, the stored phase still says the
      // question is open, which a later restart re-opens again by the same rule: nothing is lost.
      await this.deps.games.savePhase(this.id, this.phaseRecord(phase, g.locked), now);
    } catch (e) {
      this.log.warn({ err: e }, "could not store the re-opening time; resuming anyway");
    }
    this.game.restorePhase(phase, g.locked);
    if (phase.kind === "question") this.resumedQuestion = phase.index;
    // A game that moves on by itself comes back paused: the teacher may have paused it before the
    // restart (a pause is not stored), and nobody should miss a step while phones come back.
    if (this.pacer.enabled) this.pacer.setPaused(true);
    this.afterPhaseChange();
    this.log.info({ phase: phase.kind, players: record.players.length, answers: record.answers.length }, "game restored after restart");
  }

  /**
   * Stops taking changes and waits for the ones already queued to be stored and applied. Nothing is
   * decided on the way out: an open question stays open in the database, and the restarted server
   * re-opens it by the rule in `resume`, exactly as after a crash.
   */
  stop(): Promise<void> {
    this.dispose();
    return this.queue.idle();
  }

  /** Resolves once every change queued so far has been stored and applied (or refused). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Forgets the game's timers; no change is accepted after this (the game is retired or the server stops). */
  dispose(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.pacer.stop();
    this.playerCounts.stop();
  }

  // ---- The one rule ----

  /**
   * The one way the game changes: `plan` checks the change against the current state (pure), `store`
   * writes it, and only then does `apply` change memory and tell people. Refused or failed, nothing
   * changed; STORAGE_FAILED tells the caller a retry is safe.
   */
  private commit<P, R>(label: string, plan: () => RunnerResult<P>, store: (planned: P) => Promise<void>, apply: (planned: P) => R): Promise<RunnerResult<R>> {
    if (this.stopped) return Promise.resolve(SERVER_RESTARTING);
    return this.queue.run(async (): Promise<RunnerResult<R>> => {
      const planned = plan();
      if (!planned.ok) return planned;
      try {
        await store(planned.value);
      } catch (e) {
        this.log.error({ err: e, change: label }, "could not store change; nothing applied");
        return STORAGE_FAILED;
      }
      return { ok: true, value: apply(planned.value) };
    });
  }

  private transition(label: string, plan: () => RunnerResult<Transition>): Promise<RunnerResult<PhaseView>> {
    return this.commit(
      label,
      plan,
      (t) => this.deps.games.savePhase(this.id, this.phaseRecord(t.phase, this.game.locked), this.deps.clock.now(), t.standings ?? []),
      (t) => {
        this.game.applyTransition(t);
        return this.afterPhaseChange();
      },
    );
  }

  /** The batch form of `commit` for answers: checked in order, stored in one write, then applied. */
  private async commitAnswers(items: readonly QueuedAnswer[]): Promise<RunnerResult<AnswerReceipt>[]> {
    const inBatch = new Set<string>();
    const checked = items.map((i) => {
      const r = this.game.checkAnswer(i.playerId, i.questionIndex, i.sent, i.at, inBatch);
      if (r.ok) inBatch.add(i.playerId);
      return r;
    });
    const records = checked.flatMap((r) => (r.ok ? [r.value] : []));
    const refusals = checked.map((r) => (r.ok ? STORAGE_FAILED : r));
    if (records.length === 0) return refusals;
    try {
      await this.deps.games.saveAnswers(this.id, records);
    } catch (e) {
      this.log.error({ err: e, answers: records.length }, "could not store answers; nothing applied");
      return refusals;
    }
    for (const r of records) this.game.applyAnswer(r);
    const answeredCount = this.game.answered;
    this.deps.transport.answers(this.id, { questionIndex: records[0]?.questionIndex ?? 0, answeredCount, playerCount: this.game.activePlayerCount });
    this.playerCounts.changed();
    this.maybeCloseWhenAllAnswered();
    this.closeTimeMayHaveChanged();
    return checked.map((r) => (r.ok ? { ok: true, value: { questionIndex: r.value.questionIndex, choices: r.value.choices, text: r.value.text, value: r.value.value, answeredCount } } : r));
  }

  /** The batch form of `commit` for joins: nicknames and class-list lines are checked against the batch too. */
  private async commitJoins(items: readonly JoinInput[]): Promise<RunnerResult<Joined>[]> {
    const nicknames = new Set<string>();
    const lines = new Set<number>();
    const teams: number[] = [];
    const planned = items.map((i): RunnerResult<{ row: NewPlayer; checked: CheckedJoin; who: GradingIdentity; token: string }> => {
      if (i.deviceId && this.isBanned(i.deviceId)) return fail("PLAYER_KICKED", "You were removed from this game; ask the teacher to let you back in");
      const who = gradingIdentity(this.record.identity, i.grading, (line) => this.claimed.has(line) || lines.has(line));
      if (!who.ok) return who;
      const checked = this.game.checkJoin(i.nickname, { team: i.team, reservedKeys: nicknames, reservedTeams: teams });
      if (!checked.ok) return checked;
      nicknames.add(checked.value.nicknameKey);
      if (checked.value.team !== null) teams.push(checked.value.team);
      if (who.value.classEntry !== null) lines.add(who.value.classEntry);
      const token = newSecret();
      const c = checked.value;
      // The teacher may have set the student's accommodation on their class-list line ahead of the game.
      const accommodation = who.value.classEntry === null ? null : (this.record.identity?.classList?.[who.value.classEntry]?.accommodation ?? null);
      const row: NewPlayer = { id: newId(), gameId: this.id, nickname: c.nickname, nicknameKey: c.nicknameKey, tokenHash: hashSecret(token), deviceId: i.deviceId, identifier: who.value.identifier, realName: who.value.realName, totalResponseMs: c.totalResponseMs, team: c.team, accommodation };
      return { ok: true, value: { row, checked: c, who: who.value, token } };
    });
    const rows = planned.flatMap((p) => (p.ok ? [p.value.row] : []));
    if (rows.length === 0) return planned.map((p) => (p.ok ? STORAGE_FAILED : p));
    try {
      await this.deps.games.addPlayers(rows);
    } catch (e) {
      this.log.error({ err: e, joins: rows.length }, "could not store joins; nothing applied");
      return planned.map((p) => (p.ok ? STORAGE_FAILED : p));
    }
    return planned.map((p) => {
      if (!p.ok) return p;
      const { row, checked, who, token } = p.value;
      const player = this.game.addPlayer(row.id, checked, row.accommodation ?? null);
      if (who.classEntry !== null) this.claimed.set(who.classEntry, row.id);
      if (row.deviceId) this.rememberDevice(row.deviceId, row.id);
      this.connections.set(row.id, 1);
      this.updateIdle();
      this.roster.changed(row.id);
      this.log.info({ playerId: row.id }, "player joined");
      return { ok: true, value: { player, rejoinToken: token } };
    });
  }

  // ---- After a change ----

  /** Schedules the open question's close, then pushes the new phase to the room and each player's standing. */
  private afterPhaseChange(): PhaseView {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.readyPlayers.clear();
    this.armDeadline();
    this.pacer.arm();
    const phase = this.game.phase;
    if (phase.kind === "podium") this.finishedAtValue ??= this.deps.clock.now();
    const view = this.phaseView();
    this.log.info({ phase: phase.kind, index: "index" in phase ? phase.index : null }, "phase");
    const standings = phase.kind !== "lobby" && !this.standingsAlreadySent(phase);
    // Each phone must hold its own result before the reveal it belongs to: sent after the room's phase,
    // the reveal would draw "no answer" until it came. A new question is the other way round: the phone
    // forgets the last question's answer when the phase arrives, so what it re-sends goes after.
    if (standings && phase.kind !== "question") this.sendPrivateViews(false);
    this.deps.transport.phase(this.id, view);
    if (this.pacer.enabled) this.deps.transport.pacing(this.id, this.pacer.view());
    if (standings && phase.kind === "question") this.sendPrivateViews(true);
    if (phase.kind === "reveal" || phase.kind === "podium") this.roster.changed();
    return view;
  }

  /**
   * The leaderboard changes no one's standing: each phone still has what the reveal sent it (score, rank,
   * last result), and a phone that came back since got its own with the rejoin. Sending N identical
   * pushes again would only queue them in front of the next question when the teacher moves on quickly.
   * Only the class size can have moved (a late join, a kick): then they go again.
   */
  private standingsAlreadySent(phase: Phase): boolean {
    const revealed = this.revealPush;
    this.revealPush = phase.kind === "reveal" ? { index: phase.index, players: this.game.activePlayerCount } : null;
    return phase.kind === "leaderboard" && revealed !== null && revealed.index === phase.index && revealed.players === this.game.activePlayerCount;
  }

  /** Per-player standings: once per transition, never per answer. At a new question only the "not answered yet" reset matters. */
  private sendPrivateViews(questionOpened: boolean): void {
    for (const p of this.game.allPlayers()) {
      if (p.kicked || !p.connected) continue;
      const view = toPlayerPrivateView(this.game, p.id, this.deps.clock.now());
      // A student with extra time needs their own countdown from the start.
      if (view && (!questionOpened || view.answeredChoices !== null || view.yourRemainingMs !== null)) this.deps.transport.you(this.id, p.id, view);
    }
  }

  /**
   * Schedules the open question's close when the game says it closes (Game.closesAt: its deadline plus
   * the network grace, later while a student with extra time is still answering); past it, at once. A
   * question getting ready starts its clock at its set time first; a slide has no clock at all.
   */
  private armDeadline(): void {
    const phase = this.game.phase;
    this.armedCloseAt = null;
    if (phase.kind !== "question" || !this.game.answerable(phase.index)) return;
    const index = phase.index;
    const now = this.deps.clock.now();
    if (phase.openedAt > now) return this.schedule(() => this.clockStarted(index), phase.openedAt - now);
    const closesAt = this.game.closesAt() ?? phase.deadline + ANSWER_GRACE_MS;
    this.armedCloseAt = closesAt;
    this.schedule(() => this.closeInBackground(index, "deadline"), closesAt - now);
  }

  /**
   * After anything that may move the close of a question held open for extra time (an answer, a phone
   * leaving or coming back, a kick, an accommodation): re-arms it, and tells the room the new extended
   * countdown (a neutral number: see QuestionView.extendedRemainingMs). Nothing to do when it didn't move.
   */
  private closeTimeMayHaveChanged(): void {
    const phase = this.game.phase;
    const now = this.deps.clock.now();
    if (this.stopped || phase.kind !== "question" || this.armedCloseAt === null) return;
    const closesAt = this.game.closesAt();
    if (closesAt === null || closesAt === this.armedCloseAt) return;
    this.armDeadline();
    // Closing now (or everyone answered) anyway: the reveal is the next thing the room sees.
    if (closesAt <= now || this.game.everyoneAnswered) return;
    this.deps.transport.phase(this.id, this.phaseView());
    // Phones restart their count on a new view: the ones with their own time get it again right after.
    for (const p of this.game.allPlayers()) {
      const view = p.accommodation?.time && p.connected && !p.kicked ? this.privateView(p.id) : undefined;
      if (view && view.yourRemainingMs !== null && view.answeredChoices === null) this.deps.transport.you(this.id, p.id, view);
    }
  }

  /**
   * Starts the clock of a question that was getting ready: its time came, or every phone has its picture.
   * Stored like any change of phase (the new opening time); if that fails, tried again shortly.
   */
  private openInBackground(index: number): void {
    this.transition("open", () => this.game.planOpenNow(index, this.deps.clock.now())).then(
      (r) => {
        if (r.ok || r.error.code === "QUESTION_NOT_OPEN" || r.error.code === "SERVER_RESTARTING") return;
        this.log.warn({ index, error: r.error }, "could not start the question's clock; retrying");
        this.schedule(() => this.openInBackground(index), CLOSE_RETRY_MS);
      },
      (e: unknown) => this.log.error({ err: e, index }, "starting the question's clock failed"),
    );
  }

  /**
   * A getting-ready question's set time has come (not every phone said it was ready): nothing changes in
   * the game or the database — the stored opening time is now — but the room is told the clock runs and
   * its close is armed. Queued like every change, so it can't overtake one.
   */
  private clockStarted(index: number): void {
    if (this.stopped) return;
    void this.queue.run(async () => {
      const phase = this.game.phase;
      if (this.stopped || phase.kind !== "question" || phase.index !== index) return;
      this.afterPhaseChange();
    });
  }

  private maybeOpenWhenAllReady(): void {
    const phase = this.game.phase;
    if (this.stopped || phase.kind !== "question" || !this.game.preparing(this.deps.clock.now())) return;
    for (const p of this.game.allPlayers()) if (p.connected && !p.kicked && !this.readyPlayers.has(p.id)) return;
    this.openInBackground(phase.index);
  }

  private schedule(fn: () => void, delayMs: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.stopped ? null : this.deps.clock.schedule(fn, delayMs);
  }

  /**
   * Closes a question from its timer, or early because everyone answered, where nobody awaits the
   * result. An early close still has to be true when its turn comes (someone may have joined or come
   * back meanwhile); if not, the deadline decides. A close that could not be stored is tried again
   * shortly (the host may also press "next" meanwhile); an early one is re-checked then too.
   */
  private closeInBackground(index: number, why: "deadline" | "everyone answered"): void {
    this.transition("close", () => (this.stillAnswering(why) ? fail("WRONG_PHASE", "Someone is still answering") : this.game.planClose(index))).then(
      (r) => {
        if (r.ok || r.error.code === "QUESTION_NOT_OPEN" || r.error.code === "SERVER_RESTARTING") return;
        const phase = this.game.phase;
        if (phase.kind !== "question" || phase.index !== index) return;
        if (r.error.code === "WRONG_PHASE") return this.armDeadline();
        this.log.warn({ index, error: r.error }, "could not close question; retrying");
        this.schedule(() => this.closeInBackground(index, why), CLOSE_RETRY_MS);
      },
      (e: unknown) => this.log.error({ err: e, index }, "closing the question failed"),
    );
  }

  /** Whether a close from a timer or "everyone answered" came too early by the time its turn came. */
  private stillAnswering(why: "deadline" | "everyone answered"): boolean {
    if (why === "everyone answered") return !this.game.everyoneAnswered;
    // A student with extra time came back (or was granted it) since the timer was set.
    const closesAt = this.game.closesAt();
    return closesAt !== null && closesAt > this.deps.clock.now();
  }

  private maybeCloseWhenAllAnswered(): void {
    const phase = this.game.phase;
    if (this.stopped || phase.kind !== "question" || !this.game.everyoneAnswered || this.resumedQuestion === phase.index) return;
    this.closeInBackground(phase.index, "everyone answered");
  }

  private phaseRecord(phase: Phase, locked: boolean) {
    return {
      phase: phase.kind,
      // At the podium this keeps the last question played, so reports know how far the game went.
      questionIndex: "index" in phase ? phase.index : this.game.questionsPlayed - 1,
      questionOpenedAt: phase.kind === "question" ? phase.openedAt : null,
      locked,
    };
  }

  private rememberDevice(deviceId: string, playerId: string): void {
    const set = this.devices.get(deviceId) ?? new Set<string>();
    set.add(playerId);
    this.devices.set(deviceId, set);
  }

  private letBackIn(playerId: string): void {
    this.allowedBack.add(playerId);
    for (const [entry, owner] of this.claimed) if (owner === playerId) this.claimed.delete(entry);
  }
}

/** Option indexes alone: how the engine's tests and the choice kinds send an answer. */
function isChoiceList(sent: AnswerInput | readonly number[]): sent is readonly number[] {
  return Array.isArray(sent);
}
