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
    const cookie = await teacherCookie();
    const res = await download(`/api/banks/kernel/export?format=${format}&locale=pt-BR`, cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
    const back = await importBank(format, new Uint8Array(await res.arrayBuffer()), DEFAULTS_PT);
    expect(back.problems.filter((p) => p.code !== "FIELD_DROPPED")).toEqual([]);
    // Lousa's own formats carry every kind; Moodle XML all but polls (Moodle has none); GIFT, Aiken and
    // Kahoot neither polls nor ordering; Aiken no multiple-answer question, Kahoot no question over 4 options;
    // typed answers, sliders (numerical) and slides (descriptions) only GIFT and Moodle XML.
    const carries = (q: (typeof kernel.questions)[number]): boolean => {
      if (format === "lousa-csv" || format === "lousa-xlsx") return true;
      if (q.type === "typeAnswer" || q.type === "slider" || q.type === "slide") return format === "gift" || format === "moodle-xml";
      if (q.type === "poll") return false;
      if (q.type === "ordering") return format === "moodle-xml";
      if (format === "aiken") return q.type !== "multiple";
      if (format === "kahoot-xlsx") return q.options.length <= 4;
      return true;
    };
    const expected = kernel.questions.filter(carries);
    expect(expected.length).toBeLessThanOrEqual(kernel.questions.length);
    // A slide's title comes back from its first line; its text (and a slider's answer) travel as checked in the formats' own tests.
    expect(back.questions.map((q) => [q.question.type, q.question.options, q.question.correct])).toEqual(expected.map((q) => [q.type, q.options, q.correct]));
    expect(back.questions.filter((q) => q.question.type !== "slide").map((q) => q.question.prompt)).toEqual(expected.filter((q) => q.type !== "slide").map((q) => q.prompt));
    // What the format could not carry is said, question by question, never dropped in silence (the header
    // holds what fits; the full list is one request away).
    const truncated = res.headers.get("x-lousa-export-notes-truncated") === "1";
    const notes: { question: number }[] = truncated
      ? await (await download(`/api/banks/kernel/export/notes?format=${format}&locale=pt-BR`, cookie)).json()
      : JSON.parse(decodeURIComponent(res.headers.get("x-lousa-export-notes") ?? "[]"));
    const leftOut = kernel.questions.flatMap((q, i) => (carries(q) ? [] : [i + 1]));
    for (const n of leftOut) expect(notes.map((note) => note.question)).toContain(n);
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
