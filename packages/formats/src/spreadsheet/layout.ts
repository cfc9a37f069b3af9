import type { QuestionDraft } from "../types";

/**
 * LOUSA SPREADSHEET LAYOUT (CSV and XLSX) — the README quotes this block.
 *
 * One header row, then one question per row. Column names may be written in Portuguese or English;
 * case, accents, spaces and punctuation don't matter ("Opção 1", "opcao1" and "OPTION 1" are the same).
 *
 * | column (pt-BR / en)        | required | what goes in it                                                        |
 * | -------------------------- | -------- | ---------------------------------------------------------------------- |
 * | Tipo / Type                | no       | única · múltipla · verdadeiro/falso · enquete · ordenar · digitar —    |
 * |                            |          | single · multiple · true/false · poll · ordering · type answer (also   |
 * |                            |          | resposta, resposta curta, short answer, typeanswer). Empty: more than  |
 * |                            |          | one correct option → multiple; options that are the two true/false     |
 * |                            |          | words → true/false; otherwise single (a poll, an ordering question or  |
 * |                            |          | a typed answer must say so: an empty Correct is never taken for one).  |
 * | Pergunta / Question        | yes      | the question, up to 1000 characters (line breaks allowed)             |
 * | Opção 1…6 / Option 1…6     | 1 and 2  | 2 to 6 options, up to 300 characters each. A true/false row may leave   |
 * |                            |          | them empty (the bank language's Verdadeiro/Falso or True/False).       |
 * |                            |          | Ordering: the items, written in the RIGHT order (games shuffle them).  |
 * |                            |          | Type answer: 1 to 6 ACCEPTED answers (players type one; case and extra |
 * |                            |          | spaces never count).                                                   |
 * | Correta(s) / Correct       | yes      | option numbers: `2`, or `1;3` / `1,3` / `1 e 3` for several; the text   |
 * | (the column; a cell may    |          | of an option (e.g. `Falso`) also works. Poll: empty (no right answer). |
 * |  be empty, see right)      |          | Ordering: empty, or the whole order of the columns (`1;2;3;4`); any    |
 * |                            |          | other sequence is refused at its row. Type answer: empty (a number is  |
 * |                            |          | refused at its row). Exports leave all three empty.                    |
 * | Explicação / Explanation   | no       | shown on the projector after the answer, up to 2000 characters         |
 * | Tempo (s) / Time (s)       | no       | seconds to answer, 5–240 (empty: the import's default, 20)             |
 * | Pontos / Points            | no       | padrão · dobro · sem pontos — standard · double · none (empty: padrão) |
 * | Ignorar acentos /          | no       | type answer only: sim · não — yes · no (also s/n, y/n). sim accepts    |
 * |  Ignore accents            |          | "nucleo" for "núcleo"; não or empty: accents count. A sim on another   |
 * |                            |          | kind is refused at its row (não is harmless). Last column, so files    |
 * |                            |          | written before it read as they did.                                    |
 * | Min · Max · Passo / Step · | no       | slider only (Tipo controle deslizante / slider): the scale, the right  |
 * |  Resposta / Answer ·       |          | value and how far off still counts (Tolerância, empty: 0); Unidade /   |
 * |  Tolerância / Tolerance ·  |          | Unit is shown after the numbers. Numbers as 2.5 or 2,5 ("1,500" is     |
 * |  Unidade / Unit            |          | refused: 1.5 or 1500?). Step empty: 1, or the decimals used (0.1…);    |
 * |                            |          | Min and Max empty: a scale around the answer (noted). A value on       |
 * |                            |          | another kind is refused at its row. After Ignore accents, same reason. |
 * Slide (Tipo slide): the title in Pergunta / Question, its text in Explicação / Explanation, options and
 * Correct empty.
 *
 * Rules:
 * - The header is the first row that names a Pergunta/Question column, within the first 10 filled rows;
 *   a line above it (a title) becomes the bank's title.
 * - Columns Lousa doesn't know are kept out of the questions and listed in the preview as a LAYOUT
 *   problem at the header row, so a misspelt header ("Pergnta") is never lost in silence; the import
 *   still goes on. A missing required column refuses the whole file (every row would fail).
 * - Empty rows are skipped; rows keep the number the spreadsheet shows, so every problem points at it.
 * - CSV: `;` or `,` (taken from the header line; Excel's `sep=;` first line is honoured), UTF-8 with or
 *   without BOM (a file Excel saved as Windows-1252 is read too), quoted fields may hold line breaks.
 * - XLSX: the sheet named Perguntas/Questions, otherwise the first sheet.
 * - Exports put an apostrophe where a cell could start with = + - @ (so no text runs as a formula);
 *   the import takes it away again, so export → import gives back the same text.
 * - Type answer: the option columns ARE the accepted answers (an empty column in between is skipped and noted, as for
 *   options). A number in Correct is refused at its row with `CORRECT_NOT_USED`: it is a teacher who took the row for
 *   multiple choice, and taking every answer as accepted or dropping the others would both be a guess. Accents are a
 *   column of their own rather than a second type word ("digitar sem acento"), so the type stays one word to pick and
 *   the setting reads the same in both languages; exports write sim/não only when the question says either.
 */

export type ColumnKey = "type" | "prompt" | OptionKey | "correct" | "explanation" | "time" | "points" | "ignoreAccents" | SliderKey;
export type SliderKey = "sliderMin" | "sliderMax" | "sliderStep" | "sliderAnswer" | "sliderTolerance" | "sliderUnit";
export type OptionKey = "option1" | "option2" | "option3" | "option4" | "option5" | "option6";
export type Locale = "pt-BR" | "en";

export const OPTION_KEYS: readonly OptionKey[] = ["option1", "option2", "option3", "option4", "option5", "option6"];
// Ignore accents is last: files written before it existed have the same columns in the same places.
// The slider's columns come after it, for the same reason.
export const SLIDER_KEYS: readonly SliderKey[] = ["sliderMin", "sliderMax", "sliderStep", "sliderAnswer", "sliderTolerance", "sliderUnit"];
export const COLUMN_ORDER: readonly ColumnKey[] = ["type", "prompt", ...OPTION_KEYS, "correct", "explanation", "time", "points", "ignoreAccents", ...SLIDER_KEYS];
/** Without these no row can be read, so their absence refuses the file. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["prompt", "option1", "option2", "correct"];

/** Lower case, no accents, letters and digits only: how every header and word in a cell is compared. */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const optionAliases = (n: number): string[] => [`opcao${n}`, `option${n}`, `alternativa${n}`, `answer${n}`, `resposta${n}`];

const ALIASES: Readonly<Record<ColumnKey, readonly string[]>> = {
  type: ["tipo", "type", "tipodepergunta", "questiontype"],
  prompt: ["pergunta", "question", "enunciado", "questao", "prompt"],
  option1: optionAliases(1),
  option2: optionAliases(2),
  option3: optionAliases(3),
  option4: optionAliases(4),
  option5: optionAliases(5),
  option6: optionAliases(6),
  correct: ["correta", "corretas", "correct", "respostacorreta", "respostascorretas", "correctanswer", "correctanswers", "gabarito"],
  explanation: ["explicacao", "explanation", "feedback", "justificativa"],
  time: ["tempo", "tempos", "temposeg", "tempoemsegundos", "time", "times", "timesec", "timelimit", "timelimits", "timelimitsec"],
  points: ["pontos", "points", "pontuacao", "pointsmode"],
  ignoreAccents: ["ignoraracentos", "ignoreaccents", "ignoreacentos", "semacentos", "semacento", "acentoopcional", "acentosopcionais"],
  sliderMin: ["min", "minimo", "minimum", "valorminimo", "minvalue"],
  sliderMax: ["max", "maximo", "maximum", "valormaximo", "maxvalue"],
  sliderStep: ["passo", "step", "incremento", "increment"],
  sliderAnswer: ["resposta", "answer", "respostanumerica", "numericanswer", "valorcerto", "rightvalue", "valorcorreto", "correctvalue"],
  sliderTolerance: ["tolerancia", "tolerance", "margem", "margin", "margemdeerro"],
  sliderUnit: ["unidade", "unit", "unidades", "units"],
};

const BY_ALIAS: ReadonlyMap<string, ColumnKey> = new Map(COLUMN_ORDER.flatMap((key) => ALIASES[key].map((alias): [string, ColumnKey] => [alias, key])));

/** The column a header cell names, or null when Lousa doesn't know it. */
export function columnOf(header: string): ColumnKey | null {
  return BY_ALIAS.get(normalizeLabel(header)) ?? null;
}

export const HEADER_LABELS: Readonly<Record<Locale, Readonly<Record<ColumnKey, string>>>> = {
  "pt-BR": {
    type: "Tipo",
    prompt: "Pergunta",
    option1: "Opção 1",
    option2: "Opção 2",
    option3: "Opção 3",
    option4: "Opção 4",
    option5: "Opção 5",
    option6: "Opção 6",
    correct: "Correta(s)",
    explanation: "Explicação",
    time: "Tempo (s)",
    points: "Pontos",
    ignoreAccents: "Ignorar acentos",
    sliderMin: "Min",
    sliderMax: "Max",
    sliderStep: "Passo",
    sliderAnswer: "Resposta",
    sliderTolerance: "Tolerância",
    sliderUnit: "Unidade",
  },
  en: {
    type: "Type",
    prompt: "Question",
    option1: "Option 1",
    option2: "Option 2",
    option3: "Option 3",
    option4: "Option 4",
    option5: "Option 5",
    option6: "Option 6",
    correct: "Correct",
    explanation: "Explanation",
    time: "Time (s)",
    points: "Points",
    ignoreAccents: "Ignore accents",
    sliderMin: "Min",
    sliderMax: "Max",
    sliderStep: "Step",
    sliderAnswer: "Answer",
    sliderTolerance: "Tolerance",
    sliderUnit: "Unit",
  },
};

type QuestionType = QuestionDraft["type"];
type PointsMode = QuestionDraft["pointsMode"];

export const TYPE_WORDS: Readonly<Record<Locale, Readonly<Record<QuestionType, string>>>> = {
  "pt-BR": { single: "única", multiple: "múltipla", truefalse: "verdadeiro/falso", poll: "enquete", ordering: "ordenar", typeAnswer: "digitar", slider: "controle deslizante", slide: "slide" },
  en: { single: "single", multiple: "multiple", truefalse: "true/false", poll: "poll", ordering: "ordering", typeAnswer: "type answer", slider: "slider", slide: "slide" },
};

export const POINTS_WORDS: Readonly<Record<Locale, Readonly<Record<PointsMode, string>>>> = {
  "pt-BR": { standard: "padrão", double: "dobro", none: "sem pontos" },
  en: { standard: "standard", double: "double", none: "none" },
};

const TYPES: ReadonlyMap<string, QuestionType> = new Map([
  ...["unica", "escolhaunica", "single", "singlechoice"].map((w): [string, QuestionType] => [w, "single"]),
  ...["multipla", "multiplaescolha", "multiple", "multiplechoice", "multipleanswers"].map((w): [string, QuestionType] => [w, "multiple"]),
  ...["verdadeirofalso", "vf", "truefalse", "tf"].map((w): [string, QuestionType] => [w, "truefalse"]),
  ...["enquete", "pesquisa", "poll", "survey"].map((w): [string, QuestionType] => [w, "poll"]),
  ...["ordenar", "ordenacao", "ordem", "ordering", "order", "puzzle"].map((w): [string, QuestionType] => [w, "ordering"]),
  // Moodle's and Google Forms' names for it too: a short answer is typed, and so is this.
  ...["digitar", "digitada", "respostadigitada", "resposta", "respostacurta", "typeanswer", "typedanswer", "shortanswer"].map((w): [string, QuestionType] => [w, "typeAnswer"]),
  // Moodle's and GIFT's numerical question is a slider here (formats/README: numerical ↔ slider).
  ...["controledeslizante", "deslizante", "slider", "estimativa", "numerica", "numerical", "numeric", "numero"].map((w): [string, QuestionType] => [w, "slider"]),
  ...["slide", "slides", "informacao", "descricao", "description", "info"].map((w): [string, QuestionType] => [w, "slide"]),
]);

/** Kinds a teacher may name that Lousa can't play yet: listed as UNSUPPORTED_KIND rather than "unknown type". */
const UNSUPPORTED_KINDS: ReadonlySet<string> = new Set([
  "dissertativa",
  "discursiva",
  "essay",
  "associacao",
  "matching",
  "lacuna",
  "cloze",
]);

export type TypeCell = { readonly kind: "empty" } | { readonly kind: "type"; readonly type: QuestionType } | { readonly kind: "unsupported" | "unknown"; readonly text: string };

export function readType(cell: string): TypeCell {
  const key = normalizeLabel(cell);
  if (key === "") return { kind: "empty" };
  const type = TYPES.get(key);
  if (type) return { kind: "type", type };
  return { kind: UNSUPPORTED_KINDS.has(key) ? "unsupported" : "unknown", text: cell.trim() };
}

const POINTS: ReadonlyMap<string, PointsMode> = new Map([
  ...["padrao", "normal", "standard"].map((w): [string, PointsMode] => [w, "standard"]),
  ...["dobro", "duplo", "double"].map((w): [string, PointsMode] => [w, "double"]),
  ...["sempontos", "nenhum", "none", "zero"].map((w): [string, PointsMode] => [w, "none"]),
]);

export const YES_NO_WORDS: Readonly<Record<Locale, readonly [yes: string, no: string]>> = { "pt-BR": ["sim", "não"], en: ["yes", "no"] };

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ...["sim", "s", "yes", "y", "verdadeiro", "true", "x", "1"].map((w): [string, boolean] => [w, true]),
  ...["nao", "n", "no", "falso", "false", "0"].map((w): [string, boolean] => [w, false]),
]);

/** sim/não, yes/no (and their one-letter forms, true/false, 1/0, an x for yes); null when the cell says none of them. */
export function readYesNo(cell: string): boolean | null {
  return YES_NO.get(normalizeLabel(cell)) ?? null;
}

/** The points mode a cell names; null when it names none of them. */
export function readPoints(cell: string): PointsMode | null {
  return POINTS.get(normalizeLabel(cell)) ?? null;
}
