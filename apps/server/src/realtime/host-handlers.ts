import type { PhaseView } from "@lousa/game";
import { ackError, ackOk, type Ack, type ClientEventName, type HostSnapshot } from "@lousa/protocol";
import type { GameRunner, RunnerResult } from "../game/game-runner";
import { secretMatches } from "../secrets";
import type { CommandHandler, CommandHandlers } from "./command";
import { attachHost, liveGameByPin, runnerOf, sessionStillValid, type RealtimeContext } from "./context";
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
    pacing: runner.pacingView(),
    teams: runner.record.settings.teams ?? null,
  };
}

function toAck<T>(r: RunnerResult<T>): Ack<T> {
  return r.ok ? ackOk(r.value) : ackError(r.error.code, r.error.message);
}

/**
 * Host commands other than create/attach act on the game this socket is the host of. A socket that
 * attached with a teacher's session (no host key) keeps its rights only while that session lasts:
 * signing out everywhere takes the projector's controls away at once.
 */
async function hostRunner(socket: LousaSocket, ctx: RealtimeContext): Promise<GameRunner | Ack<never>> {
  const identity = socket.data.identity;
  if (identity?.role !== "host") return ackError("NOT_HOST", "Only the host of a game can do that");
  if (identity.teacherId !== null && !(await sessionStillValid(socket, ctx))) {
    return ackError("NOT_SIGNED_IN", "Your teacher session has ended: sign in again or open the host link");
  }
  return runnerOf(identity, ctx.registry) ?? ackError("GAME_NOT_FOUND", "This game no longer exists");
}

type HostEvent = Extract<ClientEventName, `host:${string}`>;

/** The host's commands, shared by every socket (each handler is given the socket it serves). */
export function hostCommands(ctx: RealtimeContext): CommandHandlers<HostEvent> {
  /** The commands that move the game on: each answers with the new phase. */
  const phaseCommand =
    <E extends "host:start" | "host:next" | "host:endQuestion" | "host:end">(run: (r: GameRunner, payload: Parameters<CommandHandler<E, PhaseView>>[0]) => Promise<RunnerResult<PhaseView>>): CommandHandler<E, PhaseView> =>
    async (payload, socket) => {
      const runner = await hostRunner(socket, ctx);
      if (!("game" in runner)) return runner;
      return toAck(await run(runner, payload));
    };

  return {
    "host:create": async ({ bankId, settings, identity }, socket) => {
      // Games belong to a signed-in teacher (their history and reports); students never host.
      const teacher = await ctx.teacherOf(socket);
      if (!teacher) return ackError("NOT_SIGNED_IN", "Sign in with a teacher account to host a game");
      const created = await ctx.registry.create(teacher.id, bankId, settings, identity ?? null);
      if (!created) return ackError("BANK_NOT_FOUND", "No question bank with that id");
      // The creator holds the host key (it is in the ack): the key is its proof from here on.
      attachHost(socket, created.runner, ctx.registry, null);
      return ackOk({ gameId: created.runner.id, pin: created.runner.pin, hostSecret: created.hostSecret });
    },

    "host:attach": async ({ pin, hostSecret }, socket) => {
      // The same wrong-PIN budget as joining: GAME_NOT_FOUND vs HOST_SECRET_INVALID must not map live PINs.
      const runner = await liveGameByPin(socket, ctx, pin);
      if (!("game" in runner)) return runner;
      if (hostSecret !== undefined) {
        if (!secretMatches(hostSecret, runner.record.hostSecretHash)) return ackError("HOST_SECRET_INVALID", "That host key does not open this game");
        attachHost(socket, runner, ctx.registry, null);
        return ackOk(snapshot(runner, ctx));
      }
      // No key (another device of the same teacher): the session of the teacher who created the game.
      const teacher = await ctx.teacherOf(socket);
      if (!teacher) return ackError("NOT_SIGNED_IN", "Sign in as the teacher who created this game, or open its host link");
      if (runner.record.ownerId !== teacher.id) return ackError("HOST_SECRET_INVALID", "This game was created by another teacher");
      attachHost(socket, runner, ctx.registry, teacher.id);
      return ackOk(snapshot(runner, ctx));
    },

    "host:start": phaseCommand((r) => r.start()),
    "host:next": phaseCommand<"host:next">((r, p) => r.next("expect" in p ? p.expect : undefined)),
    "host:endQuestion": phaseCommand((r) => r.endQuestion()),
    "host:end": phaseCommand((r) => r.end()),

    "host:kick": async ({ playerId }, socket) => {
      const runner = await hostRunner(socket, ctx);
      return "game" in runner ? toAck(await runner.kick(playerId)) : runner;
    },
    "host:allow": async ({ playerId }, socket) => {
      const runner = await hostRunner(socket, ctx);
      return "game" in runner ? toAck(await runner.allowBack(playerId)) : runner;
    },
    "host:accommodate": async ({ playerId, accommodation }, socket) => {
      const runner = await hostRunner(socket, ctx);
      return "game" in runner ? toAck(await runner.accommodate(playerId, accommodation)) : runner;
    },
    "host:lock": async ({ locked }, socket) => {
      const runner = await hostRunner(socket, ctx);
      return "game" in runner ? toAck(await runner.lock(locked)) : runner;
    },
    "host:pause": async ({ paused }, socket) => {
      const runner = await hostRunner(socket, ctx);
      return "game" in runner ? toAck(runner.pause(paused)) : runner;
    },
  };
}
