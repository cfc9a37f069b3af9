import type { AnswerRecord } from "@lousa/game";
import { accommodationColumns, accommodationOf } from "./accommodation-columns";
import type { AssignmentRecord, AssignmentSummary, AttemptProgress, HomeworkRepository, HomeworkSeat, NewAssignment, NewHomeworkAttempt, NewHomeworkStudent, SeatKey, StepRefusal, StoredAssignment, StoredHomeworkAttempt, StoredHomeworkStudent, StudentTaken } from "./homework-repository";
import { assignmentSettings, identityJson, questionsJson, settingsJson } from "./homework-json";
import { gameIdentity, isRecord, numberArray, playedQuestions } from "./json-guards";
import type { Prisma } from "./generated/prisma/client";
import type { Db } from "./prisma-client";

type AssignmentRow = Awaited<ReturnType<Db["assignment"]["findFirstOrThrow"]>>;
type StudentRow = Awaited<ReturnType<Db["homeworkStudent"]["findFirstOrThrow"]>>;
type AttemptRow = Awaited<ReturnType<Db["homeworkAttempt"]["findFirstOrThrow"]>>;
type AnswerRow = Awaited<ReturnType<Db["homeworkAnswer"]["findFirstOrThrow"]>>;

const time = (d: Date | null): number | null => d?.getTime() ?? null;
const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

function toAssignment(row: AssignmentRow): StoredAssignment {
  return {
    id: row.id,
    code: row.code,
    ownerId: row.ownerId,
    bankId: row.bankId,
    bankTitle: row.bankTitle,
    settings: assignmentSettings(row.settings),
    identity: gameIdentity(row.identity),
    questions: playedQuestions(row.questions),
    opensAt: row.opensAt.getTime(),
    closesAt: row.closesAt.getTime(),
    createdAt: row.createdAt.getTime(),
  };
}

function toStudent(row: StudentRow): StoredHomeworkStudent {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    nickname: row.nickname,
    nicknameKey: row.nicknameKey,
    identifier: row.identifier,
    realName: row.realName,
    classEntry: row.classEntry,
    identifierKey: row.identifierKey,
    tokenHash: row.tokenHash,
    deviceId: row.deviceId,
    released: row.released,
    accommodation: accommodationOf(row),
    joinedAt: row.joinedAt.getTime(),
  };
}

function toAnswer(row: AnswerRow, studentId: string): AnswerRecord {
  return {
    playerId: studentId,
    questionIndex: row.questionIndex,
    choices: numberArray(row.choices, "answer.choices"),
    text: row.text,
    value: row.value,
    correct: row.correct,
    points: row.points,
    streakBonus: row.streakBonus,
    responseMs: row.responseMs,
    answeredAt: row.answeredAt.getTime(),
    ...(row.accommodated ? { accommodated: true } : {}),
  };
}

function toAttempt(row: AttemptRow & { answers: AnswerRow[] }): StoredHomeworkAttempt {
  return {
    id: row.id,
    studentId: row.studentId,
    assignmentId: row.assignmentId,
    number: row.number,
    startedAt: row.startedAt.getTime(),
    position: row.position,
    openedAt: time(row.openedAt),
    score: row.score,
    streak: row.streak,
    correctCount: row.correctCount,
    totalResponseMs: row.totalResponseMs,
    finishedAt: time(row.finishedAt),
    answers: row.answers.map((a) => toAnswer(a, row.studentId)),
  };
}

const progressData = (p: AttemptProgress) => ({ position: p.position, openedAt: date(p.openedAt), score: p.score, streak: p.streak, correctCount: p.correctCount, totalResponseMs: p.totalResponseMs, finishedAt: date(p.finishedAt) });

/** The attempt row exactly as a step was planned from: any change in between (another tab) matches nothing. */
const exactly = (id: string, p: AttemptProgress) => ({ id, ...progressData(p) });

/** A unique constraint refused the write (Prisma's P2002, whichever database and driver adapter). */
function isUniqueViolation(e: unknown): boolean {
  return isRecord(e) && e["code"] === "P2002";
}

/** Thrown inside a transaction to roll it back: the attempt moved on since the step was planned. */
class Stale extends Error {}

const withAnswers = { answers: { orderBy: { questionIndex: "asc" } } } as const;

export class PrismaHomeworkRepository implements HomeworkRepository {
  constructor(private readonly db: Db) {}

  async createAssignment(a: NewAssignment): Promise<boolean> {
    try {
      await this.db.assignment.create({
        data: {
          id: a.id,
          code: a.code,
          ownerId: a.ownerId,
          bankId: a.bankId,
          bankTitle: a.bankTitle,
          settings: settingsJson(a.settings),
          ...(a.identity ? { identity: identityJson(a.identity) } : {}),
          questions: questionsJson(a.questions),
          opensAt: new Date(a.opensAt),
          closesAt: new Date(a.closesAt),
          createdAt: new Date(a.createdAt),
        },
      });
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }

  async getAssignment(id: string): Promise<StoredAssignment | null> {
    const row = await this.db.assignment.findUnique({ where: { id } });
    return row ? toAssignment(row) : null;
  }

  async findByCode(code: string): Promise<StoredAssignment | null> {
    const row = await this.db.assignment.findUnique({ where: { code } });
    return row ? toAssignment(row) : null;
  }

  async listOwnedBy(ownerId: string, limit: number): Promise<AssignmentSummary[]> {
    const rows = await this.db.assignment.findMany({
      where: { ownerId },
      orderBy: { createdAt: "desc" },
      take: limit,
      include: { students: { select: { attempts: { select: { finishedAt: true } } } } },
    });
    return rows.map(({ students, ...row }) => ({
      assignment: toAssignment(row),
      started: students.length,
      finished: students.filter((s) => s.attempts.some((a) => a.finishedAt !== null)).length,
    }));
  }

  async load(id: string): Promise<AssignmentRecord | null> {
    const row = await this.db.assignment.findUnique({ where: { id } });
    if (!row) return null;
    const [students, attempts] = await Promise.all([
      this.db.homeworkStudent.findMany({ where: { assignmentId: id }, orderBy: [{ joinedAt: "asc" }, { nicknameKey: "asc" }] }),
      this.db.homeworkAttempt.findMany({ where: { assignmentId: id }, orderBy: [{ studentId: "asc" }, { number: "asc" }], include: withAnswers }),
    ]);
    return { assignment: toAssignment(row), students: students.map(toStudent), attempts: attempts.map(toAttempt) };
  }

  async closeAt(id: string, at: number): Promise<void> {
    const when = new Date(at);
    await this.db.$transaction([
      // Opening moved back too when it was still ahead: otherwise the dates would read "not open yet" until then.
      this.db.assignment.updateMany({ where: { id, opensAt: { gt: when } }, data: { opensAt: when } }),
      this.db.assignment.update({ where: { id }, data: { closesAt: when } }),
    ]);
  }

  async takenClassEntries(assignmentId: string): Promise<number[]> {
    const rows = await this.db.homeworkStudent.findMany({ where: { assignmentId, classEntry: { not: null }, released: false }, select: { classEntry: true } });
    return rows.flatMap((r) => (r.classEntry === null ? [] : [r.classEntry]));
  }

  async addStudent(s: NewHomeworkStudent, first: NewHomeworkAttempt): Promise<"ok" | StudentTaken> {
    const { accommodation, joinedAt, ...student } = s;
    try {
      await this.db.$transaction([
        this.db.homeworkStudent.create({ data: { ...student, ...accommodationColumns(accommodation), joinedAt: new Date(joinedAt) } }),
        this.db.homeworkAttempt.create({ data: { ...first, startedAt: new Date(first.startedAt) } }),
      ]);
      return "ok";
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Which constraint is in the error's metadata, worded differently by each driver adapter: ask the table.
      const holder = (key: SeatKey) => this.findStudent(s.assignmentId, key);
      if (s.classEntry !== null && (await holder({ classEntry: s.classEntry }))) return "CLASS_ENTRY_TAKEN";
      if (s.identifierKey !== null && (await holder({ identifierKey: s.identifierKey }))) return "IDENTIFIER_TAKEN";
      return "NICKNAME_TAKEN";
    }
  }

  async findStudent(assignmentId: string, key: SeatKey): Promise<StoredHomeworkStudent | null> {
    const row = await this.db.homeworkStudent.findFirst({ where: { assignmentId, ...key } });
    return row ? toStudent(row) : null;
  }

  async takeOver(studentId: string, fromTokenHash: string, to: { readonly tokenHash: string; readonly deviceId: string | null }): Promise<boolean> {
    const taken = await this.db.homeworkStudent.updateMany({ where: { id: studentId, tokenHash: fromTokenHash }, data: { tokenHash: to.tokenHash, deviceId: to.deviceId, released: false } });
    return taken.count === 1;
  }

  async release(assignmentId: string, studentId: string, tokenHash: string): Promise<boolean> {
    const released = await this.db.homeworkStudent.updateMany({ where: { id: studentId, assignmentId }, data: { tokenHash, released: true } });
    return released.count === 1;
  }

  async findSeat(assignmentId: string, tokenHash: string): Promise<HomeworkSeat | null> {
    const row = await this.db.homeworkStudent.findFirst({ where: { assignmentId, tokenHash }, include: { attempts: { orderBy: { number: "asc" }, include: withAnswers } } });
    if (!row) return null;
    const { attempts, ...student } = row;
    return { student: toStudent(student), attempts: attempts.map(toAttempt) };
  }

  async startAttempt(attempt: NewHomeworkAttempt): Promise<boolean> {
    try {
      await this.db.homeworkAttempt.create({ data: { ...attempt, startedAt: new Date(attempt.startedAt) } });
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }

  async saveShown(attemptId: string, position: number, openedAt: number): Promise<boolean> {
    const shown = await this.db.homeworkAttempt.updateMany({ where: { id: attemptId, position, openedAt: null, finishedAt: null }, data: { openedAt: new Date(openedAt) } });
    return shown.count === 1;
  }

  async saveAnswer(attemptId: string, from: AttemptProgress, answer: AnswerRecord, to: AttemptProgress): Promise<"ok" | StepRefusal> {
    return this.step(async (tx) => {
      const moved = await tx.homeworkAttempt.updateMany({ where: exactly(attemptId, from), data: progressData(to) });
      if (moved.count !== 1) throw new Stale();
      // Unique per attempt and question: of two taps that both got past the update, the second fails here.
      await tx.homeworkAnswer.create({
        data: {
          attemptId,
          questionIndex: answer.questionIndex,
          choices: [...answer.choices],
          text: answer.text,
          value: answer.value,
          correct: answer.correct,
          points: answer.points,
          streakBonus: answer.streakBonus,
          responseMs: answer.responseMs,
          accommodated: answer.accommodated === true,
          answeredAt: new Date(answer.answeredAt),
        },
      });
    });
  }

  async saveNext(attemptId: string, from: AttemptProgress, to: AttemptProgress, unanswered: number | null): Promise<"ok" | StepRefusal> {
    return this.step(async (tx) => {
      const moved = await tx.homeworkAttempt.updateMany({ where: exactly(attemptId, from), data: progressData(to) });
      if (moved.count !== 1) throw new Stale();
      // An answer that arrived in the grace while the time ran out: it counts, this "time up" doesn't.
      // (Read after the update: PostgreSQL made us wait for that answer's transaction, and this new
      // statement sees it committed.)
      if (unanswered !== null && (await tx.homeworkAnswer.count({ where: { attemptId, questionIndex: unanswered } })) > 0) throw new Stale();
    });
  }

  /** One attempt step as a transaction: refused steps roll back whole and say why. */
  private async step(work: (tx: Prisma.TransactionClient) => Promise<void>): Promise<"ok" | StepRefusal> {
    try {
      await this.db.$transaction(work);
      return "ok";
    } catch (e) {
      if (e instanceof Stale) return "STALE";
      if (isUniqueViolation(e)) return "ALREADY_ANSWERED";
      throw e;
    }
  }
}
