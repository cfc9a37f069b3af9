import type { AssignmentCreatePayload, AssignmentDetail, BankDraft, CreatedAssignment, HomeworkStarted, HomeworkState } from "@lousa/protocol";

/** An HTTP answer as a test reads it: the status and the parsed JSON body. */
export interface Reply<T> {
  readonly status: number;
  readonly body: T;
  /** The body as sent, for scanning what a phone would see. */
  readonly text: string;
}

async function reply<T>(res: Response): Promise<Reply<T>> {
  const text = await res.text();
  // Parsed, not validated: tests assert on the shape they expect.
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, text };
}

/** The teacher's side, through their session cookie (and the Origin a page of ours sends). */
export function teacherApi(url: string, cookie: string) {
  const headers = { cookie, origin: url, "content-type": "application/json" };
  return {
    get: <T>(path: string) => fetch(`${url}/api${path}`, { headers }).then((r) => reply<T>(r)),
    post: <T>(path: string, body: unknown = {}) => fetch(`${url}/api${path}`, { method: "POST", headers, body: JSON.stringify(body) }).then((r) => reply<T>(r)),
    raw: (path: string) => fetch(`${url}/api${path}`, { headers }),
    async bank(draft: BankDraft): Promise<string> {
      const res = await fetch(`${url}/api/banks`, { method: "POST", headers, body: JSON.stringify(draft) });
      if (res.status !== 201) throw new Error(`bank not saved: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { id: string };
      return body.id;
    },
    async assign(payload: AssignmentCreatePayload): Promise<CreatedAssignment> {
      const r = await fetch(`${url}/api/assignments`, { method: "POST", headers, body: JSON.stringify(payload) }).then((x) => reply<CreatedAssignment>(x));
      if (r.status !== 201) throw new Error(`assignment not created: ${r.status} ${r.text}`);
      return r.body;
    },
    detail: (id: string) => fetch(`${url}/api/assignments/${id}`, { headers }).then((r) => reply<AssignmentDetail>(r)),
  };
}

/** One student's phone: the link's code, and the token it keeps once started. */
export class Phone {
  token: string | null = null;
  /** Every body the phone received, to scan for answers it should not have seen. */
  readonly seen: string[] = [];

  constructor(
    private readonly url: () => string,
    readonly code: string,
  ) {}

  private async send<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<Reply<T>> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(`${this.url()}/api/homework/${this.code}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const r = await reply<T>(res);
    this.seen.push(r.text);
    return r;
  }

  async start(body: Record<string, unknown>): Promise<Reply<HomeworkStarted>> {
    const r = await this.send<HomeworkStarted>("POST", "/start", body);
    if (r.status === 201) this.token = r.body.token;
    return r;
  }

  state = () => this.send<HomeworkState>("GET", "/state");
  answer = (body: unknown) => this.send<HomeworkState>("POST", "/answer", body);
  next = (questionIndex: number) => this.send<HomeworkState>("POST", "/next", { questionIndex });
  retry = () => this.send<HomeworkState>("POST", "/retry", {});
  info = () => this.send<unknown>("GET", "");
}

/** The question step of a state (fails the test if the attempt is over). */
export function questionOf(state: HomeworkState) {
  if (state.step.kind !== "question") throw new Error(`expected a question, got ${JSON.stringify(state.step)}`);
  return state.step;
}

/** The done step of a state. */
export function doneOf(state: HomeworkState) {
  if (state.step.kind !== "done") throw new Error(`expected the summary, got ${JSON.stringify(state.step)}`);
  return state.step;
}
