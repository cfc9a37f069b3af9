import { rankPlayers, toLeaderboardEntry } from "./leaderboard";
import { checkNickname, DEFAULT_NICKNAME_RULES, type NicknameRules } from "./nickname";
import { err, ok, type Result } from "./result";
import { kindOf, matchKey } from "./kinds";
import { holdsQuestionOpen, normalizeAccommodation, personalLimitMs, type Accommodation } from "./accommodations";
import { gradeAnswer } from "./grade-answer";
import { standingAfter, unansweredMs } from "./standing";
import { rankTeams, smallestTeam, type TeamStanding } from "./teams";
import type { AnswerInput, AnswerRecord, LeaderboardEntry, Phase, PlayedQuestion, PlayerId, PlayerState, TeamSettings } from "./types";

/**
 * Answers that arrive this long after the deadline are still accepted (scored as if at the deadline):
 * a phone that tapped in time should not lose its answer to Wi-Fi latency.
 */
export const ANSWER_GRACE_MS = 1000;

export const LEADERBOARD_SIZE = 5;

/**
 * A question whose picture phones show opens this long after the host's "next" at the latest: phones
 * load the picture meanwhile and say so (`planOpenNow` opens it as soon as every phone has), so nobody's
 * clock runs while their picture is still arriving. A phone still loading after this starts late.
 */
export const IMAGE_PREPARE_MS = 5000;

/** Outcome of an accepted answer: `everyoneAnswered` tells the owner it may close the question now. */
export interface AnswerOutcome {
  readonly record: AnswerRecord;
  readonly answeredCount: number;
  readonly everyoneAnswered: boolean;
}

/** A player's standing as a closed question leaves it: what the owner stores with the new phase. */
export interface PlayerStanding {
  readonly id: PlayerId;
  readonly score: number;
  readonly streak: number;
  readonly correctCount: number;
  readonly totalResponseMs: number;
}

/**
 * A change of phase, computed without touching the game (`plan*`), so the owner can store it first
 * and apply it only once it is stored (`applyTransition`). When a question closes, every player's new
 * standing comes with it.
 */
export interface Transition {
  readonly phase: Phase;
  readonly standings: readonly PlayerStanding[] | null;
}

/** A nickname checked for a join (`checkJoin`), ready to be stored and then added (`addPlayer`). */
export interface CheckedJoin {
  readonly nickname: string;
  readonly nicknameKey: string;
  /** A late joiner starts charged with the time of the questions they missed (the tie-break). */
  readonly totalResponseMs: number;
  /** The team they picked or were given (team play), null without teams. */
  readonly team: number | null;
}

/** What a join asks of the game beyond the nickname. */
export interface JoinRequest {
  /** The team the student picked (teams picked at join); must be absent when the server assigns teams. */
  readonly team?: number | undefined;
  /** Nickname keys of joins planned in the same batch but not applied yet (they count as taken). */
  readonly reservedKeys?: ReadonlySet<string>;
  /** Teams of joins planned in the same batch but not applied yet (they count for balance). */
  readonly reservedTeams?: readonly number[];
}

export interface GameInit {
  readonly questions: readonly PlayedQuestion[];
  /** The leaderboard after every N questions (1: each; 0: only the podium). See GameSettings. */
  readonly leaderboardEvery?: number;
  /** How nicknames are checked at join (default: typed, filtered). */
  readonly nicknames?: NicknameRules;
  /** Team play (absent or null: none). */
  readonly teams?: TeamSettings | null;
  /** Draws for assigning teams; injected so tests are repeatable. */
  readonly random?: () => number;
}

/**
 * The rules of one live game, and nothing else: no timers, no sockets, no database.
 * Every command takes the server time as an argument and returns a Result; a refused command
 * changes nothing. Each command comes in two halves: a pure check or plan (`checkJoin`, `checkAnswer`,
 * `planStart`…) that returns what would change, and an apply that changes the game. The owner
 * (GameRunner) stores the planned change between the two, so memory never runs ahead of the database.
 * The one-step forms (`join`, `answer`, `next`…) are plan + apply, for callers that store nothing.
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
  /** Wrong typed answers to the open (or last closed) question, by match key. */
  private wrongTexts = new Map<string, { text: string; count: number }>();
  private answeredCount = 0;
  private waiting = 0;
  private ranking: PlayerState[] = [];
  private activeCount = 0;
  private opened = 0;

  private readonly leaderboardEvery: number;
  private readonly nicknameRules: NicknameRules;
  readonly teams: TeamSettings | null;
  private readonly random: () => number;
  /** Team standings as of the last leaderboard computation (empty without teams). */
  private teamRanking: TeamStanding[] = [];
  /**
   * Members of each team now (not kicked), kept as players join, come back and are kicked: a drawn team
   * is picked at every join, and counting 10,000 players for each would make a class's joins quadratic.
   */
  private readonly teamMembers: number[];
  /**
   * Players with extra time (the only ones who can hold a question open): the close is re-checked after
   * every answer batch and every phone coming or going, so it looks at these few, never at the whole class.
   */
  private readonly withExtraTime = new Set<PlayerState>();
  /** For each question, how many answerable ones there are up to it (slides don't count toward "every N"). */
  private readonly askedUpTo: readonly number[];

  constructor(init: GameInit) {
    if (init.questions.length === 0) throw new RangeError("A game needs at least one question");
    this.questions = init.questions;
    this.leaderboardEvery = init.leaderboardEvery ?? 1;
    this.nicknameRules = init.nicknames ?? DEFAULT_NICKNAME_RULES;
    this.teams = init.teams ?? null;
    this.teamMembers = Array.from({ length: this.teams?.count ?? 0 }, () => 0);
    this.random = init.random ?? Math.random;
    let asked = 0;
    this.askedUpTo = init.questions.map((q) => (kindOf(q.type).answerable ? ++asked : asked));
  }

  /**
   * Whether the leaderboard follows question `index`'s reveal: every N questions students answer (a
   * slide has no reveal, so it never counts), or never before the podium (0).
   */
  leaderboardAfter(index: number): boolean {
    return this.leaderboardEvery > 0 && this.answerable(index) && (this.askedUpTo[index] ?? 0) % this.leaderboardEvery === 0;
  }

  /**
   * The teacher keeps the standings for the podium (the leaderboard only at the end): phones don't see
   * their place or the gap to the next until then, only their own score.
   */
  get ranksHidden(): boolean {
    return this.leaderboardEvery === 0 && !this.finished;
  }

  get phase(): Phase {
    return this.phaseValue;
  }
  get locked(): boolean {
    return this.lockedValue;
  }
  /** Questions closed so far that have a right answer (a poll and a slide don't): what "8 de 17" counts. */
  get gradedClosed(): number {
    const p = this.phaseValue;
    // Read once per player in every private view: counted once per phase, not once per player.
    if (this.gradedCache?.phase === p) return this.gradedCache.count;
    const closed = p.kind === "lobby" ? 0 : p.kind === "question" ? p.index : p.kind === "podium" ? this.opened : p.index + 1;
    let count = 0;
    for (let i = 0; i < closed; i++) if (kindOf(this.questions[i]?.type ?? "poll").scored) count++;
    this.gradedCache = { phase: p, count };
    return count;
  }
  private gradedCache: { readonly phase: Phase; readonly count: number } | null = null;
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

  /**
   * Checks a join without changing anything. `reservedKeys` are nickname keys of joins planned in the
   * same batch but not applied yet (they count as taken).
   */
  checkJoin(rawNickname: string, request: JoinRequest = {}): Result<CheckedJoin> {
    if (this.finished) return err("GAME_OVER", "This game has ended");
    if (this.lockedValue) return err("GAME_LOCKED", "The host has locked this game");
    const team = this.teamFor(request);
    if (!team.ok) return team;
    const name = checkNickname(rawNickname, this.nicknameRules);
    if (!name.ok) return name;
    const reservedKeys = request.reservedKeys ?? EMPTY;
    if (this.nicknameKeys.has(name.value.key) || reservedKeys.has(name.value.key)) return err("NICKNAME_TAKEN", "That nickname is already taken in this game");
    return ok({ nickname: name.value.nickname, nicknameKey: name.value.key, totalResponseMs: this.missedTimeBefore(), team: team.value });
  }

  /** The team a join goes to: the one picked (checked), or, when the server assigns them, one of the smallest. */
  private teamFor(request: JoinRequest): Result<number | null> {
    const teams = this.teams;
    if (!teams) return request.team === undefined ? ok(null) : err("TEAM_INVALID", "This game has no teams");
    if (teams.assignment === "random") {
      if (request.team !== undefined) return err("TEAM_INVALID", "Teams are given out by the game, not picked");
      const sizes = this.teamSizes();
      for (const t of request.reservedTeams ?? []) {
        const now = sizes[t];
        if (now !== undefined) sizes[t] = now + 1;
      }
      return ok(smallestTeam(sizes, this.random));
    }
    if (request.team === undefined || !Number.isInteger(request.team) || request.team < 0 || request.team >= teams.count) return err("TEAM_INVALID", `Pick a team from 1 to ${teams.count}`);
    return ok(request.team);
  }

  /** Members of each team now (kicked players don't count); [] without teams. */
  teamSizes(): number[] {
    return [...this.teamMembers];
  }

  /** Counts a player in (or, `delta` −1, out of) their team and the extra-time set. */
  private track(p: PlayerState, delta: 1 | -1): void {
    const members = p.team === null ? undefined : this.teamMembers[p.team];
    if (p.team !== null && members !== undefined) this.teamMembers[p.team] = members + delta;
    if (delta === 1 && p.accommodation?.time) this.withExtraTime.add(p);
    else this.withExtraTime.delete(p);
  }

  /** Team standings as of the last closed question (empty without teams or before the first reveal). */
  get teamStandings(): readonly TeamStanding[] {
    return this.teamRanking;
  }

  /** A team's standing (its place among the teams), as of the last closed question. */
  teamStanding(team: number | null): TeamStanding | null {
    return team === null ? null : (this.teamRanking.find((t) => t.team === team) ?? null);
  }

  /**
   * Adds a checked player. `id` comes from the owner so it can also be stored; `accommodation` is what
   * the teacher set ahead for them (their class-list line), stored with the row.
   */
  addPlayer(id: PlayerId, joined: CheckedJoin, accommodation: Accommodation | null = null): PlayerState {
    const player: PlayerState = {
      id,
      nickname: joined.nickname,
      nicknameKey: joined.nicknameKey,
      score: 0,
      streak: 0,
      correctCount: 0,
      totalResponseMs: joined.totalResponseMs,
      connected: true,
      kicked: false,
      rank: null,
      team: joined.team,
      accommodation: normalizeAccommodation(accommodation),
      joinedSeq: this.joinSeq++,
      answers: new Map(),
    };
    this.players.set(id, player);
    this.nicknameKeys.add(joined.nicknameKey);
    this.track(player, 1);
    this.activeCount++;
    if (this.phaseValue.kind === "question") this.waiting++;
    return player;
  }

  /** Check + add in one step (joining mid-game is allowed unless locked). */
  join(id: PlayerId, rawNickname: string, request: JoinRequest = {}): Result<PlayerState> {
    const checked = this.checkJoin(rawNickname, request);
    return checked.ok ? ok(this.addPlayer(id, checked.value)) : checked;
  }

  /** Restores a player from storage (server restart). Bypasses lock and nickname checks: they passed at join. */
  restorePlayer(p: Omit<PlayerState, "joinedSeq" | "connected" | "rank" | "answers" | "accommodation"> & { readonly accommodation?: Accommodation | null }, answers: readonly AnswerRecord[]): PlayerState {
    const player: PlayerState = { ...p, accommodation: normalizeAccommodation(p.accommodation ?? null), connected: false, rank: null, joinedSeq: this.joinSeq++, answers: new Map() };
    for (const a of answers) player.answers.set(a.questionIndex, a);
    this.players.set(p.id, player);
    this.nicknameKeys.add(p.nicknameKey);
    if (!player.kicked) {
      this.track(player, 1);
      this.activeCount++;
    }
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

  /**
   * Checks an accommodation for a player: allowed any time before the podium (mid-question too: the
   * student's clock extends from the question's opening). Returns it normalised (nothing granted: null).
   */
  checkAccommodation(id: PlayerId, accommodation: Accommodation | null): Result<{ player: PlayerState; accommodation: Accommodation | null }> {
    if (this.finished) return err("GAME_OVER", "This game has ended");
    const player = this.players.get(id);
    return player ? ok({ player, accommodation: normalizeAccommodation(accommodation) }) : err("PLAYER_NOT_FOUND", "No such player in this game");
  }

  /** Applies a checked accommodation (the owner stores it first). */
  setAccommodation(id: PlayerId, accommodation: Accommodation | null): void {
    const p = this.players.get(id);
    if (!p) return;
    p.accommodation = normalizeAccommodation(accommodation);
    if (p.kicked) return;
    if (p.accommodation?.time) this.withExtraTime.add(p);
    else this.withExtraTime.delete(p);
  }

  /**
   * The last moment (server time, before the network grace) this player may answer the open question:
   * everyone's deadline, or later by their own extra time counted from the question's opening. The one
   * place a personal deadline is decided: answers (TOO_LATE), the close and the phone's countdown use it.
   */
  deadlineFor(p: PlayerState | undefined): number | null {
    const phase = this.phaseValue;
    const question = this.questions[phase.kind === "question" ? phase.index : -1];
    if (phase.kind !== "question" || !question || !this.answerable(phase.index)) return null;
    return phase.deadline + personalLimitMs(question.timeLimitMs, p?.accommodation ?? null) - question.timeLimitMs;
  }

  /**
   * When the open question closes by itself (server time, ANSWER_GRACE_MS included), the fair rule for
   * live games: at everyone's deadline, unless a student with extra time is still connected and has not
   * answered — then at the latest such student's own deadline. Nobody else can answer meanwhile (their
   * deadline passed), so waiting changes no one's points; it only lets the accommodated finish. A
   * student who answers, leaves or is kicked stops holding it, so the close can come earlier; everyone
   * having answered closes it at once (the owner's "everyone answered" rule). Null: no open question.
   */
  closesAt(): number | null {
    const phase = this.phaseValue;
    if (phase.kind !== "question" || !this.answerable(phase.index)) return null;
    let last = phase.deadline;
    for (const p of this.withExtraTime) if (holdsQuestionOpen(p, phase.index)) last = Math.max(last, this.deadlineFor(p) ?? last);
    return last + ANSWER_GRACE_MS;
  }

  checkKick(id: PlayerId): Result<PlayerState> {
    const p = this.players.get(id);
    return p ? ok(p) : err("PLAYER_NOT_FOUND", "No such player in this game");
  }

  /** Kicks a player: out of the leaderboard; the nickname stays reserved so they cannot come back under it. */
  kick(id: PlayerId): Result<PlayerState> {
    const checked = this.checkKick(id);
    if (!checked.ok) return checked;
    const p = checked.value;
    if (p.kicked) return ok(p);
    if (this.phaseValue.kind === "question" && p.connected && !p.answers.has(this.phaseValue.index)) this.waiting--;
    // Their answer to the question on screen leaves its count too: the projector and the report (which
    // leaves kicked players out) must agree, and for a poll the count is the whole result.
    const current = this.currentQuestion();
    const shown = current ? p.answers.get(current.index) : undefined;
    if (shown) {
      this.count(shown, -1);
      this.answeredCount--;
    }
    p.kicked = true;
    this.track(p, -1);
    this.activeCount--;
    // Out of the standings at once: a student removed for their nickname must not reach the podium.
    if (this.ranking.length > 0) this.rank();
    return ok(p);
  }

  planStart(now: number): Result<Transition> {
    if (this.phaseValue.kind !== "lobby") return err("WRONG_PHASE", "The game has already started");
    if (this.activePlayerCount === 0) return err("NO_PLAYERS", "Nobody has joined yet");
    return ok(this.openPlan(0, now));
  }

  /**
   * The host's "next": question → reveal (ends it early), reveal → leaderboard (when this question has
   * one, see `leaderboardAfter`; otherwise straight on), leaderboard → next question or the podium
   * after the last one. A slide goes straight on.
   */
  planNext(now: number): Result<Transition> {
    const p = this.phaseValue;
    switch (p.kind) {
      case "lobby":
        return this.planStart(now);
      case "question":
        // A slide has nothing to reveal: "next" goes on to the next question.
        if (!this.answerable(p.index)) return ok(this.afterPlan(p.index, now));
        return ok(this.closePlan(p.index));
      case "reveal":
        return ok(this.leaderboardAfter(p.index) ? { phase: { kind: "leaderboard", index: p.index }, standings: null } : this.afterPlan(p.index, now));
      case "leaderboard":
        return ok(this.afterPlan(p.index, now));
      case "podium":
        return err("GAME_OVER", "This game has ended");
    }
  }

  /**
   * Closes question `index` if it is still the open one. Timer callbacks pass the index they were
   * scheduled for, so a stale timer (the host already moved on) is refused and changes nothing.
   */
  planClose(index: number): Result<Transition> {
    const p = this.phaseValue;
    if (p.kind !== "question" || p.index !== index || !this.answerable(index)) return err("QUESTION_NOT_OPEN", "That question is not open");
    return ok(this.closePlan(index));
  }

  /**
   * Starts the clock of question `index` now, if it is still getting ready (its phones were loading its
   * picture; see IMAGE_PREPARE_MS): the owner calls it once every phone has the picture.
   */
  planOpenNow(index: number, now: number): Result<Transition> {
    const p = this.phaseValue;
    const question = this.questions[index];
    if (p.kind !== "question" || p.index !== index || !question || p.openedAt <= now) return err("QUESTION_NOT_OPEN", "That question is not getting ready");
    return ok({ phase: { kind: "question", index, openedAt: now, deadline: now + question.timeLimitMs }, standings: null });
  }

  /** Whether question `index` is still getting ready at `now` (its clock starts later). */
  preparing(now: number): boolean {
    const p = this.phaseValue;
    return p.kind === "question" && p.openedAt > now;
  }

  /** Ends the game from any phase: an open question is closed first so its answers count. */
  planEnd(): Result<Transition> {
    const p = this.phaseValue;
    if (p.kind === "podium") return err("GAME_OVER", "This game has ended");
    const standings = p.kind === "question" ? this.closePlan(p.index).standings : null;
    return ok({ phase: { kind: "podium" }, standings });
  }

  /** Applies a planned transition: the new standings (if any), then the new phase. */
  applyTransition(t: Transition): void {
    for (const s of t.standings ?? []) {
      const p = this.players.get(s.id);
      if (!p) continue;
      p.score = s.score;
      p.streak = s.streak;
      p.correctCount = s.correctCount;
      p.totalResponseMs = s.totalResponseMs;
    }
    const fromLobby = this.phaseValue.kind === "lobby";
    this.phaseValue = t.phase;
    if ("index" in t.phase) this.opened = Math.max(this.opened, t.phase.index + 1);
    if (t.phase.kind === "question") this.rebuildQuestionCounters();
    if (t.standings || (fromLobby && t.phase.kind === "podium")) this.rank();
  }

  start(now: number): Result<Phase> {
    return this.applied(this.planStart(now));
  }
  next(now: number): Result<Phase> {
    return this.applied(this.planNext(now));
  }
  closeQuestion(index: number): Result<Phase> {
    return this.applied(this.planClose(index));
  }
  end(): Result<Phase> {
    return this.applied(this.planEnd());
  }

  private applied(plan: Result<Transition>): Result<Phase> {
    if (!plan.ok) return plan;
    this.applyTransition(plan.value);
    return ok(this.phaseValue);
  }

  /**
   * Checks an answer received at server time `now` without changing anything, and scores it.
   * `pending` holds players whose answer to this question is planned in the same batch but not applied.
   */
  checkAnswer(playerId: PlayerId, questionIndex: number, sent: AnswerInput | readonly number[], now: number, pending: ReadonlySet<PlayerId> = EMPTY): Result<AnswerRecord> {
    // Option indexes alone are the choice kinds' answer (and what the engine's own tests send).
    const input: AnswerInput = isChoices(sent) ? { choices: sent } : sent;
    const p = this.phaseValue;
    if (p.kind !== "question" || p.index !== questionIndex) return err("QUESTION_NOT_OPEN", "That question is not open for answers");
    // Received before the question opened (it waited behind the "next" that opened it): it could not
    // have been an answer to it, and would otherwise score as instant.
    if (now < p.openedAt) return err("QUESTION_NOT_OPEN", "That question is not open for answers");
    const player = this.players.get(playerId);
    if (now > (this.deadlineFor(player) ?? p.deadline) + ANSWER_GRACE_MS) return err("TOO_LATE", "Time is up for this question");
    if (!player) return err("PLAYER_NOT_FOUND", "No such player in this game");
    if (player.kicked) return err("PLAYER_KICKED", "You were removed from this game");
    if (player.answers.has(questionIndex) || pending.has(playerId)) return err("ALREADY_ANSWERED", "You already answered this question");
    const question = this.questions[questionIndex];
    if (!question) return err("INVALID_CHOICE", "That choice is not valid for this question");
    const accommodation = player.accommodation;
    const graded = gradeAnswer(question, input, { elapsedMs: now - p.openedAt, timed: true, speedPoints: true, previousStreak: player.streak, accommodation });
    if (!graded.ok) return graded;
    return ok({
      playerId,
      questionIndex,
      ...graded.value,
      answeredAt: now,
      // Only when true: records (and their tests) without accommodations stay as they were.
      ...(accommodation ? { accommodated: true } : {}),
    });
  }

  /** Records a checked answer to the open question. */
  applyAnswer(record: AnswerRecord): void {
    const player = this.players.get(record.playerId);
    if (!player || player.answers.has(record.questionIndex)) return;
    player.answers.set(record.questionIndex, record);
    this.count(record);
    this.answeredCount++;
    if (player.connected && !player.kicked) this.waiting--;
  }

  /** Check + apply in one step. */
  answer(playerId: PlayerId, questionIndex: number, sent: AnswerInput | readonly number[], now: number): Result<AnswerOutcome> {
    const checked = this.checkAnswer(playerId, questionIndex, sent, now);
    if (!checked.ok) return checked;
    this.applyAnswer(checked.value);
    return ok({ record: checked.value, answeredCount: this.answeredCount, everyoneAnswered: this.waiting <= 0 });
  }

  /** Ranks the players, and the teams with them: both always as of the same scores. */
  private rank(): void {
    this.ranking = rankPlayers(this.players.values());
    this.teamRanking = this.teams ? rankTeams(this.players.values(), this.teams.count) : [];
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
    this.rank();
  }

  private openPlan(index: number, now: number): Transition {
    return { phase: this.openingPhase(index, now), standings: null };
  }

  /**
   * Question `index` opening at `now` (also how a restarted server re-opens one, with its full time). A
   * slide has no clock; a question whose picture phones must load first gets ready (IMAGE_PREPARE_MS).
   */
  openingPhase(index: number, now: number): Phase {
    const question = this.questions[index];
    if (!question) throw new RangeError(`No question ${index}`);
    if (!kindOf(question.type).answerable) return { kind: "question", index, openedAt: now, deadline: now };
    const openedAt = question.image?.onPhones === true ? now + IMAGE_PREPARE_MS : now;
    return { kind: "question", index, openedAt, deadline: openedAt + question.timeLimitMs };
  }

  /** What follows question `index` once it is done with: the next question, or the podium after the last. */
  private afterPlan(index: number, now: number): Transition {
    if (index + 1 < this.questions.length) return this.openPlan(index + 1, now);
    return { phase: { kind: "podium" }, standings: null };
  }

  /** Whether question `index` takes answers (a slide doesn't). */
  answerable(index: number): boolean {
    const question = this.questions[index];
    return question !== undefined && kindOf(question.type).answerable;
  }

  private rebuildQuestionCounters(): void {
    const current = this.currentQuestion();
    this.distribution = current ? new Array<number>(kindOf(current.question.type).tallySize(current.question)).fill(0) : [];
    this.wrongTexts = new Map();
    this.answeredCount = 0;
    this.waiting = 0;
    if (!current) return;
    for (const p of this.players.values()) {
      if (p.kicked) continue;
      const a = p.answers.get(current.index);
      if (a) {
        this.answeredCount++;
        this.count(a);
      } else if (p.connected && !p.kicked) this.waiting++;
    }
  }

  /** Adds an answer to (or, `by` −1, takes it from) the question's distribution (what each kind counts: see ./kinds). */
  private count(a: AnswerRecord, by: 1 | -1 = 1): void {
    const question = this.questions[a.questionIndex];
    if (!question) return;
    const counted = kindOf(question.type).counted(question, a);
    for (const c of counted) this.distribution[c] = (this.distribution[c] ?? 0) + by;
    // A typed answer that matched none of the accepted ones: the reveal lists the commonest.
    if (a.text !== null && counted.length === 0) {
      const key = matchKey(a.text, question.ignoreAccents === true);
      const seen = this.wrongTexts.get(key);
      const count = (seen?.count ?? 0) + by;
      if (count <= 0) this.wrongTexts.delete(key);
      else this.wrongTexts.set(key, { text: seen?.text ?? a.text, count });
    }
  }

  /**
   * The commonest wrong texts typed to the question on screen (typeAnswer), most first, as first typed.
   * Only those two or more students typed: the projector and every phone show them, and one student's
   * text (a classmate's name, an insult) must not reach the whole class. The report keeps them all.
   */
  topWrongTexts(limit = 5): { text: string; count: number }[] {
    return [...this.wrongTexts.values()].filter((t) => t.count >= 2).sort((x, y) => y.count - x.count).slice(0, limit);
  }

  /** Every player's standing once question `index` is closed: the one rule (standingAfter), answered or not. */
  private closePlan(index: number): Transition {
    const question = this.questions[index];
    const standings: PlayerStanding[] = [];
    for (const p of this.players.values()) {
      const { score, streak, correctCount, totalResponseMs } = question ? standingAfter(p, question, p.answers.get(index)) : p;
      standings.push({ id: p.id, score, streak, correctCount, totalResponseMs });
    }
    return { phase: { kind: "reveal", index }, standings };
  }

  /** A late joiner is charged the full time of every question already closed, so ties stay fair. */
  private missedTimeBefore(): number {
    const p = this.phaseValue;
    const closed = p.kind === "lobby" ? 0 : p.kind === "question" ? p.index : p.kind === "podium" ? this.questions.length : p.index + 1;
    let ms = 0;
    // As if they left each unanswered (standingAfter): polls and slides charge nobody.
    for (const q of this.questions.slice(0, closed)) ms += unansweredMs(q);
    return ms;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function isChoices(sent: AnswerInput | readonly number[]): sent is readonly number[] {
  return Array.isArray(sent);
}

