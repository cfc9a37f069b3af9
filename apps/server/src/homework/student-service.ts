import type { HomeworkRepository, HomeworkSeat, SeatKey, StoredAssignment, StoredHomeworkAttempt, StudentTaken } from "@lousa/db";
import { applyHomeworkAnswer, checkHomeworkAnswer, checkNewAttempt, checkNickname, kindOf, normalizeAccommodation, planNext, planShow, type AnswerInput, type HomeworkResult } from "@lousa/game";
import type { HomeworkAnswerPayload, HomeworkNextPayload, HomeworkStartPayload, HomeworkStarted, HomeworkState } from "@lousa/protocol";
import type { Clock } from "../clock";
import { gradingIdentity } from "../game/grading-identity";
import { hashSecret, newId, newSecret } from "../secrets";
import { attemptState, progressOf, rulesFor, storedAfter } from "./attempt-state";
import { done, refuse, type HomeworkOutcome } from "./homework-result";
import { homeworkInfo, homeworkState } from "./student-view";

/** A student's device, proven by its token: the assignment and everything stored about them. */
export interface StudentSession {
  readonly assignment: StoredAssignment;
  readonly seat: HomeworkSeat;
}

/**
 * A student's way through an assignment, one HTTP request at a time. Nothing is kept in memory: each
 * request reads the student's attempts, plans the step with the engine (packages/game/src/homework) on
 * the server's clock, stores it conditionally on what it read, and answers from what was stored. So a
 * reload, a second tab or a restarted server all see the same place, and a step planned from an old
 * read is refused rather than applied twice.
 */
export class StudentHomework {
  constructor(
    private readonly repo: HomeworkRepository,
    private readonly clock: Clock,
  ) {}

  async info(assignment: StoredAssignment) {
    return homeworkInfo(assignment, new Set(await this.repo.takenClassEntries(assignment.id)), this.clock.now());
  }

  /** The device's session for a token (null: not a student of this assignment). */
  async session(assignment: StoredAssignment, token: string): Promise<StudentSession | null> {
    const seat = await this.repo.findSeat(assignment.id, hashSecret(token));
    return seat && seat.attempts.length > 0 ? { assignment, seat } : null;
  }

  /**
   * A student starts from the link: a new student and their first attempt, or their own seat again.
   * Whoever already holds the seat (the class-list line, else the identifier, else the nickname) keeps
   * it: another device is refused, unless it is the same device starting again (its reply lost: same
   * deviceId) or the teacher released the seat (a lost phone). Then that device takes the seat over
   * with a new token — the old one stops working — attempts and all; nothing new is created.
   */
  async start(a: StoredAssignment, body: HomeworkStartPayload): Promise<HomeworkOutcome<HomeworkStarted>> {
    const now = this.clock.now();
    const open = checkNewAttempt(a, [], now);
    // Whether a line is taken is the seat's question (below): a released line, or the student's own, is not.
    const who = gradingIdentity(a.identity, { identifier: body.identifier, classEntry: body.classEntry }, () => false);
    const name = checkNickname(body.nickname, { source: a.settings.nicknames, filter: a.settings.nicknameFilter });
    // A closed or upcoming assignment says so first, as it always did (nobody holds a seat under a refused name).
    if (!open.ok && (!who.ok || !name.ok)) return refuse(open.error.code, open.error.message);
    if (!who.ok) return refuse(who.error.code, who.error.message);
    if (!name.ok) return refuse(name.error.code, name.error.message);
    // An identifier typed (not a class-list line's): one student per identifier.
    const identifierKey = who.value.classEntry === null && who.value.identifier !== null ? identifierKeyOf(who.value.identifier) : null;
    const key: SeatKey = who.value.classEntry !== null ? { classEntry: who.value.classEntry } : identifierKey !== null ? { identifierKey } : { nicknameKey: name.value.key };
    for (let tries = 0; tries < 3; tries++) {
      const holder = await this.repo.findStudent(a.id, key);
      if (holder) {
        const theirs = holder.released || (body.deviceId !== undefined && holder.deviceId === body.deviceId);
        if (!theirs) return open.ok ? taken(seatTaken(key)) : refuse(open.error.code, open.error.message);
        const token = newSecret();
        // False when another start or a release got there first: decide again from what is stored now.
        if (!(await this.repo.takeOver(holder.id, holder.tokenHash, { tokenHash: hashSecret(token), deviceId: body.deviceId ?? null }))) continue;
        const seat = await this.repo.findSeat(a.id, hashSecret(token));
        if (!seat || seat.attempts.length === 0) continue;
        return done({ token, state: await this.show({ assignment: a, seat }) });
      }
      if (!open.ok) return refuse(open.error.code, open.error.message);
      // The teacher may have set the student's accommodation on their class-list line.
      const line = who.value.classEntry === null ? undefined : a.identity?.classList?.[who.value.classEntry];
      const token = newSecret();
      const student = {
        id: newId(),
        assignmentId: a.id,
        nickname: name.value.nickname,
        nicknameKey: name.value.key,
        ...who.value,
        identifierKey,
        tokenHash: hashSecret(token),
        deviceId: body.deviceId ?? null,
        accommodation: normalizeAccommodation(line?.accommodation ?? null),
        joinedAt: now,
      };
      const first = { id: newId(), studentId: student.id, assignmentId: a.id, number: 1, startedAt: now };
      const added = await this.repo.addStudent(student, first);
      if (added === "ok") {
        const seat: HomeworkSeat = { student: { ...student, released: false }, attempts: [{ ...first, position: 0, openedAt: null, score: 0, streak: 0, correctCount: 0, totalResponseMs: 0, finishedAt: null, answers: [] }] };
        return done({ token, state: await this.show({ assignment: a, seat }) });
      }
      // Someone took the seat a moment ago (maybe this very device, tapping twice): look at it again.
      // Another nickname or line than the seat's is someone else's for good.
      if (added !== seatTaken(key)) return taken(added);
    }
    return taken(seatTaken(key));
  }

  /** Where the student is; the question on screen starts its clock the first time it is shown (never again). */
  async state(s: StudentSession): Promise<HomeworkState> {
    return this.show(s);
  }

  async answer(s: StudentSession, body: HomeworkAnswerPayload): Promise<HomeworkOutcome<HomeworkState>> {
    const { questionIndex, ...sent } = body;
    const input: AnswerInput = sent;
    const attempt = latest(s);
    const rules = rulesFor(s.assignment, s.seat.student);
    const before = attemptState(attempt);
    const now = this.clock.now();
    const checked = checkHomeworkAnswer(rules, before, questionIndex, input, now);
    if (!checked.ok) return refuse(checked.error.code, checked.error.message);
    const record = { ...checked.value, playerId: s.seat.student.id };
    const after = applyHomeworkAnswer(rules, before, record);
    const saved = await this.repo.saveAnswer(attempt.id, progressOf(attempt), record, progressOf(after));
    if (saved !== "ok") return this.refused(s, saved === "ALREADY_ANSWERED" ? "ALREADY_ANSWERED" : null, (fresh) => checkHomeworkAnswer(rules, attemptState(latest(fresh)), questionIndex, input, now));
    return done(await this.view(s, storedAfter(attempt, after)));
  }

  /** Leaves question `questionIndex` (answered, a slide, or its time up) and shows the next one, or the summary. */
  async next(s: StudentSession, body: HomeworkNextPayload): Promise<HomeworkOutcome<HomeworkState>> {
    const attempt = latest(s);
    const rules = rulesFor(s.assignment, s.seat.student);
    const before = attemptState(attempt);
    const now = this.clock.now();
    const planned = planNext(rules, before, body.questionIndex, now);
    if (!planned.ok) return refuse(planned.error.code, planned.error.message);
    const q = s.assignment.questions[body.questionIndex];
    const unanswered = q && kindOf(q.type).answerable && !before.answers.has(body.questionIndex) ? body.questionIndex : null;
    const saved = await this.repo.saveNext(attempt.id, progressOf(attempt), progressOf(planned.value), unanswered);
    if (saved !== "ok") return this.refused(s, null, (fresh) => planNext(rules, attemptState(latest(fresh)), body.questionIndex, now));
    return done(await this.show(withAttempt(s, storedAfter(attempt, planned.value))));
  }

  /** Another attempt, from the first question (the teacher allows several; the last must be finished). */
  async retry(s: StudentSession): Promise<HomeworkOutcome<HomeworkState>> {
    const now = this.clock.now();
    const allowed = checkNewAttempt(s.assignment, s.seat.attempts, now);
    if (!allowed.ok) return refuse(allowed.error.code, allowed.error.message);
    // False when a double tap made it first: either way the student is now in that attempt.
    await this.repo.startAttempt({ id: newId(), studentId: s.seat.student.id, assignmentId: s.assignment.id, number: allowed.value.number, startedAt: now });
    return done(await this.show(await this.reread(s)));
  }

  /** Starts the current question's clock if it hasn't (stored before answering), then the state. */
  private async show(s: StudentSession, tries = 3): Promise<HomeworkState> {
    const attempt = latest(s);
    const now = this.clock.now();
    const shown = planShow(rulesFor(s.assignment, s.seat.student), attemptState(attempt), now);
    if (!shown) return this.view(s, attempt);
    if (await this.repo.saveShown(attempt.id, attempt.position, now)) return this.view(s, { ...attempt, openedAt: now });
    // Another tab showed it a moment ago (its time is the one that counts), or moved on to a question
    // not shown yet: as it is stored now.
    const fresh = await this.reread(s);
    return tries > 1 ? this.show(fresh, tries - 1) : this.view(fresh, null);
  }

  private async view(s: StudentSession, attempt: StoredHomeworkAttempt | null): Promise<HomeworkState> {
    const current = attempt ? withAttempt(s, attempt) : s;
    return homeworkState(s.assignment, await this.info(s.assignment), current.seat, this.clock.now());
  }

  private async reread(s: StudentSession): Promise<StudentSession> {
    const seat = await this.repo.findSeat(s.assignment.id, s.seat.student.tokenHash);
    if (!seat) throw new Error(`student ${s.seat.student.id} vanished`);
    return { assignment: s.assignment, seat };
  }

  /**
   * A step the database refused because the attempt moved since it was read (another tab, a double tap):
   * planned again from what is stored now, the engine says why (already answered, not the current
   * question…); if it would now pass, the student simply tries again.
   */
  private async refused(s: StudentSession, known: "ALREADY_ANSWERED" | null, replan: (fresh: StudentSession) => HomeworkResult<unknown>): Promise<HomeworkOutcome<never>> {
    if (known) return refuse(known, "You already answered this question");
    const again = replan(await this.reread(s));
    if (!again.ok) return refuse(again.error.code, again.error.message);
    return refuse("QUESTION_NOT_OPEN", "This attempt changed on another device: reload it");
  }
}

function latest(s: StudentSession): StoredHomeworkAttempt {
  const attempt = s.seat.attempts.at(-1);
  if (!attempt) throw new Error(`student ${s.seat.student.id} has no attempt`);
  return attempt;
}

/** The session with its latest attempt replaced by `attempt` (what a step just stored). */
function withAttempt(s: StudentSession, attempt: StoredHomeworkAttempt): StudentSession {
  return { assignment: s.assignment, seat: { ...s.seat, attempts: [...s.seat.attempts.slice(0, -1), attempt] } };
}

/** The refusal for a seat another student holds. */
function seatTaken(key: SeatKey): StudentTaken {
  return "classEntry" in key ? "CLASS_ENTRY_TAKEN" : "identifierKey" in key ? "IDENTIFIER_TAKEN" : "NICKNAME_TAKEN";
}

const TAKEN_MESSAGES: Readonly<Record<StudentTaken, string>> = {
  NICKNAME_TAKEN: "Someone in this assignment already has that nickname (if it is you on a new device, ask your teacher to release the old one)",
  CLASS_ENTRY_TAKEN: "That name was already picked by someone else (if it is you on a new device, ask your teacher to release the old one)",
  IDENTIFIER_TAKEN: "Someone in this assignment already started with that identifier (if it is you on a new device, ask your teacher to release the old one)",
};

function taken(code: StudentTaken): HomeworkOutcome<never> {
  return refuse(code, TAKEN_MESSAGES[code]);
}

/** An identifier as the database compares it: one student per identifier, whatever the case or spaces around it. */
export function identifierKeyOf(identifier: string): string {
  return identifier.trim().normalize("NFC").toLowerCase();
}
