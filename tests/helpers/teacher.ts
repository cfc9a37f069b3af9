/** The teacher every test server's first account is (created with the server's setup code). */
export const TEST_TEACHER = { name: "Profa. Ana Souza", email: "ana@escola.test", password: "senha-de-teste-123" } as const;

/** The session cookie(s) of a Set-Cookie list, as a Cookie header. */
export function cookieHeader(setCookies: readonly string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}

/**
 * Signs the test teacher in on the server at `url`: creates the account with the setup code on a fresh
 * database, signs in when it already exists (a restarted server). Returns the Cookie header.
 */
export async function signInTeacher(url: string, setupCode: string, teacher: { name: string; email: string; password: string } = TEST_TEACHER): Promise<string> {
  const setup = await fetch(`${url}/api/setup`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify({ ...teacher, setupCode }) });
  if (setup.status === 201) return cookieHeader(setup.headers.getSetCookie());
  if (setup.status !== 409) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify({ email: teacher.email, password: teacher.password }) });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  return cookieHeader(signIn.headers.getSetCookie());
}

/** Has the admin (cookie) add another teacher, then signs them in; returns their Cookie header. */
export async function addTeacher(url: string, adminCookie: string, teacher: { name: string; email: string; password: string }): Promise<string> {
  const headers = { "content-type": "application/json", origin: url };
  const created = await fetch(`${url}/api/auth/admin/create-user`, { method: "POST", headers: { ...headers, cookie: adminCookie }, body: JSON.stringify({ ...teacher, role: "user" }) });
  if (!created.ok) throw new Error(`create-user failed: ${created.status} ${await created.text()}`);
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email: teacher.email, password: teacher.password }) });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  return cookieHeader(signIn.headers.getSetCookie());
}
