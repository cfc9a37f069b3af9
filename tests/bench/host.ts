import { io, type Socket } from "socket.io-client";
import type { BankDraft } from "@lousa/protocol";
import { ackSchema, answerCountSchema, createdBankSchema, createdGameSchema, phaseSchema, type BenchPhase } from "./wire";

const HOST_ACK_TIMEOUT_MS = 30_000;

/** The bench's question set: Q single-choice questions of 4 options, 10 s each, no pictures. */
export function benchBank(questions: number, timeLimitSec: number): BankDraft {
  return {
    title: `Bench ${new Date().toISOString()}`,
    description: "Made by npm run bench",
    language: "en",
    questions: Array.from({ length: questions }, (_, i) => ({
      type: "single",
      prompt: `Bench question ${i + 1}: which one?`,
      options: ["Alpha", "Bravo", "Charlie", "Delta"],
      correct: [i % 4],
      explanation: "",
      timeLimitSec,
      pointsMode: "standard",
    })),
  };
}

/** Saves the bank in the teacher's library (POST /api/banks, as the editor does) and returns its id. */
export async function createBank(url: string, cookie: string, draft: BankDraft): Promise<string> {
  const res = await fetch(`${url}/api/banks`, { method: "POST", headers: { origin: url, cookie, "content-type": "application/json" }, body: JSON.stringify(draft) });
  const body: unknown = await res.json();
  const bank = createdBankSchema.safeParse(body);
  if (res.status !== 201 || !bank.success) throw new Error(`POST /api/banks: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return bank.data.id;
}

function connect(url: string, cookie: string, pin: string | null): Promise<Socket> {
  const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie }, ...(pin ? { query: { pin } } : {}) });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** The host screen, driven by the coordinator: one Socket.IO connection with the teacher's session. */
export class BenchHost {
  private latestCount = 0;
  private readonly phaseWaiters = new Set<(p: BenchPhase) => void>();

  private constructor(
    private readonly socket: Socket,
    readonly gameId: string,
    readonly pin: string,
  ) {
    socket.on("game:phase", (view: unknown) => {
      const phase = phaseSchema.safeParse(view);
      if (phase.success) for (const w of [...this.phaseWaiters]) w(phase.data);
    });
    socket.on("host:answers", (count: unknown) => {
      const c = answerCountSchema.safeParse(count);
      if (c.success) this.latestCount = c.data.answeredCount;
    });
  }

  /**
   * Creates the game, then reattaches on a connection that carries the PIN in its handshake (as the bots'
   * do), so a load balancer routing by PIN puts the host on the game's server.
   */
  static async create(url: string, cookie: string, bankId: string, timeLimitSec: number): Promise<BenchHost> {
    const first = await connect(url, cookie, null);
    let created;
    try {
      created = createdGameSchema.parse(await command(first, "host:create", { bankId, settings: { pointsMode: "standard", timeLimitSec, leaderboardEvery: 1, autoAdvance: null } }));
    } finally {
      first.disconnect();
    }
    const socket = await connect(url, cookie, created.pin);
    const host = new BenchHost(socket, created.gameId, created.pin);
    await command(socket, "host:attach", { pin: created.pin, hostSecret: created.hostSecret });
    return host;
  }

  /** How many have answered the open question, as last pushed to the host. */
  answered(): number {
    return this.latestCount;
  }

  /** Sends a host command; resolves with the phase it led to. */
  async phaseCommand(event: "host:start" | "host:next" | "host:endQuestion"): Promise<BenchPhase> {
    return phaseSchema.parse(await command(this.socket, event, {}));
  }

  /** The next phase push matching `accept` (timeoutMs: a guard against a server that never sends it). */
  nextPhase(accept: (p: BenchPhase) => boolean, timeoutMs: number): Promise<BenchPhase> {
    return new Promise((resolve, reject) => {
      const waiter = (p: BenchPhase) => {
        if (!accept(p)) return;
        this.phaseWaiters.delete(waiter);
        clearTimeout(timer);
        resolve(p);
      };
      const timer = setTimeout(() => {
        this.phaseWaiters.delete(waiter);
        reject(new Error(`no matching phase within ${timeoutMs} ms`));
      }, timeoutMs);
      this.phaseWaiters.add(waiter);
    });
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** Emits with an ack and returns the ack's data; a refusal is an error. */
async function command(socket: Socket, event: string, payload: object): Promise<unknown> {
  const raw: unknown = await socket.timeout(HOST_ACK_TIMEOUT_MS).emitWithAck(event, payload);
  const ack = ackSchema.parse(raw);
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}
