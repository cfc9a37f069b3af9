/**
 * The bench's host is a real teacher: the first account, created with the server's setup code (or signed
 * in when it exists already, e.g. a --url server used before). Adapted from tests/helpers/teacher.ts.
 */
export const BENCH_TEACHER = { name: "Bench Host", email: "bench@lousa.test", password: "bench-password-123" } as const;

function cookieHeader(setCookies: readonly string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}

/** Signs the bench teacher in on the server at `url`; returns the Cookie header. */
export async function signInTeacher(url: string, setupCode: string): Promise<string> {
  const headers = { "content-type": "application/json", origin: url };
  const setup = await fetch(`${url}/api/setup`, { method: "POST", headers, body: JSON.stringify({ ...BENCH_TEACHER, setupCode }) });
  if (setup.status === 201) return cookieHeader(setup.headers.getSetCookie());
  if (setup.status !== 409) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email: BENCH_TEACHER.email, password: BENCH_TEACHER.password }) });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  return cookieHeader(signIn.headers.getSetCookie());
}
