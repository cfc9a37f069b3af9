import { withFaults, InjectedFault } from "./fault-injection";
import { CONTRACT_BANK_ID, gameRepositoryContract } from "./game-repository.contract";
import { MemoryGameRepository } from "./memory-game-repository";

const banks = new Map([[CONTRACT_BANK_ID, "Kernel"]]);

gameRepositoryContract("in memory", async () => ({ repo: new MemoryGameRepository(banks), close: async () => undefined }));
gameRepositoryContract("in memory behind withFaults (nothing armed)", async () => ({ repo: withFaults(new MemoryGameRepository(banks)).repo, close: async () => undefined }));

describe("withFaults", () => {
  it("fails exactly the armed calls, storing nothing, then lets the next ones through", async () => {
    const { repo, faults } = withFaults(new MemoryGameRepository(banks));
    faults.failNext("create");
    const game = { id: "g", pin: "1", bankId: CONTRACT_BANK_ID, settings: { pointsMode: "bank" as const, timeLimitSec: null }, questions: [], hostSecretHash: "h", identity: null, ownerId: null, bankTitle: "Banco" };
    await expect(repo.create(game)).rejects.toBeInstanceOf(InjectedFault);
    expect(await repo.get("g")).toBeNull();
    await repo.create(game);
    expect(await repo.get("g")).not.toBeNull();
    expect(faults.calls("create")).toBe(2);
  });
});
