import { defaultLogFormat } from "../../apps/server/src/env";
import { spawnServer, type SpawnedServer } from "../helpers/spawn-server";

jest.setTimeout(60_000);

let server: SpawnedServer | undefined;
afterAll(async () => {
  await server?.stop();
});

test("logs are readable lines on a terminal and JSON lines otherwise, unless LOG_FORMAT says which", () => {
  expect(defaultLogFormat({}, true)).toBe("pretty");
  expect(defaultLogFormat({}, false)).toBe("json");
  expect(defaultLogFormat({ LOG_FORMAT: "json" }, true)).toBe("json");
  expect(defaultLogFormat({ LOG_FORMAT: "pretty" }, false)).toBe("pretty");
  expect(() => defaultLogFormat({ LOG_FORMAT: "xml" }, true)).toThrow('LOG_FORMAT must be "json" or "pretty"');
});

test("LOG_FORMAT=pretty prints one readable line per event, and the banner tests wait for is still there", async () => {
  server = await spawnServer({ env: { SERVE_WEB: "false", LOG_FORMAT: "pretty", NO_COLOR: "1" } });
  const out = server.output();
  expect(out).toContain("Lousa is running");
  expect(out).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Lousa is ready \{"port":\d+/m);
  expect(out).not.toContain('"msg":');
});
