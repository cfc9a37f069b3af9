import { withFaults, type Faults } from "@lousa/db";
import { call, connect, must, next, type TestSocket } from "../helpers/clients";
import { startTestServer, type TestServer, teacherSocket } from "../helpers/test-server";

// The real server and SQLite database, with chosen writes made to fail as a full disk would.
let server: TestServer;
let faults: Faults;
const sockets: TestSocket[] = [];
beforeEach(async () => {
  server = await startTestServer({
    wrapGames: (games) => {
      const wrapped = withFaults(games);
      faults = wrapped.faults;
      return wrapped.repo;
    },
  });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server.stop();
});
async function client(): Promise<TestSocket> {
  const s = await connect(server.url);
  sockets.push(s);
  return s;
}
/** A socket from the signed-in teacher's browser. */
async function hostClient(): Promise<TestSocket> {
  const s = await teacherSocket(server);
  sockets.push(s);
  return s;
}

describe("a write that fails", () => {
  it("at a phase change: the host gets STORAGE_FAILED, nothing moves, the retry works and the game plays on", async () => {
    const host = await hostClient();
    const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: 30 } });
    const phones = [await client(), await client(), await client()];
    for (const [i, nickname] of ["Ana", "Bia", "Caio"].entries()) await must(phones[i]!, "player:join", { pin: game.pin, nickname });
    const pushed: string[] = [];
    phones[0]!.on("game:phase", (v) => pushed.push(v.kind));

    faults.failNext("savePhase");
    expect(await call(host, "host:start", {})).toMatchObject({ ok: false, error: { code: "STORAGE_FAILED" } });
    expect((await must(host, "host:attach", { pin: game.pin, hostSecret: game.hostSecret })).phase.kind).toBe("lobby");
    const opened = next(phones[0]!, "game:phase", (v) => v.kind === "question");
    expect((await must(host, "host:start", {})).kind).toBe("question");
    await opened;

    await must(phones[0]!, "player:answer", { questionIndex: 0, choices: [0] });
    faults.failNext("savePhase");
    expect(await call(host, "host:next", { expect: { kind: "question", index: 0 } })).toMatchObject({ ok: false, error: { code: "STORAGE_FAILED" } });
    // Still open: the other phone can still answer, and the host's same click now goes through.
    await must(phones[1]!, "player:answer", { questionIndex: 0, choices: [1] });
    const revealed = next(phones[0]!, "game:phase", (v) => v.kind === "reveal");
    const reveal = await must(host, "host:next", { expect: { kind: "question", index: 0 } });
    expect(reveal.kind === "reveal" && reveal.answeredCount).toBe(2);
    await revealed;
    expect(pushed).toEqual(["question", "reveal"]);
  });

  it("at an answer or a join: refused with STORAGE_FAILED, and the same request succeeds when sent again", async () => {
    const host = await hostClient();
    const game = await must(host, "host:create", { bankId: "kernel", settings: { pointsMode: "bank", timeLimitSec: 30 } });
    const phone = await client();
    faults.failNext("addPlayers");
    expect(await call(phone, "player:join", { pin: game.pin, nickname: "Caio" })).toMatchObject({ ok: false, error: { code: "STORAGE_FAILED" } });
    await must(phone, "player:join", { pin: game.pin, nickname: "Caio" });
    await must((await client()), "player:join", { pin: game.pin, nickname: "Duda" });
    await must(host, "host:start", {});
    faults.failNext("saveAnswers");
    expect(await call(phone, "player:answer", { questionIndex: 0, choices: [0] })).toMatchObject({ ok: false, error: { code: "STORAGE_FAILED" } });
    const ok = await must(phone, "player:answer", { questionIndex: 0, choices: [0] });
    expect(ok.answeredCount).toBe(1);
  });
});
