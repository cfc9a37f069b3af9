import { ackError, COMMAND_SCHEMAS, isClientEvent, type Ack, type ClientEventName } from "@lousa/protocol";
import type { z } from "zod";
import type { Logger } from "../logger";
import type { LousaSocket } from "./types";

type Payload<E extends ClientEventName> = z.infer<(typeof COMMAND_SCHEMAS)[E]>;
export type CommandHandler<E extends ClientEventName, R> = (payload: Payload<E>, socket: LousaSocket) => Promise<Ack<R>>;

/** Every client event's handler, built once for the whole server (see commandListener). */
export type CommandTable = { readonly [E in ClientEventName]: CommandHandler<E, unknown> };
/** The handlers of some of the events (the host's, the player's): merged into one CommandTable. */
export type CommandHandlers<E extends ClientEventName> = { readonly [K in E]: CommandHandler<K, unknown> };

export interface CommandGuard {
  /** Resolves false when this socket has sent too many events. */
  allow(socket: LousaSocket): Promise<boolean>;
}

type SocketListener = (event: unknown, ...args: unknown[]) => void;

/**
 * The one listener each socket gets, dispatching every event through `table` with the rules every
 * command shares: the last argument must be an ack (otherwise the client is broken or hostile:
 * disconnect), the payload must parse with the event's schema (INVALID_PAYLOAD), the socket must be
 * within its rate limit (RATE_LIMITED), and a thrown error becomes INTERNAL with no stack trace sent
 * to the client. Events nobody handles (typos, old clients, fuzzers) are refused and count against the
 * rate limit like a real command, so a flood of made-up events costs the sender, not the server.
 *
 * One listener per socket rather than one per event: the handlers are shared by every socket (they
 * take it as an argument), so a connection costs one small closure instead of seventeen — at 10,000
 * phones that was about 10 KiB each of closures, contexts and their property stores.
 */
export function commandListener(table: CommandTable, guard: CommandGuard, log: Logger): (socket: LousaSocket) => SocketListener {
  async function run(socket: LousaSocket, event: ClientEventName, args: readonly unknown[], ack: (result: Ack<unknown>) => void): Promise<void> {
    if (!(await guard.allow(socket))) return ack(ackError("RATE_LIMITED", "Too many requests, slow down"));
    if (args.length !== 2) return ack(ackError("INVALID_PAYLOAD", "Expected exactly one payload and an ack"));
    const parsed = COMMAND_SCHEMAS[event].safeParse(args[0]);
    if (!parsed.success) {
      return ack(ackError("INVALID_PAYLOAD", parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ")));
    }
    try {
      // The schema map ties each event to its payload type (parsed just above); TypeScript cannot follow
      // that pairing through a union of events, so the table's handler is seen as taking any of them.
      const handler = table[event] as CommandHandler<ClientEventName, unknown>;
      ack(await handler(parsed.data, socket));
    } catch (e) {
      log.error({ err: e, event }, "command failed");
      ack(ackError("INTERNAL", "Something went wrong on the server"));
    }
  }

  async function refuse(socket: LousaSocket, ack: unknown): Promise<void> {
    const allowed = await guard.allow(socket);
    if (typeof ack === "function") ack(allowed ? ackError("INVALID_PAYLOAD", "Unknown event") : ackError("RATE_LIMITED", "Too many requests, slow down"));
  }

  function dispatch(socket: LousaSocket, event: unknown, args: readonly unknown[]): void {
    const ack = args[args.length - 1];
    // Listeners see raw `unknown` arguments on purpose: typed event maps are not validation.
    if (typeof event !== "string" || !isClientEvent(event)) return void refuse(socket, ack);
    if (typeof ack !== "function") {
      log.warn({ event, socket: socket.id }, "event without ack: disconnecting");
      socket.disconnect(true);
      return;
    }
    void run(socket, event, args, (result) => void ack(result));
  }

  return (socket) => (event, ...args) => dispatch(socket, event, args);
}
