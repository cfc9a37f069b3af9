import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { BUILT_IN_BANKS } from "@lousa/banks";
import type { GameReport } from "@lousa/reports";
import { call, must, next, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { addTeacher } from "../helpers/teacher";

const harness = serverPerTest();
const client = () => harness.client();

const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
const right = (i: number) => [...kernel.questions[i]!.correct];
const wrong = (i: number) => [kernel.questions[i]!.options.findIndex((_, o) => !kernel.questions[i]!.correct.includes(o))];

/**
 * Four students, three questions, known outcomes:
 *   Ana     right, right, right   (fast)
 *   Bruno   right, wrong, right
 *   Célia   wrong, wrong, right   (a formula as nickname)
 *   Davi    wrong, —,     wrong
 * then the host ends the game after question 3 (of 17).
 */
async function playKnownGame() {
  const host = await harness.host();
  const game = await must(host, "host:create", {
    bankId: "kernel",
    settings: { pointsMode: "standard", timeLimitSec: 20 },
    identity: { label: "Matrícula", classList: null },
  });
  const names = ["Ana", "Bruno", "=1+1 Célia", "Davi"];
  const ids = ["2026001", "2026002", "2026003", "2026004"];
  const players: TestSocket[] = [];
  for (const [i, nickname] of names.entries()) {
    const s = await client();
    const missing = await call(s, "player:join", { pin: game.pin, nickname });
    expect(missing).toMatchObject({ ok: false, error: { code: "IDENTIFIER_REQUIRED" } });
    await must(s, "player:join", { pin: game.pin, nickname, identifier: ` ${ids[i]} ` });
    players.push(s);
  }
  const plan: (readonly ("r" | "w" | null)[])[] = [
    ["r", "r", "r"],
    ["r", "w", "r"],
    ["w", "w", "r"],
    ["w", null, "w"],
  ];
  for (let q = 0; q < 3; q++) {
    const reveal = next(host, "game:phase", (v) => v.kind === "reveal");
    await must(host, q === 0 ? "host:start" : "host:next", {});
    harness.server.clock.advance(1000 + q * 1000);
    for (const [p, socket] of players.entries()) {
      const move = plan[p]![q];
      if (move) await must(socket, "player:answer", { questionIndex: q, choices: move === "r" ? right(q) : wrong(q) });
      harness.server.clock.advance(1000);
    }
    await call(host, "host:endQuestion", {}); // refused when it already closed because everyone answered
    await reveal;
    await must(host, "host:next", {}); // leaderboard
  }
  await must(host, "host:end", {});
  return { game, auth: { authorization: `Bearer ${game.hostSecret}` } };
}

/** Reads a CSV download: checks the UTF-8 BOM on the raw bytes (fetch's text() would hide it), then parses. */
async function csvRows(res: Response | Promise<Response>, delimiter: string): Promise<string[][]> {
  const bytes = new Uint8Array(await (await res).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes.slice(3)), { delimiter, relax_column_count: true });
}

test("report and every export agree with the played game", async () => {
  const { game, auth } = await playKnownGame();
  const base = `${harness.server.url}/api/games/${game.gameId}`;

  // Only the teacher who hosted (their session, any device) or the holder of the host key may read results.
  const colleague = await addTeacher(harness.server.url, await harness.server.teacherCookie(), { name: "Prof. Bruno", email: "bruno@escola.test", password: "outra-senha-456" });
  for (const path of ["report", "export.xlsx", "export.csv", "moodle.csv", "classroom.csv", "archive.json"]) {
    expect((await fetch(`${base}/${path}`)).status).toBe(401);
    expect((await fetch(`${base}/${path}`, { headers: { authorization: "Bearer wrong-secret-0000000000" } })).status).toBe(403);
    expect((await fetch(`${base}/${path}`, { headers: { cookie: colleague } })).status).toBe(403);
    expect((await fetch(`${base}/${path}`, { headers: { cookie: await harness.server.teacherCookie() } })).status).toBe(200);
  }

  const report = (await (await fetch(`${base}/report`, { headers: auth })).json()) as GameReport;
  // Questions students answer: the bank's slide is not one.
  expect(report.game).toMatchObject({ questionsPlayed: 3, questionCount: kernel.questions.filter((q) => q.type !== "slide").length, identifierLabel: "Matrícula" });
  expect(report.players.map((p) => [p.nickname, p.identifier, p.correct, p.grade])).toEqual([
    ["Ana", "2026001", 3, 10],
    ["Bruno", "2026002", 2, 6.7],
    ["=1+1 Célia", "2026003", 1, 3.3],
    ["Davi", "2026004", 0, 0],
  ]);
  const live = await harness.server.repos.games.load(game.gameId);
  for (const p of report.players) expect(p.score).toBe(live!.players.find((x) => x.id === p.playerId)!.score);
  expect(report.questions.map((q) => q.percentCorrect)).toEqual([0.5, 0.25, 0.75]);
  // Four students are too few to call a question too hard (25 % right here): figures, no flags.
  expect(report.questions[1]!.flags).toEqual([]);
  expect(report.summary).toMatchObject({ tooFewToJudge: true, minPlayersForFlags: 10, flaggedQuestions: 0 });
  expect(report.questions[0]!.discrimination).toBe(1); // upper (Ana) right, lower (Davi) wrong
  expect(report.summary).toMatchObject({ playerCount: 4, averagePercentCorrect: 0.5, averageGrade: 5 });

  // XLSX, read back with exceljs.
  const xres = await fetch(`${base}/export.xlsx`, { headers: auth });
  expect(xres.headers.get("content-type")).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await xres.arrayBuffer());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Resumo", "Jogadores", "Questões", "Respostas"]);
  const players = wb.getWorksheet("Jogadores")!;
  expect(players.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(players.getRow(1).font?.bold).toBe(true);
  expect(players.getRow(1).values).toEqual([undefined, "Posição", "Apelido", "Matrícula", "Pontuação", "Acertos", "Respondidas", "% de acerto", "Tempo médio (s)", "Nota (0–10)"]);
  expect(players.getRow(2).values).toEqual([undefined, 1, "Ana", "2026001", report.players[0]!.score, 3, 3, 1, expect.any(Number), 10]);
  expect(players.getCell("G2").numFmt).toBe("0.0%");
  expect(players.getCell("B4").value).toBe("'=1+1 Célia"); // neutralised, accents intact
  const questions = wb.getWorksheet("Questões")!;
  expect(questions.getCell("E2").value).toBe(0.5);
  expect(questions.getCell("E3").value).toBe(0.25);
  // Too few students to flag anything: the summary says so instead of a count.
  expect(questions.getCell("J3").value ?? "").toBe("");
  expect(JSON.stringify(wb.getWorksheet("Resumo")!.getSheetValues())).toContain("turma pequena demais para julgar (menos de 10 alunos)");
  expect(wb.getWorksheet("Respostas")!.rowCount).toBe(1 + 11); // 11 answers given

  // CSV in pt-BR: ";" and decimal comma.
  const pt = await csvRows(fetch(`${base}/export.csv`, { headers: auth }), ";");
  expect(pt[0]).toEqual(["Posição", "Apelido", "Matrícula", "Pontuação", "Acertos", "Respondidas", "% de acerto", "Tempo médio (s)", "Nota (0–10)"]);
  expect(pt[2]).toEqual(["2", "Bruno", "2026002", String(report.players[1]!.score), "2", "3", "66,7", expect.stringMatching(/^\d+(,\d)?$/), "6,7"]);
  expect(pt[3]![1]).toBe("'=1+1 Célia");
  // In English: "," and decimal point; and the questions sheet on request.
  const en = await csvRows(fetch(`${base}/export.csv?locale=en&sheet=questions`, { headers: auth }), ",");
  expect(en[0]!.slice(0, 5)).toEqual(["No.", "Question", "Correct answer", "Answered", "% correct (difficulty)"]);
  expect(en[2]![4]).toBe("25");
  expect(en[2]![9]).toBe("");

  // Gradebooks: identifier + grade, decimal point, one row per student with an identifier.
  const moodle = await csvRows(fetch(`${base}/moodle.csv`, { headers: auth }), ",");
  expect(moodle[0]).toEqual(["ID number", "Full name", expect.stringMatching(/^Lousa - Kernel \d{4}-\d{2}-\d{2}$/)]);
  expect(moodle.slice(1)).toEqual([
    ["2026001", "Ana", "10"],
    ["2026002", "Bruno", "6.7"],
    ["2026003", "'=1+1 Célia", "3.3"],
    ["2026004", "Davi", "0"],
  ]);
  const classroom = await csvRows(fetch(`${base}/classroom.csv?scale=100&decimals=0`, { headers: auth }), ",");
  expect(classroom[0]![0]).toBe("Email Address");
  expect(classroom[2]).toEqual(["2026002", "Bruno", "67"]);

  // JSON archive: the whole game, no credentials.
  const archiveText = await (await fetch(`${base}/archive.json`, { headers: auth })).text();
  const archive = JSON.parse(archiveText) as { format: string; answers: unknown[]; players: unknown[] };
  expect(archive.format).toBe("lousa-game/1");
  expect(archive.answers).toHaveLength(11);
  expect(archive.players).toHaveLength(4);
  expect(archiveText).not.toMatch(/hostSecretHash|tokenHash|deviceId/);

  // History: only games whose secrets are presented.
  const history = await fetch(`${harness.server.url}/api/games/history`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ games: [{ gameId: game.gameId, hostSecret: game.hostSecret }, { gameId: game.gameId, hostSecret: "not-the-secret-000000" }] }),
  });
  expect(await history.json()).toEqual([expect.objectContaining({ gameId: game.gameId, bankTitle: "Kernel", playerCount: 4, questionsPlayed: 3, averagePercentCorrect: 0.5 })]);
  const bad = await fetch(`${harness.server.url}/api/games/history`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ games: "all" }) });
  expect(bad.status).toBe(400);
});

test("the podium's results CSV follows the viewer's language, like the report's CSV", async () => {
  const { game, auth } = await playKnownGame();
  const base = `${harness.server.url}/api/games/${game.gameId}`;
  const report = (await (await fetch(`${base}/report`, { headers: auth })).json()) as GameReport;
  const bruno = report.players[1]!;

  // pt-BR (what the podium asks for in the Portuguese interface): ";" so Brazilian Excel opens it in columns, Portuguese headers.
  const pt = await csvRows(fetch(`${base}/results.csv?locale=pt-BR`, { headers: auth }), ";");
  expect(pt[0]!.slice(0, 9)).toEqual(["posição", "apelido", "pontuação", "acertos", "questões", "q1_escolha", "q1_correta", "q1_pontos", "q1_tempo_ms"]);
  // "questões": the graded questions played (3 of the bank's, before the host ended the game).
  expect(pt[2]!.slice(0, 5)).toEqual(["2", "Bruno", String(bruno.score), "2", "3"]);
  expect(pt[2]!.slice(6, 7)).toEqual(["sim"]);
  expect(pt[2]![10]).toBe("não");

  // English: "," and English headers, as before.
  const en = await csvRows(fetch(`${base}/results.csv?locale=en`, { headers: auth }), ",");
  expect(en[0]!.slice(0, 9)).toEqual(["rank", "nickname", "score", "correct", "questions", "q1_choice", "q1_correct", "q1_points", "q1_response_ms"]);
  expect(en[2]!.slice(0, 5)).toEqual(["2", "Bruno", String(bruno.score), "2", "3"]);
  expect([en[2]![6], en[2]![10]]).toEqual(["yes", "no"]);
  // Without a locale (scripts, the bench) the file stays the English, comma-separated one.
  expect(await csvRows(fetch(`${base}/results.csv`, { headers: auth }), ",")).toEqual(en);
  // The same "sep" override as the report's CSV.
  expect((await csvRows(fetch(`${base}/results.csv?locale=pt-BR&sep=,`, { headers: auth }), ","))[0]).toEqual(pt[0]);
});

test("class list: students pick their own line once; exports are keyed by it", async () => {
  const host = await harness.host();
  const classList = [
    { name: "Maria Souza", identifier: "maria@escola.br" },
    { name: "João Lima", identifier: "joao@escola.br" },
  ];
  const game = await must(host, "host:create", { bankId: "docker", settings: { pointsMode: "bank", timeLimitSec: null }, identity: { label: "E-mail", classList } });
  const phone = await client();
  const needs = await must(phone, "player:lookup", { pin: game.pin });
  expect(needs).toEqual({ identifierLabel: null, classList: [{ index: 0, name: "Maria Souza", taken: false }, { index: 1, name: "João Lima", taken: false }], nicknames: "typed", teams: null });
  expect(JSON.stringify(needs)).not.toContain("@escola.br");
  expect(await call(phone, "player:join", { pin: game.pin, nickname: "Mari" })).toMatchObject({ ok: false, error: { code: "CLASS_ENTRY_INVALID" } });
  await must(phone, "player:join", { pin: game.pin, nickname: "Mari", classEntry: 0 });
  const other = await client();
  expect(await call(other, "player:join", { pin: game.pin, nickname: "Fake", classEntry: 0 })).toMatchObject({ ok: false, error: { code: "CLASS_ENTRY_TAKEN" } });
  expect((await must(other, "player:lookup", { pin: game.pin })).classList![0]!.taken).toBe(true);
  await must(host, "host:start", {});
  await must(host, "host:end", {});
  const moodle = await csvRows(fetch(`${harness.server.url}/api/games/${game.gameId}/moodle.csv`, { headers: { authorization: `Bearer ${game.hostSecret}` } }), ",");
  expect(moodle.slice(1)).toEqual([["maria@escola.br", "Maria Souza", "0"]]);
});
