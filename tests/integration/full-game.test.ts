import type { PhaseView } from "@lousa/game";
import type { LibraryBank, CreatedGame, JoinedGame } from "@lousa/protocol";
import { call, must, next, type TestSocket } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";

const harness = serverPerTest();
const client = () => harness.client();

async function hostGame(bankId = "kernel"): Promise<{ host: TestSocket; created: CreatedGame }> {
  const host = await harness.host();
  const created = await must(host, "host:create", { bankId, settings: { pointsMode: "bank", timeLimitSec: 20 } });
  return { host, created };
}

async function player(pin: string, nickname: string): Promise<{ socket: TestSocket; joined: JoinedGame; pushes: string[] }> {
  const socket = await client();
  const pushes: string[] = [];
  socket.onAny((event: string, ...args: unknown[]) => pushes.push(JSON.stringify([event, ...args])));
  const joined = await must(socket, "player:join", { pin, nickname });
  return { socket, joined, pushes };
}

describe("a full game over real sockets", () => {
  it("lists the built-in banks and reports health", async () => {
    expect((await fetch(`${harness.server.url}/api/banks`)).status).toBe(401);
    const banks = (await (await fetch(`${harness.server.url}/api/banks`, { headers: { cookie: await harness.server.teacherCookie() } })).json()) as LibraryBank[];
    expect(banks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "kernel", title: "Kernel", language: "pt-BR", access: "builtIn" }),
        expect.objectContaining({ id: "docker" }),
        expect.objectContaining({ id: "imagem-x-container" }),
      ]),
    );
    for (const b of banks) expect(b.questionCount).toBeGreaterThanOrEqual(15);
    const health: unknown = await (await fetch(`${harness.server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: "ok", database: true });
  });

  it("plays host + 3 players to the podium; scores, reveal, leaderboard and CSV agree", async () => {
    const { host, created } = await hostGame();
    expect(created.pin).toMatch(/^\d{6}$/);
    const ana = await player(created.pin, "Ana");
    const bruno = await player(created.pin, "Bruno");
    const carlaPush = next(host, "host:roster", (r) => r.some((e) => e.nickname === '=HYPERLINK("x")'));
    const carla = await player(created.pin, "=HYPERLINK(\"x\")");
    // The push carries only what changed; the host snapshot has the whole list.
    expect((await carlaPush)[0].map((r) => r.nickname)).toEqual(['=HYPERLINK("x")']);
    const snapshot = await must(host, "host:attach", { pin: created.pin, hostSecret: created.hostSecret });
    expect(snapshot.roster.map((r) => r.nickname)).toEqual(["Ana", "Bruno", '=HYPERLINK("x")']);

    const taken = await call(await client(), "player:join", { pin: created.pin, nickname: "ana" });
    expect(taken).toMatchObject({ ok: false, error: { code: "NICKNAME_TAKEN" } });

    // Question 1
    const q0 = next(ana.socket, "game:phase", (v) => v.kind === "question");
    const started = await must(host, "host:start", {});
    expect(started.kind).toBe("question");
    const [view] = await q0;
    if (view.kind !== "question") throw new Error("expected a question");
    expect(view.remainingMs).toBe(20_000);
    const bank = await harness.server.repos.banks.get("kernel");
    const key = bank!.questions[0]!.correct;
    const wrong = [...Array(view.options.length).keys()].find((i) => !key.includes(i))!;

    harness.server.clock.advance(2_000);
    const counted = next(host, "host:answers", (c) => c.answeredCount === 1);
    const receipt = await must(ana.socket, "player:answer", { questionIndex: 0, choices: [...key] });
    expect(receipt).toMatchObject({ questionIndex: 0, answeredCount: 1 });
    expect(JSON.stringify(receipt)).not.toMatch(/correct|points/);
    await counted;
    const dup = await call(ana.socket, "player:answer", { questionIndex: 0, choices: [wrong] });
    expect(dup).toMatchObject({ ok: false, error: { code: "ALREADY_ANSWERED" } });
    const other = await call(bruno.socket, "player:answer", { questionIndex: 3, choices: [0] });
    expect(other).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });
    const range = await call(bruno.socket, "player:answer", { questionIndex: 0, choices: [5] });
    expect(range).toMatchObject({ ok: false, error: { code: expect.stringMatching(/INVALID_CHOICE|INVALID_PAYLOAD/) } });

    harness.server.clock.advance(8_000);
    await must(bruno.socket, "player:answer", { questionIndex: 0, choices: [wrong] });

    // Carla never answers: the server's timer closes the question at the deadline (+ grace).
    const reveal = next(host, "game:phase", (v) => v.kind === "reveal");
    const anaResult = next(ana.socket, "player:you", (y) => y.lastResult?.questionIndex === 0);
    harness.server.clock.advance(11_000);
    const [revealView] = await reveal;
    if (revealView.kind !== "reveal") throw new Error("expected reveal");
    expect(revealView.correct).toEqual(key);
    expect(revealView.answeredCount).toBe(2);
    expect(revealView.explanation.length).toBeGreaterThan(10);
    expect(revealView.distribution.reduce((a, b) => a + b, 0)).toBe(2);
    const [you] = await anaResult;
    expect(you.lastResult).toMatchObject({ correct: true, points: Math.round(1000 * (1 - 2000 / 20000 / 2)) });
    expect(you.rank).toBe(1);

    // Before the reveal no player push carried the answer key.
    for (const p of [ana, bruno, carla]) {
      const beforeReveal = p.pushes.filter((x) => x.includes('"kind":"question"'));
      expect(beforeReveal.length).toBeGreaterThan(0);
      for (const push of beforeReveal) expect(push).not.toMatch(/"correct"|explanation/);
    }

    // Leaderboard, then the rest of the bank answered by Ana only, ended by the host.
    const board = await must(host, "host:next", {});
    expect(board.kind).toBe("leaderboard");
    if (board.kind === "leaderboard") expect(board.top.map((e) => e.nickname)).toEqual(["Ana", "Bruno", '=HYPERLINK("x")']);
    const q1 = await must(host, "host:next", {});
    expect(q1.kind === "question" && q1.index).toBe(1);
    await must(ana.socket, "player:answer", { questionIndex: 1, choices: [...bank!.questions[1]!.correct] });
    const early = await must(host, "host:endQuestion", {});
    expect(early.kind).toBe("reveal");
    const late = await call(bruno.socket, "player:answer", { questionIndex: 1, choices: [0] });
    expect(late).toMatchObject({ ok: false, error: { code: "QUESTION_NOT_OPEN" } });

    const podiumPush = next(carla.socket, "game:phase", (v) => v.kind === "podium");
    const podium = await must(host, "host:end", {});
    expect(podium.kind).toBe("podium");
    await podiumPush;
    if (podium.kind !== "podium") throw new Error("expected podium");
    expect(podium.top[0]).toMatchObject({ nickname: "Ana", rank: 1 });

    // CSV: only with the host secret; values match the engine's scores.
    const denied = await fetch(`${harness.server.url}/api/games/${created.gameId}/results.csv`);
    expect(denied.status).toBe(401);
    const res = await fetch(`${harness.server.url}/api/games/${created.gameId}/results.csv`, { headers: { authorization: `Bearer ${created.hostSecret}` } });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toMatch(/^rank,nickname,score,correct,questions,q1_choice,q1_correct,q1_points,q1_response_ms/);
    const scoreOf = (nick: string) => podium.top.find((e) => e.nickname === nick)!.score;
    expect(lines[1]).toMatch(new RegExp(`^1,Ana,${scoreOf("Ana")},2,`));
    expect(lines[2]).toMatch(new RegExp(`^2,Bruno,${scoreOf("Bruno")},0,`));
    expect(lines[1]).toContain(",yes,950,2000,");
    // The formula nickname is neutralised (leading apostrophe) and quoted.
    expect(lines[3]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("refuses host commands from players and from sockets that are not the host", async () => {
    const { created } = await hostGame();
    const p = await player(created.pin, "Dani");
    const r = await call(p.socket, "host:start", {});
    expect(r).toMatchObject({ ok: false, error: { code: "NOT_HOST" } });
    const stranger = await client();
    const attach = await call(stranger, "host:attach", { pin: created.pin, hostSecret: "x".repeat(43) });
    expect(attach).toMatchObject({ ok: false, error: { code: "HOST_SECRET_INVALID" } });
    const wrongPin = await call(stranger, "player:join", { pin: "000000", nickname: "Eve" });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: "GAME_NOT_FOUND" } });
  });

  it("a reloaded phone rejoins with its token and keeps its score", async () => {
    const { host, created } = await hostGame();
    const p = await player(created.pin, "Fabi");
    await must(host, "host:start", {});
    const bank = await harness.server.repos.banks.get("kernel");
    // The only player answered, so the question closes by itself.
    const reveal = next(host, "game:phase", (v) => v.kind === "reveal");
    await must(p.socket, "player:answer", { questionIndex: 0, choices: [...bank!.questions[0]!.correct] });
    await reveal;
    p.socket.disconnect();
    const again = await client();
    const snap = await must(again, "player:rejoin", { pin: created.pin, rejoinToken: p.joined.rejoinToken });
    expect(snap.you).toMatchObject({ nickname: "Fabi", score: 1000, rank: 1 });
    expect(snap.phase.kind).toBe("reveal");
    const bad = await call(await client(), "player:rejoin", { pin: created.pin, rejoinToken: "y".repeat(43) });
    expect(bad).toMatchObject({ ok: false, error: { code: "REJOIN_INVALID" } });
  });

  it("30 players answering in the same instant: every answer stored, one row each", async () => {
    const { host, created } = await hostGame("docker");
    const players = await Promise.all(Array.from({ length: 30 }, (_, i) => player(created.pin, `Aluno ${i + 1}`)));
    const reveal = next(host, "game:phase", (v: PhaseView) => v.kind === "reveal");
    await must(host, "host:start", {});
    const acks = await Promise.all(players.map((p, i) => call(p.socket, "player:answer", { questionIndex: 0, choices: [i % 2] })));
    expect(acks.every((a) => a.ok)).toBe(true);
    // Everyone answered → the question closes by itself.
    const [view] = await reveal;
    expect(view.kind === "reveal" && view.answeredCount).toBe(30);
    const record = await harness.server.repos.games.load(created.gameId);
    expect(record!.answers.filter((a) => a.questionIndex === 0)).toHaveLength(30);
  });
});
