import { rankPlayers, toLeaderboardEntry } from "./leaderboard";
import { normalizeNickname } from "./nickname";
import { err, ok, type Result } from "./result";
import { isCorrectChoice, scoreAnswer, streakBonus } from "./scoring";
import type { AnswerRecord, LeaderboardEntry, Phase, PlayedQuestion, PlayerId, PlayerState } from "./types";

/**
 * Answers that arrive this long after the deadline are still accepted (scored as if at the deadline):
 * a phone that tapped in time should not lose its answer to Wi-Fi latency.
 */
export const ANSWER_GRACE_MS = 1000;

export const LEADERBOARD_SIZE = 5;

/** Outcome of an accepted answer: `everyoneAnswered` tells the owner it may close the question now. */
export interface AnswerOutcome {
  readonly record: AnswerRecord;
  readonly answeredCount: number;
  readonly everyoneAnswered: boolean;
}

/** What closing a question produced: the per-player results to send and persist. */
export interface RevealOutcome {
  readonly index: number;
  readonly ranking: readonly PlayerState[];
}

export interface GameInit {
  readonly questions: readonly PlayedQuestion[];
}

/**
 * The rules of one live game, and nothing else: no timers, no sockets, no database.
 * Every command takes the server time as an argument and returns a Result; a refused command
 * changes nothing. The owner (GameRunner) schedules deadlines and persists what commands return.
 *
 * Invariants: at most one answer per player per question; an answer counts only while its question
 * is open (plus ANSWER_GRACE_MS); scores change only when a question closes; `waiting` always equals
 * the number of connected, non-kicked players who have not answered the open question.
 */
export class Game {
  readonly questions: readonly PlayedQuestion[];
  private phaseValue: Phase = { kind: "lobby" };
  private readonly players = new Map<PlayerId, PlayerState>();
  private readonly nicknameKeys = new Set<string>();
  private joinSeq = 0;
  private lockedValue = false;
  /** Per-option counts for the open (or last closed) question. */
  private distribution: number[] = [];
  private answeredCount = 0;
  private waiting = 0;
  private ranking: PlayerState[] = [];
  private activeCount = 0;
  private opened = 0;

  constructor(init: GameInit) {
    if (init.questions.length === 0) throw new RangeError("A game needs at least one question");
    this.questions = init.questions;
  }

  get phase(): Phase {
    return this.phaseValue;
  }
  get locked(): boolean {
    return this.lockedValue;
  }
  /** How many questions have been opened so far (a game ended early played fewer than it has). */
  get questionsPlayed(): number {
    return this.opened;
  }
  get finished(): boolean {
    return this.phaseValue.kind === "podium";
  }
  get answered(): number {
    return this.answeredCount;
  }
  /** True when the open question has answers and no connected player is still thinking. */
  get everyoneAnswered(): boolean {
    return this.phaseValue.kind === "question" && this.answeredCount > 0 && this.waiting <= 0;
  }
  get optionCounts(): readonly number[] {
    return this.distribution;
  }

  player(id: PlayerId): PlayerState | undefined {
    return this.players.get(id);
  }
  allPlayers(): IterableIterator<PlayerState> {
    return this.players.values();
  }
  /** Players not kicked; kept as a counter because it is read on every answer. */
  get activePlayerCount(): number {
    return this.activeCount;
  }
  /** The question currently shown (open, revealed or on the leaderboard), if any. */
  currentQuestion(): { index: number; question: PlayedQuestion } | undefined {
    const p = this.phaseValue;
    if (p.kind === "lobby" || p.kind === "podium") return undefined;
    const question = this.questions[p.index];
    return question ? { index: p.index, question } : undefined;
  }

  /** Adds a player. `id` comes from the owner so it can also be persisted. Joining mid-game is allowed unless locked. */
  join(id: PlayerId, rawNickname: string): Result<PlayerState> {
    if (this.finished) return err("GAME_OVER", "This game has ended");
    if (this.lockedValue) return err("GAME_LOCKED", "The host has locked this game");
    const name = normalizeNickname(rawNickname);
    if (!name.ok) return name;
    if (this.nicknameKeys.has(name.value.key)) return err("NICKNAME_TAKEN", "That nickname is already taken in this game");
    const player: PlayerState = {
      id,
      nickname: name.value.nickname,
      nicknameKey: name.value.key,
      score: 0,
      streak: 0,
      correctCount: 0,
      totalResponseMs: this.missedTimeBefore(),
      connected: true,
      kicked: false,
      rank: null,
      joinedSeq: this.joinSeq++,
      answers: new Map(),
    };
    this.players.set(id, player);
    this.nicknameKeys.add(name.value.key);
    this.activeCount++;
    if (this.phaseValue.kind === "question") this.waiting++;
    return ok(player);
  }

  /** Undoes a join that could not be stored: as if it never happened (the nickname is free again). */
  forgetJoin(id: PlayerId): void {
    const p = this.players.get(id);
    if (!p || p.answers.size > 0) return;
    this.players.delete(id);
    this.nicknameKeys.delete(p.nicknameKey);
    if (!p.kicked) this.activeCount--;
    if (this.phaseValue.kind === "question" && p.connected && !p.kicked) this.waiting--;
  }

  /** Restores a player from storage (server restart). Bypasses lock and nickname checks: they passed at join. */
  restorePlayer(p: Omit<PlayerState, "joinedSeq" | "connected" | "rank" | "answers">, answers: readonly AnswerRecord[]): PlayerState {
    const player: PlayerState = { ...p, connected: false, rank: null, joinedSeq: this.joinSeq++, answers: new Map() };
    for (const a of answers) player.answers.set(a.questionIndex, a);
    this.players.set(p.id, player);
    this.nicknameKeys.add(p.nicknameKey);
    if (!player.kicked) this.activeCount++;
    return player;
  }

  setConnected(id: PlayerId, connected: boolean): void {
    const p = this.players.get(id);
    if (!p || p.kicked || p.connected === connected) return;
    p.connected = connected;
    if (this.phaseValue.kind === "question" && !p.answers.has(this.phaseValue.index)) this.waiting += connected ? 1 : -1;
  }

  setLocked(locked: boolean): void {
    this.lockedValue = locked;
  }

  /** Kicks a player: out of the leaderboard; the nickname stays reserved so they cannot come back under it. */
  kick(id: PlayerId): Result<PlayerState> {
    const p = this.players.get(id);
    if (!p) return err("PLAYER_NOT_FOUND", "No such player in this game");
    if (p.kicked) return ok(p);
    if (this.phaseValue.kind === "question" && p.connected && !p.answers.has(this.phaseValue.index)) this.waiting--;
    p.kicked = true;
    this.activeCount--;
    // Out of the standings at once: a student removed for their nickname must not reach the podium.
    if (this.ranking.length > 0) this.ranking = rankPlayers(this.players.values());
    return ok(p);
  }

  start(now: number): Result<Phase> {
    if (this.phaseValue.kind !== "lobby") return err("WRONG_PHASE", "The game has already started");
    if (this.activePlayerCount === 0) return err("NO_PLAYERS", "Nobody has joined yet");
    return ok(this.openQuestion(0, now));
  }

  /**
   * The host's "next": question → reveal (ends it early), reveal → leaderboard,
   * leaderboard → next question or the podium after the last one.
   */
  next(now: number): Result<Phase> {
    const p = this.phaseValue;
    switch (p.kind) {
      case "lobby":
        return this.start(now);
      case "question":
        this.close(p.index);
        return ok(this.phaseValue);
      case "reveal":
        this.phaseValue = { kind: "leaderboard", index: p.index };
        return ok(this.phaseValue);
      case "leaderboard":
        if (p.index + 1 < this.questions.length) return ok(this.openQuestion(p.index + 1, now));
        this.phaseValue = { kind: "podium" };
        return ok(this.phaseValue);
      case "podium":
        return err("GAME_OVER", "This game has ended");
    }
  }

  /**
   * Closes question `index` if it is still the open one. Timer callbacks pass the index they were
   * scheduled for, so a stale timer (the host already moved on) is a harmless no-op.
   */
  closeQuestion(index: number): Result<RevealOutcome> {
    const p = this.phaseValue;
    if (p.kind !== "question" || p.index !== index) return err("QUESTION_NOT_OPEN", "That question is not open");
    return ok(this.close(index));
  }

  /** Ends the game from any phase: an open question is closed first so its answers count. */
  end(): Result<Phase> {
    const p = this.phaseValue;
    if (p.kind === "podium") return err("GAME_OVER", "This game has ended");
    if (p.kind === "question") this.close(p.index);
    else if (p.kind === "lobby") this.ranking = rankPlayers(this.players.values());
    this.phaseValue = { kind: "podium" };
    return ok(this.phaseValue);
  }

  answer(playerId: PlayerId, questionIndex: number, choices: readonly number[], now: number): Result<AnswerOutcome> {
    const p = this.phaseValue;
    if (p.kind !== "question" || p.index !== questionIndex) return err("QUESTION_NOT_OPEN", "That question is not open for answers");
    if (now > p.deadline + ANSWER_GRACE_MS) return err("TOO_LATE", "Time is up for this question");
    const player = this.players.get(playerId);
    if (!player) return err("PLAYER_NOT_FOUND", "No such player in this game");
    if (player.kicked) return err("PLAYER_KICKED", "You were removed from this game");
    if (player.answers.has(questionIndex)) return err("ALREADY_ANSWERED", "You already answered this question");
    const question = this.questions[questionIndex];
    if (!question || !validChoices(choices, question)) return err("INVALID_CHOICE", "That choice is not valid for this question");

    const correct = isCorrectChoice(choices, question.correct);
    const responseMs = Math.min(Math.max(now - p.openedAt, 0), question.timeLimitMs);
    const record: AnswerRecord = {
      playerId,
      questionIndex,
      choices: [...choices].sort((a, b) => a - b),
      correct,
      points: scoreAnswer({ correct, elapsedMs: responseMs, limitMs: question.timeLimitMs, mode: question.pointsMode }),
      streakBonus: streakBonus(player.streak, correct, question.pointsMode),
      responseMs,
      answeredAt: now,
    };
    player.answers.set(questionIndex, record);
    for (const c of record.choices) this.distribution[c] = (this.distribution[c] ?? 0) + 1;
    this.answeredCount++;
    if (player.connected) this.waiting--;
    return ok({ record, answeredCount: this.answeredCount, everyoneAnswered: this.waiting <= 0 });
  }

  /**
   * Takes back an answer that could not be stored: the player was never acknowledged,
   * so the game must look as if it never arrived (they may send it again).
   */
  retractAnswer(record: AnswerRecord): void {
    const player = this.players.get(record.playerId);
    if (!player || player.answers.get(record.questionIndex) !== record) return;
    player.answers.delete(record.questionIndex);
    const p = this.phaseValue;
    if (p.kind !== "question" || p.index !== record.questionIndex) return;
    for (const c of record.choices) this.distribution[c] = (this.distribution[c] ?? 1) - 1;
    this.answeredCount--;
    if (player.connected && !player.kicked) this.waiting++;
  }

  /** Current top of the leaderboard (as of the last closed question). */
  leaderboard(size = LEADERBOARD_SIZE): LeaderboardEntry[] {
    return this.ranking.slice(0, size).map(toLeaderboardEntry);
  }
  get rankedPlayers(): readonly PlayerState[] {
    return this.ranking;
  }

  /** Restores phase and counters after a restart; answers must be restored on players first. */
  restorePhase(phase: Phase, locked: boolean): void {
    this.lockedValue = locked;
    this.phaseValue = phase;
    if ("index" in phase) this.opened = Math.max(this.opened, phase.index + 1);
    this.rebuildQuestionCounters();
    this.ranking = rankPlayers(this.players.values());
  }

  private openQuestion(index: number, now: number): Phase {
    const question = this.questions[index];
    if (!question) throw new RangeError(`No question ${index}`);
    this.phaseValue = { kind: "question", index, openedAt: now, deadline: now + question.timeLimitMs };
    this.opened = Math.max(this.opened, index + 1);
    this.rebuildQuestionCounters();
    return this.phaseValue;
  }

  private rebuildQuestionCounters(): void {
    const current = this.currentQuestion();
    this.distribution = current ? current.question.options.map(() => 0) : [];
    this.answeredCount = 0;
    this.waiting = 0;
    if (!current) return;
    for (const p of this.players.values()) {
      const a = p.answers.get(current.index);
      if (a) {
        this.answeredCount++;
        for (const c of a.choices) this.distribution[c] = (this.distribution[c] ?? 0) + 1;
      } else if (p.connected && !p.kicked) this.waiting++;
    }
  }

  private close(index: number): RevealOutcome {
    const question = this.questions[index];
    const limit = question?.timeLimitMs ?? 0;
    for (const p of this.players.values()) {
      const a = p.answers.get(index);
      if (a) {
        p.score += a.points + a.streakBonus;
        p.streak = a.correct ? p.streak + 1 : 0;
        if (a.correct) p.correctCount++;
        p.totalResponseMs += a.responseMs;
      } else {
        p.streak = 0;
        p.totalResponseMs += limit;
      }
    }
    this.ranking = rankPlayers(this.players.values());
    this.phaseValue = { kind: "reveal", index };
    return { index, ranking: this.ranking };
  }

  /** A late joiner is charged the full time of every question already closed, so ties stay fair. */
  private missedTimeBefore(): number {
    const p = this.phaseValue;
    const closed = p.kind === "lobby" ? 0 : p.kind === "question" ? p.index : p.kind === "podium" ? this.questions.length : p.index + 1;
    let ms = 0;
    for (let i = 0; i < closed; i++) ms += this.questions[i]?.timeLimitMs ?? 0;
    return ms;
  }
}

function validChoices(choices: readonly number[], q: PlayedQuestion): boolean {
  if (choices.length === 0 || choices.length > q.options.length) return false;
  if (q.type !== "multiple" && choices.length !== 1) return false;
  if (new Set(choices).size !== choices.length) return false;
  return choices.every((c) => Number.isInteger(c) && c >= 0 && c < q.options.length);
}
