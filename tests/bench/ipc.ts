import { z } from "zod";

/**
 * Messages between the coordinator (run.ts) and its bot workers (bot-worker.ts), over the fork's IPC
 * channel. Both sides parse what they receive with these schemas: nothing from the other process is trusted
 * by a cast.
 */

/** Coordinator → worker. */
export const toWorkerSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("join"),
    url: z.string(),
    pin: z.string(),
    /** This worker's bots are the global indexes workerIndex, workerIndex + workers, …, below players. */
    workerIndex: z.number().int().min(0),
    workers: z.number().int().min(1),
    players: z.number().int().min(1),
    /** Global join number g starts at startAt + g · intervalMs (epoch ms, see clock.ts). */
    startAt: z.number(),
    intervalMs: z.number().min(0),
    /** Each bot answers at a random moment within this many ms of receiving the question. */
    answerWithinMs: z.number().min(0),
  }),
  /** The game is over: settle what is pending and send the report. */
  z.strictObject({ type: z.literal("report") }),
  /** Close every socket and exit. */
  z.strictObject({ type: z.literal("stop") }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

const count = z.number().int().min(0);

export const workerReportSchema = z.strictObject({
  type: z.literal("report"),
  /** ms from socket creation to "connect" (websocket open + Socket.IO handshake), per connected bot. */
  connectMs: z.array(z.number()),
  /** ms from emitting player:join to its ack, per acknowledged join. */
  joinAckMs: z.array(z.number()),
  /** ms from emitting player:answer to its ack, per acknowledged answer. */
  answerAckMs: z.array(z.number()),
  /** When each bot received each question's phase (epoch ms), flattened: question index, time. */
  questionReceived: z.array(z.tuple([z.number().int().min(0), z.number()])),
  connectFailed: count,
  joinFailed: count,
  joinRefused: count,
  answersSent: count,
  answersRefused: count,
  answersFailed: count,
  /** Sockets the server (or the network) closed before the bench's own goodbye. */
  disconnects: count,
  /** A few example error codes/messages, with how often each was seen. */
  errors: z.record(z.string(), count),
});
export type WorkerReport = z.infer<typeof workerReportSchema>;

/** Worker → coordinator. */
export const fromWorkerSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("ready") }),
  z.strictObject({ type: z.literal("joined"), ok: count, failed: count }),
  workerReportSchema,
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
