import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { AssignmentCreatePayload, AssignmentDetail, AssignmentRow, BankDraft, HomeworkState } from "@lousa/protocol";
import { ANSWER_GRACE_MS } from "@lousa/game";
import type { GameReport } from "@lousa/reports";
import { doneOf, Phone, questionOf, teacherApi, type Reply } from "../helpers/homework-client";
import { ManualClock } from "../helpers/manual-clock";
import { TEMPLATE_DB } from "../helpers/paths";
import { addTeacher } from "../helpers/teacher";
import { freshPostgresDatabase, postgresForTests, type TestDatabase } from "../helpers/postgres";
import { startTestServer, type TestServer, type TestServerOptions } from "../helpers/test-server";

jest.setTimeout(60_000);

// Explanations carry markers, and the typed question's accepted answer is a word no prompt has: a
// phone's responses are scanned for them before it has answered the question.
const BANK: BankDraft = {
  title: "Tarefa de Geografia",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "single", prompt: "Quanto é 2+2?", options: ["3", "4", "5"], correct: [1], explanation: "SEGREDO-0", timeLimitSec: 20, pointsMode: "standard" },
    { type: "typeAnswer", prompt: "Qual é a capital do país?", options: ["Brasília"], correct: [], ignoreAccents: true, explanation: "SEGREDO-1", timeLimitSec: 20, pointsMode: "standard" },
    { type: "slide", prompt: "Pausa", options: [], correct: [], explanation: "Um slide para ler.", timeLimitSec: 20, pointsMode: "standard" },
    { type: "slider", prompt: "Em que ano?", options: [], correct: [], explanation: "SEGREDO-3", timeLimitSec: 20, pointsMode: "standard", slider: { min: 1900, max: 2000, step: 1, answer: 1960, tolerance: 0, unit: "" } },
    { type: "poll", prompt: "Gostou?", options: ["Sim", "Não"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
  ],
};
const SECRETS: Record<number, RegExp> = { 0: /SEGREDO-0/, 1: /SEGREDO-1|Bras[ií]lia/, 3: /SEGREDO-3|"tolerance"/ };

const SHORT: BankDraft = {
  title: "Duas perguntas",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "single", prompt: "Primeira?", options: ["certa", "errada"], correct: [0], explanation: "SEGREDO-A", timeLimitSec: 20, pointsMode: "standard" },
    { type: "single", prompt: "Segunda?", options: ["errada", "certa"], correct: [1], explanation: "SEGREDO-B", timeLimitSec: 20, pointsMode: "standard" },
  ],
};

const SETTINGS = { timeLimit: "question", speedPoints: true, showAnswers: "each", attempts: 1, counts: "best", nicknames: "typed", nicknameFilter: true } as const;

// Both databases: the same repository code runs on each (PostgreSQL when this machine has it, always on CI).
const DATABASES = ["sqlite", ...(postgresForTests() ? ["postgresql" as const] : [])] as const;

let dir: string;
let dbFile: string;
let postgres: TestDatabase | null = null;
let clock: ManualClock;
const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  rmSync(dir, { recursive: true, force: true });
  await postgres?.drop();
  postgres = null;
});

/** A server on this test's database and clock (a second call after stopping the first is a restart). */
async function start(options: TestServerOptions = {}): Promise<TestServer> {
  const s = await startTestServer({ ...options, clock, ...(postgres ? { postgresUrl: postgres.url } : { dbFile }) });
  servers.push(s);
  return s;
}

async function stop(s: TestServer): Promise<void> {
  servers.splice(servers.indexOf(s), 1);
  await s.stop();
}

function dates(over: Partial<AssignmentCreatePayload> = {}) {
  return { opensAt: clock.now() - 60_000, closesAt: clock.now() + 2 * 3_600_000, ...over };
}

/** Nothing about a question's answer in anything a phone received while `open` were unanswered. */
function expectNoKeyFor(reply: Reply<unknown>, open: ReadonlySet<number>): void {
  for (const index of open) {
    const secret = SECRETS[index];
    if (secret) expect(reply.text).not.toMatch(secret);
  }
}

/** A question step not yet answered carries no key at all (its feedback is null). */
function expectBareQuestion(state: HomeworkState): void {
  const step = questionOf(state);
  expect(step.feedback).toBeNull();
  expect(JSON.stringify(step)).not.toMatch(/"correct(Options)?":|"explanation":|"tolerance":|"answer":/);
}

function csvRows(text: string, delimiter = ","): string[][] {
  return parse(text.replace(/^\uFEFF/, ""), { delimiter, relax_column_count: true });
}

describe.each(DATABASES)("homework on %s", (database) => {
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "lousa-homework-"));
    dbFile = path.join(dir, "lousa.db");
    copyFileSync(TEMPLATE_DB, dbFile);
    if (database === "postgresql") postgres = await freshPostgresDatabase();
    clock = new ManualClock();
  });

  test("several students at their own pace: reload, restart, time running out, feedback, progress, report and exports equal to the answers", async () => {
    let server = await start();
    const cookie = await server.teacherCookie();
    let teacher = teacherApi(server.url, cookie);
    const bankId = await teacher.bank(BANK);
    const { id, code } = await teacher.assign({ bankId, ...dates(), settings: SETTINGS });
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    const url = () => server.url;
    const [ana, bia, caio] = [new Phone(url, code), new Phone(url, code), new Phone(url, code)];
    const open = new Map([ana, bia, caio].map((p) => [p, new Set([0, 1, 3])]));
    const points = new Map([ana, bia, caio].map((p) => [p, 0]));
    /** Answers, checking nothing leaked before; the feedback's points are summed for the report check. */
    async function answer(p: Phone, body: { questionIndex: number } & Record<string, unknown>): Promise<HomeworkState> {
      const r = await p.answer(body);
      expect(r.status).toBe(200);
      const fb = questionOf(r.body).feedback;
      expect(fb?.result).not.toBeNull();
      points.set(p, (points.get(p) ?? 0) + (fb?.result?.points ?? 0) + (fb?.result?.streakBonus ?? 0));
      open.get(p)?.delete(body.questionIndex);
      return r.body;
    }
    const checkSeen = () => {
      for (const [p, unanswered] of open) for (const text of p.seen.splice(0)) expectNoKeyFor({ status: 200, body: null, text }, unanswered);
    };

    // The start screen: the rules, never a question.
    const info = await ana.info();
    expect(info.body).toMatchObject({ code, bankTitle: "Tarefa de Geografia", questionCount: 4, window: "open", timeLimit: "question", showAnswers: "each", classList: null });

    const started = await ana.start({ nickname: "Ana" });
    expect(started.status).toBe(201);
    expect(started.body.state.attempt).toMatchObject({ number: 1, position: 0 });
    expect(questionOf(started.body.state)).toMatchObject({ question: { index: 0, type: "single", options: ["3", "4", "5"] }, remainingMs: 20_000, timedOut: false });
    expectBareQuestion(started.body.state);
    expect((await bia.start({ nickname: "Bia" })).status).toBe(201);
    expect((await caio.start({ nickname: "Caio" })).status).toBe(201);
    // Another device can't take Ana's place (hers continues with its token).
    const impostor = await new Phone(url, code).start({ nickname: "ana" });
    expect([impostor.status, impostor.body]).toEqual([409, { ok: false, error: expect.objectContaining({ code: "NICKNAME_TAKEN" }) }]);

    // Ana: right after 2 s, speed counts. A double tap is refused; "next" opens the typed question.
    clock.advance(2000);
    const a0 = await answer(ana, { questionIndex: 0, choices: [1] });
    expect(questionOf(a0).feedback).toMatchObject({ questionIndex: 0, answer: { choices: [1] }, result: { correct: true, graded: true, points: 950, correctOptions: [1], explanation: "SEGREDO-0" } });
    expect((await ana.answer({ questionIndex: 0, choices: [0] })).body).toMatchObject({ error: { code: "ALREADY_ANSWERED" } });
    const a1 = (await ana.next(0)).body;
    expect(questionOf(a1)).toMatchObject({ question: { index: 1, type: "typeAnswer", options: [] }, remainingMs: 20_000 });
    expectBareQuestion(a1);

    // Bia: wrong, then tries to skip the next question without answering.
    const b0 = await answer(bia, { questionIndex: 0, choices: [0] });
    expect(questionOf(b0).feedback?.result).toMatchObject({ correct: false, points: 0, correctOptions: [1] });
    await bia.next(0);
    expect((await bia.next(1)).body).toMatchObject({ error: { code: "NOT_ANSWERED" } });

    // Bia reloads mid-question 5 s later: the same question, its clock not restarted.
    clock.advance(5000);
    const reloaded = (await bia.state()).body;
    expect(questionOf(reloaded)).toMatchObject({ question: { index: 1 }, remainingMs: 15_000 });
    expect(reloaded.attempt.position).toBe(1);

    // Caio answers his first question 7 s after it opened, then moves on.
    const c0 = await answer(caio, { questionIndex: 0, choices: [1] });
    expect(questionOf(c0).feedback?.result?.points).toBe(825);
    await caio.next(0);
    checkSeen();

    // The server restarts mid-assignment: everyone continues where they stopped, clocks untouched.
    await stop(server);
    server = await start();
    // The teacher's session is stored too: the same cookie still signs them in.
    teacher = teacherApi(server.url, cookie);
    expect(questionOf((await ana.state()).body)).toMatchObject({ question: { index: 1 }, remainingMs: 15_000 });
    expect(questionOf((await bia.state()).body)).toMatchObject({ question: { index: 1 }, remainingMs: 15_000 });
    expect(questionOf((await caio.state()).body)).toMatchObject({ question: { index: 1 }, remainingMs: 20_000 });

    // Ana finishes: the typed answer without its accent, the slide, the slider, the poll.
    const a1r = await answer(ana, { questionIndex: 1, text: "brasilia" });
    expect(questionOf(a1r).feedback?.result).toMatchObject({ correct: true, options: ["Brasília"], explanation: "SEGREDO-1" });
    const slide = (await ana.next(1)).body;
    expect(questionOf(slide)).toMatchObject({ question: { index: 2, type: "slide", text: "Um slide para ler." }, remainingMs: null });
    const slider = (await ana.next(2)).body;
    expect(questionOf(slider).question.scale).not.toHaveProperty("answer");
    expectBareQuestion(slider);
    const a3 = await answer(ana, { questionIndex: 3, value: 1960 });
    expect(questionOf(a3).feedback?.result).toMatchObject({ correct: true, slider: { answer: 1960 } });
    await ana.next(3);
    const a4 = await answer(ana, { questionIndex: 4, choices: [0] });
    expect(questionOf(a4).feedback?.result).toMatchObject({ graded: false, correctOptions: [] });
    const anaDone = (await ana.next(4)).body;
    expect(anaDone.attempt.finishedAt).toBe(clock.now());
    expect(doneOf(anaDone)).toMatchObject({ result: { score: points.get(ana), correctCount: 3, gradedCount: 3 }, canRetry: false });
    expect(doneOf(anaDone).review?.map((q) => [q.index, q.right])).toEqual([
      [0, true],
      [1, true],
      [3, true],
      [4, false],
    ]);
    expect((await ana.next(4)).body).toMatchObject({ error: { code: "ATTEMPT_FINISHED" } });
    expect((await ana.retry()).body).toMatchObject({ error: { code: "NO_ATTEMPTS_LEFT" } });

    // Bia finishes, all wrong.
    await answer(bia, { questionIndex: 1, text: "Rio" });
    await bia.next(1);
    await bia.next(2);
    await answer(bia, { questionIndex: 3, value: 1950 });
    await bia.next(3);
    await answer(bia, { questionIndex: 4, choices: [1] });
    expect(doneOf((await bia.next(4)).body).result).toMatchObject({ correctCount: 0 });

    // Caio's time runs out on the typed question: too late, shown as timed out, then "next" counts it unanswered.
    clock.advance(25_000);
    expect((await caio.answer({ questionIndex: 1, text: "Brasília" })).body).toMatchObject({ error: { code: "TOO_LATE" } });
    const timedOut = (await caio.state()).body;
    expect(questionOf(timedOut)).toMatchObject({ question: { index: 1 }, remainingMs: 0, timedOut: true, feedback: null });
    await caio.next(1);
    const onSlider = (await caio.next(2)).body;
    expect(questionOf(onSlider).question.index).toBe(3);
    checkSeen();

    // Bad input: refused with a code, nothing changes.
    const before = (await teacher.detail(id)).body;
    const refusals: [Promise<Reply<unknown>>, number, string][] = [
      [caio.answer({ questionIndex: "3", value: 1960 }), 400, "INVALID_PAYLOAD"],
      [caio.answer({ questionIndex: 3, value: 1960, extra: true }), 400, "INVALID_PAYLOAD"],
      [caio.answer({ questionIndex: 3, choices: [0] }), 400, "INVALID_CHOICE"],
      [caio.answer({ questionIndex: 0, choices: [1] }), 409, "QUESTION_NOT_OPEN"],
      [caio.next(7), 409, "QUESTION_NOT_OPEN"],
      [new Phone(url, code).start({}), 400, "INVALID_PAYLOAD"],
      [new Phone(url, code).start({ nickname: "   " }), 400, "NICKNAME_INVALID"],
      [new Phone(url, "ABCDEFGHJK").info(), 404, "ASSIGNMENT_NOT_FOUND"],
      [new Phone(url, "not-a-code").start({ nickname: "Zé" }), 404, "ASSIGNMENT_NOT_FOUND"],
      [Object.assign(new Phone(url, code), { token: "x".repeat(43) }).state(), 401, "HOMEWORK_TOKEN_INVALID"],
      [new Phone(url, code).state(), 401, "HOMEWORK_TOKEN_INVALID"],
      [teacher.post("/assignments", { bankId, ...dates(), settings: { ...SETTINGS, attempts: 0 } }), 400, "INVALID_PAYLOAD"],
      [teacher.post("/assignments", { bankId, ...dates({ closesAt: clock.now() - 120_000 }), settings: SETTINGS }), 400, "INVALID_PAYLOAD"],
      [teacher.post("/assignments", { bankId, ...dates(), settings: SETTINGS, extra: 1 }), 400, "INVALID_PAYLOAD"],
      [teacher.post("/assignments", { bankId: "no-such-bank", ...dates(), settings: SETTINGS }), 404, "BANK_NOT_FOUND"],
    ];
    for (const [reply, status, errorCode] of refusals) {
      const r = await reply;
      expect([r.status, r.body]).toEqual([status, { ok: false, error: { code: errorCode, message: expect.any(String) } }]);
    }
    const notJson = await fetch(`${server.url}/api/homework/${code}/answer`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${caio.token}` }, body: "{not json" });
    expect(notJson.status).toBe(400);
    expect((await teacher.detail(id)).body).toEqual(before);
    expect(questionOf((await caio.state()).body)).toMatchObject({ question: { index: 3 }, feedback: null });
    checkSeen();

    // Progress: who started, who finished, how far each got, the counted score.
    const detail = (await teacher.detail(id)).body;
    expect(detail).toMatchObject({ id, code, link: `${server.url}/hw/${code}`, window: "open", questionCount: 4, started: 3, finished: 2, settings: SETTINGS });
    const progress = new Map(detail.progress.map((p) => [p.nickname, p]));
    expect(progress.get("Ana")).toMatchObject({ attempts: 1, done: 4, finished: true, score: points.get(ana), accommodated: false });
    expect(progress.get("Bia")).toMatchObject({ attempts: 1, done: 4, finished: true, score: 0 });
    expect(progress.get("Caio")).toMatchObject({ attempts: 1, done: 2, finished: false, score: points.get(caio) });
    const rows = (await teacher.get<AssignmentRow[]>("/assignments")).body;
    expect(rows).toEqual([expect.objectContaining({ id, code, started: 3, finished: 2 })]);

    // The report is the answers given: each student's score, right answers and answers.
    const report = (await teacher.get<GameReport>(`/assignments/${id}/report`)).body;
    expect(report.game).toMatchObject({ pin: code, bankTitle: "Tarefa de Geografia", questionCount: 4, questionsPlayed: 4 });
    const line = (nickname: string) => report.players.find((p) => p.nickname === nickname);
    expect(line("Ana")).toMatchObject({ rank: 1, score: points.get(ana), correct: 3, answered: 4 });
    expect(line("Caio")).toMatchObject({ score: points.get(caio), correct: 1, answered: 1 });
    expect(line("Bia")).toMatchObject({ score: 0, correct: 0, answered: 4 });
    expect(report.questions.find((q) => q.index === 0)).toMatchObject({ answered: 3, optionCounts: [1, 2, 0] });

    // The exports download with a row per student, per answer, per attempt.
    const results = csvRows(await (await teacher.raw(`/assignments/${id}/results.csv`)).text());
    expect(results.slice(1).map((r) => r[1])).toEqual(["Ana", "Caio", "Bia"]);
    const answersSheet = csvRows(await (await teacher.raw(`/assignments/${id}/export.csv?sheet=answers&locale=en`)).text());
    expect(answersSheet).toHaveLength(1 + 9);
    const attempts = await teacher.raw(`/assignments/${id}/export.csv?sheet=attempts&locale=en`);
    expect(attempts.headers.get("content-disposition")).toMatch(new RegExp(`lousa-${code}-.*-attempts\\.csv`));
    const attemptRows = csvRows(await attempts.text());
    expect(attemptRows[0]).toEqual(["Nickname", "Identifier", "Attempt", "Score", "Correct", "Started (UTC)", "Finished (UTC)", "Counts"]);
    expect(attemptRows.slice(1).map((r) => [r[0], r[2], r[7]])).toEqual([
      ["Ana", "1", "yes"],
      ["Caio", "1", "yes"],
      ["Bia", "1", "yes"],
    ]);
    expect(attemptRows.find((r) => r[0] === "Caio")?.[6]).toBe("not finished");
    const xlsx = await teacher.raw(`/assignments/${id}/export.xlsx`);
    expect([xlsx.status, xlsx.headers.get("content-type")]).toEqual([200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await teacher.raw(`/assignments/${id}/moodle.csv`)).status).toBe(200);

    // Another teacher sees nothing of it: 404, as if it didn't exist.
    const other = teacherApi(server.url, await addTeacher(server.url, cookie, { name: "Prof. Outro", email: "outro@escola.test", password: "outra-senha-123456" }));
    for (const r of [await other.detail(id), await other.get(`/assignments/${id}/report`), await other.post(`/assignments/${id}/close`)]) expect([r.status, r.body]).toEqual([404, { ok: false, error: expect.objectContaining({ code: "ASSIGNMENT_NOT_FOUND" }) }]);
    expect((await other.raw(`/assignments/${id}/export.xlsx`)).status).toBe(404);
    expect((await other.get<AssignmentRow[]>("/assignments")).body).toEqual([]);
    expect((await fetch(`${server.url}/api/assignments/${id}/report`)).status).toBe(401);
    expect((await teacher.detail(id)).body.window).toBe("open");

    // The link's QR code, for the teacher's screen.
    const qr = await fetch(`${server.url}/api/homework/${code}/qr.svg`);
    expect([qr.status, qr.headers.get("content-type")]).toEqual([200, "image/svg+xml; charset=utf-8"]);
  });

  test("class list with an accommodation, answers only after the closing date, several attempts counted best / last / first", async () => {
    const server = await start();
    const url = () => server.url;
    const teacher = teacherApi(server.url, await server.teacherCookie());
    const bankId = await teacher.bank(SHORT);
    const identity = {
      label: null,
      classList: [
        { name: "Ana Lima", identifier: "ana@escola.test", accommodation: { time: "x2" as const, noSpeedPenalty: true } },
        { name: "Bruno Reis", identifier: "bruno@escola.test" },
      ],
    };
    const afterClose = { ...SETTINGS, showAnswers: "after-close", attempts: 3, counts: "best" } as const;
    const { id, code } = await teacher.assign({ bankId, ...dates(), settings: afterClose, identity });

    // The start screen names the list's students: never their identifiers or accommodations.
    const ana = new Phone(url, code);
    const info = await ana.info();
    expect(info.body).toMatchObject({ classList: [{ index: 0, name: "Ana Lima", taken: false }, { index: 1, name: "Bruno Reis", taken: false }] });
    expect(info.text).not.toMatch(/escola\.test|x2|accommodation|noSpeedPenalty/);

    // Ana has twice the time and no speed penalty: at 30 s (past everyone's 20) her right answer counts in full.
    const started = await ana.start({ nickname: "Ana", classEntry: 0 });
    expect(started.status).toBe(201);
    expect(started.text).not.toMatch(/accommodation|x2/);
    expect(questionOf(started.body.state).remainingMs).toBe(40_000);
    clock.advance(30_000);
    const a0 = (await ana.answer({ questionIndex: 0, choices: [0] })).body;
    // After the closing date only: what was stored, no verdict, no key.
    expect(questionOf(a0).feedback).toEqual({ questionIndex: 0, answer: { choices: [0], text: null, value: null }, result: null });
    await ana.next(0);
    clock.advance(1000);
    await ana.answer({ questionIndex: 1, choices: [1] });
    const anaDone = (await ana.next(1)).body;
    expect(doneOf(anaDone)).toEqual({ kind: "done", result: null, counted: null, review: null, canRetry: true });
    expect(ana.seen.join("\n")).not.toMatch(/SEGREDO|"correct":|"correctOptions":/);

    // The class list's lines are one student's each.
    const bruno = new Phone(url, code);
    expect((await bruno.start({ nickname: "Bruno", classEntry: 1 })).status).toBe(201);
    for (const classEntry of [0, 1]) expect((await new Phone(url, code).start({ nickname: "Zeca", classEntry })).body).toMatchObject({ error: { code: "CLASS_ENTRY_TAKEN" } });
    expect((await new Phone(url, code).start({ nickname: "Zeca" })).body).toMatchObject({ error: { code: "CLASS_ENTRY_INVALID" } });
    expect((await new Phone(url, code).info()).body).toMatchObject({ classList: [{ taken: true }, { taken: true }] });

    // Bruno, three attempts: too late then wrong (0); both right fast (his best); one right slowly.
    clock.advance(30_000);
    expect((await bruno.answer({ questionIndex: 0, choices: [0] })).body).toMatchObject({ error: { code: "TOO_LATE" } });
    expect((await bruno.retry()).body).toMatchObject({ error: { code: "ATTEMPT_IN_PROGRESS" } });
    await bruno.next(0);
    await bruno.answer({ questionIndex: 1, choices: [0] });
    expect(doneOf((await bruno.next(1)).body).canRetry).toBe(true);
    const second = (await bruno.retry()).body;
    expect([second.attempt.number, second.attemptsLeft, questionOf(second).question.index]).toEqual([2, 1, 0]);
    await playAttempt(bruno, [0, 1], 1000);
    await bruno.retry();
    await playAttempt(bruno, [0, 0], 15_000);
    expect((await bruno.retry()).body).toMatchObject({ error: { code: "NO_ATTEMPTS_LEFT" } });

    // Before the closing date: no result, no review, not even after finishing.
    expect(doneOf((await bruno.state()).body)).toMatchObject({ result: null, counted: null, review: null });

    // The teacher closes it now: the results and the right answers show; no more starts or attempts.
    const closed = await teacher.post<AssignmentDetail>(`/assignments/${id}/close`);
    expect(closed.body).toMatchObject({ window: "closed", closesAt: clock.now() });
    // For the second after it, an answer sent in time may still arrive: nothing shows yet.
    expect(doneOf((await ana.state()).body)).toMatchObject({ result: null, counted: null, review: null, canRetry: false });
    clock.advance(ANSWER_GRACE_MS + 1);
    const anaAfter = doneOf((await ana.state()).body);
    expect(anaAfter.result).toEqual({ score: 2100, correctCount: 2, gradedCount: 2 });
    expect(anaAfter.counted).toEqual({ number: 1, score: 2100 });
    expect(anaAfter.review?.map((q) => [q.correct, q.explanation, q.right, q.points])).toEqual([
      [[0], "SEGREDO-A", true, 1000],
      [[1], "SEGREDO-B", true, 1100],
    ]);
    expect(anaAfter.canRetry).toBe(false);
    expect((await ana.retry()).body).toMatchObject({ error: { code: "ASSIGNMENT_CLOSED" } });
    expect((await new Phone(url, code).start({ nickname: "Tarde" })).body).toMatchObject({ error: { code: "ASSIGNMENT_CLOSED" } });

    // The report counts Bruno's best attempt; the attempts sheet lists all three.
    const report = (await teacher.get<GameReport>(`/assignments/${id}/report`)).body;
    // Right at 1 s of 20: 975 each, +100 for the second in a row. Right at 15 s: 625.
    const [best, slow] = [975 + 975 + 100, 625];
    // His phone's end screen: this (third) attempt's result, and the one that counts (his best, the second).
    expect(doneOf((await bruno.state()).body)).toMatchObject({ result: { score: slow, correctCount: 1 }, counted: { number: 2, score: best } });
    expect(report.players.map((p) => [p.nickname, p.realName, p.identifier, p.score])).toEqual([
      ["Ana", "Ana Lima", "ana@escola.test", 2100],
      ["Bruno", "Bruno Reis", "bruno@escola.test", best],
    ]);
    const attempts = csvRows(await (await teacher.raw(`/assignments/${id}/export.csv?sheet=attempts&locale=en`)).text());
    expect(attempts.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[8]])).toEqual([
      ["Ana", "Ana Lima", "1", "2100", "2", "yes"],
      ["Bruno", "Bruno Reis", "1", "0", "0", "no"],
      ["Bruno", "Bruno Reis", "2", String(best), "2", "yes"],
      ["Bruno", "Bruno Reis", "3", String(slow), "1", "no"],
    ]);
    // Answers given with the accommodation are marked, as in a live game's exports.
    const answers = csvRows(await (await teacher.raw(`/assignments/${id}/export.csv?sheet=answers&locale=en`)).text());
    expect(answers[0]?.at(-1)).toMatch(/accommodation/);
    expect(answers.slice(1).map((r) => [r[0], r.at(-1)])).toEqual([
      ["Ana", "yes"],
      ["Ana", "yes"],
      ["Bruno", ""],
      ["Bruno", ""],
    ]);
    const moodle = csvRows(await (await teacher.raw(`/assignments/${id}/moodle.csv`)).text());
    expect(moodle.slice(1).map((r) => r[0])).toEqual(["ana@escola.test", "bruno@escola.test"]);

    // The same two attempts (all right, then all wrong) under each rule.
    for (const [counts, expected] of [["last", 0], ["first", best]] as const) {
      const other = await teacher.assign({ bankId, ...dates(), settings: { ...afterClose, counts } });
      const phone = new Phone(url, other.code);
      await phone.start({ nickname: "Duda" });
      await playAttempt(phone, [0, 1], 1000);
      await phone.retry();
      await playAttempt(phone, [1, 0], 1000);
      const r = (await teacher.get<GameReport>(`/assignments/${other.id}/report`)).body;
      expect(r.players.map((p) => p.score)).toEqual([expected]);
    }

    /** Answers each question with `choices`, each `ms` after it opened, moving on after each. */
    async function playAttempt(phone: Phone, choices: readonly number[], ms: number): Promise<void> {
      for (const [questionIndex, choice] of choices.entries()) {
        clock.advance(ms);
        expect((await phone.answer({ questionIndex, choices: [choice] })).status).toBe(200);
        await phone.next(questionIndex);
      }
    }
  });

  test("two tabs of one student at once store one step each time; unknown codes spend the wrong-PIN budget", async () => {
    const server = await start({ pinGuessesPerMinute: 3 });
    const url = () => server.url;
    const teacher = teacherApi(server.url, await server.teacherCookie());
    const bankId = await teacher.bank(SHORT);
    const { id, code } = await teacher.assign({ bankId, ...dates(), settings: { ...SETTINGS, attempts: 2 } });
    const tab = new Phone(url, code);
    await tab.start({ nickname: "Gabi" });
    const other = Object.assign(new Phone(url, code), { token: tab.token });

    // A reload in both tabs at once: one opening time, the same countdown.
    clock.advance(1000);
    const first = await Promise.all([tab.state(), other.state()]);
    expect(first.map((r) => questionOf(r.body).remainingMs)).toEqual([19_000, 19_000]);

    // Two answers at once (right in one tab, wrong in the other): one is stored, the other refused.
    const answers = await Promise.all([tab.answer({ questionIndex: 0, choices: [0] }), other.answer({ questionIndex: 0, choices: [1] })]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(["ALREADY_ANSWERED", "QUESTION_NOT_OPEN"]).toContain((answers.find((r) => r.status === 409)?.body as unknown as { error: { code: string } }).error.code);
    const stored = questionOf((await tab.state()).body).feedback;
    const winner = answers.find((r) => r.status === 200)!;
    expect(stored).toEqual(questionOf(winner.body).feedback);

    // Two "next" at once: one moves on, the other is refused; the attempt is on question 1, not 2.
    const nexts = await Promise.all([tab.next(0), other.next(0)]);
    expect(nexts.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await other.state()).body.attempt.position).toBe(1);
    await tab.answer({ questionIndex: 1, choices: [1] });
    await tab.next(1);

    // Two "try again" at once make one more attempt.
    const retries = await Promise.all([tab.retry(), other.retry()]);
    expect(retries.some((r) => r.status === 200)).toBe(true);
    expect((await teacher.detail(id)).body.progress).toEqual([expect.objectContaining({ nickname: "Gabi", attempts: 2 })]);
    const report = (await teacher.get<GameReport>(`/assignments/${id}/report`)).body;
    expect(report.players).toEqual([expect.objectContaining({ nickname: "Gabi", answered: 2 })]);

    // Guessing codes: each unknown one spends the budget; then even a real code waits.
    for (const guess of ["ABCDEFGHJK", "BCDEFGHJKM", "not-a-code"]) expect((await new Phone(url, guess).info()).status).toBe(404);
    expect([(await new Phone(url, "CDEFGHJKMN").info()).status, (await new Phone(url, code).info()).status]).toEqual([429, 429]);
    expect((await fetch(`${server.url}/api/homework/${code}/qr.svg`)).status).toBe(429);
    expect((await Object.assign(new Phone(url, code), { token: "y".repeat(43) }).state()).status).toBe(429);
    // A student already in (same school address) carries on: their token is the proof.
    expect((await tab.state()).status).toBe(200);
  });

  test("a lost device: the same device starts again and continues; the teacher releases it and another device takes the seat; identifiers are one student's; codes in any case", async () => {
    const server = await start();
    const url = () => server.url;
    const cookie = await server.teacherCookie();
    const teacher = teacherApi(server.url, cookie);
    const bankId = await teacher.bank(SHORT);
    const { id, code } = await teacher.assign({ bankId, ...dates(), settings: { ...SETTINGS, attempts: 2 }, identity: { label: "Matrícula", classList: null } });
    const DEVICE = "device-of-ana-0001";

    // Codes are read as typed from the board: lower case and spaces around it don't matter.
    expect((await new Phone(url, code.toLowerCase()).info()).body).toMatchObject({ code, identifierLabel: "Matrícula", classList: null });
    expect((await new Phone(url, `%20${code.toLowerCase()}%20`).info()).status).toBe(200);
    const ana = new Phone(url, code.toLowerCase());
    const started = await ana.start({ nickname: "Ana", identifier: " M-17 ", deviceId: DEVICE });
    expect(started.status).toBe(201);
    const lostToken = started.body.token;
    clock.advance(2000);
    expect((await ana.answer({ questionIndex: 0, choices: [0] })).status).toBe(200);

    // The reply to a start got lost: the same device starts again and gets its own seat back (a new
    // token for the same student, the answer given kept, the question's clock not restarted).
    const again = new Phone(url, code);
    const restarted = await again.start({ nickname: "Ana", identifier: "M-17", deviceId: DEVICE });
    expect(restarted.status).toBe(201);
    expect(restarted.body.token).not.toBe(lostToken);
    expect(restarted.body.state).toMatchObject({ student: { nickname: "Ana" }, attempt: { number: 1, position: 0 }, attemptsLeft: 1 });
    expect(questionOf(restarted.body.state)).toMatchObject({ remainingMs: 18_000, feedback: { answer: { choices: [0] } } });
    expect((await ana.state()).status).toBe(401);
    expect((await again.next(0)).status).toBe(200);

    // Anyone else: the identifier (any case, any spaces), the nickname, the same identifier from another device.
    const refusals: [Record<string, unknown>, string][] = [
      [{ nickname: "Outra", identifier: "m-17 " }, "IDENTIFIER_TAKEN"],
      [{ nickname: "Outra", identifier: "M-17", deviceId: "another-device-0001" }, "IDENTIFIER_TAKEN"],
      [{ nickname: "ANA", identifier: "M-99" }, "NICKNAME_TAKEN"],
    ];
    for (const [body, errorCode] of refusals) {
      const r = await new Phone(url, code).start(body);
      expect([r.status, r.body]).toEqual([409, { ok: false, error: { code: errorCode, message: expect.any(String) } }]);
    }
    const bia = new Phone(url, code);
    expect((await bia.start({ nickname: "Bia", identifier: "m-18" })).status).toBe(201);
    let detail = (await teacher.detail(id)).body;
    expect(detail.identifierLabel).toBe("Matrícula");
    expect(detail.progress.map((p) => [p.nickname, p.identifier, p.attempts, p.done, p.released])).toEqual([
      ["Ana", "M-17", 1, 1, false],
      ["Bia", "m-18", 1, 0, false],
    ]);
    const anaId = detail.progress.find((p) => p.nickname === "Ana")!.studentId;

    // Ana loses her phone. Only her teacher releases it, from our own pages, and only a student of theirs.
    const other = teacherApi(server.url, await addTeacher(server.url, cookie, { name: "Prof. Outro", email: "outro@escola.test", password: "outra-senha-123456" }));
    const release = `/assignments/${id}/students/${anaId}/release`;
    for (const r of [await other.post(release), await teacher.post(`/assignments/${id}/students/no-such-student/release`), await teacher.post(`/assignments/no-such-assignment/students/${anaId}/release`)]) {
      expect([r.status, r.body]).toEqual([404, { ok: false, error: { code: "ASSIGNMENT_NOT_FOUND", message: expect.any(String) } }]);
    }
    const crossSite = await fetch(`${server.url}/api${release}`, { method: "POST", headers: { cookie, origin: "https://evil.example", "content-type": "application/json" }, body: "{}" });
    expect(crossSite.status).toBe(403);
    expect((await fetch(`${server.url}/api${release}`, { method: "POST", headers: { origin: server.url } })).status).toBe(401);
    expect((await teacher.detail(id)).body.progress.find((p) => p.studentId === anaId)?.released).toBe(false);
    const released = await teacher.post<AssignmentDetail>(release);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ id, code, started: 2 });
    expect(released.body.progress.find((p) => p.studentId === anaId)).toMatchObject({ released: true, attempts: 1, done: 1 });
    // Her old device's token stops working at once.
    expect((await again.state()).status).toBe(401);

    // The next start with her identifier, from any device, takes her seat over: the same student, her
    // attempt where she left it (a new nickname typed changes nothing).
    const borrowed = new Phone(url, code);
    const takenOver = await borrowed.start({ nickname: "Ana2", identifier: "M-17", deviceId: "borrowed-device-01" });
    expect(takenOver.status).toBe(201);
    expect(takenOver.body.state).toMatchObject({ student: { nickname: "Ana" }, attempt: { number: 1, position: 1 }, attemptsLeft: 1 });
    clock.advance(1000);
    expect((await borrowed.answer({ questionIndex: 1, choices: [1] })).status).toBe(200);
    expect(doneOf((await borrowed.next(1)).body).canRetry).toBe(true);
    // Taken once: the seat is the new device's now (the lost one, if found, can't take it back).
    expect((await new Phone(url, code).start({ nickname: "Ana", identifier: "M-17", deviceId: DEVICE })).body).toMatchObject({ error: { code: "IDENTIFIER_TAKEN" } });
    detail = (await teacher.detail(id)).body;
    expect(detail.progress.map((p) => [p.studentId === anaId, p.nickname, p.attempts, p.done, p.finished, p.released])).toEqual([
      [true, "Ana", 1, 2, true, false],
      [false, "Bia", 1, 0, false, false],
    ]);
    expect(detail).toMatchObject({ started: 2, finished: 1 });
  });

  test("a class-list line released is free to pick again, and keeps its student's attempts; a whole class list's body is read for its teacher only", async () => {
    const server = await start();
    const url = () => server.url;
    const teacher = teacherApi(server.url, await server.teacherCookie());
    const bankId = await teacher.bank(SHORT);
    const identity = { label: null, classList: [{ name: "Ana Lima", identifier: "ana@escola.test" }, { name: "Bruno Reis", identifier: "bruno@escola.test" }] };
    // A whole class list is a body over the API's 16 KB: read for a signed-in teacher from our pages only.
    const big = { label: null, classList: Array.from({ length: 500 }, (_, i) => ({ name: `Estudante número ${i}`, identifier: `estudante-${i}@escola.exemplo.test` })) };
    const bigBody = JSON.stringify({ bankId, ...dates(), settings: SETTINGS, identity: big });
    expect(bigBody.length).toBeGreaterThan(32_000);
    const crossSite = await fetch(`${server.url}/api/assignments`, { method: "POST", headers: { cookie: await server.teacherCookie(), origin: "https://evil.example", "content-type": "application/json" }, body: bigBody });
    expect(crossSite.status).toBe(403);
    expect((await fetch(`${server.url}/api/assignments`, { method: "POST", headers: { origin: server.url, "content-type": "application/json" }, body: bigBody })).status).toBe(401);
    expect((await teacher.post(`/assignments`, JSON.parse(bigBody))).status).toBe(201);
    const { id, code } = await teacher.assign({ bankId, ...dates(), settings: SETTINGS, identity });
    const phone = new Phone(url, code);
    expect((await phone.start({ nickname: "Ana", classEntry: 0 })).status).toBe(201);
    // The phone is asked for no identifier: the line carries it. The report's column is "ID".
    expect((await phone.info()).body).toMatchObject({ identifierLabel: null, classList: [{ taken: true }, { taken: false }] });
    expect((await teacher.detail(id)).body.identifierLabel).toBe("ID");
    clock.advance(1000);
    await phone.answer({ questionIndex: 0, choices: [0] });
    // Without a device id, starting again is someone else's start: refused.
    expect((await new Phone(url, code).start({ nickname: "Ana", classEntry: 0 })).body).toMatchObject({ error: { code: "CLASS_ENTRY_TAKEN" } });
    const studentId = (await teacher.detail(id)).body.progress[0]!.studentId;
    expect((await teacher.post(`/assignments/${id}/students/${studentId}/release`)).status).toBe(200);
    expect((await phone.info()).body).toMatchObject({ classList: [{ taken: false }, { taken: false }] });
    const next = new Phone(url, code);
    const r = await next.start({ nickname: "Aninha", classEntry: 0 });
    expect(r.status).toBe(201);
    expect(r.body.state).toMatchObject({ student: { nickname: "Ana", realName: "Ana Lima" }, attempt: { number: 1, position: 0 } });
    expect(questionOf(r.body.state).feedback).toMatchObject({ answer: { choices: [0] } });
    expect((await phone.info()).body).toMatchObject({ classList: [{ taken: true }, { taken: false }] });
  });

  test("the closing date: nothing shows during the grace, then 'next' can't finish an attempt, so the counted one stays", async () => {
    const server = await start();
    const url = () => server.url;
    const teacher = teacherApi(server.url, await server.teacherCookie());
    const bankId = await teacher.bank(SHORT);
    const closesAt = clock.now() + 3_600_000;
    const { id, code } = await teacher.assign({ bankId, opensAt: clock.now() - 60_000, closesAt, settings: { ...SETTINGS, timeLimit: "none", showAnswers: "after-close", attempts: 2, counts: "last" } });
    const phone = new Phone(url, code);
    await phone.start({ nickname: "Duda" });
    // First attempt: both right, finished.
    for (const [questionIndex, choice] of [0, 1].entries()) {
      clock.advance(1000);
      expect((await phone.answer({ questionIndex, choices: [choice] })).status).toBe(200);
      await phone.next(questionIndex);
    }
    const first = 1000 + 1000 + 100;
    // Second attempt: the first question wrong, the second open when the assignment closes.
    await phone.retry();
    clock.advance(1000);
    await phone.answer({ questionIndex: 0, choices: [1] });
    await phone.next(0);
    clock.advance(closesAt - clock.now() - 500);
    expect(questionOf((await phone.state()).body).question.index).toBe(1);
    phone.seen.splice(0);

    // Closed: the phone shows its end screen, with nothing of the answers for the grace's second (an
    // answer sent in time may still arrive, and is taken).
    clock.advance(500);
    for (const step of [0, 200, 200]) {
      clock.advance(step);
      expect(doneOf((await phone.state()).body)).toMatchObject({ result: null, counted: null, review: null, canRetry: false });
    }
    expect(clock.now()).toBe(closesAt + 400);
    const late = await phone.answer({ questionIndex: 1, choices: [0] });
    expect([late.status, doneOf(late.body)]).toEqual([200, expect.objectContaining({ result: null, counted: null, review: null })]);
    clock.advance(600);
    expect(clock.now()).toBe(closesAt + 1000);
    expect(doneOf((await phone.state()).body)).toMatchObject({ result: null, counted: null, review: null });
    expect(phone.seen.join("\n")).not.toMatch(/SEGREDO|"correct":|"correctOptions":|"points":/);

    // Past the grace: answers are refused, and so is "next" (it would finish the second attempt, and
    // with "last" that would become the one that counts).
    clock.advance(1);
    expect((await phone.next(1)).body).toMatchObject({ error: { code: "ASSIGNMENT_CLOSED" } });
    expect((await phone.answer({ questionIndex: 1, choices: [1] })).body).toMatchObject({ error: { code: "ASSIGNMENT_CLOSED" } });
    const after = (await phone.state()).body;
    expect(after.attempt).toMatchObject({ number: 2, finishedAt: null });
    expect(doneOf(after)).toMatchObject({ result: { score: 0, correctCount: 0 }, counted: { number: 1, score: first } });
    expect(doneOf(after).review).not.toBeNull();
    const report = (await teacher.get<GameReport>(`/assignments/${id}/report`)).body;
    expect(report.players.map((p) => [p.nickname, p.score])).toEqual([["Duda", first]]);
  });

  test("an untimed answer a month later is stored (its time capped: a tie-break, and 32-bit columns)", async () => {
    const server = await start();
    const url = () => server.url;
    const teacher = teacherApi(server.url, await server.teacherCookie());
    const bankId = await teacher.bank(SHORT);
    const { id, code } = await teacher.assign({ bankId, ...dates({ closesAt: clock.now() + 90 * 86_400_000 }), settings: { ...SETTINGS, timeLimit: "none" } });
    const phone = new Phone(url, code);
    await phone.start({ nickname: "Lenta" });
    for (const questionIndex of [0, 1]) {
      clock.advance(30 * 86_400_000);
      const r = await phone.answer({ questionIndex, choices: [questionIndex] });
      expect(r.status).toBe(200);
      expect(questionOf(r.body).feedback?.result).toMatchObject({ correct: true, points: 1000 });
      expect((await phone.next(questionIndex)).status).toBe(200);
    }
    expect(doneOf((await phone.state()).body).result).toMatchObject({ score: 2100, correctCount: 2 });
    const answers = csvRows(await (await teacher.raw(`/assignments/${id}/export.csv?sheet=answers&locale=en`)).text());
    const header = answers[0] ?? [];
    const time = header.indexOf("Response time (s)");
    expect(time).toBeGreaterThan(-1);
    expect(answers.slice(1).map((r) => r[time])).toEqual(["600", "600"]);
  });

  test("an assignment opening later, with no clock: not before its opening, then no countdown and full points whenever", async () => {
    const server = await start();
    const url = () => server.url;
    const teacher = teacherApi(server.url, await server.teacherCookie());
    const bankId = await teacher.bank(SHORT);
    const { code } = await teacher.assign({ bankId, opensAt: clock.now() + 3_600_000, closesAt: clock.now() + 7_200_000, settings: { ...SETTINGS, timeLimit: "none" } });
    const phone = new Phone(url, code);
    expect((await phone.info()).body).toMatchObject({ window: "upcoming", timeLimit: "none" });
    expect((await phone.start({ nickname: "Cedo" })).body).toMatchObject({ error: { code: "ASSIGNMENT_NOT_OPEN" } });
    clock.advance(3_600_000);
    const started = await phone.start({ nickname: "Cedo" });
    expect(questionOf(started.body.state)).toMatchObject({ remainingMs: null, timedOut: false });
    // Ten minutes on a question: no clock, so no TOO_LATE and speed can't count.
    clock.advance(600_000);
    expect(questionOf((await phone.answer({ questionIndex: 0, choices: [0] })).body).feedback?.result).toMatchObject({ correct: true, points: 1000 });
  });
});
