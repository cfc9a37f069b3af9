/**
 * A bare Socket.IO client for the bench's bots: the Engine.IO v4 / Socket.IO v5 text protocol spoken
 * over one `ws` WebSocket, nothing else — no reconnection manager, no buffering, no per-socket timers.
 * At 10,000 bots the full socket.io-client cost the machine more CPU than the server it was measuring
 * (52 s against 39 s), so the tail latencies were mostly the bots' own queues. The server sees exactly
 * what a phone's client sends (websocket transport, the default JSON parser, pongs to its pings).
 */
import WebSocket from "ws";

type Listener = (data: unknown) => void;

export interface LiteSocket {
  /** Resolves once the server accepted the Socket.IO connection (rejects with its reason otherwise). */
  readonly connected: Promise<void>;
  on(event: string, listener: Listener): void;
  onDisconnect(listener: (reason: string) => void): void;
  /** Sends an event and resolves with the server's acknowledgement (rejects after `timeoutMs`). */
  emitWithAck(event: string, payload: unknown, timeoutMs: number): Promise<unknown>;
  close(): void;
}

/** Engine.IO packet types (the first character of every frame). */
const EIO = { open: "0", close: "1", ping: "2", pong: "3", message: "4" } as const;
/** Socket.IO packet types (the character after Engine.IO's "4"). */
const SIO = { connect: "0", disconnect: "1", event: "2", ack: "3", connectError: "4" } as const;

/** `base` is the server's http(s) address; `query` goes in the handshake (the PIN a load balancer routes by). */
export function liteSocket(base: string, query: Readonly<Record<string, string>>): LiteSocket {
  const url = new URL("/socket.io/", base.replace(/^http/, "ws"));
  url.search = new URLSearchParams({ ...query, EIO: "4", transport: "websocket" }).toString();
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const listeners = new Map<string, Listener[]>();
  const acks = new Map<number, { resolve: (data: unknown) => void; timer: NodeJS.Timeout }>();
  let disconnectListener: (reason: string) => void = () => undefined;
  let nextAckId = 0;
  let closedByUs = false;
  let settle: { resolve: () => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
  const connected = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));

  const gone = (reason: string): void => {
    settle.reject(new Error(reason));
    for (const [, pending] of acks) clearTimeout(pending.timer);
    acks.clear();
    if (!closedByUs) disconnectListener(reason);
  };

  ws.on("message", (raw: WebSocket.RawData) => {
    const frame = raw.toString();
    const type = frame[0];
    if (type === EIO.ping) ws.send(EIO.pong);
    else if (type === EIO.open) ws.send(`${EIO.message}${SIO.connect}`);
    else if (type === EIO.close) ws.close();
    else if (type === EIO.message) onPacket(frame.slice(1));
  });
  ws.on("close", () => gone("transport close"));
  ws.on("error", (e: Error) => gone(`transport error: ${e.message}`));

  function onPacket(packet: string): void {
    const type = packet[0];
    if (type === SIO.connect) return settle.resolve();
    if (type === SIO.connectError) return settle.reject(new Error(`connect refused: ${packet.slice(1)}`));
    if (type === SIO.disconnect) {
      disconnectListener("io server disconnect");
      return;
    }
    // "2[...]" an event, "3<id>[...]" an ack (the default namespace: no "/nsp," prefix).
    const open = packet.indexOf("[");
    if (open < 0) return;
    const body: unknown = JSON.parse(packet.slice(open));
    if (!Array.isArray(body)) return;
    if (type === SIO.ack) {
      const id = Number(packet.slice(1, open));
      const pending = acks.get(id);
      if (!pending) return;
      acks.delete(id);
      clearTimeout(pending.timer);
      pending.resolve(body[0]);
    } else if (type === SIO.event && typeof body[0] === "string") {
      for (const listener of listeners.get(body[0]) ?? []) listener(body[1]);
    }
  }

  return {
    connected,
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    onDisconnect(listener) {
      disconnectListener = listener;
    },
    emitWithAck(event, payload, timeoutMs) {
      const id = nextAckId++;
      return new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(id);
          reject(new Error("operation has timed out"));
        }, timeoutMs);
        acks.set(id, { resolve, timer });
        ws.send(`${EIO.message}${SIO.event}${id}${JSON.stringify([event, payload])}`);
      });
    },
    close() {
      closedByUs = true;
      ws.terminate();
    },
  };
}
