import { z } from "zod";

/**
 * The parts of the server's pushes and acks the bench reads, validated (loosely: other fields are
 * ignored) instead of trusted — the bench measures a server that may be misbehaving under load.
 */

export const ackSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type BenchAck = z.infer<typeof ackSchema>;

export const phaseSchema = z.union([
  z.object({ kind: z.literal("question"), index: z.number().int().min(0), options: z.array(z.string()), opensInMs: z.number() }),
  z.object({ kind: z.enum(["reveal", "leaderboard"]), index: z.number().int() }),
  z.object({ kind: z.literal("lobby"), playerCount: z.number().int() }),
  z.object({ kind: z.literal("podium"), playerCount: z.number().int() }),
]);
export type BenchPhase = z.infer<typeof phaseSchema>;

export const createdGameSchema = z.object({ gameId: z.string(), pin: z.string(), hostSecret: z.string() });

export const answerCountSchema = z.object({ questionIndex: z.number().int(), answeredCount: z.number().int(), playerCount: z.number().int() });

export const createdBankSchema = z.object({ id: z.string() });

/** "CODE message" of a refused ack, or the message of a thrown error (timeout, disconnect). */
export function describeFailure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
