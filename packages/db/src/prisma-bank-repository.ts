import { createHash } from "node:crypto";
import type { Bank } from "@lousa/banks";
import { numberArray, pointsMode, questionType, stringArray } from "./json-guards";
import type { Db } from "./prisma-client";
import type { BankRepository } from "./repositories";
import type { StoredBank, StoredBankSummary } from "./types";

function contentHash(bank: Bank): string {
  return createHash("sha256").update(JSON.stringify(bank)).digest("hex");
}

export class PrismaBankRepository implements BankRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<StoredBankSummary[]> {
    const rows = await this.db.bank.findMany({ orderBy: { title: "asc" }, include: { _count: { select: { questions: true } } } });
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
      questions: b.questions.map((q) => ({
        id: q.id,
        type: questionType(q.type),
        prompt: q.prompt,
        options: stringArray(q.options, "question.options"),
        correct: numberArray(q.correct, "question.correct"),
        explanation: q.explanation,
        timeLimitMs: q.timeLimitSec * 1000,
        pointsMode: pointsMode(q.pointsMode),
      })),
    };
  }

  async upsertBuiltIn(bank: Bank): Promise<"created" | "updated" | "unchanged"> {
    const hash = contentHash(bank);
    const existing = await this.db.bank.findUnique({ where: { id: bank.id }, select: { contentHash: true } });
    if (existing?.contentHash === hash) return "unchanged";
    const fields = { title: bank.title, language: bank.language, description: bank.description, builtIn: true, contentHash: hash };
    // Past games keep their own frozen copy of the questions, so replacing a bank's questions is safe.
    await this.db.$transaction([
      this.db.question.deleteMany({ where: { bankId: bank.id } }),
      this.db.bank.upsert({ where: { id: bank.id }, create: { id: bank.id, ...fields }, update: fields }),
      this.db.question.createMany({
        data: bank.questions.map((q, position) => ({
          id: `${bank.id}:${q.id}`,
          bankId: bank.id,
          position,
          type: q.type,
          prompt: q.prompt,
          options: [...q.options],
          correct: [...q.correct],
          explanation: q.explanation,
          timeLimitSec: q.timeLimitSec,
          pointsMode: q.pointsMode ?? "standard",
        })),
      }),
    ]);
    return existing ? "updated" : "created";
  }
}
