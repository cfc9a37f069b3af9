import { createHash, randomUUID } from "node:crypto";
import type { Bank } from "@lousa/banks";
import { Prisma } from "./generated/prisma/client";
import { kindExtras, numberArray, pointsMode, questionType, stringArray } from "./json-guards";
import type { Db } from "./prisma-client";
import type { BankRepository } from "./repositories";
import type { BankContent, LibraryEntry, LibraryEntryWithContent, LibraryRefusal, StoredBank, StoredBankSummary } from "./types";

function contentHash(bank: unknown): string {
  return createHash("sha256").update(JSON.stringify(bank)).digest("hex");
}

type BankRow = Awaited<ReturnType<Db["bank"]["findFirstOrThrow"]>>;
type QuestionRow = Awaited<ReturnType<Db["question"]["findFirstOrThrow"]>>;

function toContent(bank: BankRow, questions: readonly QuestionRow[]): BankContent {
  return {
    title: bank.title,
    description: bank.description,
    language: bank.language,
    questions: questions.map((q) => ({
      type: questionType(q.type),
      prompt: q.prompt,
      options: stringArray(q.options, "question.options"),
      correct: numberArray(q.correct, "question.correct"),
      explanation: q.explanation,
      timeLimitSec: q.timeLimitSec,
      pointsMode: pointsMode(q.pointsMode),
      ...(q.ignoreAccents ? { ignoreAccents: true } : {}),
      ...kindExtras(q.slider, q.image),
    })),
  };
}

/** One Question row: the same columns for a teacher's bank and a built-in one. */
function questionRow(id: string, bankId: string, position: number, q: Bank["questions"][number] | BankContent["questions"][number]) {
  return {
    id,
    bankId,
    position,
    type: q.type,
    prompt: q.prompt,
    options: [...q.options],
    correct: [...q.correct],
    explanation: q.explanation,
    timeLimitSec: q.timeLimitSec,
    pointsMode: q.pointsMode ?? "standard",
    ignoreAccents: q.ignoreAccents === true,
    // Spread into plain objects: Prisma's JSON input takes no readonly interfaces.
    slider: q.slider ? { ...q.slider } : Prisma.DbNull,
    image: q.image ? { ...q.image } : Prisma.DbNull,
  };
}

function questionRows(bankId: string, content: BankContent) {
  // Fresh ids on every save: a game freezes its questions (ids included) when it is created, so
  // nothing refers to a bank's question rows afterwards.
  return content.questions.map((q, position) => questionRow(`${bankId}:${randomUUID()}`, bankId, position, q));
}

/** Case- and accent-insensitive form of a title, for search. */
function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("pt-BR");
}

export class PrismaBankRepository implements BankRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<StoredBankSummary[]> {
    const rows = await this.db.bank.findMany({ where: { deletedAt: null }, orderBy: { title: "asc" }, include: { _count: { select: { questions: true } } } });
    return rows.map((b) => ({ id: b.id, title: b.title, language: b.language, description: b.description, questionCount: b._count.questions }));
  }

  async get(id: string): Promise<StoredBank | null> {
    const b = await this.db.bank.findUnique({ where: { id }, include: { questions: { orderBy: { position: "asc" } } } });
    if (!b) return null;
    return {
      id: b.id,
      title: b.title,
      language: b.language,
      description: b.description,
      questions: toContent(b, b.questions).questions.map((q, i) => ({
        id: b.questions[i]?.id ?? `${b.id}:${i}`,
        type: q.type,
        prompt: q.prompt,
        options: q.options,
        correct: q.correct,
        explanation: q.explanation,
        timeLimitMs: q.timeLimitSec * 1000,
        pointsMode: q.pointsMode,
        ...(q.ignoreAccents ? { ignoreAccents: true } : {}),
        ...(q.slider ? { slider: q.slider } : {}),
        ...(q.image ? { image: q.image } : {}),
      })),
    };
  }

  async upsertBuiltIn(bank: Bank): Promise<"created" | "updated" | "unchanged"> {
    const hash = contentHash(bank);
    const existing = await this.db.bank.findUnique({ where: { id: bank.id }, select: { contentHash: true } });
    if (existing?.contentHash === hash) return "unchanged";
    const fields = { title: bank.title, language: bank.language, description: bank.description, builtIn: true, ownerId: null, contentHash: hash };
    // Past games keep their own frozen copy of the questions, so replacing a bank's questions is safe.
    await this.db.$transaction([
      this.db.question.deleteMany({ where: { bankId: bank.id } }),
      this.db.bank.upsert({ where: { id: bank.id }, create: { id: bank.id, ...fields }, update: { ...fields, revision: { increment: 1 } } }),
      this.db.question.createMany({
        data: bank.questions.map((q, position) => questionRow(`${bank.id}:${q.id}`, bank.id, position, q)),
      }),
    ]);
    return existing ? "updated" : "created";
  }

  async listVisible(teacherId: string, search?: string): Promise<LibraryEntry[]> {
    const term = search?.trim();
    const rows = await this.db.bank.findMany({
      where: {
        AND: [
          { OR: [{ builtIn: true }, { ownerId: teacherId }, { shared: true, deletedAt: null }] },
          // The owner sees their own bin (to restore from it); nobody else sees a deleted bank.
          { OR: [{ deletedAt: null }, { ownerId: teacherId }] },
        ],
      },
      orderBy: [{ builtIn: "desc" }, { title: "asc" }],
      include: { _count: { select: { questions: true } } },
    });
    // Filtered here, not by SQL: SQLite's LIKE ignores case only for ASCII, and "quimica" must find
    // "Química" too. A library is hundreds of banks at most.
    const key = term ? searchKey(term) : "";
    const matching = key ? rows.filter((r) => searchKey(r.title).includes(key)) : rows;
    const names = await this.ownerNames(matching.map((r) => r.ownerId));
    return matching.map((r) => this.entry(r, r._count.questions, names));
  }

  async getVisible(teacherId: string, bankId: string): Promise<LibraryEntryWithContent | null> {
    const row = await this.db.bank.findUnique({ where: { id: bankId }, include: { questions: { orderBy: { position: "asc" } } } });
    if (!row || !this.visible(row, teacherId)) return null;
    const names = await this.ownerNames([row.ownerId]);
    return { ...this.entry(row, row.questions.length, names), content: toContent(row, row.questions) };
  }

  async getPlayable(teacherId: string, bankId: string): Promise<StoredBank | null> {
    const row = await this.db.bank.findUnique({ where: { id: bankId }, select: { builtIn: true, ownerId: true, shared: true, deletedAt: true } });
    if (!row || row.deletedAt !== null || !this.visible(row, teacherId)) return null;
    const bank = await this.get(bankId);
    return bank && bank.questions.length > 0 ? bank : null;
  }

  async create(ownerId: string, content: BankContent): Promise<LibraryEntryWithContent> {
    const id = randomUUID();
    await this.db.$transaction([
      this.db.bank.create({ data: { id, title: content.title, description: content.description, language: content.language, ownerId, contentHash: contentHash(content) } }),
      this.db.question.createMany({ data: questionRows(id, content) }),
    ]);
    const created = await this.getVisible(ownerId, id);
    if (!created) throw new Error(`bank ${id} vanished after creation`);
    return created;
  }

  async save(ownerId: string, bankId: string, revision: number, content: BankContent): Promise<LibraryEntryWithContent | LibraryRefusal> {
    const refusal = await this.refusal(ownerId, bankId);
    if (refusal) return refusal;
    const saved = await this.db.$transaction(async (tx) => {
      // The revision check and the write are one statement: two tabs saving at once can't both win.
      const bumped = await tx.bank.updateMany({
        where: { id: bankId, ownerId, deletedAt: null, revision },
        data: { title: content.title, description: content.description, language: content.language, contentHash: contentHash(content), revision: { increment: 1 } },
      });
      if (bumped.count === 0) return false;
      await tx.question.deleteMany({ where: { bankId } });
      await tx.question.createMany({ data: questionRows(bankId, content) });
      return true;
    });
    if (!saved) return "changed";
    const entry = await this.getVisible(ownerId, bankId);
    return entry ?? "notFound";
  }

  async patch(ownerId: string, bankId: string, change: { readonly title?: string; readonly shared?: boolean }): Promise<LibraryEntry | LibraryRefusal> {
    const refusal = await this.refusal(ownerId, bankId);
    if (refusal) return refusal;
    await this.db.bank.update({
      where: { id: bankId },
      data: { ...(change.title !== undefined ? { title: change.title, revision: { increment: 1 } } : {}), ...(change.shared !== undefined ? { shared: change.shared } : {}) },
    });
    return (await this.getVisible(ownerId, bankId)) ?? "notFound";
  }

  async setInBin(ownerId: string, bankId: string, inBin: boolean): Promise<LibraryEntry | LibraryRefusal> {
    const row = await this.db.bank.findUnique({ where: { id: bankId }, select: { builtIn: true, ownerId: true, shared: true, deletedAt: true } });
    if (!row || !this.visible(row, ownerId)) return "notFound";
    if (row.ownerId !== ownerId) return "readOnly";
    await this.db.bank.update({ where: { id: bankId }, data: { deletedAt: inBin ? new Date() : null } });
    return (await this.getVisible(ownerId, bankId)) ?? "notFound";
  }

  /** Why `ownerId` may not change this bank now, or null if they may. */
  private async refusal(ownerId: string, bankId: string): Promise<LibraryRefusal | null> {
    const row = await this.db.bank.findUnique({ where: { id: bankId }, select: { builtIn: true, ownerId: true, shared: true, deletedAt: true } });
    if (!row || !this.visible(row, ownerId)) return "notFound";
    if (row.ownerId !== ownerId) return "readOnly";
    // A bank in the bin is restored first, then changed.
    if (row.deletedAt !== null) return "notFound";
    return null;
  }

  private visible(row: { builtIn: boolean; ownerId: string | null; shared: boolean; deletedAt: Date | null }, teacherId: string): boolean {
    if (row.ownerId === teacherId) return true;
    return row.deletedAt === null && (row.builtIn || row.shared);
  }

  private async ownerNames(ids: readonly (string | null)[]): Promise<ReadonlyMap<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const users = await this.db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  private entry(row: BankRow, questionCount: number, names: ReadonlyMap<string, string>): LibraryEntry {
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      language: row.language,
      questionCount,
      builtIn: row.builtIn,
      ownerId: row.ownerId,
      ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
      shared: row.shared,
      revision: row.revision,
      updatedAt: row.updatedAt.getTime(),
      deletedAt: row.deletedAt?.getTime() ?? null,
    };
  }
}
