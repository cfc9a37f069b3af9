import type { AssignmentRecord, BankRepository, HomeworkRepository } from "@lousa/db";
import type { GameIdentity } from "@lousa/game";
import type { AssignmentDetail, AssignmentRow, assignmentCreateSchema, CreatedAssignment } from "@lousa/protocol";
import type { z } from "zod";
import type { Clock } from "../clock";
import { questionsFor } from "../game/game-registry";
import { hashSecret, newId, newSecret } from "../secrets";
import { newHomeworkCode } from "./homework-code";
import { done, refuse, type HomeworkOutcome } from "./homework-result";
import { assignmentDetail, assignmentRow } from "./teacher-view";

export type AssignmentCreate = z.output<typeof assignmentCreateSchema>;

export interface TeacherHomeworkDeps {
  readonly repo: HomeworkRepository;
  readonly banks: BankRepository;
  readonly clock: Clock;
  /** The link students open for a code: <base>/hw/<code>. */
  readonly link: (code: string) => string;
}

/** How many assignments the teacher's list shows (newest first). */
const LIST_LIMIT = 100;
/** Codes drawn before giving up (31^10 codes: a second draw is already a once-in-a-lifetime event). */
const CODE_DRAWS = 5;

/** A teacher's side of homework: assigning a bank, the list, one assignment's progress, closing it, releasing a lost device. */
export class TeacherHomework {
  constructor(private readonly deps: TeacherHomeworkDeps) {}

  /**
   * Freezes a bank the teacher may play (built-in, their own, or shared: the live game's rule) as it is
   * now, each question with its own time limit and points mode; editing the bank later changes nothing.
   */
  async create(ownerId: string, body: AssignmentCreate): Promise<HomeworkOutcome<CreatedAssignment>> {
    const now = this.deps.clock.now();
    if (body.closesAt <= now) return refuse("INVALID_PAYLOAD", "closesAt: the closing date must be in the future");
    const bank = await this.deps.banks.getPlayable(ownerId, body.bankId);
    if (!bank) return refuse("BANK_NOT_FOUND", "No question bank with that id that you can assign");
    const identity: GameIdentity | null = body.identity ?? null;
    const base = { ownerId, bankId: bank.id, bankTitle: bank.title, settings: body.settings, identity, questions: questionsFor(bank, { pointsMode: "bank", timeLimitSec: null }), opensAt: body.opensAt, closesAt: body.closesAt, createdAt: now };
    for (let i = 0; i < CODE_DRAWS; i++) {
      const created = { id: newId(), code: newHomeworkCode(), ...base };
      if (await this.deps.repo.createAssignment(created)) return done({ id: created.id, code: created.code });
    }
    throw new Error("no free assignment code");
  }

  async list(ownerId: string): Promise<AssignmentRow[]> {
    const now = this.deps.clock.now();
    return (await this.deps.repo.listOwnedBy(ownerId, LIST_LIMIT)).map((s) => assignmentRow(s, this.deps.link(s.assignment.code), now));
  }

  /** The assignment with everything stored about it, if it is this teacher's (null otherwise: 404, never 403). */
  async owned(ownerId: string, id: string): Promise<AssignmentRecord | null> {
    if (id.length === 0 || id.length > 64) return null;
    const assignment = await this.deps.repo.getAssignment(id);
    if (!assignment || assignment.ownerId !== ownerId) return null;
    return this.deps.repo.load(id);
  }

  async detail(ownerId: string, id: string): Promise<HomeworkOutcome<AssignmentDetail>> {
    const record = await this.owned(ownerId, id);
    if (!record) return notFound();
    return done(assignmentDetail(record, this.deps.link(record.assignment.code), this.deps.clock.now()));
  }

  /** Closes it now (an assignment already closed stays as it was); answers its detail. */
  async close(ownerId: string, id: string): Promise<HomeworkOutcome<AssignmentDetail>> {
    const assignment = id.length > 0 && id.length <= 64 ? await this.deps.repo.getAssignment(id) : null;
    if (!assignment || assignment.ownerId !== ownerId) return notFound();
    const now = this.deps.clock.now();
    if (now < assignment.closesAt) await this.deps.repo.closeAt(id, now);
    return this.detail(ownerId, id);
  }

  /**
   * Releases a student's device (lost, broken, its browser cleared): its token stops working, and the
   * next start with the student's nickname, class-list line or identifier takes their seat over,
   * attempts and all. Answers the assignment's detail (the row says `released` until then).
   */
  async release(ownerId: string, id: string, studentId: string): Promise<HomeworkOutcome<AssignmentDetail>> {
    const assignment = id.length > 0 && id.length <= 64 ? await this.deps.repo.getAssignment(id) : null;
    if (!assignment || assignment.ownerId !== ownerId) return notFound();
    // A token nobody holds: the old device's stops working at once.
    const released = studentId.length > 0 && studentId.length <= 64 && (await this.deps.repo.release(id, studentId, hashSecret(newSecret())));
    if (!released) return refuse("ASSIGNMENT_NOT_FOUND", "No student with that id in this assignment");
    return this.detail(ownerId, id);
  }
}

export function notFound(): HomeworkOutcome<never> {
  return refuse("ASSIGNMENT_NOT_FOUND", "No assignment with that id in your account");
}
