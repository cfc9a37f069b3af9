import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { BUILT_IN_BANKS } from "@lousa/banks";
import type { TeamStanding } from "@lousa/game";
import { teamName, type GameReport } from "@lousa/reports";
import { call, must, next, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";

const harness = serverPerTest();

const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;
const right = (i: number) => [...kernel.questions[i]!.correct];
const wrong = (i: number) => [kernel.questions[i]!.options.findIndex((_, o) => !kernel.questions[i]!.correct.includes(o))];

/** The report as the server sent it: checked, not cast (it crossed the network). */
function isReport(value: unknown): value is GameReport {
  return typeof value === "object" && value !== null && "players" in value && "teams" in value && "summary" in value;
}

async function csvRows(res: Promise<Response>, delimiter: string): Promise<string[][]> {
  const bytes = new Uint8Array(await (await res).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes.slice(3)), { delimiter, relax_column_count: true });
}

/** A sheet's rows as plain values (exceljs's row.values starts at index 1). */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    const values = row.values;
    rows.push(Array.isArray(values) ? values.slice(1) : []);
  });
  return rows;
}

/**
 * Three teams, picked at join, uneven on purpose: Red has three students (and a fourth who is kicked
 * after scoring on question 1: the live rule leaves them out, so must the report), Blue has one (who
 * drops and rejoins mid-game), Yellow none. Three questions, then the podium.
 *   Ana (Red)    r r r       Duda (Blue)  r r w   (rejoins after question 1)
 *   Bruno (Red)  r w r       Kiko (Red)   r       (kicked after question 1)
 *   Célia (Red)  w w r       — "=1+1" is her typed nickname, to check neutralisation of the team rows' neighbours
 */
async function playTeamGame() {
  const host = await harness.host();
  const game = await must(host, "host:create", {
    bankId: "kernel",
    settings: { pointsMode: "standard", timeLimitSec: 20, teams: { count: 3, assignment: "pick" } },
    identity: { label: "Matrícula", classList: null },
  });
  const roster = [
    { nickname: "Ana", team: 0, plan: ["r", "r", "r"] },
    { nickname: "Bruno", team: 0, plan: ["r", "w", "r"] },
    { nickname: "=1+1 Célia", team: 0, plan: ["w", "w", "r"] },
    { nickname: "Duda", team: 1, plan: ["r", "r", "w"] },
    { nickname: "Kiko", team: 0, plan: ["r", null, null] },
  ] as const;
  const phones: TestSocket[] = [];
  const joined: { playerId: string; rejoinToken: string }[] = [];
  for (const [i, p] of roster.entries()) {
    const s = await harness.client();
    joined.push(await must(s, "player:join", { pin: game.pin, nickname: p.nickname, identifier: `2026${i}`, team: p.team }));
    phones.push(s);
  }
  // A team outside the game's three is refused.
  expect(await call(await harness.client(), "player:join", { pin: game.pin, nickname: "Zé", identifier: "2026099", team: 3 })).toMatchObject({ ok: false, error: { code: "TEAM_INVALID" } });

  for (let q = 0; q < 3; q++) {
    const reveal = next(host, "game:phase", (v) => v.kind === "reveal");
    await must(host, q === 0 ? "host:start" : "host:next", {});
    harness.server.clock.advance(1000);
    for (const [i, p] of roster.entries()) {
      const move = p.plan[q];
      if (move) await must(phones[i]!, "player:answer", { questionIndex: q, choices: move === "r" ? right(q) : wrong(q) });
      harness.server.clock.advance(500 + 700 * i);
    }
    await call(host, "host:endQuestion", {}); // refused when it already closed because everyone answered
    await reveal;
    await must(host, "host:next", {}); // leaderboard
    if (q === 0) {
      await must(host, "host:kick", { playerId: joined[4]!.playerId });
      // Duda's phone drops; a new connection rejoins with the token and is still Blue.
      phones[3]!.disconnect();
      const again = await harness.client();
      const snap = await must(again, "player:rejoin", { pin: game.pin, rejoinToken: joined[3]!.rejoinToken });
      expect(snap.you.team).toMatchObject({ team: 1 });
      phones[3] = again;
    }
  }
  const podium = await must(host, "host:end", {});
  if (podium.kind !== "podium") throw new Error(`expected the podium, got ${podium.kind}`);
  return { game, podium, auth: { authorization: `Bearer ${game.hostSecret}` } };
}

test("the report and every export carry the teams the live podium showed", async () => {
  const { game, podium, auth } = await playTeamGame();
  const base = `${harness.server.url}/api/games/${game.gameId}`;
  const live: readonly TeamStanding[] = podium.teams ?? [];
  // Red (3 counted, Kiko kicked) and Blue (1); Yellow had nobody, so it has no place.
  expect(live.map((t) => [t.team, t.members])).toEqual(
    expect.arrayContaining([
      [0, 3],
      [1, 1],
    ]),
  );
  expect(live).toHaveLength(2);

  const body: unknown = await (await fetch(`${base}/report`, { headers: auth })).json();
  if (!isReport(body)) throw new Error("not a report");
  const report = body;
  expect(report.teams?.map(({ team, rank, score, members }) => ({ team, rank, score, members }))).toEqual(live.map(({ team, rank, score, members }) => ({ team, rank, score, members })));
  expect(report.players.map((p) => [p.nickname, p.team]).sort()).toEqual([
    ["=1+1 Célia", 0],
    ["Ana", 0],
    ["Bruno", 0],
    ["Duda", 1],
  ]);
  // The team's figures are its members' averages: Red 6/9 right, Blue 2/3.
  const red = report.teams!.find((t) => t.team === 0)!;
  const blue = report.teams!.find((t) => t.team === 1)!;
  expect(red).toMatchObject({ percentCorrect: 0.6667, averageGrade: 6.7 });
  expect(blue).toMatchObject({ percentCorrect: 0.6667, averageGrade: 6.7 });
  const byNick = new Map(report.players.map((p) => [p.nickname, p]));
  expect(red.score).toBe(Math.round((byNick.get("Ana")!.score + byNick.get("Bruno")!.score + byNick.get("=1+1 Célia")!.score) / 3));
  expect(blue.score).toBe(byNick.get("Duda")!.score);

  // XLSX: a Team column on the players' sheet and a Teams sheet in the podium's order.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await (await fetch(`${base}/export.xlsx`, { headers: auth })).arrayBuffer());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Resumo", "Jogadores", "Equipes", "Questões", "Respostas"]);
  const playersSheet = sheetRows(wb.getWorksheet("Jogadores")!);
  expect(playersSheet[0]!.slice(0, 5)).toEqual(["Posição", "Apelido", "Matrícula", "Equipe", "Pontuação"]);
  expect(playersSheet.slice(1).map((r) => [r[1], r[3]])).toEqual(report.players.map((p) => [p.nickname.startsWith("=") ? `'${p.nickname}` : p.nickname, teamName(p.team!, "pt-BR")]));
  const teamsSheet = sheetRows(wb.getWorksheet("Equipes")!);
  expect(teamsSheet[0]).toEqual(["Posição", "Equipe", "Pontuação média", "Membros", "% de acerto", "Nota média (0–10)"]);
  expect(teamsSheet.slice(1)).toEqual(live.map((t) => [t.rank, teamName(t.team, "pt-BR"), t.score, t.members, 0.6667, 6.7]));

  // CSV (one table per download): the players' table has the Team column, and the teams table is there on request.
  const players = await csvRows(fetch(`${base}/export.csv?locale=en`, { headers: auth }), ",");
  expect(players[0]!.slice(0, 5)).toEqual(["Rank", "Nickname", "Matrícula", "Team", "Score"]);
  expect(players.slice(1).map((r) => r[3])).toEqual(report.players.map((p) => teamName(p.team!, "en")));
  const teams = await csvRows(fetch(`${base}/export.csv?locale=en&sheet=teams`, { headers: auth }), ",");
  expect(teams).toEqual([["Rank", "Team", "Average score", "Members", "% correct", "Average grade (0–10)"], ...live.map((t) => [String(t.rank), teamName(t.team, "en"), String(t.score), String(t.members), "66.7", "6.7"])]);

  // The podium's CSV and the gradebooks: the team beside the student.
  const results = await csvRows(fetch(`${base}/results.csv?locale=pt-BR`, { headers: auth }), ";");
  expect(results[0]!.slice(0, 4)).toEqual(["posição", "apelido", "equipe", "pontuação"]);
  expect(results.slice(1).map((r) => r[2])).toEqual(report.players.map((p) => teamName(p.team!, "pt-BR")));
  const moodle = await csvRows(fetch(`${base}/moodle.csv`, { headers: auth }), ",");
  expect(moodle[0]!.slice(0, 3)).toEqual(["ID number", "Full name", "Equipe"]);
  expect(moodle.find((r) => r[1] === "Duda")?.[2]).toBe("Equipe Azul");
  const classroom = await csvRows(fetch(`${base}/classroom.csv?locale=en`, { headers: auth }), ",");
  expect(classroom.find((r) => r[1] === "Ana")?.[2]).toBe("Red team");
});

test("a game without teams has no team column nor team sheet", async () => {
  const host = await harness.host();
  const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "standard", timeLimitSec: 20 } });
  await must(await harness.client(), "player:join", { pin: game.pin, nickname: "Ana" });
  await must(host, "host:start", {});
  await must(host, "host:end", {});
  const base = `${harness.server.url}/api/games/${game.gameId}`;
  const auth = { authorization: `Bearer ${game.hostSecret}` };
  const body: unknown = await (await fetch(`${base}/report`, { headers: auth })).json();
  if (!isReport(body)) throw new Error("not a report");
  expect(body.teams).toBeNull();
  expect(body.players[0]!.team).toBeNull();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await (await fetch(`${base}/export.xlsx`, { headers: auth })).arrayBuffer());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Resumo", "Jogadores", "Questões", "Respostas"]);
  // Asking for the teams table of a game without teams gives the players' table, as any unknown sheet does.
  const csv = await csvRows(fetch(`${base}/export.csv?locale=en&sheet=teams`, { headers: auth }), ",");
  expect(csv[0]).toEqual(["Rank", "Nickname", "Identifier", "Score", "Correct", "Answered", "% correct", "Average time (s)", "Grade (0–10)"]);
  expect((await csvRows(fetch(`${base}/results.csv`, { headers: auth }), ","))[0]!.slice(0, 3)).toEqual(["rank", "nickname", "score"]);
});
