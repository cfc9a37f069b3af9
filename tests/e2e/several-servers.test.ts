// The lease table says which server runs the game: only a raw driver can read it from outside.
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { BUILT_IN_BANKS } from "@lousa/banks";
import { launchBrowser, phone, screenshot, signedInProjector } from "../helpers/browser";
import { haproxyForTests, startLoadBalancer, type LoadBalancer } from "../helpers/load-balancer";
import { freshPostgresDatabase, postgresForTests, type TestDatabase } from "../helpers/postgres";
import { holdTestRedis, REDIS_TEST_URL, redisForTests } from "../helpers/redis";
import { killAllServers, spawnServer, type SpawnedServer } from "../helpers/spawn-server";

/**
 * The real pages behind HAProxy with two servers (PostgreSQL + Redis): a phone that opens the join page
 * without a PIN is on whichever server and is sent to the game's one when it types the PIN; the projector,
 * created on whichever server, follows the game; the game's server is killed mid-question and the
 * projector and phones carry on, without a reload, on the other one.
 */
jest.setTimeout(180_000);

const docker = BUILT_IN_BANKS.find((b) => b.id === "docker")!;
const SETUP_CODE = "SEVERALSERVERS1";
const AUTH_SECRET = "the-browser-test-servers-share-this-secret-0123456789";

async function tapRight(page: Page, index: number): Promise<void> {
  const q = docker.questions[index]!;
  await page.locator(`[data-testid="player-question"][data-index="${index}"]`).waitFor();
  for (const c of q.correct) await page.getByTestId(`answer-${c}`).click();
  if (q.type === "multiple") await page.getByTestId("answer-submit").click();
}

async function gameServer(databaseUrl: string, servers: readonly SpawnedServer[]): Promise<SpawnedServer> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ owner: string }>('SELECT "owner" FROM "GameLease" ORDER BY "epoch" DESC LIMIT 1');
    const owner = r.rows[0]?.owner ?? "";
    const found = servers.find((s) => owner.includes(`:${s.process.pid}:`));
    if (!found) throw new Error(`no test server runs the game (${owner})`);
    return found;
  } finally {
    await client.end();
  }
}

if (postgresForTests() && redisForTests() && haproxyForTests()) {
  let database: TestDatabase;
  let browser: Browser;
  const servers: SpawnedServer[] = [];
  let balancer: LoadBalancer | null = null;

  let redis: { release(): Promise<void> } | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
    redis = await holdTestRedis();
    database = await freshPostgresDatabase();
    // Both at once, as a school's servers may start (the database is migrated already: a copy of the template).
    const env = { DATABASE_URL: database.url, REDIS_URL: REDIS_TEST_URL, LOG_LEVEL: "warn", SETUP_CODE, AUTH_SECRET };
    servers.push(...(await Promise.all([0, 1].map(() => spawnServer({ env })))));
    balancer = await startLoadBalancer(servers.map((s) => s.port));
  });
  afterAll(async () => {
    await browser?.close();
    await balancer?.stop();
    for (const s of servers) await s.stop("SIGKILL");
    await killAllServers();
    await database?.drop();
    await redis?.release();
  });

  test("projector and phones find the game's server through the balancer, and keep playing when it is killed", async () => {
    const url = balancer!.url;
    const host = await (await signedInProjector(browser, { url, setupCode: async () => SETUP_CODE })).newPage();
    await host.goto(`${url}/host`);
    await host.getByTestId("bank-docker").click();
    await host.getByTestId("create-game").click();
    await host.getByTestId("host-lobby").waitFor();
    const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

    // Ana types the PIN on the join page (her connection was made before, to whichever server);
    // Bia scans the QR code (the PIN is in the address from the start).
    const ana = await (await phone(browser)).newPage();
    await ana.goto(`${url}/`);
    await ana.locator("#pin").fill(pin);
    await ana.locator("#nickname").fill("Ana");
    await ana.getByRole("button", { name: "Entrar" }).click();
    await ana.getByTestId("player-lobby").or(ana.getByTestId("join-error")).waitFor();
    if (await ana.getByTestId("join-error").isVisible()) throw new Error(`join: ${await ana.getByTestId("join-error").getAttribute("data-code")} ${await ana.getByTestId("join-error").innerText()}`);
    const bia = await (await phone(browser)).newPage();
    await bia.goto(`${url}/?pin=${pin}`);
    await bia.locator("#nickname").fill("Bia");
    await bia.getByRole("button", { name: "Entrar" }).click();
    await bia.getByTestId("player-lobby").waitFor();
    await host.getByTestId("player-count").filter({ hasText: "2" }).waitFor();
    await screenshot(host, "several-servers-lobby-projector");

    await host.getByTestId("host-start").click();
    await tapRight(ana, 0);
    await tapRight(bia, 0);
    await host.getByTestId("host-reveal").waitFor();
    await host.getByTestId("host-next").click();
    await host.getByTestId("host-leaderboard").waitFor();
    await host.getByTestId("host-next").click();
    await host.locator('[data-testid="host-question"][data-index="1"]').waitFor();
    await tapRight(ana, 1);
    await ana.getByTestId("player-locked").waitFor();

    // The game's server dies mid-question.
    const owner = await gameServer(database.url, servers);
    expect(await owner.stop("SIGKILL")).toBeNull();

    // No reload anywhere: the other server takes the game over; Ana's answer was kept, Bia answers now.
    await bia.locator('[data-testid="player-question"][data-index="1"]').waitFor({ timeout: 30_000 });
    await tapRight(bia, 1);
    await host.getByTestId("host-reveal").waitFor({ timeout: 30_000 });
    await expect(host.locator('[data-testid="host-reveal"]').getAttribute("data-index")).resolves.toBe("1");
    await ana.getByTestId("player-feedback").waitFor({ timeout: 30_000 });
    await screenshot(host, "several-servers-reveal-after-kill-projector");
    await screenshot(ana, "several-servers-reveal-after-kill-phone");
    expect(await gameServer(database.url, servers)).not.toBe(owner);
  });
} else {
  test.skip("the several-servers browser test (PostgreSQL, Redis or HAProxy missing)", () => undefined);
}
