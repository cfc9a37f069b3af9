import type { PhaseView } from "@lousa/game";
import { ackError, ackOk, type Ack, type ClientEventName, type HostSnapshot } from "@lousa/protocol";
import type { GameRunner, RunnerResult } from "../game/game-runner";
import { secretMatches } from "../secrets";
import { registerCommand, type CommandHandler } from "./command";
import { attachHost, liveGameByPin, runnerOf, type RealtimeContext } from "./context";
import type { LousaSocket } from "./types";

function snapshot(runner: GameRunner, ctx: RealtimeContext): HostSnapshot {
  return {
    gameId: runner.id,
    pin: runner.pin,
    bankTitle: runner.record.bankTitle,
    questionCount: runner.game.questions.length,
    joinUrl: ctx.joinUrl(runner.pin),
    locked: runner.game.locked,
    phase: runner.phaseView(),
    roster: runner.rosterLines(),
    answeredCount: runner.game.phase.kind === "question" ? runner.game.answered : 0,
  };
}

function toAck<T>(r: RunnerResult<T>): Ack<T> {
  return r.ok ? ackOk(r.value) : ackError(r.error.code, r.error.message);
}

/** Host commands other than create/attach act on the game this socket is the host of. */
function hostRunner(socket: LousaSocket, ctx: RealtimeContext): GameRunner | Ack<never> {
  const identity = socket.data.identity;
  if (identity?.role !== "host") return ackError("NOT_HOST", "Only the host of a game can do that");
  return runnerOf(identity, ctx.registry) ?? ackError("GAME_NOT_FOUND", "This game no longer exists");
}

export function registerHostHandlers(socket: LousaSocket, ctx: RealtimeContext): void {
  const on = <E extends ClientEventName, R>(event: E, handler: CommandHandler<E, R>) => registerCommand(socket, event, handler, ctx.guard, ctx.log);

  on("host:create", async ({ bankId, settings, identity }) => {
    const created = await ctx.registry.create(bankId, settings, identity ?? null);
    if (!created) return ackError("BANK_NOT_FOUND", "No question bank with that id");
    attachHost(socket, created.runner, ctx.registry);
    return ackOk({ gameId: created.runner.id, pin: created.runner.pin, hostSecret: created.hostSecret });
  });

  on("host:attach", async ({ pin, hostSecret }) => {
    // The same wrong-PIN budget as joining: GAME_NOT_FOUND vs HOST_SECRET_INVALID must not map live PINs.
    const runner = await liveGameByPin(socket, ctx, pin);
    if (!("game" in runner)) return runner;
    if (!secretMatches(hostSecret, runner.record.hostSecretHash)) return ackError("HOST_SECRET_INVALID", "That host key does not open this game");
    attachHost(socket, runner, ctx.registry);
    return ackOk(snapshot(runner, ctx));
  });

  const command = <E extends "host:start" | "host:next" | "host:endQuestion" | "host:end">(
    event: E,
    run: (r: GameRunner, payload: Parameters<CommandHandler<E, PhaseView>>[0]) => Promise<RunnerResult<PhaseView>>,
  ) =>
    on(event, async (payload: Parameters<CommandHandler<E, PhaseView>>[0]) => {
      const runner = hostRunner(socket, ctx);
      if (!("game" in runner)) return runner;
      return toAck(await run(runner, payload));
    });
  command("host:start", (r) => r.start());
  command("host:next", (r, p) => r.next("expect" in p ? p.expect : undefined));
  command("host:endQuestion", (r) => r.endQuestion());
  command("host:end", (r) => r.end());

  on("host:kick", async ({ playerId }) => {
    const runner = hostRunner(socket, ctx);
    return "game" in runner ? toAck(await runner.kick(playerId)) : runner;
  });
  on("host:allow", async ({ playerId }) => {
    const runner = hostRunner(socket, ctx);
    return "game" in runner ? toAck(await runner.allowBack(playerId)) : runner;
  });
  on("host:lock", async ({ locked }) => {
    const runner = hostRunner(socket, ctx);
    return "game" in runner ? toAck(await runner.lock(locked)) : runner;
  });
}
