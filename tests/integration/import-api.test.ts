import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { importBank, DEFAULTS_PT, MAX_IMPORT_BYTES, type ImportResult } from "@lousa/formats";
import { DEFAULT_IMPORT_OPTIONS, importRunner } from "../../apps/server/src/import/import-runner";
import { countBusyReaders } from "../../apps/server/src/import/test-workers/hang";
import { REPO_ROOT } from "../helpers/paths";
import { startTestServer, type TestServer } from "../helpers/test-server";

// Each preview starts a worker thread that loads the parsers: ~1 s on a 2-core machine under Jest.
// Real worker threads start tsx and load the parsers: seconds on a busy CI machine.
jest.setTimeout(60_000);

let server: TestServer;
let cookie = "";
beforeAll(async () => {
  server = await startTestServer();
  const res = await fetch(`${server.url}/api/setup`, {
    method: "POST",
    headers: { origin: server.url, "content-type": "application/json" },
    body: JSON.stringify({ name: "Ana Prof", email: "ana@escola.example", password: "lousa-senha-segura", setupCode: server.setupCode }),
  });
  expect(res.status).toBeLessThan(300);
  cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
});
afterAll(() => server.stop());
afterEach(() => importRunner.configure(DEFAULT_IMPORT_OPTIONS));

const fixture = (...parts: string[]) => readFileSync(path.join(REPO_ROOT, "packages/formats/fixtures", ...parts));

/** An upload from the library page: the teacher's cookie, and the Origin a browser sends with a POST. */
function preview(body: Uint8Array, query: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/import/preview?${query}`, { method: "POST", headers: { cookie, origin: server.url, "content-type": "application/octet-stream", ...headers }, body });
}

describe("import preview over HTTP", () => {
  it("reads a GIFT file in a worker and reports each problem at its line; nothing is saved", async () => {
    const banksBefore = await server.repos.banks.list();
    const res = await preview(fixture("gift", "broken.gift"), "format=gift&language=pt-BR");
    expect(res.status).toBe(200);
    const result = (await res.json()) as ImportResult;
    expect(result).toEqual(await importBank("gift", fixture("gift", "broken.gift"), DEFAULTS_PT));
    expect(result.questions.length).toBeGreaterThan(0);
    expect(result.problems).toContainEqual(expect.objectContaining({ at: { line: 5 }, code: "SYNTAX" }));
    expect(await server.repos.banks.list()).toEqual(banksBefore);
  });

  it("tells the format from the file when the query doesn't, whatever the Content-Type", async () => {
    for (const [file, type, format] of [
      [fixture("gift", "hand-written.gift"), "text/plain; charset=iso-8859-1", "gift"],
      [fixture("moodle-xml", "truefalse.xml"), "application/xml", "moodle-xml"],
      [fixture("spreadsheet", "kahoot-template.xlsx"), "application/octet-stream", "kahoot-xlsx"],
    ] as const) {
      const res = await preview(file, "filename=upload", { "content-type": type });
      expect(res.status).toBe(200);
      expect(((await res.json()) as ImportResult).format).toBe(format);
    }
    // The worker tells the format (see the timeout test below); when it can't, the teacher is asked.
    const prose = await preview(new TextEncoder().encode("just some prose"), "filename=notes.txt");
    expect(prose.status).toBe(400);
    expect(await prose.json()).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD", message: expect.stringContaining("Could not tell the file's format") } });
  });

  it("takes uploads from the server's own pages only: a foreign Origin gets 403, the server's own 200", async () => {
    const gift = fixture("gift", "hand-written.gift");
    const foreign = await preview(gift, "format=gift", { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: "INVALID_PAYLOAD" } });
    expect((await preview(gift, "format=gift", { origin: server.url })).status).toBe(200);
  });

  it("refuses a signed-out upload, a bad query, a form, and a file over the limit (before reading it)", async () => {
    const gift = fixture("gift", "hand-written.gift");
    const signedOut = await fetch(`${server.url}/api/import/preview?format=gift`, { method: "POST", body: gift });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ ok: false, error: { code: "NOT_SIGNED_IN" } });
    expect(await (await preview(gift, "format=docx")).json()).toMatchObject({ error: { code: "INVALID_PAYLOAD" } });
    expect((await preview(gift, "format=gift", { "content-type": "multipart/form-data; boundary=x" })).status).toBe(415);
    const big = await preview(new Uint8Array(MAX_IMPORT_BYTES + 1), "format=gift");
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, error: { code: "FILE_TOO_LARGE" } });
  });

  // Refused whether or not the unpack cap holds (unpacked whole it is just as refused): the cap itself,
  // zlib stopped at the declared size, is asserted in packages/formats/src/spreadsheet/zip-entries.test.ts.
  it("refuses an xlsx bomb whose zip lies about its size", async () => {
    const res = await preview(lyingZip(256 * 1024 * 1024), "format=lousa-xlsx");
    expect(res.status).toBe(200);
    expect(((await res.json()) as ImportResult).problems.map((p) => p.code)).toEqual(["FILE_TOO_LARGE"]);
  });

  it("answers IMPORT_REFUSED when the reader runs out of memory, and keeps serving", async () => {
    const gift = fixture("gift", "hand-written.gift");
    // Heap limits too small to load the parsers: the worker dies of out-of-memory, the server does not.
    importRunner.configure({ resourceLimits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } });
    const oom = await preview(gift, "format=gift");
    expect(oom.status).toBe(422);
    expect(await oom.json()).toMatchObject({ ok: false, error: { code: "IMPORT_REFUSED" } });
    importRunner.configure(DEFAULT_IMPORT_OPTIONS);
    expect((await preview(gift, "format=gift")).status).toBe(200);
  });

  it("answers IMPORT_REFUSED when a reader busy in the worker runs out of time; even the format is told there", async () => {
    // A reader that starts and spins (test-workers/hang.ts), and says so: the timeout stops a thread
    // that really runs. The upload names no format, and prose is no format at all: were it told on the
    // server's thread, this would be a 400 with no worker started.
    importRunner.configure({ entry: path.join(REPO_ROOT, "apps/server/src/import/test-workers/hang.ts"), timeoutMs: 1500 });
    const busy = countBusyReaders();
    try {
      const res = await preview(new TextEncoder().encode("just some prose"), "filename=notes.txt");
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: "IMPORT_REFUSED", message: expect.stringContaining("took over 1.5 s") } });
      expect(busy.count()).toBe(1);
    } finally {
      busy.close();
    }
    importRunner.configure(DEFAULT_IMPORT_OPTIONS);
    expect((await preview(fixture("gift", "hand-written.gift"), "format=gift")).status).toBe(200);
  });
});

describe("template download", () => {
  it.each([
    ["lousa-xlsx", "pt-BR", "lousa-modelo.xlsx"],
    ["lousa-csv", "en", "lousa-template.csv"],
  ] as const)("%s in %s reads back as one question of each kind", async (format, locale, filename) => {
    const res = await fetch(`${server.url}/api/import/template?format=${format}&locale=${locale}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`filename="${filename}"`);
    const back = await importBank(format, new Uint8Array(await res.arrayBuffer()), DEFAULTS_PT);
    expect(back.problems).toEqual([]);
    // One example of each kind a spreadsheet can hold.
    expect(back.questions.map((q) => q.question.type)).toEqual(["single", "multiple", "ordering", "poll", "slide", "slider", "typeAnswer"]);
  });

  it("needs a teacher and a Lousa format", async () => {
    expect((await fetch(`${server.url}/api/import/template?format=lousa-csv`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/import/template?format=gift`, { headers: { cookie } })).status).toBe(400);
  });
});

/** A zip whose directory says 100 bytes while its one entry inflates to `size` zeros (a few hundred KB packed). */
function lyingZip(size: number): Uint8Array {
  const packed = deflateRawSync(Buffer.alloc(size), { level: 9 });
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(100, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(100, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}
