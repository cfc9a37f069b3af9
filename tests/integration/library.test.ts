import type { BankDraft, GameHistoryRow, LibraryBank, LibraryBankDetail, QuestionDraft } from "@lousa/protocol";
import { call, connect, must, next } from "../helpers/clients";
import { serverPerTest } from "../helpers/harness";
import { addTeacher } from "../helpers/teacher";

const harness = serverPerTest();

const question = (prompt: string, extra: Partial<QuestionDraft> = {}): QuestionDraft => ({
  type: "single",
  prompt,
  options: ["Kernel", "Shell", "BIOS"],
  correct: [0],
  explanation: "O kernel gerencia o hardware.",
  timeLimitSec: 20,
  pointsMode: "standard",
  ...extra,
});
const DRAFT: BankDraft = { title: "Química — átomos", description: "Turma 2B", language: "pt-BR", questions: [question("Quem gerencia a memória?"), question("Quem interpreta comandos?", { correct: [1] })] };

/** JSON over HTTP as a browser page of this server would send it (same Origin, session cookie). */
function api(cookie: string | null) {
  const url = harness.server.url;
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }> => {
    const res = await fetch(`${url}/api${path}`, {
      method,
      headers: { origin: url, ...(cookie ? { cookie } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text.startsWith("{") || text.startsWith("[") ? JSON.parse(text) : text, headers: res.headers };
  };
}

async function twoTeachers() {
  const ana = await harness.server.teacherCookie();
  const bruno = await addTeacher(harness.server.url, ana, { name: "Prof. Bruno Lima", email: "bruno@escola.test", password: "outra-senha-456" });
  return { ana: api(ana), bruno: api(bruno), anaCookie: ana, brunoCookie: bruno };
}

describe("the teacher's library over HTTP", () => {
  it("needs a signed-in teacher for every route", async () => {
    const anon = api(null);
    for (const [method, path] of [["GET", "/me"], ["GET", "/banks"], ["GET", "/banks/kernel"], ["POST", "/banks"], ["POST", "/banks/kernel/duplicate"], ["GET", "/banks/kernel/export?format=gift"], ["GET", "/games/mine"]] as const) {
      const r = await anon(method, path, method === "POST" ? DRAFT : undefined);
      expect([path, r.status, r.body]).toEqual([path, 401, { ok: false, error: expect.objectContaining({ code: "NOT_SIGNED_IN" }) }]);
    }
    const me = await api(await harness.server.teacherCookie())("GET", "/me");
    expect(me.body).toMatchObject({ name: "Profa. Ana Souza", email: "ana@escola.test", admin: true });
  });

  it("creates, saves with a revision, renames, searches, deletes and restores a bank", async () => {
    const { ana } = await twoTeachers();
    const created = await ana("POST", "/banks", DRAFT);
    expect(created.status).toBe(201);
    const bank = created.body as LibraryBankDetail;
    expect(bank).toMatchObject({ title: "Química — átomos", access: "own", questionCount: 2, revision: 0, shared: false, deletedAt: null });
    expect(bank.draft.questions[1]?.correct).toEqual([1]);

    const edited = { ...bank.draft, questions: [...bank.draft.questions, question("Onde ficam os drivers?", { type: "multiple", correct: [0, 2] })] };
    const saved = await ana("PUT", `/banks/${bank.id}`, { revision: 0, draft: edited });
    expect(saved.body).toMatchObject({ revision: 1, questionCount: 3 });
    // A second tab still on revision 0 is refused, and nothing it sent is stored.
    const stale = await ana("PUT", `/banks/${bank.id}`, { revision: 0, draft: DRAFT });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "BANK_CHANGED" } } });
    expect(((await ana("GET", `/banks/${bank.id}`)).body as LibraryBankDetail).questionCount).toBe(3);

    expect((await ana("PATCH", `/banks/${bank.id}`, { title: "Química — moléculas" })).body).toMatchObject({ title: "Química — moléculas" });
    const found = (await ana("GET", `/banks?q=${encodeURIComponent("QUIMICA")}`)).body as LibraryBank[];
    expect(found.map((b) => b.id)).toEqual([bank.id]);
    const all = (await ana("GET", "/banks")).body as LibraryBank[];
    expect(all.filter((b) => b.access === "builtIn").map((b) => b.id).sort()).toEqual(["docker", "imagem-x-container", "kernel"]);

    expect((await ana("DELETE", `/banks/${bank.id}`)).body).toMatchObject({ deletedAt: expect.any(Number) });
    expect((await ana("PUT", `/banks/${bank.id}`, { revision: 2, draft: DRAFT })).status).toBe(404);
    expect((await ana("POST", `/banks/${bank.id}/restore`)).body).toMatchObject({ deletedAt: null, title: "Química — moléculas" });
  });

  it("refuses an invalid bank with every issue, and a cross-site write", async () => {
    const { ana } = await twoTeachers();
    const bad = await ana("POST", "/banks", { ...DRAFT, questions: [question(""), question("ok", { options: ["a"], correct: [3] })] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "BANK_INVALID" } });
    const codes = (bad.body as { issues: { path: unknown[]; code: string }[] }).issues.map((i) => `${i.path.join(".")}:${i.code}`);
    expect(codes).toEqual(expect.arrayContaining(["questions.0.prompt:PROMPT_EMPTY", "questions.1.options:OPTIONS_COUNT", "questions.1.correct:CORRECT_OUT_OF_RANGE"]));
    const crossSite = await fetch(`${harness.server.url}/api/banks`, {
      method: "POST",
      headers: { origin: "http://evil.example", cookie: await harness.server.teacherCookie(), "content-type": "application/json" },
      body: JSON.stringify(DRAFT),
    });
    expect(crossSite.status).toBe(403);
    expect((await ana("GET", "/banks")).body).toHaveLength(3);
  });

  it("takes a whole 500-question bank at every text limit", async () => {
    const { ana } = await twoTeachers();
    const long = (n: number) => "á".repeat(n);
    const big: BankDraft = {
      ...DRAFT,
      questions: Array.from({ length: 500 }, (_, i) => question(`${i} ${long(990)}`, { options: [1, 2, 3, 4, 5, 6].map((o) => `${o}${long(290)}`), explanation: long(2000) })),
    };
    const created = await ana("POST", "/banks", big);
    expect(created.status).toBe(201);
    expect((created.body as LibraryBank).questionCount).toBe(500);
  });

  it("keeps a private bank from other teachers; shares it read-only; anyone who sees it can duplicate it", async () => {
    const { ana, bruno } = await twoTeachers();
    const bank = (await ana("POST", "/banks", DRAFT)).body as LibraryBankDetail;
    expect(((await bruno("GET", "/banks")).body as LibraryBank[]).map((b) => b.id)).not.toContain(bank.id);
    for (const [method, path, body] of [
      ["GET", `/banks/${bank.id}`, undefined],
      ["PUT", `/banks/${bank.id}`, { revision: 0, draft: DRAFT }],
      ["PATCH", `/banks/${bank.id}`, { shared: true }],
      ["DELETE", `/banks/${bank.id}`, undefined],
      ["POST", `/banks/${bank.id}/duplicate`, undefined],
      ["GET", `/banks/${bank.id}/export?format=gift`, undefined],
    ] as const) {
      expect([method, path, (await bruno(method, path, body)).status]).toEqual([method, path, 404]);
    }

    await ana("PATCH", `/banks/${bank.id}`, { shared: true });
    const seen = ((await bruno("GET", "/banks")).body as LibraryBank[]).find((b) => b.id === bank.id);
    expect(seen).toMatchObject({ access: "shared", ownerName: "Profa. Ana Souza", shared: true });
    expect((await bruno("PUT", `/banks/${bank.id}`, { revision: 0, draft: DRAFT })).body).toMatchObject({ error: { code: "BANK_READ_ONLY" } });
    expect((await bruno("DELETE", `/banks/${bank.id}`)).status).toBe(403);
    expect((await bruno("PUT", "/banks/kernel", { revision: 0, draft: DRAFT })).status).toBe(403);
    const copy = await bruno("POST", `/banks/${bank.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ title: "Química — átomos (cópia)", access: "own", questionCount: 2 });
    const builtInCopy = (await bruno("POST", "/banks/kernel/duplicate")).body as LibraryBankDetail;
    expect(builtInCopy).toMatchObject({ access: "own", title: "Kernel (cópia)" });
    expect(builtInCopy.questionCount).toBeGreaterThanOrEqual(15);

    // Unshared again, or in the bin: gone from Bruno's library.
    await ana("PATCH", `/banks/${bank.id}`, { shared: false });
    expect((await bruno("GET", `/banks/${bank.id}`)).status).toBe(404);
  });

  it("exports a visible bank with what the format could not carry", async () => {
    const { ana } = await twoTeachers();
    const bank = (await ana("POST", "/banks", { ...DRAFT, questions: [question("Seis opções?", { options: ["a", "b", "c", "d", "e", "f"] })] })).body as LibraryBankDetail;
    const res = await ana("GET", `/banks/${bank.id}/export?format=kahoot-xlsx`);
    expect(res.status).toBe(200);
    const notes: unknown = JSON.parse(decodeURIComponent(res.headers.get("x-lousa-export-notes") ?? "[]"));
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ question: 1, code: "TOO_MANY_OPTIONS" })]));
    // A big bank's notes are summed up per kind: a header a proxy would refuse would fail the download.
    const big = (await ana("POST", "/banks", { ...DRAFT, questions: Array.from({ length: 300 }, (_, i) => question(`Pergunta ${i}?`, { options: ["a", "b", "c", "d", "e", "f"] })) })).body as LibraryBankDetail;
    const bigExport = await ana("GET", `/banks/${big.id}/export?format=kahoot-xlsx`);
    expect(bigExport.status).toBe(200);
    const header = bigExport.headers.get("x-lousa-export-notes") ?? "";
    expect(header.length).toBeLessThanOrEqual(2048);
    expect(bigExport.headers.get("x-lousa-export-notes-truncated")).toBe("1");
    expect((JSON.parse(decodeURIComponent(header)) as unknown[]).length).toBeGreaterThan(0);
    const allNotes = await ana("GET", `/banks/${big.id}/export/notes?format=kahoot-xlsx`);
    expect((allNotes.body as { question: number; code: string }[]).filter((n) => n.code === "TOO_MANY_OPTIONS").map((n) => n.question)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const gift = await ana("GET", "/banks/kernel/export?format=gift");
    expect(gift.status).toBe(200);
    expect(String(gift.body)).toContain("{");
  });
});

describe("games belong to the teacher who hosts them", () => {
  const settings = { pointsMode: "bank" as const, timeLimitSec: null };

  it("hosting needs a session; a teacher plays their own, shared and built-in banks, never another's private one", async () => {
    const { ana, anaCookie, brunoCookie } = await twoTeachers();
    const bank = (await ana("POST", "/banks", DRAFT)).body as LibraryBankDetail;
    const student = await harness.client();
    expect(await call(student, "host:create", { bankId: "kernel", settings })).toMatchObject({ ok: false, error: { code: "NOT_SIGNED_IN" } });
    const brunoHost = await connect(harness.server.url, { cookie: brunoCookie });
    expect(await call(brunoHost, "host:create", { bankId: bank.id, settings })).toMatchObject({ ok: false, error: { code: "BANK_NOT_FOUND" } });
    await ana("PATCH", `/banks/${bank.id}`, { shared: true });
    await must(brunoHost, "host:create", { bankId: bank.id, settings });
    brunoHost.disconnect();

    const anaHost = await connect(harness.server.url, { cookie: anaCookie });
    const game = await must(anaHost, "host:create", { bankId: bank.id, settings });
    await ana("DELETE", `/banks/${bank.id}`);
    expect(await call(anaHost, "host:create", { bankId: bank.id, settings })).toMatchObject({ ok: false, error: { code: "BANK_NOT_FOUND" } });
    anaHost.disconnect();

    const mine = (await ana("GET", "/games/mine")).body as GameHistoryRow[];
    expect(mine.map((g) => g.gameId)).toEqual([game.gameId]);
    expect(mine[0]).toMatchObject({ bankTitle: "Química — átomos", phase: "lobby" });
  });

  it("a game keeps the questions it was created with when its bank is edited", async () => {
    const { ana, anaCookie } = await twoTeachers();
    const bank = (await ana("POST", "/banks", DRAFT)).body as LibraryBankDetail;
    const host = await connect(harness.server.url, { cookie: anaCookie });
    const game = await must(host, "host:create", { bankId: bank.id, settings });
    await ana("PUT", `/banks/${bank.id}`, { revision: 0, draft: { ...DRAFT, questions: [question("Outra pergunta")] } });
    const report = await ana("GET", `/games/${game.gameId}/archive.json`);
    expect(report.status).toBe(200);
    expect(JSON.stringify(report.body)).toContain("Quem gerencia a memória?");
    expect(JSON.stringify(report.body)).not.toContain("Outra pergunta");
    // Renamed later: the past game keeps the title it was played under.
    await ana("PATCH", `/banks/${bank.id}`, { title: "Outro nome" });
    expect(((await ana("GET", "/games/mine")).body as GameHistoryRow[])[0]?.bankTitle).toBe("Química — átomos");
    host.disconnect();
  });

  it("the owner's session opens the projector on another device without the key, and signing out everywhere takes it back", async () => {
    const { anaCookie, brunoCookie } = await twoTeachers();
    const laptop = await connect(harness.server.url, { cookie: anaCookie });
    const game = await must(laptop, "host:create", { bankId: "kernel", settings });

    const stranger = await harness.client();
    expect(await call(stranger, "host:attach", { pin: game.pin })).toMatchObject({ ok: false, error: { code: "NOT_SIGNED_IN" } });
    const colleague = await connect(harness.server.url, { cookie: brunoCookie });
    expect(await call(colleague, "host:attach", { pin: game.pin })).toMatchObject({ ok: false, error: { code: "HOST_SECRET_INVALID" } });
    colleague.disconnect();

    // Ana signs in on the classroom PC (a second session) and opens the game there.
    const secondSession = await fetch(`${harness.server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: harness.server.url, "content-type": "application/json" },
      body: JSON.stringify({ email: "ana@escola.test", password: "senha-de-teste-123" }),
    });
    const pcCookie = secondSession.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const pc = await connect(harness.server.url, { cookie: pcCookie });
    expect(await must(pc, "host:attach", { pin: game.pin })).toMatchObject({ gameId: game.gameId });
    await must(pc, "host:lock", { locked: true });

    // From the laptop: sign out everywhere. The PC leaves the game at once (no more pushes), its
    // controls stop; the host key still works.
    const ended = next(pc, "host:sessionEnded");
    const revoked = await fetch(`${harness.server.url}/api/auth/revoke-sessions`, { method: "POST", headers: { origin: harness.server.url, cookie: anaCookie, "content-type": "application/json" }, body: "{}" });
    expect(revoked.status).toBe(200);
    await ended;
    const pushes: string[] = [];
    pc.onAny((event: string) => pushes.push(event));
    expect(await call(pc, "host:lock", { locked: false })).toMatchObject({ ok: false, error: { code: "NOT_HOST" } });
    await must(laptop, "host:lock", { locked: false });
    const student = await harness.client();
    await must(student, "player:join", { pin: game.pin, nickname: "Eva" });
    await next(laptop, "host:roster");
    expect(pushes).toEqual([]);
    pc.disconnect();
    laptop.disconnect();
  });
});
