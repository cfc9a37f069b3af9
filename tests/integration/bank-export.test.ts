import { BUILT_IN_BANKS } from "@lousa/banks";
import { DEFAULTS_PT, FORMATS, importBank } from "@lousa/formats";
import { serverPerTest } from "../helpers/harness";

const harness = serverPerTest();
const kernel = BUILT_IN_BANKS.find((b) => b.id === "kernel")!;

/** The first teacher's session cookie (first-run setup signs them in). */
async function teacherCookie(): Promise<string> {
  const url = harness.server.url;
  const res = await fetch(`${url}/api/setup`, { method: "POST", headers: { origin: url, "content-type": "application/json" }, body: JSON.stringify({ name: "Ana", email: "ana@escola.example", password: "lousa-senha-segura", setupCode: harness.server.setupCode }) });
  expect(res.status).toBe(201);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}
const download = async (path: string, cookie?: string) => fetch(`${harness.server.url}${path}`, cookie ? { headers: { cookie } } : {});

describe("downloading a built-in bank in another tool's format", () => {
  it.each(FORMATS)("%s: the file reads back as the same questions", async (format) => {
    const res = await download(`/api/banks/kernel/export?format=${format}&locale=pt-BR`, await teacherCookie());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
    const back = await importBank(format, new Uint8Array(await res.arrayBuffer()), DEFAULTS_PT);
    expect(back.problems.filter((p) => p.code !== "FIELD_DROPPED")).toEqual([]);
    // Aiken carries no multiple-answer question, Kahoot no question over 4 options; the others carry the whole bank.
    const expected = kernel.questions.filter((q) => (format === "aiken" ? q.type !== "multiple" : format === "kahoot-xlsx" ? q.options.length <= 4 : true));
    expect(back.questions.map((q) => [q.question.prompt, q.question.options, q.question.correct])).toEqual(expected.map((q) => [q.prompt, q.options, q.correct]));
  });

  it("is for teachers only: a student on the Wi-Fi can't fetch the answer key", async () => {
    const res = await download("/api/banks/kernel/export?format=lousa-csv");
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: "NOT_SIGNED_IN" } });
  });

  it("refuses an unknown format or bank with the error shape", async () => {
    const cookie = await teacherCookie();
    const bad = await download("/api/banks/kernel/export?format=pdf", cookie);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    const none = await download("/api/banks/nope/export?format=gift", cookie);
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: "BANK_NOT_FOUND" } });
  });
});
