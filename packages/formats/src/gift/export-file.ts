export { fileSlug } from "../file-name";
import { DEFAULTS_EN, DEFAULTS_PT, type BankDraft, type ExportedFile, type QuestionDraft } from "../types";

type Note = ExportedFile["notes"][number];

/** What an import of this bank's language falls back to: what a format without these fields gives back. */
export const languageDefaults = (language: BankDraft["language"]) => (language === "pt-BR" ? DEFAULTS_PT : DEFAULTS_EN);

/**
 * One kind of loss, said once for the whole bank (as the Kahoot export does), at the first question that
 * has it, listing every such question (numbered from 1, as the editor numbers them); none if no question
 * loses anything, so a note always means something.
 */
export function droppedNote(questions: readonly QuestionDraft[], loses: (q: QuestionDraft) => boolean, what: string): Note[] {
  const numbers = questions.flatMap((q, i) => (loses(q) ? [i + 1] : []));
  const [first] = numbers;
  if (first === undefined) return [];
  const list = numbers.length === 1 ? `question ${first}` : `questions ${numbers.join(", ")}`;
  return [{ question: first, code: "FIELD_DROPPED", message: `${what}: ${list}` }];
}

/**
 * Time limit and points, which no text format holds: noted only for values an import would not give
 * back, among the questions the file holds (`written`).
 */
export function droppedSettings(format: string, bank: BankDraft, written: (q: QuestionDraft) => boolean = () => true): Note[] {
  const d = languageDefaults(bank.language);
  return [
    ...droppedNote(bank.questions, (q) => written(q) && q.timeLimitSec !== d.timeLimitSec, `${format} has no time limit (an import gives ${d.timeLimitSec} s)`),
    ...droppedNote(bank.questions, (q) => written(q) && q.pointsMode !== d.pointsMode, `${format} has no points setting (an import gives ${d.pointsMode} points)`),
  ];
}

/** Notes in question order, as the preview lists them. */
export const byQuestion = (notes: readonly Note[]): Note[] => [...notes].sort((a, b) => a.question - b.question);

/** How a note names a kind that a format has no question type for. */
const KIND_WORDS: Readonly<Partial<Record<QuestionDraft["type"], string>>> = {
  poll: "no poll (a question with no right answer)",
  ordering: "no ordering question (items to put in order)",
  typeAnswer: "no typed-answer question (players type the answer)",
  slider: "no slider question (a number picked on a scale)",
  slide: "no slide (an information screen with no answers)",
};

/**
 * Questions of a kind the format can't hold (`written` says no): each is left out of the file with a
 * note of its own naming its kind, as Aiken does for multiple answer, so none goes missing in silence.
 * The code is FIELD_DROPPED: the contract's note codes have none for a whole question's kind.
 */
export function leftOutNotes(format: string, questions: readonly QuestionDraft[], written: (q: QuestionDraft) => boolean): Note[] {
  return questions.flatMap((q, i) => {
    const kind = KIND_WORDS[q.type];
    if (written(q) || kind === undefined) return [];
    return [{ question: i + 1, code: "FIELD_DROPPED" as const, message: `Question ${i + 1} is left out: ${format} has ${kind}` }];
  });
}

/** The kinds that GIFT, Aiken and Kahoot's template have no question type for. */
export const isPollOrOrdering = (q: QuestionDraft): boolean => q.type === "poll" || q.type === "ordering";

/** The kinds Aiken and Kahoot's quiz template have no question type for: the above, a typed answer, a slider and a slide. */
export const isNotChoiceQuiz = (q: QuestionDraft): boolean => isPollOrOrdering(q) || q.type === "typeAnswer" || q.type === "slider" || q.type === "slide";

/**
 * A typed answer that ignores accents: GIFT and Moodle's short answer always compare them, so an
 * import gives the question back with accents counting (noted once for the bank, by `droppedNote`).
 */
export const ignoresAccents = (q: QuestionDraft): boolean => q.type === "typeAnswer" && q.ignoreAccents === true;
