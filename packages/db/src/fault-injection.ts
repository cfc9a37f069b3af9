import type { GameRepository } from "./repositories";

type WriteMethod = "create" | "savePhase" | "addPlayers" | "setKicked" | "setAccommodation" | "setLocked" | "setAllowedBack" | "setIdentifier" | "saveAnswers";

/** The error a `withFaults` repository throws: what a full disk or a locked database looks like to callers. */
export class InjectedFault extends Error {
  constructor(readonly method: WriteMethod) {
    super(`injected storage failure in ${method}`);
    this.name = "InjectedFault";
  }
}

/** Chooses which writes fail. Each armed failure is used up by one call. */
export interface Faults {
  /** The next `times` calls of `method` throw without writing anything. */
  failNext(method: WriteMethod, times?: number): void;
  /** How many calls of `method` were made (failed ones included). */
  calls(method: WriteMethod): number;
  /** Disarms every pending failure. */
  clear(): void;
}

/**
 * Wraps any GameRepository (in memory or Prisma) so a test can make a chosen write fail, exactly
 * when it wants, as a real storage failure would: the call throws and nothing of it is stored.
 */
export function withFaults(inner: GameRepository): { repo: GameRepository; faults: Faults } {
  const armed = new Map<WriteMethod, number>();
  const counts = new Map<WriteMethod, number>();
  const guard = (method: WriteMethod): void => {
    counts.set(method, (counts.get(method) ?? 0) + 1);
    const left = armed.get(method) ?? 0;
    if (left <= 0) return;
    armed.set(method, left - 1);
    throw new InjectedFault(method);
  };
  const repo: GameRepository = {
    create: async (game) => (guard("create"), inner.create(game)),
    get: (id) => inner.get(id),
    listUnfinished: () => inner.listUnfinished(),
    findUnfinishedByPin: (pin) => inner.findUnfinishedByPin(pin),
    savePhase: async (gameId, phase, at, standings) => (guard("savePhase"), inner.savePhase(gameId, phase, at, standings)),
    addPlayers: async (players) => (guard("addPlayers"), inner.addPlayers(players)),
    findPlayerByToken: (tokenHash) => inner.findPlayerByToken(tokenHash),
    setKicked: async (gameId, playerId) => (guard("setKicked"), inner.setKicked(gameId, playerId)),
    setAccommodation: async (gameId, playerId, accommodation) => (guard("setAccommodation"), inner.setAccommodation(gameId, playerId, accommodation)),
    setLocked: async (gameId, locked) => (guard("setLocked"), inner.setLocked(gameId, locked)),
    setAllowedBack: async (gameId, playerId) => (guard("setAllowedBack"), inner.setAllowedBack(gameId, playerId)),
    setIdentifier: async (gameId, playerId, identifier) => (guard("setIdentifier"), inner.setIdentifier(gameId, playerId, identifier)),
    saveAnswers: async (gameId, answers) => (guard("saveAnswers"), inner.saveAnswers(gameId, answers)),
    load: (gameId) => inner.load(gameId),
    listOwnedBy: (ownerId, limit) => inner.listOwnedBy(ownerId, limit),
  };
  return {
    repo,
    faults: {
      failNext: (method, times = 1) => armed.set(method, (armed.get(method) ?? 0) + times),
      calls: (method) => counts.get(method) ?? 0,
      clear: () => armed.clear(),
    },
  };
}
