import type { AnswerRecord, PlayedQuestion } from "@lousa/game";
import type { GameRepository } from "./repositories";
import type { NewGame, NewPlayer } from "./types";

/** A bank every implementation under test must know (the built-in Kernel bank in the real database). */
export const CONTRACT_BANK_ID = "kernel";

const question: PlayedQuestion = { id: "q1", type: "single", prompt: "?", options: ["a", "b"], correct: [1], explanation: "", timeLimitMs: 20_000, pointsMode: "standard" };

function newGame(id: string, ownerId: string | null = null): NewGame {
  return { id, pin: "123456", bankId: CONTRACT_BANK_ID, settings: { pointsMode: "bank", timeLimitSec: null }, questions: [question], hostSecretHash: `h-${id}`, identity: null, ownerId, bankTitle: "Kernel" };
}

function newPlayer(gameId: string, id: string, nickname: string): NewPlayer {
  return { id, gameId, nickname, nicknameKey: nickname.toLowerCase(), tokenHash: `t-${id}`, deviceId: null, identifier: null, realName: null };
}

function answer(playerId: string, questionIndex: number): AnswerRecord {
  return { playerId, questionIndex, choices: [1], text: null, value: null, correct: true, points: 900, streakBonus: 0, responseMs: 2000, answeredAt: Date.UTC(2026, 10, 28, 9, 0, 2) };
}

/**
 * The behaviour every GameRepository must have, run over each implementation (in memory and Prisma),
 * so the fast in-memory one used in runner tests can be trusted to behave like the database.
 * The rule that matters most: a call that throws has stored nothing.
 */
export function gameRepositoryContract(name: string, open: () => Promise<{ repo: GameRepository; close(): Promise<void> }>): void {
  describe(`GameRepository contract: ${name}`, () => {
    let repo: GameRepository;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ repo, close } = await open());
      await repo.create(newGame("g1"));
    });
    afterEach(() => close());

    it("creates a game in the lobby and reads it back", async () => {
      const g = await repo.get("g1");
      expect(g).toMatchObject({ id: "g1", pin: "123456", phase: "lobby", questionIndex: -1, locked: false, startedAt: null, endedAt: null });
      expect(g?.questions).toEqual([question]);
      expect(g?.bankTitle).toBe("Kernel");
      expect(await repo.get("nope")).toBeNull();
    });

    it("lists a teacher's games and nobody else's", async () => {
      await repo.create(newGame("g2", "teacher-a"));
      await repo.create(newGame("g3", "teacher-b"));
      await repo.create(newGame("g4", "teacher-a"));
      expect((await repo.listOwnedBy("teacher-a", 10)).sort()).toEqual(["g2", "g4"]);
      expect(await repo.listOwnedBy("teacher-a", 1)).toHaveLength(1);
      expect(await repo.listOwnedBy("nobody", 10)).toEqual([]);
      expect((await repo.get("g2"))?.ownerId).toBe("teacher-a");
      expect((await repo.get("g1"))?.ownerId).toBeNull();
    });

    it("refuses a game for a bank that does not exist", async () => {
      await expect(repo.create({ ...newGame("g2"), bankId: "no-such-bank" })).rejects.toThrow();
      expect(await repo.get("g2")).toBeNull();
    });

    it("stores a batch of players all or nothing", async () => {
      await repo.addPlayers([newPlayer("g1", "p1", "Ana"), newPlayer("g1", "p2", "Bia")]);
      await expect(repo.addPlayers([newPlayer("g1", "p3", "Caio"), newPlayer("g1", "p4", "ana")])).rejects.toThrow();
      const record = await repo.load("g1");
      expect(record?.players.map((p) => p.nickname)).toEqual(["Ana", "Bia"]);
      expect(record?.players[0]).toMatchObject({ score: 0, kicked: false, allowedBack: false });
    });

    it("refuses a player for a game that does not exist", async () => {
      await expect(repo.addPlayers([newPlayer("nope", "p1", "Ana")])).rejects.toThrow();
    });

    it("finds a player, and their game, by the hash of their rejoin token", async () => {
      await repo.create(newGame("g2"));
      await repo.addPlayers([newPlayer("g1", "p1", "Ana"), newPlayer("g2", "p2", "Ana")]);
      expect(await repo.findPlayerByToken("t-p1")).toMatchObject({ id: "p1", gameId: "g1" });
      expect(await repo.findPlayerByToken("t-p2")).toMatchObject({ id: "p2", gameId: "g2" });
      expect(await repo.findPlayerByToken("t-other")).toBeNull();
    });

    it("stores answers once per player and question, all or nothing", async () => {
      await repo.addPlayers([newPlayer("g1", "p1", "Ana"), newPlayer("g1", "p2", "Bia")]);
      await repo.saveAnswers("g1", [answer("p1", 0)]);
      await expect(repo.saveAnswers("g1", [answer("p2", 0), answer("p1", 0)])).rejects.toThrow();
      await expect(repo.saveAnswers("g1", [answer("ghost", 0)])).rejects.toThrow();
      const record = await repo.load("g1");
      expect(record?.answers).toEqual([answer("p1", 0)]);
    });

    it("records phases with their standings and the start and end times", async () => {
      await repo.addPlayers([newPlayer("g1", "p1", "Ana")]);
      const t0 = Date.UTC(2026, 10, 28, 9, 0, 0);
      await repo.savePhase("g1", { phase: "question", questionIndex: 0, questionOpenedAt: t0, locked: true }, t0);
      expect(await repo.get("g1")).toMatchObject({ phase: "question", questionIndex: 0, questionOpenedAt: t0, locked: true, startedAt: t0, endedAt: null });
      // Re-opened after a restart: a new opening time, the same start.
      await repo.savePhase("g1", { phase: "question", questionIndex: 0, questionOpenedAt: t0 + 60_000, locked: true }, t0 + 60_000);
      expect(await repo.get("g1")).toMatchObject({ questionOpenedAt: t0 + 60_000, startedAt: t0 });
      const standing = { id: "p1", score: 900, streak: 1, correctCount: 1, totalResponseMs: 2000 };
      await repo.savePhase("g1", { phase: "reveal", questionIndex: 0, questionOpenedAt: null, locked: true }, t0 + 5000, [standing]);
      expect((await repo.load("g1"))?.players[0]).toMatchObject({ score: 900, streak: 1, correctCount: 1, totalResponseMs: 2000 });
      await repo.savePhase("g1", { phase: "podium", questionIndex: 0, questionOpenedAt: null, locked: true }, t0 + 9000);
      expect(await repo.get("g1")).toMatchObject({ phase: "podium", startedAt: t0, endedAt: t0 + 9000 });
    });

    it("locks and unlocks a game without touching its phase or start time", async () => {
      const t0 = Date.UTC(2026, 10, 28, 9, 0, 0);
      await repo.savePhase("g1", { phase: "question", questionIndex: 0, questionOpenedAt: t0, locked: false }, t0);
      await repo.setLocked("g1", true);
      expect(await repo.get("g1")).toMatchObject({ phase: "question", locked: true, startedAt: t0, questionOpenedAt: t0 });
      await repo.setLocked("g1", false);
      expect((await repo.get("g1"))?.locked).toBe(false);
      await expect(repo.setLocked("nope", true)).rejects.toThrow();
    });

    it("refuses a phase for a game that does not exist", async () => {
      await expect(repo.savePhase("nope", { phase: "question", questionIndex: 0, questionOpenedAt: 0, locked: false }, 0)).rejects.toThrow();
    });

    it("lists only unfinished games, from plain columns", async () => {
      await repo.create(newGame("g2"));
      await repo.savePhase("g2", { phase: "podium", questionIndex: 0, questionOpenedAt: null, locked: false }, Date.now());
      const list = await repo.listUnfinished();
      expect(list.map((g) => g.id)).toEqual(["g1"]);
      expect(list[0]).toMatchObject({ pin: "123456", questionIndex: -1 });
      expect(typeof list[0]?.createdAt).toBe("number");
    });

    it("remembers kicks and who was let back in", async () => {
      await repo.addPlayers([newPlayer("g1", "p1", "Ana")]);
      await repo.setKicked("g1", "p1");
      expect((await repo.load("g1"))?.players[0]).toMatchObject({ kicked: true, allowedBack: false });
      await repo.setAllowedBack("g1", "p1");
      expect((await repo.load("g1"))?.players[0]).toMatchObject({ kicked: true, allowedBack: true });
      await expect(repo.setKicked("g1", "ghost")).rejects.toThrow();
    });

    it("keeps accommodations (set at join or later, cleared) and marks answers given with one", async () => {
      await repo.addPlayers([{ ...newPlayer("g1", "p1", "Ana"), accommodation: { time: "x2", noSpeedPenalty: false } }, newPlayer("g1", "p2", "Bia")]);
      expect((await repo.load("g1"))?.players.map((p) => p.accommodation)).toEqual([{ time: "x2", noSpeedPenalty: false }, null]);
      await repo.setAccommodation("g1", "p2", { time: "unlimited", noSpeedPenalty: true });
      await repo.setAccommodation("g1", "p1", null);
      expect((await repo.load("g1"))?.players.map((p) => p.accommodation)).toEqual([null, { time: "unlimited", noSpeedPenalty: true }]);
      await repo.saveAnswers("g1", [{ ...answer("p2", 0), accommodated: true }, answer("p1", 0)]);
      const answers = (await repo.load("g1"))?.answers ?? [];
      expect(answers.find((a) => a.playerId === "p2")?.accommodated).toBe(true);
      expect(answers.find((a) => a.playerId === "p1")?.accommodated).toBeUndefined();
      await expect(repo.setAccommodation("g1", "ghost", null)).rejects.toThrow();
    });

    it("keeps an identifier the teacher adds after the game, and clears it", async () => {
      await repo.addPlayers([newPlayer("g1", "p1", "Ana")]);
      await repo.setIdentifier("g1", "p1", "2026-001");
      expect((await repo.load("g1"))?.players[0]).toMatchObject({ identifier: "2026-001" });
      await repo.setIdentifier("g1", "p1", null);
      expect((await repo.load("g1"))?.players[0]).toMatchObject({ identifier: null });
      await expect(repo.setIdentifier("g1", "ghost", "x")).rejects.toThrow();
    });
  });
}
