import type { BankDraft, QuestionDraft } from "@lousa/protocol";

// The wire types (what the import preview and downloads send to the browser) live in the protocol.
export type { ExportNote, ExportNoteCode, FormatId, ImportedQuestion, ImportProblem, ImportProblemCode, ImportResult, SourcePosition } from "@lousa/protocol";
export { FORMAT_IDS, MAX_IMPORT_BYTES } from "@lousa/protocol";
import type { ExportNote } from "@lousa/protocol";


/** The input to every importer: the file's bytes (decoded as UTF-8 with or without BOM where it is text). */
export type ImportInput = Uint8Array;

/** Defaults an importer uses where a format has no field for it. */
export interface ImportDefaults {
  readonly timeLimitSec: number;
  readonly pointsMode: QuestionDraft["pointsMode"];
  /** Options of a true/false question, in the bank's language. */
  readonly trueFalse: readonly [string, string];
}

export interface ExportedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly body: Uint8Array;
  /** Questions the format could not carry as they are (e.g. Kahoot: over 4 options, over 120 characters). */
  readonly notes: readonly ExportNote[];
}


export type { BankDraft, QuestionDraft };

export const DEFAULTS_PT: ImportDefaults = { timeLimitSec: 20, pointsMode: "standard", trueFalse: ["Verdadeiro", "Falso"] };
export const DEFAULTS_EN: ImportDefaults = { timeLimitSec: 20, pointsMode: "standard", trueFalse: ["True", "False"] };
