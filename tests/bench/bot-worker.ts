/**
 * One bot worker: forked by the coordinator (run.ts), it owns a share of the players, each a bare
 * Socket.IO connection (lite-socket.ts: websocket only, the game PIN in the handshake query for a load
 * balancer that routes by it). It joins them at the pace it is told, answers every question at a random moment,
 * and reports per-bot timings over IPC. It decides nothing about the game: the coordinator's host does.
 */
import { now } from "./clock";
import { liteSocket, type LiteSocket } from "./lite-socket";
import { toWorkerSchema, type FromWorker, type ToWorker, type WorkerReport } from "./ipc";
import { ackSchema, describeFailure, phaseSchema } from "./wire";

type JoinOrder = Extract<ToWorker, { type: "join" }>;

const JOIN_ACK_TIMEOUT_MS = 30_000;
const ANSWER_ACK_TIMEOUT_MS = 15_000;

const report: WorkerReport = {
  type: "report",
  connectMs: [],
  joinAckMs: [],
  answerAckMs: [],
  questionReceived: [],
  connectFailed: 0,
  joinFailed: 0,
  joinRefused: 0,
  answersSent: 0,
  answersRefused: 0,
  answersFailed: 0,
  disconnects: 0,
  errors: {},
};
const sockets: LiteSocket[] = [];
/** Answers scheduled or awaiting their ack: the report waits for them. */
const pending = new Set<Promise<void>>();
const answerTimers = new Set<NodeJS.Timeout>();
let stopping = false;

function send(message: FromWorker): void {
  process.send?.(message);
}

function noteError(what: string): void {
  const key = what.slice(0, 120);
  if (report.errors[key] !== undefined || Object.keys(report.errors).length < 20) report.errors[key] = (report.errors[key] ?? 0) + 1;
}

function track(work: Promise<void>): void {
  pending.add(work);
  void work.finally(() => pending.delete(work));
}

async function answer(socket: LiteSocket, questionIndex: number, options: number): Promise<void> {
  const choice = Math.floor(Math.random() * Math.max(1, options));
  report.answersSent++;
  const sentAt = now();
  try {
    const raw: unknown = await socket.emitWithAck("player:answer", { questionIndex, choices: [choice] }, ANSWER_ACK_TIMEOUT_MS);
    const ack = ackSchema.safeParse(raw);
    if (!ack.success) {
      report.answersFailed++;
      noteError("answer: malformed ack");
    } else if (ack.data.ok) {
      report.answerAckMs.push(now() - sentAt);
    } else {
      report.answersRefused++;
      noteError(`answer refused: ${ack.data.error.code}`);
    }
  } catch (e) {
    report.answersFailed++;
    noteError(`answer: ${describeFailure(e)}`);
  }
}

/** Connects one bot and joins it; resolves whether it is in the game. */
async function joinOne(order: JoinOrder, globalIndex: number): Promise<boolean> {
  const started = now();
  const socket = liteSocket(order.url, { pin: order.pin });
  sockets.push(socket);
  const seen = new Set<number>();
  socket.on("game:phase", (view: unknown) => {
    const at = now();
    const phase = phaseSchema.safeParse(view);
    // A question with a picture is sent twice (shown, then its clock starts): the one that opens it counts.
    if (!phase.success || phase.data.kind !== "question" || phase.data.opensInMs > 0 || seen.has(phase.data.index)) return;
    const { index, options } = phase.data;
    seen.add(index);
    report.questionReceived.push([index, at]);
    let settle: () => void = () => undefined;
    track(new Promise<void>((resolve) => (settle = resolve)));
    const timer = setTimeout(() => {
      answerTimers.delete(timer);
      void answer(socket, index, options.length).finally(settle);
    }, Math.random() * order.answerWithinMs);
    answerTimers.add(timer);
  });
  try {
    await socket.connected;
  } catch (e) {
    report.connectFailed++;
    noteError(`connect: ${describeFailure(e)}`);
    return false;
  }
  report.connectMs.push(now() - started);
  socket.onDisconnect((reason) => {
    if (stopping) return;
    report.disconnects++;
    noteError(`disconnect: ${reason}`);
  });
  const sentAt = now();
  try {
    const raw: unknown = await socket.emitWithAck("player:join", { pin: order.pin, nickname: `bot${globalIndex}` }, JOIN_ACK_TIMEOUT_MS);
    const ack = ackSchema.safeParse(raw);
    if (!ack.success) {
      report.joinFailed++;
      noteError("join: malformed ack");
      return false;
    }
    if (!ack.data.ok) {
      report.joinRefused++;
      noteError(`join refused: ${ack.data.error.code}`);
      return false;
    }
    report.joinAckMs.push(now() - sentAt);
    return true;
  } catch (e) {
    report.joinFailed++;
    noteError(`join: ${describeFailure(e)}`);
    return false;
  }
}

/** Joins this worker's bots on the global schedule (join g at startAt + g · interval), then reports. */
function joinAll(order: JoinOrder): void {
  const mine: number[] = [];
  for (let g = order.workerIndex; g < order.players; g += order.workers) mine.push(g);
  const joins: Promise<boolean>[] = [];
  let next = 0;
  const tick = (): void => {
    const t = now();
    while (next < mine.length && order.startAt + (mine[next] ?? 0) * order.intervalMs <= t) {
      joins.push(joinOne(order, mine[next] ?? 0));
      next++;
    }
    if (next < mine.length) {
      setTimeout(tick, Math.max(0, order.startAt + (mine[next] ?? 0) * order.intervalMs - now()));
      return;
    }
    void Promise.all(joins).then((results) => {
      const ok = results.filter(Boolean).length;
      send({ type: "joined", ok, failed: results.length - ok });
    });
  };
  tick();
}

async function settleAndReport(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
  send(report);
}

function stop(): void {
  stopping = true;
  for (const timer of answerTimers) clearTimeout(timer);
  for (const socket of sockets) socket.close();
  process.disconnect?.();
  // Anything still open (a socket half-way through its handshake) must not keep the worker alive.
  process.exit(0);
}

process.on("message", (raw: unknown) => {
  const parsed = toWorkerSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(`bot worker ${process.pid}: ignored a malformed message`, parsed.error.issues[0]?.message);
    return;
  }
  const message = parsed.data;
  if (message.type === "join") joinAll(message);
  else if (message.type === "report") void settleAndReport();
  else stop();
});
// The coordinator is gone (crashed, killed): nobody will read the figures.
process.on("disconnect", () => {
  if (!stopping) stop();
});
// Ctrl-C reaches the whole process group: the coordinator decides when the workers stop.
process.on("SIGINT", () => undefined);
send({ type: "ready" });
