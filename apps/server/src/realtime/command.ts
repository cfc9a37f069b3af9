import { ackError, COMMAND_SCHEMAS, isClientEvent, type Ack, type ClientEventName } from "@lousa/protocol";
import type { Socket } from "socket.io";
import type { z } from "zod";
import type { Logger } from "../logger";
import type { LousaSocket } from "./types";

type Payload<E extends ClientEventName> = z.infer<(typeof COMMAND_SCHEMAS)[E]>;
export type CommandHandler<E extends ClientEventName, R> = (payload: Payload<E>, socket: LousaSocket) => Promise<Ack<R>>;

export interface CommandGuard {
  /** Resolves false when this socket has sent too many events. */
  allow(socket: LousaSocket): Promise<boolean>;
}

/**
 * Registers one command with the rules every command shares: the last argument must be an ack
 * (otherwise the client is broken or hostile: disconnect), the payload must parse with the event's
 * schema (INVALID_PAYLOAD), the socket must be within its rate limit (RATE_LIMITED), and a thrown
 * error becomes INTERNAL with no stack trace sent to the client.
 */
export function registerCommand<E extends ClientEventName, R>(
  socket: LousaSocket,
  event: E,
  handler: CommandHandler<E, R>,
  guard: CommandGuard,
  log: Logger,
): void {
  const schema = COMMAND_SCHEMAS[event];
  const listener = async (...args: unknown[]): Promise<void> => {
    const ack = args[args.length - 1];
    if (typeof ack !== "function") {
      log.warn({ event, socket: socket.id }, "event without ack: disconnecting");
      socket.disconnect(true);
      return;
    }
    const reply = (result: Ack<unknown>) => void ack(result);
    if (!(await guard.allow(socket))) return reply(ackError("RATE_LIMITED", "Too many requests, slow down"));
    if (args.length !== 2) return reply(ackError("INVALID_PAYLOAD", "Expected exactly one payload and an ack"));
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      return reply(ackError("INVALID_PAYLOAD", parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ")));
    }
    try {
      // The schema map ties each event to its payload type; TypeScript cannot follow that through the generic.
      reply(await handler(parsed.data as Payload<E>, socket));
    } catch (e) {
      log.error({ err: e, event }, "command failed");
      reply(ackError("INTERNAL", "Something went wrong on the server"));
    }
  };
  // Listeners see raw `unknown` arguments on purpose: typed event maps are not validation.
  const untyped: Socket = socket;
  untyped.on(String(event), listener);
}

/**
 * Events nobody registered (typos, old clients, fuzzers) are refused, and each one counts against the
 * socket's rate limit like a real command: a flood of made-up events costs the sender, not the server.
 * With an ack they are told why (INVALID_PAYLOAD, or RATE_LIMITED past the limit); without one there is
 * nobody to answer.
 */
export function refuseUnknownEvents(socket: LousaSocket, guard: CommandGuard): void {
  const refuse = async (rest: unknown[]): Promise<void> => {
    const allowed = await guard.allow(socket);
    const ack = rest[rest.length - 1];
    if (typeof ack === "function") ack(allowed ? ackError("INVALID_PAYLOAD", "Unknown event") : ackError("RATE_LIMITED", "Too many requests, slow down"));
  };
  socket.onAny((event: unknown, ...rest: unknown[]) => {
    if (typeof event === "string" && isClientEvent(event)) return;
    void refuse(rest);
  });
}
