import { fetchPlayerReview, isLibraryBank, isPlayerReview, readError, request, sendJson, type ApiResult } from "./api";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Answers every fetch with `status` and `body` (a string is sent as it is: a proxy's HTML page). */
function answer(status: number, body: unknown): jest.Mock {
  const mock = jest.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));
  globalThis.fetch = mock;
  return mock;
}

const isOk = (v: unknown): v is { ok: true } => typeof v === "object" && v !== null && "ok" in v && v.ok === true;
const failure = <T>(r: ApiResult<T>) => (r.ok ? null : r.error);

describe("readError", () => {
  it("reads Lousa's body, its issues kept", () => {
    const issue = { path: ["questions", 0, "prompt"], code: "PROMPT_EMPTY" };
    const e = readError(400, { ok: false, error: { code: "BANK_INVALID", message: "Fix it" }, issues: [issue, { path: "x", code: "NOPE" }] });
    expect(e).toEqual({ code: "BANK_INVALID", message: "Fix it", status: 400, reason: "BANK_INVALID", issues: [issue] });
  });

  it("keeps better-auth's own code for the teacher pages; Lousa's pages see what the status says", () => {
    const e = readError(401, { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
    expect(e).toMatchObject({ code: "NOT_SIGNED_IN", reason: "INVALID_EMAIL_OR_PASSWORD", status: 401 });
    expect(readError(400, { code: "free text, not a code" }).reason).toBe("INVALID_PAYLOAD");
  });

  it("passes a newer server's Lousa code through to the teacher pages only", () => {
    expect(readError(409, { ok: false, error: { code: "SOMETHING_NEW" } })).toMatchObject({ code: "INTERNAL", reason: "SOMETHING_NEW" });
  });

  it.each([
    [401, "NOT_SIGNED_IN", "NOT_SIGNED_IN"],
    [403, "INTERNAL", "FORBIDDEN"],
    [404, "INTERNAL", "INVALID_PAYLOAD"],
    [413, "FILE_TOO_LARGE", "INVALID_PAYLOAD"],
    [429, "INTERNAL", "RATE_LIMITED"],
    [502, "INTERNAL", "INTERNAL"],
  ])("says a bodiless %i by its status", (status, code, reason) => {
    expect(readError(status, null)).toMatchObject({ code, reason, status });
  });
});

describe("request", () => {
  it("sends the cookie, never from cache, and checks the answer", async () => {
    const mock = answer(200, { ok: true });
    const r = await sendJson("/api/x", { a: 1 }, isOk, "PUT");
    expect(r).toEqual({ ok: true, data: { ok: true } });
    expect(mock).toHaveBeenCalledWith("/api/x", expect.objectContaining({ method: "PUT", body: '{"a":1}', credentials: "same-origin", cache: "no-store" }));
  });

  it("is OFFLINE when nothing came back", async () => {
    globalThis.fetch = jest.fn(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(failure(await request("/api/x", isOk))).toMatchObject({ code: "OFFLINE", reason: "OFFLINE", status: 0 });
  });

  it("is INTERNAL when the answer is not what the guard wants", async () => {
    answer(200, { something: "else" });
    expect(failure(await request("/api/x", isOk))).toMatchObject({ code: "INTERNAL", reason: "INTERNAL", status: 200 });
  });

  it("reads a refusal that is a proxy's HTML page by its status", async () => {
    answer(502, "<html>Bad gateway</html>");
    expect(failure(await request("/api/x", isOk))).toMatchObject({ code: "INTERNAL", status: 502 });
  });
});

describe("isLibraryBank", () => {
  const bank = { id: "b", title: "T", description: "", language: "en", questionCount: 2, access: "own", ownerName: null, shared: false, revision: 1, updatedAt: 1, deletedAt: null };
  it("accepts a bank and refuses one without its library fields", () => {
    expect(isLibraryBank(bank)).toBe(true);
    const { deletedAt: _gone, ...withoutBin } = bank;
    expect(isLibraryBank(withoutBin)).toBe(false);
  });
});

describe("isPlayerReview", () => {
  const question = { index: 0, type: "single", prompt: "P", options: ["a", "b"], correct: [0], explanation: "", slider: null, image: null, answer: { choices: [1], text: null, value: null }, graded: true, right: false, points: 0 };
  const review = { bankTitle: "Revisão", nickname: "Bia", score: 0, rank: 2, playerCount: 2, correctCount: 0, gradedCount: 1, questions: [question] };
  it("accepts the server's review and refuses a broken one", () => {
    expect(isPlayerReview(review)).toBe(true);
    expect(isPlayerReview({ ...review, questions: [{ ...question, answer: { choices: "1" } }] })).toBe(false);
    expect(isPlayerReview({ ...review, rank: "2" })).toBe(false);
    expect(isPlayerReview("<html>")).toBe(false);
  });
  it("posts the token and reads 409 as GAME_NOT_OVER", async () => {
    const mock = answer(409, { ok: false, error: { code: "GAME_NOT_OVER", message: "not yet" } });
    const r = await fetchPlayerReview("t".repeat(24));
    expect(failure(r)).toMatchObject({ code: "GAME_NOT_OVER", status: 409 });
    expect(mock).toHaveBeenCalledWith("/api/play/review", expect.objectContaining({ method: "POST", body: JSON.stringify({ rejoinToken: "t".repeat(24) }) }));
  });
});
