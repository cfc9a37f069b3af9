import type { Accommodation, AnswerRecord } from "@lousa/game";
import type { GameRepository } from "./repositories";
import type { GameRecord, NewGame, NewPlayer, PhaseRecord, PlayerStanding, StoredGame, StoredPlayer, UnfinishedGame } from "./types";

type MutableGame = { -readonly [K in keyof StoredGame]: StoredGame[K] };
type MutablePlayer = { -readonly [K in keyof StoredPlayer]: StoredPlayer[K] };

/**
 * GameRepository in memory, with the same rules as the database: unique nickname per game, one answer
 * per player and question, rows that must point at existing games and players, and every call all or
 * nothing (checked before anything is written). For fast tests of the game runner, usually wrapped in
 * `withFaults` to make a chosen write fail; it passes the same contract suite as the Prisma one.
 */
export class MemoryGameRepository implements GameRepository {
  private readonly games = new Map<string, MutableGame>();
  private readonly players = new Map<string, MutablePlayer>();
  private readonly answers: AnswerRecord[] = [];
  private readonly answerKeys = new Set<string>();
  private joinSeq = 0;

  /** `bankTitles`: the banks that exist (id → title), as the Bank table would hold them. */
  constructor(
    private readonly bankTitles: ReadonlyMap<string, string>,
    private readonly now: () => number = Date.now,
  ) {}

  async create(game: NewGame): Promise<void> {
    if (!this.bankTitles.has(game.bankId)) throw new Error(`foreign key: no bank ${game.bankId}`);
    if (this.games.has(game.id)) throw new Error(`unique: game ${game.id} exists`);
    this.games.set(game.id, { ...game, phase: "lobby", questionIndex: -1, questionOpenedAt: null, locked: false, createdAt: this.now(), startedAt: null, endedAt: null });
  }

  async get(id: string): Promise<StoredGame | null> {
    const g = this.games.get(id);
    return g ? { ...g } : null;
  }

  async listUnfinished(): Promise<UnfinishedGame[]> {
    return [...this.games.values()].filter((g) => g.phase !== "podium").map((g) => ({ id: g.id, pin: g.pin, questionIndex: g.questionIndex, createdAt: g.createdAt }));
  }

  async findUnfinishedByPin(pin: string): Promise<UnfinishedGame | null> {
    return (await this.listUnfinished()).find((g) => g.pin === pin) ?? null;
  }

  async savePhase(gameId: string, phase: PhaseRecord, at: number, standings: readonly PlayerStanding[] = []): Promise<void> {
    const game = this.requireGame(gameId);
    // Like SQL's UPDATE … WHERE id = …: a standing for a player not in this game changes nothing.
    for (const s of standings) {
      const p = this.players.get(s.id);
      if (p?.gameId === gameId) Object.assign(p, { score: s.score, streak: s.streak, correctCount: s.correctCount, totalResponseMs: s.totalResponseMs });
    }
    Object.assign(game, {
      phase: phase.phase,
      questionIndex: phase.questionIndex,
      questionOpenedAt: phase.questionOpenedAt,
      locked: phase.locked,
      ...(phase.phase === "question" && game.startedAt === null ? { startedAt: at } : {}),
      ...(phase.phase === "podium" ? { endedAt: at } : {}),
    });
  }

  async addPlayers(players: readonly NewPlayer[]): Promise<void> {
    const keys = new Set<string>();
    for (const p of players) {
      this.requireGame(p.gameId);
      const key = `${p.gameId}\u0000${p.nicknameKey}`;
      const taken = keys.has(key) || [...this.players.values()].some((q) => q.gameId === p.gameId && q.nicknameKey === p.nicknameKey);
      if (this.players.has(p.id) || taken) throw new Error(`unique: player ${p.id} / ${p.nicknameKey}`);
      keys.add(key);
    }
    for (const p of players) {
      this.players.set(p.id, { ...p, team: p.team ?? null, accommodation: p.accommodation ?? null, totalResponseMs: p.totalResponseMs ?? 0, score: 0, streak: 0, correctCount: 0, kicked: false, allowedBack: false, joinedAt: this.now() + this.joinSeq++ / 1e6 });
    }
  }

  async findPlayerByToken(tokenHash: string): Promise<StoredPlayer | null> {
    for (const p of this.players.values()) if (p.tokenHash === tokenHash) return { ...p };
    return null;
  }

  async setKicked(gameId: string, playerId: string): Promise<void> {
    this.requirePlayer(gameId, playerId).kicked = true;
  }

  async setAccommodation(gameId: string, playerId: string, accommodation: Accommodation | null): Promise<void> {
    this.requirePlayer(gameId, playerId).accommodation = accommodation;
  }

  async setLocked(gameId: string, locked: boolean): Promise<void> {
    this.requireGame(gameId).locked = locked;
  }

  async setAllowedBack(gameId: string, playerId: string): Promise<void> {
    this.requirePlayer(gameId, playerId).allowedBack = true;
  }

  async setIdentifier(gameId: string, playerId: string, identifier: string | null): Promise<void> {
    this.requirePlayer(gameId, playerId).identifier = identifier;
  }

  async saveAnswers(gameId: string, answers: readonly AnswerRecord[]): Promise<void> {
    const keys = new Set<string>();
    for (const a of answers) {
      this.requirePlayer(gameId, a.playerId);
      const key = `${a.playerId}\u0000${a.questionIndex}`;
      if (keys.has(key) || this.answerKeys.has(key)) throw new Error(`unique: answer ${key}`);
      keys.add(key);
    }
    for (const a of answers) {
      this.answers.push({ ...a, choices: [...a.choices] });
      this.answerKeys.add(`${a.playerId}\u0000${a.questionIndex}`);
    }
  }

  async load(gameId: string): Promise<GameRecord | null> {
    const game = await this.get(gameId);
    if (!game) return null;
    const players = [...this.players.values()].filter((p) => p.gameId === gameId).sort((a, b) => a.joinedAt - b.joinedAt);
    const ids = new Set(players.map((p) => p.id));
    const answers = this.answers.filter((a) => ids.has(a.playerId)).sort((a, b) => a.questionIndex - b.questionIndex);
    return { game, players: players.map((p) => ({ ...p, joinedAt: Math.floor(p.joinedAt) })), answers };
  }

  async listOwnedBy(ownerId: string, limit: number): Promise<string[]> {
    return [...this.games.values()]
      .filter((g) => g.ownerId === ownerId)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map((g) => g.id);
  }

  private requireGame(gameId: string): MutableGame {
    const g = this.games.get(gameId);
    if (!g) throw new Error(`foreign key: no game ${gameId}`);
    return g;
  }

  private requirePlayer(gameId: string, playerId: string): MutablePlayer {
    const p = this.players.get(playerId);
    if (!p || p.gameId !== gameId) throw new Error(`not found: player ${playerId} in game ${gameId}`);
    return p;
  }
}
