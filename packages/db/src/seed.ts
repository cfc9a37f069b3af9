import type { Bank } from "@lousa/banks";
import type { BankRepository } from "./repositories";

/** Writes the built-in banks; safe to run on every start (unchanged banks are not touched). */
export async function seedBanks(repo: BankRepository, banks: readonly Bank[]): Promise<Record<string, "created" | "updated" | "unchanged">> {
  const outcome: Record<string, "created" | "updated" | "unchanged"> = {};
  for (const bank of banks) outcome[bank.id] = await repo.upsertBuiltIn(bank);
  return outcome;
}
