import { startTestServer, type TestServer } from "../helpers/test-server";

let server: TestServer;
afterEach(() => server.stop());

const ADMIN = { name: "Ana Prof", email: "ana@escola.example", password: "lousa-senha-segura" };

/** A browser on the server's own page: same Origin, cookies it was given. */
function browser(base: string, address?: string) {
  let cookies = new Map<string, string>();
  const request = async (method: string, path: string, body?: unknown, origin = base) => {
    const res = await fetch(`${base}${path}`, {
      method,
      // The test server trusts a proxy on this machine: X-Forwarded-For stands for another client address.
      headers: { origin, "content-type": "application/json", cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "), ...(address ? { "x-forwarded-for": address } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) cookies.set(name, value.join("="));
    }
    return res;
  };
  return {
    request,
    session: async () => (await (await request("GET", "/api/auth/get-session")).json()) as { user?: { email: string; role: string } } | null,
    forget: () => (cookies = new Map()),
  };
}

describe("teachers' accounts", () => {
  it("a fresh install asks for the first teacher once; that teacher is the admin and is signed in", async () => {
    server = await startTestServer();
    const b = browser(server.url);
    expect(await (await b.request("GET", "/api/setup")).json()).toEqual({ needsSetup: true });
    const setup = { ...ADMIN, setupCode: server.setupCode };
    expect((await b.request("POST", "/api/setup", setup, "http://evil.example")).status).toBe(403);
    expect((await b.request("POST", "/api/setup", { ...setup, password: "short" })).status).toBe(400);
    // Someone else on the Wi-Fi, without the code printed on the teacher's terminal, can't claim the server.
    const claim = await b.request("POST", "/api/setup", { ...setup, setupCode: "00000000" });
    expect(claim.status).toBe(403);
    expect(await claim.json()).toMatchObject({ ok: false, error: { code: "SETUP_CODE_INVALID" } });
    const created = await b.request("POST", "/api/setup", setup);
    expect(created.status).toBe(201);
    expect(created.headers.getSetCookie().join("\n")).toMatch(/lousa\.session_token=[^;]+;.*HttpOnly.*SameSite=Lax/i);
    expect(await b.session()).toMatchObject({ user: { email: ADMIN.email, role: "admin" } });
    expect(await (await b.request("GET", "/api/setup")).json()).toEqual({ needsSetup: false });
    const again = browser(server.url);
    const refused = await again.request("POST", "/api/setup", { ...setup, email: "outro@escola.example" });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: "SETUP_DONE" } });
    // Nobody signs themselves up.
    expect((await again.request("POST", "/api/auth/sign-up/email", { name: "X", email: "x@escola.example", password: "lousa-senha-segura" })).ok).toBe(false);
  });

  it("the admin adds a teacher and resets their password; a teacher cannot add anyone; sign-out everywhere works", async () => {
    server = await startTestServer();
    const admin = browser(server.url);
    await admin.request("POST", "/api/setup", { ...ADMIN, setupCode: server.setupCode });
    const teacher = { name: "Bia", email: "bia@escola.example", password: "primeira-senha-1" };
    // The same rules as the first account: no short password, no made-up role.
    expect((await admin.request("POST", "/api/auth/admin/create-user", { ...teacher, password: "a", role: "user" })).status).toBe(400);
    expect((await admin.request("POST", "/api/auth/admin/create-user", { ...teacher, role: "superuser" })).status).toBe(400);
    expect((await admin.request("POST", "/api/auth/admin/create-user", { ...teacher, role: "user" })).status).toBe(200);

    const phone = browser(server.url);
    const laptop = browser(server.url);
    for (const b of [phone, laptop]) expect((await b.request("POST", "/api/auth/sign-in/email", { email: teacher.email, password: teacher.password })).status).toBe(200);
    expect(await laptop.session()).toMatchObject({ user: { email: teacher.email, role: "user" } });
    expect((await laptop.request("POST", "/api/auth/admin/create-user", { name: "C", email: "c@escola.example", password: "lousa-senha-segura" })).ok).toBe(false);

    // "Sair de todos os aparelhos": the other device's session ends too.
    expect((await phone.request("POST", "/api/auth/revoke-sessions", {})).status).toBe(200);
    expect(await laptop.session()).toBeNull();

    const list = (await (await admin.request("GET", "/api/auth/admin/list-users")).json()) as { users: { id: string; email: string }[] };
    const bia = list.users.find((u) => u.email === teacher.email)!;
    expect((await admin.request("POST", "/api/auth/admin/set-user-password", { userId: bia.id, newPassword: "segunda-senha-2" })).status).toBe(200);
    const fresh = browser(server.url);
    expect((await fresh.request("POST", "/api/auth/sign-in/email", { email: teacher.email, password: teacher.password })).status).toBe(401);
    expect((await fresh.request("POST", "/api/auth/sign-in/email", { email: teacher.email, password: "segunda-senha-2" })).status).toBe(200);
  });

  it("the auth routes take small JSON bodies only", async () => {
    server = await startTestServer();
    const huge = await fetch(`${server.url}/api/auth/sign-out`, { method: "POST", headers: { origin: server.url, "content-type": "application/json" }, body: JSON.stringify({ x: "x".repeat(100_000) }) });
    expect(huge.status).toBe(413);
    const other = await fetch(`${server.url}/api/auth/sign-out`, { method: "POST", headers: { origin: server.url, "content-type": "application/octet-stream" }, body: new Uint8Array(1000) });
    expect(other.status).toBe(415);
  });

  it("password guessing is limited per client address", async () => {
    server = await startTestServer({ signInsPerMinute: 3 });
    const admin = browser(server.url);
    await admin.request("POST", "/api/setup", { ...ADMIN, setupCode: server.setupCode });
    const guesser = browser(server.url);
    for (let i = 0; i < 3; i++) expect((await guesser.request("POST", "/api/auth/sign-in/email", { email: ADMIN.email, password: `palpite-${i}-errado` })).status).toBe(401);
    const blocked = await guesser.request("POST", "/api/auth/sign-in/email", { email: ADMIN.email, password: ADMIN.password });
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });

  it("failed sign-ins to one account are limited whatever the address, and a right password waits too", async () => {
    server = await startTestServer({ failedSignInsPerAccount: 4 });
    const admin = browser(server.url);
    await admin.request("POST", "/api/setup", { ...ADMIN, setupCode: server.setupCode });
    // A classroom of phones (one address each) guessing the teacher's password.
    for (let i = 0; i < 4; i++) expect((await browser(server.url, `10.0.0.${i + 1}`).request("POST", "/api/auth/sign-in/email", { email: ADMIN.email.toUpperCase(), password: `palpite-${i}` })).status).toBe(401);
    const blocked = await browser(server.url, "10.0.0.99").request("POST", "/api/auth/sign-in/email", { email: ADMIN.email, password: ADMIN.password });
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    // Other accounts are not affected; successes never count.
    const bia = { name: "Bia", email: "bia@escola.example", password: "primeira-senha-1" };
    expect((await admin.request("POST", "/api/auth/admin/create-user", { ...bia, role: "user" })).status).toBe(200);
    for (let i = 0; i < 6; i++) expect((await browser(server.url).request("POST", "/api/auth/sign-in/email", { email: bia.email, password: bia.password })).status).toBe(200);
  });

  it("guesses sent all at once can't get past the account's budget", async () => {
    server = await startTestServer({ failedSignInsPerAccount: 4 });
    await browser(server.url).request("POST", "/api/setup", { ...ADMIN, setupCode: server.setupCode });
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => browser(server.url, `10.0.1.${i + 1}`).request("POST", "/api/auth/sign-in/email", { email: ADMIN.email, password: `palpite-${i}` })));
    const statuses = guesses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(8);
  });

  it("changing a password is limited per address like signing in", async () => {
    server = await startTestServer({ signInsPerMinute: 2 });
    const admin = browser(server.url);
    await admin.request("POST", "/api/setup", { ...ADMIN, setupCode: server.setupCode });
    for (let i = 0; i < 2; i++) expect((await admin.request("POST", "/api/auth/change-password", { currentPassword: `palpite-${i}-errado`, newPassword: "nova-senha-123" })).status).toBe(400);
    expect((await admin.request("POST", "/api/auth/change-password", { currentPassword: ADMIN.password, newPassword: "nova-senha-123" })).status).toBe(429);
  });
});
