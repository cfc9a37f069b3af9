import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { openRepositories, type AttemptProgress, type HomeworkRepository, type NewAssignment } from "@lousa/db";
import { DEFAULT_ASSIGNMENT_SETTINGS, type AnswerRecord } from "@lousa/game";
import { TEMPLATE_DB } from "../helpers/paths";
import { freshPostgresDatabase, postgresForTests } from "../helpers/postgres";

jest.setTimeout(60_000);

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);

function assignment(over: Partial<NewAssignment> = {}): NewAssignment {
  return {
    id: randomUUID(),
    code: randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase(),
    ownerId: "teacher-1",
    bankId: "kernel",
    bankTitle: "Kernel",
    settings: { ...DEFAULT_ASSIGNMENT_SETTINGS, attempts: 3, counts: "last", showAnswers: "after-close" },
    identity: { label: null, classList: [{ name: "Ana Lima", identifier: "A1", accommodation: { time: "x2", noSpeedPenalty: true } }, { name: "Bruno Reis", identifier: "B2" }] },
    questions: [
      { id: "q1", type: "single", prompt: "2+2?", options: ["3", "4"], correct: [1], explanation: "", timeLimitMs: 20_000, pointsMode: "standard" },
      { id: "q2", type: "slider", prompt: "How many?", options: [], correct: [], explanation: "", timeLimitMs: 20_000, pointsMode: "double", slider: { min: 0, max: 10, step: 1, answer: 4, tolerance: 0, unit: "" } },
    ],
    opensAt: T0,
    closesAt: T0 + 86_400_000,
    createdAt: T0 - 1000,
    ...over,
  };
}

const student = (assignmentId: string, over: { nickname?: string; classEntry?: number | null; tokenHash?: string; identifier?: string } = {}) => ({
  id: randomUUID(),
  assignmentId,
  nickname: over.nickname ?? "Dora",
  nicknameKey: (over.nickname ?? "Dora").toLowerCase(),
  identifier: over.identifier ?? null,
  realName: null,
  classEntry: over.classEntry ?? null,
  identifierKey: over.identifier?.toLowerCase() ?? null,
  tokenHash: over.tokenHash ?? randomUUID(),
  deviceId: null,
  accommodation: null,
  joinedAt: T0 + 10,
});

const fresh: AttemptProgress = { position: 0, openedAt: null, score: 0, streak: 0, correctCount: 0, totalResponseMs: 0, finishedAt: null };

const answer = (studentId: string, questionIndex: number, at: number): AnswerRecord => ({ playerId: studentId, questionIndex, choices: [1], text: null, value: null, correct: true, points: 1000, streakBonus: 0, responseMs: 4000, answeredAt: at, accommodated: true });

function homeworkRepositoryContract(name: string, open: () => Promise<{ repo: HomeworkRepository; close(): Promise<void> }>): void {
  describe(`homework repository: ${name}`, () => {
    let repo: HomeworkRepository;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ repo, close } = await open());
    });
    afterAll(async () => close?.());

    it("stores an assignment whole (settings, class list with accommodations, frozen questions) and refuses a taken code", async () => {
      const a = assignment();
      expect(await repo.createAssignment(a)).toBe(true);
      expect(await repo.createAssignment({ ...assignment(), code: a.code })).toBe(false);
      expect(await repo.findByCode(a.code)).toEqual(a);
      expect(await repo.getAssignment(a.id)).toEqual(a);
      expect(await repo.findByCode("NOSUCHCODE")).toBeNull();
    });

    it("adds a student with their first attempt; a taken nickname or class line is refused and stores nothing", async () => {
      const a = assignment();
      await repo.createAssignment(a);
      const ana = student(a.id, { nickname: "Ana", classEntry: 0, tokenHash: "hash-ana" });
      expect(await repo.addStudent(ana, { id: randomUUID(), studentId: ana.id, assignmentId: a.id, number: 1, startedAt: T0 + 10 })).toBe("ok");
      const twin = student(a.id, { nickname: "ANA", classEntry: 1 });
      expect(await repo.addStudent(twin, { id: randomUUID(), studentId: twin.id, assignmentId: a.id, number: 1, startedAt: T0 + 11 })).toBe("NICKNAME_TAKEN");
      const sameLine = student(a.id, { nickname: "Bia", classEntry: 0 });
      expect(await repo.addStudent(sameLine, { id: randomUUID(), studentId: sameLine.id, assignmentId: a.id, number: 1, startedAt: T0 + 12 })).toBe("CLASS_ENTRY_TAKEN");
      expect(await repo.takenClassEntries(a.id)).toEqual([0]);
      const record = await repo.load(a.id);
      expect(record?.students.map((s) => s.nickname)).toEqual(["Ana"]);
      expect(record?.attempts).toHaveLength(1);
      expect((await repo.findSeat(a.id, "hash-ana"))?.student.id).toBe(ana.id);
      expect(await repo.findSeat(a.id, "hash-other")).toBeNull();
    });

    it("refuses a second student with an identifier taken; finds a seat by line, identifier or nickname", async () => {
      const a = assignment({ identity: { label: "Matrícula", classList: null } });
      await repo.createAssignment(a);
      const first = (s: ReturnType<typeof student>) => ({ id: randomUUID(), studentId: s.id, assignmentId: a.id, number: 1, startedAt: T0 + 10 });
      const eva = student(a.id, { nickname: "Eva", identifier: "M-17" });
      expect(await repo.addStudent(eva, first(eva))).toBe("ok");
      const twin = student(a.id, { nickname: "Outra", identifier: "m-17" });
      expect(await repo.addStudent(twin, first(twin))).toBe("IDENTIFIER_TAKEN");
      // Nulls never collide: any number of students without an identifier.
      for (const nickname of ["Sem1", "Sem2"]) {
        const s = student(a.id, { nickname });
        expect(await repo.addStudent(s, first(s))).toBe("ok");
      }
      expect((await repo.load(a.id))?.students.map((s) => s.nickname)).toEqual(["Eva", "Sem1", "Sem2"]);
      expect(await repo.findStudent(a.id, { identifierKey: "m-17" })).toMatchObject({ id: eva.id, released: false, identifierKey: "m-17" });
      expect(await repo.findStudent(a.id, { nicknameKey: "eva" })).toMatchObject({ id: eva.id });
      expect(await repo.findStudent(a.id, { nicknameKey: "ninguem" })).toBeNull();
      expect(await repo.findStudent(assignment().id, { identifierKey: "m-17" })).toBeNull();
    });

    it("releases a device (its token stops working, its line is free) and gives the seat to the next device once", async () => {
      const a = assignment();
      await repo.createAssignment(a);
      const ana = student(a.id, { nickname: "Ana", classEntry: 0, tokenHash: "old" });
      await repo.addStudent(ana, { id: randomUUID(), studentId: ana.id, assignmentId: a.id, number: 1, startedAt: T0 + 10 });
      expect(await repo.release(a.id, ana.id, "nobody-holds-this")).toBe(true);
      expect(await repo.release(a.id, "no-such-student", "x")).toBe(false);
      expect(await repo.release(assignment().id, ana.id, "x")).toBe(false);
      expect(await repo.findSeat(a.id, "old")).toBeNull();
      expect(await repo.takenClassEntries(a.id)).toEqual([]);
      const held = await repo.findStudent(a.id, { classEntry: 0 });
      expect(held).toMatchObject({ id: ana.id, released: true, tokenHash: "nobody-holds-this" });
      // Two devices at once, planned from the same read: one gets the seat.
      const both = await Promise.all([repo.takeOver(ana.id, "nobody-holds-this", { tokenHash: "new-1", deviceId: "d1" }), repo.takeOver(ana.id, "nobody-holds-this", { tokenHash: "new-2", deviceId: "d2" })]);
      expect(both.filter(Boolean)).toHaveLength(1);
      const winner = both[0] ? "new-1" : "new-2";
      const seat = await repo.findSeat(a.id, winner);
      expect(seat?.student).toMatchObject({ id: ana.id, released: false, deviceId: winner === "new-1" ? "d1" : "d2" });
      expect(seat?.attempts).toHaveLength(1);
      expect(await repo.takenClassEntries(a.id)).toEqual([0]);
    });

    it("keeps accommodations, and every step is conditional on the state it was planned from", async () => {
      const a = assignment();
      await repo.createAssignment(a);
      const s = { ...student(a.id, { tokenHash: "hash-dora" }), accommodation: { time: "x1.5" as const, noSpeedPenalty: false } };
      const attemptId = randomUUID();
      await repo.addStudent(s, { id: attemptId, studentId: s.id, assignmentId: a.id, number: 1, startedAt: T0 + 10 });
      expect((await repo.findSeat(a.id, "hash-dora"))?.student.accommodation).toEqual({ time: "x1.5", noSpeedPenalty: false });

      // Shown once: a reload (or a second tab) never restarts the clock.
      expect(await repo.saveShown(attemptId, 0, T0 + 100)).toBe(true);
      expect(await repo.saveShown(attemptId, 0, T0 + 999)).toBe(false);
      const shown = { ...fresh, openedAt: T0 + 100 };
      const answered = { ...shown, score: 1000, streak: 1, correctCount: 1, totalResponseMs: 4000 };

      // Two taps planned from the same state: exactly one is stored.
      const both = await Promise.all([repo.saveAnswer(attemptId, shown, answer(s.id, 0, T0 + 4100), answered), repo.saveAnswer(attemptId, shown, answer(s.id, 0, T0 + 4200), answered)]);
      expect(both.filter((x) => x === "ok")).toHaveLength(1);
      expect(["STALE", "ALREADY_ANSWERED"]).toContain(both.find((x) => x !== "ok"));
      // The answer on the right state but for a question already answered: the unique key refuses it.
      expect(await repo.saveAnswer(attemptId, answered, answer(s.id, 0, T0 + 5000), { ...answered, score: 2000 })).toBe("ALREADY_ANSWERED");

      // "Time up" on a question that has an answer is refused; a stale "next" is refused.
      const moved = { ...answered, position: 1, openedAt: null };
      expect(await repo.saveNext(attemptId, answered, moved, 0)).toBe("STALE");
      expect(await repo.saveNext(attemptId, shown, moved, null)).toBe("STALE");
      expect(await repo.saveNext(attemptId, answered, moved, null)).toBe("ok");
      expect(await repo.saveNext(attemptId, answered, moved, null)).toBe("STALE");

      const seat = await repo.findSeat(a.id, "hash-dora");
      expect(seat?.attempts[0]).toMatchObject({ position: 1, openedAt: null, score: 1000, streak: 1, correctCount: 1, totalResponseMs: 4000, finishedAt: null });
      expect(seat?.attempts[0]?.answers).toEqual([{ ...answer(s.id, 0, seat?.attempts[0]?.answers[0]?.answeredAt ?? 0) }]);

      // A second attempt once; the same number again (a double tap on "try again") is not a third.
      expect(await repo.startAttempt({ id: randomUUID(), studentId: s.id, assignmentId: a.id, number: 2, startedAt: T0 + 9000 })).toBe(true);
      expect(await repo.startAttempt({ id: randomUUID(), studentId: s.id, assignmentId: a.id, number: 2, startedAt: T0 + 9001 })).toBe(false);
      expect((await repo.load(a.id))?.attempts.map((t) => t.number)).toEqual([1, 2]);
    });

    it("lists the teacher's assignments newest first with who started and finished; closing now pulls an unopened one's opening back", async () => {
      const owner = `teacher-${randomUUID()}`;
      const older = assignment({ ownerId: owner, createdAt: T0 - 5000 });
      const newer = assignment({ ownerId: owner, createdAt: T0 - 10, opensAt: T0 + 3_600_000, closesAt: T0 + 7_200_000 });
      await repo.createAssignment(older);
      await repo.createAssignment(newer);
      await repo.createAssignment(assignment({ ownerId: "someone-else" }));
      const a = student(older.id, { nickname: "Eva" });
      const b = student(older.id, { nickname: "Fabio" });
      const aAttempt = randomUUID();
      await repo.addStudent(a, { id: aAttempt, studentId: a.id, assignmentId: older.id, number: 1, startedAt: T0 });
      await repo.addStudent(b, { id: randomUUID(), studentId: b.id, assignmentId: older.id, number: 1, startedAt: T0 });
      expect(await repo.saveNext(aAttempt, fresh, { ...fresh, position: 2, finishedAt: T0 + 50 }, null)).toBe("ok");
      const list = await repo.listOwnedBy(owner, 10);
      expect(list.map((l) => [l.assignment.id, l.started, l.finished])).toEqual([
        [newer.id, 0, 0],
        [older.id, 2, 1],
      ]);
      await repo.closeAt(newer.id, T0);
      expect(await repo.getAssignment(newer.id)).toMatchObject({ opensAt: T0, closesAt: T0 });
      await repo.closeAt(older.id, T0 + 60_000);
      expect(await repo.getAssignment(older.id)).toMatchObject({ opensAt: older.opensAt, closesAt: T0 + 60_000 });
    });
  });
}

homeworkRepositoryContract("Prisma + SQLite", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lousa-homework-repo-"));
  const file = path.join(dir, "lousa.db");
  copyFileSync(TEMPLATE_DB, file);
  const repos = await openRepositories(`file:${file}`);
  return {
    repo: repos.homework,
    async close() {
      await repos.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

if (postgresForTests()) {
  homeworkRepositoryContract("Prisma + PostgreSQL", async () => {
    const database = await freshPostgresDatabase();
    const repos = await openRepositories(database.url);
    return {
      repo: repos.homework,
      async close() {
        await repos.close();
        await database.drop();
      },
    };
  });
}
