import type { Accommodation, AnswerRecord, AssignmentSettings, GameIdentity, PlayedQuestion } from "@lousa/game";

/**
 * Homework (issue 13): assignments, their students, attempts and answers. No live process owns an
 * assignment, so every change is conditional on the state it was planned from (a double tap, two tabs
 * or two servers can't both apply one), and resolves only once it is committed.
 */

export interface NewAssignment {
  readonly id: string;
  /** The public part of the link: unique (createAssignment says when it is already taken). */
  readonly code: string;
  readonly ownerId: string;
  readonly bankId: string;
  readonly bankTitle: string;
  readonly settings: AssignmentSettings;
  readonly identity: GameIdentity | null;
  /** Frozen when assigned: editing the bank later changes nothing here. */
  readonly questions: readonly PlayedQuestion[];
  /** Epoch ms. */
  readonly opensAt: number;
  readonly closesAt: number;
  readonly createdAt: number;
}

export type StoredAssignment = NewAssignment;

/** An assignment's line in the teacher's list: who started it and who finished an attempt. */
export interface AssignmentSummary {
  readonly assignment: StoredAssignment;
  readonly started: number;
  readonly finished: number;
}

export interface NewHomeworkStudent {
  readonly id: string;
  readonly assignmentId: string;
  readonly nickname: string;
  /** Case-insensitive key: one per assignment. */
  readonly nicknameKey: string;
  readonly identifier: string | null;
  readonly realName: string | null;
  /** The class-list line picked: one student per line. */
  readonly classEntry: number | null;
  /** The identifier typed (no class list), trimmed and lower-cased: one student per identifier; null otherwise. */
  readonly identifierKey: string | null;
  /** sha256 of the device's token (the token itself is never stored). */
  readonly tokenHash: string;
  /** The random id the device keeps: a start it repeats (its reply lost) gets the same seat back. */
  readonly deviceId: string | null;
  readonly accommodation: Accommodation | null;
  readonly joinedAt: number;
}

export interface StoredHomeworkStudent extends NewHomeworkStudent {
  /** The teacher released their device: the next start with their nickname, line or identifier takes the seat over. */
  readonly released: boolean;
}

/** What names a student's seat in an assignment: their class-list line, else their identifier, else their nickname. */
export type SeatKey = { readonly classEntry: number } | { readonly identifierKey: string } | { readonly nicknameKey: string };

/** Why a new student was refused: another student of the assignment holds that nickname, line or identifier. */
export type StudentTaken = "NICKNAME_TAKEN" | "CLASS_ENTRY_TAKEN" | "IDENTIFIER_TAKEN";

/** An attempt's place and running totals: what each step plans from and stores. */
export interface AttemptProgress {
  readonly position: number;
  readonly openedAt: number | null;
  readonly score: number;
  readonly streak: number;
  readonly correctCount: number;
  readonly totalResponseMs: number;
  readonly finishedAt: number | null;
}

export interface NewHomeworkAttempt {
  readonly id: string;
  readonly studentId: string;
  readonly assignmentId: string;
  /** 1-based; unique per student (two taps on "try again" make one attempt). */
  readonly number: number;
  readonly startedAt: number;
}

export interface StoredHomeworkAttempt extends NewHomeworkAttempt, AttemptProgress {
  /** In question order; `playerId` is the student's id (as a report wants it). */
  readonly answers: readonly AnswerRecord[];
}

/** A student's own view of the database: themselves and their attempts (oldest first). */
export interface HomeworkSeat {
  readonly student: StoredHomeworkStudent;
  readonly attempts: readonly StoredHomeworkAttempt[];
}

/** Everything the report, the exports and the progress table read. */
export interface AssignmentRecord {
  readonly assignment: StoredAssignment;
  readonly students: readonly StoredHomeworkStudent[];
  /** Every attempt of every student, by student then number. */
  readonly attempts: readonly StoredHomeworkAttempt[];
}

/** Why a step was not stored: the attempt moved on since it was read (another tab, a double tap). */
export type StepRefusal = "STALE" | "ALREADY_ANSWERED";

export interface HomeworkRepository {
  /** False (nothing stored) when the code is already taken: draw another. */
  createAssignment(assignment: NewAssignment): Promise<boolean>;
  getAssignment(id: string): Promise<StoredAssignment | null>;
  findByCode(code: string): Promise<StoredAssignment | null>;
  /** The teacher's assignments, newest first (at most `limit`). */
  listOwnedBy(ownerId: string, limit: number): Promise<AssignmentSummary[]>;
  load(id: string): Promise<AssignmentRecord | null>;
  /** Closes the assignment at `at` (the teacher's "close now"); one not yet open then never opens. */
  closeAt(id: string, at: number): Promise<void>;
  /** Class-list lines claimed in this assignment (a released student's line is free to pick again). */
  takenClassEntries(assignmentId: string): Promise<number[]>;
  /**
   * A new student with their first attempt, both or neither. A nickname, class-list line or identifier
   * another student of the assignment holds is refused by the database (two phones at once can't both get it).
   */
  addStudent(student: NewHomeworkStudent, firstAttempt: NewHomeworkAttempt): Promise<"ok" | StudentTaken>;
  /** The student of this assignment holding that seat, if any. */
  findStudent(assignmentId: string, key: SeatKey): Promise<StoredHomeworkStudent | null>;
  /**
   * Gives the student's seat to a device: its new token (the old one stops working), its device id, and
   * the release cleared; only if their token is still `fromTokenHash` (false: another start or a release
   * came first — read again).
   */
  takeOver(studentId: string, fromTokenHash: string, to: { readonly tokenHash: string; readonly deviceId: string | null }): Promise<boolean>;
  /**
   * The teacher releases a student's device: its token is replaced by `tokenHash` (of a token nobody
   * holds) and the student marked released. False when the assignment has no such student.
   */
  release(assignmentId: string, studentId: string, tokenHash: string): Promise<boolean>;
  /** The student of this assignment whose token hashes to `tokenHash`, with their attempts. */
  findSeat(assignmentId: string, tokenHash: string): Promise<HomeworkSeat | null>;
  /** Another attempt; false when that number exists already (a double tap on "try again"). */
  startAttempt(attempt: NewHomeworkAttempt): Promise<boolean>;
  /** The current question was shown for the first time at `openedAt`; false if it already was, or the attempt moved. */
  saveShown(attemptId: string, position: number, openedAt: number): Promise<boolean>;
  /**
   * Stores an answer and the attempt's new totals, only if the attempt is still exactly as `from` (the
   * state the answer was checked against) and the question has no answer yet.
   */
  saveAnswer(attemptId: string, from: AttemptProgress, answer: AnswerRecord, to: AttemptProgress): Promise<"ok" | StepRefusal>;
  /**
   * Moves the attempt on (next question, or finished), only if it is still exactly as `from`; with
   * `unanswered`, only if that question still has no answer (the time ran out on it).
   */
  saveNext(attemptId: string, from: AttemptProgress, to: AttemptProgress, unanswered: number | null): Promise<"ok" | StepRefusal>;
}
