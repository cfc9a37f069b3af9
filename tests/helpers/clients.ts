import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "@lousa/protocol";

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** `query`: the handshake's query, e.g. the `pin` a load balancer routes by (several servers). */
export async function connect(url: string, headers: Record<string, string> = {}, query: Record<string, string> = {}): Promise<TestSocket> {
  const socket: TestSocket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: headers, query });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];
type Reply<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Sends a command and returns its ack. */
export function call<E extends keyof ClientToServerEvents>(socket: TestSocket, event: E, payload: Payload<E>): Promise<Reply<E>> {
  const raw = socket as unknown as Socket;
  return raw.timeout(5000).emitWithAck(event, payload);
}

/** Sends a command that must succeed and returns its data. */
export async function must<E extends keyof ClientToServerEvents>(socket: TestSocket, event: E, payload: Payload<E>): Promise<Extract<Reply<E>, { ok: true }>["data"]> {
  const r = (await call(socket, event, payload)) as Ack<unknown>;
  if (!r.ok) throw new Error(`${event} failed: ${r.error.code} ${r.error.message}`);
  return (r as Extract<Reply<E>, { ok: true }>).data;
}

/** Resolves with the next `event` push that satisfies `predicate` (no polling, no sleeping). */
export function next<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  predicate: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>> {
  const socketRaw = socket as unknown as Socket;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socketRaw.off(String(event), listener);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const listener = (...raw: unknown[]) => {
      // Tests trust the server's push shapes: the assertions check them.
      const args = raw as Parameters<ServerToClientEvents[E]>;
      if (!predicate(...args)) return;
      clearTimeout(timer);
      socketRaw.off(String(event), listener);
      resolve(args);
    };
    socketRaw.on(String(event), listener);
  });
}

/** Sends raw arguments (for malformed-input tests): bypasses the typed API on purpose. */
export function rawEmitWithAck(socket: TestSocket, event: string, ...args: unknown[]): Promise<unknown> {
  const raw = socket as unknown as Socket;
  return raw.timeout(5000).emitWithAck(event, ...args);
}
