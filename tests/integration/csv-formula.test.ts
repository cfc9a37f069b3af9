import { parse } from "csv-parse/sync";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { call, must, next, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";

const harness = serverPerTest();
const client = () => harness.client();

const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;

/**
 * Nicknames and identifiers that hide a formula behind a separator: harmless when the file is split on
 * the separator it was written with, a formula cell when a spreadsheet in the other locale splits it on
 * ";" instead of "," (or the other way round, or on tabs).
 */
const NICKNAMES = [";=1+1;", ',=HYPERLINK("x"),', "a;@SUM(1)", "-2+3", "b;=cmd|' /C calc'!A0", "x, -1+2", 'y;"=2+2"', "+5,@z;-w", "Ana"];
const identifier = (i: number) => (i % 2 === 0 ? `${i};=${i}+1` : `${i},@SUM(${i})`);

/** A cell a spreadsheet would run: it starts (after blanks and quotes) with = + - @, and is not a number we wrote. */
function runsAsFormula(cell: string): boolean {
  const start = cell.replace(/^[\s"]+/, "");
  return /^[=+\-@]/.test(start) && !/^-?\d+(?:[.,]\d+)?$/.test(start);
}

async function playGame() {
  const host = await harness.host();
  const game = await must(host, "host:create", {
    bankId: "kernel",
    settings: { pointsMode: "standard", timeLimitSec: 20 },
    identity: { label: "RA;=1+1", classList: null },
  });
  const players: TestSocket[] = [];
  for (const [i, nickname] of NICKNAMES.entries()) {
    const s = await client();
    await must(s, "player:join", { pin: game.pin, nickname, identifier: identifier(i) });
    players.push(s);
  }
  // A tab can't arrive from a phone at all (control characters are refused); the writer is tested with tabs in csv.test.ts.
  expect(await call(await client(), "player:join", { pin: game.pin, nickname: "\t=1", identifier: "\t=1" })).toMatchObject({ ok: false, error: { code: "NICKNAME_INVALID" } });

  const reveal = next(host, "game:phase", (v) => v.kind === "reveal");
  await must(host, "host:start", {});
  const q = kernel.questions[0]!;
  const wrong = q.options.findIndex((_, o) => !q.correct.includes(o));
  for (const [i, socket] of players.entries()) {
    harness.server.clock.advance(500);
    await must(socket, "player:answer", { questionIndex: 0, choices: i % 3 === 0 ? [wrong] : [...q.correct] });
  }
  await reveal;
  await must(host, "host:end", {});
  return game;
}

test("no cell of any CSV export runs as a formula, whichever separator the spreadsheet splits on", async () => {
  const game = await playGame();
  const base = `${harness.server.url}/api/games/${game.gameId}`;
  const auth = { authorization: `Bearer ${game.hostSecret}` };
  const files = [
    "results.csv",
    "results.csv?locale=pt-BR",
    "results.csv?locale=en",
    ...["summary", "players", "questions", "answers"].flatMap((sheet) => [`export.csv?sheet=${sheet}`, `export.csv?sheet=${sheet}&locale=en`, `export.csv?sheet=${sheet}&sep=,`]),
    "moodle.csv",
    "classroom.csv",
  ];

  const formulas: string[] = [];
  for (const file of files) {
    const res = await fetch(`${base}/${file}`, { headers: auth });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\uFEFF/, "");
    for (const delimiter of [",", ";", "\t"]) {
      const rows: string[][] = parse(text, { delimiter, relax_column_count: true, relax_quotes: true });
      for (const cell of rows.flat()) if (runsAsFormula(cell)) formulas.push(`${file} split on ${JSON.stringify(delimiter)}: ${JSON.stringify(cell)}`);
    }
  }
  expect(formulas).toEqual([]);

  // Read with the separator it was written with, every name is still there to read, and numbers are numbers.
  const res = await fetch(`${base}/export.csv?sheet=players&locale=en`, { headers: auth });
  const rows: string[][] = parse((await res.text()).replace(/^\uFEFF/, ""), { delimiter: "," });
  expect(rows[0]![2]).toBe("RA;'=1+1");
  // Dropping the apostrophes the writer put before each trigger gives back what the students typed.
  const names = rows.slice(1).map((r) => r[1]!.replace(/'(?=[ "]*[=+\-@])/g, ""));
  expect(names.sort()).toEqual([...NICKNAMES].sort());
  for (const r of rows.slice(1)) expect(r[3]).toMatch(/^\d+$/); // score
});
