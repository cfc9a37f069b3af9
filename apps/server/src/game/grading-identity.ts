import type { GameIdentity } from "@lousa/game";
import type { RunnerResult } from "./runner-result";
import { fail } from "./runner-result";

/** What a joining player gives for grading, as the host asked (see GameIdentity). */
export interface GradingInput {
  readonly identifier?: string | undefined;
  readonly classEntry?: number | undefined;
}

export interface GradingIdentity {
  readonly identifier: string | null;
  readonly realName: string | null;
  readonly classEntry: number | null;
}

/** Checks what a player gave for grading against what the host asked for; `taken` says which class-list lines are claimed. */
export function gradingIdentity(identity: GameIdentity | null, input: GradingInput, taken: (entry: number) => boolean): RunnerResult<GradingIdentity> {
  if (identity?.classList) {
    const entry = input.classEntry === undefined ? undefined : identity.classList[input.classEntry];
    if (input.classEntry === undefined || !entry) return fail("CLASS_ENTRY_INVALID", "Pick your name from the class list");
    if (taken(input.classEntry)) return fail("CLASS_ENTRY_TAKEN", "That name was already picked by someone else");
    return { ok: true, value: { identifier: entry.identifier, realName: entry.name, classEntry: input.classEntry } };
  }
  if (identity?.label) {
    const value = input.identifier?.trim() ?? "";
    if (value === "" || value.length > 64 || /[\p{Cc}\p{Cf}]/u.test(value)) return fail("IDENTIFIER_REQUIRED", `Please fill in: ${identity.label}`);
    return { ok: true, value: { identifier: value, realName: null, classEntry: null } };
  }
  return { ok: true, value: { identifier: null, realName: null, classEntry: null } };
}
