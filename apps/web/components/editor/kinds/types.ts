import type { ComponentType } from "react";
import type { BankDraft, QuestionDraft } from "@lousa/protocol";
import type { MessageKey } from "../../../lib/messages";
import type { IssueField } from "../issues";

export type QuestionType = QuestionDraft["type"];
export type Language = BankDraft["language"];

/** What a kind's options editor gets: the question, a way to change it, and what is wrong at each field. */
export interface OptionsEditorProps {
  readonly question: QuestionDraft;
  /** Position in the bank, for the inputs' ids (issues point at them) and labels. */
  readonly index: number;
  readonly language: Language;
  onChange(question: QuestionDraft): void;
  /** The messages to show at a field (already translated). */
  issuesAt(field: IssueField): readonly string[];
}

/**
 * One question type, everything the editor needs to know about it. Adding a type = one file exporting a
 * QuestionKind + one entry in ./index.ts (the protocol's schema and the game decide what types exist).
 */
export interface QuestionKind {
  readonly type: QuestionType;
  /** Its name in the type picker. */
  readonly label: MessageKey;
  /** What the prompt field is called, when not "Pergunta" (a slide's prompt is its title). */
  readonly promptLabel?: MessageKey;
  /** A new, empty question of this type (the teacher fills it in). */
  blank(language: Language): QuestionDraft;
  /** The same question turned into this type, keeping what still makes sense (prompt, options, right answers). */
  convert(from: QuestionDraft, language: Language): QuestionDraft;
  readonly OptionsEditor: ComponentType<OptionsEditorProps>;
}
