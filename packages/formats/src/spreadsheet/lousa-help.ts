import type { BankDraft } from "../types";
import type { ColumnKey, Locale } from "./layout";

/**
 * The second sheet of Lousa's XLSX ("Como preencher" / "How to fill in"): one line per column, so a
 * teacher filling the template in a spreadsheet needs no other document. Same rules as layout.ts.
 */
export const HELP_SHEET: Readonly<Record<Locale, { readonly name: string; readonly header: readonly [string, string, string] }>> = {
  "pt-BR": { name: "Como preencher", header: ["Coluna", "O que escrever", "Exemplo"] },
  en: { name: "How to fill in", header: ["Column", "What to write", "Example"] },
};

type HelpLine = readonly [what: string, example: string];

export const HELP_LINES: Readonly<Record<Locale, Readonly<Partial<Record<ColumnKey, HelpLine>>>>> = {
  "pt-BR": {
    type: ["única, múltipla, verdadeiro/falso, enquete (sem resposta certa, não vale pontos), ordenar (colocar itens em ordem) digitar (o aluno digita a resposta), controle deslizante (o aluno escolhe um número numa escala) ou slide (uma tela de informação, sem respostas: título em Pergunta, texto em Explicação). Opcional: vazio, vira múltipla se houver mais de uma correta, verdadeiro/falso se as opções forem Verdadeiro e Falso, senão única. Enquete, ordenar, digitar e slide precisam ser escritos.", "múltipla"],
    prompt: ["O enunciado da pergunta (obrigatório, até 1000 caracteres; quebras de linha valem).", "Qual é a capital do Brasil?"],
    option1: ["De 2 a 6 opções, até 300 caracteres cada, nas colunas Opção 1 a Opção 6. Em verdadeiro/falso podem ficar vazias. Em ordenar, escreva os itens na ordem certa: o jogo os embaralha. Em digitar, de 1 a 6 respostas aceitas (maiúsculas e espaços a mais não contam).", "Brasília"],
    correct: ["O número da opção correta; para várias, separe com ponto e vírgula. Também vale o texto da opção. Enquete e digitar: deixe vazia. Ordenar: deixe vazia (a ordem certa é a das colunas) ou escreva essa ordem toda, como 1;2;3.", "1;3"],
    explanation: ["Opcional: aparece no projetor depois da resposta (até 2000 caracteres).", "Brasília é a capital desde 1960."],
    time: ["Segundos para responder, de 5 a 240. Vazio: 20.", "30"],
    points: ["padrão, dobro ou sem pontos. Vazio: padrão.", "dobro"],
    ignoreAccents: ["Só em digitar: sim aceita a resposta com ou sem acentos (mitocondria vale por mitocôndria); não, ou vazio, exige os acentos.", "sim"],
    sliderMin: ["Só em controle deslizante: o menor valor da escala (2,5 ou 2.5). Min e Max vazios: uma escala em volta da resposta.", "0"],
    sliderMax: ["Só em controle deslizante: o maior valor da escala.", "20"],
    sliderStep: ["Só em controle deslizante: de quanto em quanto o valor anda (deve dividir a escala; até 10.000 posições). Vazio: 1, ou as casas decimais usadas.", "1"],
    sliderAnswer: ["Só em controle deslizante: o valor certo, numa posição da escala.", "5"],
    sliderTolerance: ["Só em controle deslizante: quanto o palpite pode errar e ainda valer tudo (menos da metade da escala). Vazio: 0.", "1"],
    sliderUnit: ["Só em controle deslizante, opcional: aparece depois dos números (até 20 caracteres).", "camadas"],
  },
  en: {
    type: ["single, multiple, true/false, poll (no right answer, no points), ordering (put items in order) type answer (players type the answer), slider (players pick a number on a scale) or slide (an information screen, no answers: its title in Question, its text in Explanation). Optional: when empty, multiple if more than one option is correct, true/false if the options are True and False, otherwise single. Poll, ordering, type answer and slide must be written.", "multiple"],
    prompt: ["The question (required, up to 1000 characters; line breaks are kept).", "What is the capital of Australia?"],
    option1: ["2 to 6 options, up to 300 characters each, in columns Option 1 to Option 6. A true/false question may leave them empty. For ordering, write the items in the right order: the game shuffles them. For type answer, 1 to 6 accepted answers (case and extra spaces don't count).", "Canberra"],
    correct: ["The number of the correct option; for several, separate them with semicolons. The option's text works too. Poll and type answer: leave it empty. Ordering: leave it empty (the right order is the columns' order) or write that whole order, like 1;2;3.", "1;3"],
    explanation: ["Optional: shown on the projector after the answer (up to 2000 characters).", "Canberra has been the capital since 1913."],
    time: ["Seconds to answer, 5 to 240. Empty: 20.", "30"],
    points: ["standard, double or none. Empty: standard.", "double"],
    ignoreAccents: ["Type answer only: yes accepts the answer with or without accents (Brasilia for Brasília); no, or empty, requires them.", "yes"],
    sliderMin: ["Slider only: the lowest value of the scale (2.5; 2,5 works too). Min and Max empty: a scale around the answer.", "0"],
    sliderMax: ["Slider only: the highest value of the scale.", "100"],
    sliderStep: ["Slider only: how far each move goes (it must divide the scale; up to 10,000 positions). Empty: 1, or the decimals used.", "5"],
    sliderAnswer: ["Slider only: the right value, on a position of the scale.", "70"],
    sliderTolerance: ["Slider only: how far off a guess may be and still earn full points (less than half the scale). Empty: 0.", "5"],
    sliderUnit: ["Slider only, optional: shown after the numbers (up to 20 characters).", "%"],
  },
};

/** Closing lines under the table: the rules that are not about one column. */
export const HELP_NOTES: Readonly<Record<Locale, readonly string[]>> = {
  "pt-BR": [
    "Uma pergunta por linha; linhas vazias são ignoradas. Os nomes das colunas podem estar em português ou inglês, com ou sem acentos.",
    "Colunas que o Lousa não conhece aparecem na prévia da importação e não são lidas.",
    "As perguntas ficam na primeira planilha (ou na que se chamar Perguntas).",
  ],
  en: [
    "One question per row; empty rows are skipped. Column names may be in English or Portuguese, with or without accents.",
    "Columns Lousa doesn't know are listed in the import preview and not read.",
    "Questions go in the first sheet (or the one named Questions).",
  ],
};

/** The example rows of the downloadable template: one of each kind a teacher writes differently (true/false is in the help). */
export function templateBank(locale: Locale): BankDraft {
  if (locale === "pt-BR") {
    return {
      title: "Modelo de perguntas",
      description: "",
      language: "pt-BR",
      questions: [
        { type: "single", prompt: "Qual é a capital do Brasil?", options: ["São Paulo", "Brasília", "Rio de Janeiro", "Salvador"], correct: [1], explanation: "Brasília é a capital desde 1960.", timeLimitSec: 20, pointsMode: "standard" },
        { type: "multiple", prompt: "Quais destes números são primos?", options: ["2", "4", "7", "9"], correct: [0, 2], explanation: "4 = 2 × 2 e 9 = 3 × 3.", timeLimitSec: 30, pointsMode: "double" },
        { type: "ordering", prompt: "Coloque os planetas em ordem de distância do Sol, do mais perto ao mais longe.", options: ["Mercúrio", "Vênus", "Terra", "Marte"], correct: [0, 1, 2, 3], explanation: "Mercúrio é o mais perto do Sol; depois vêm Vênus, Terra e Marte. (Na planilha, os itens vão na ordem certa: o jogo os embaralha.)", timeLimitSec: 30, pointsMode: "standard" },
        { type: "poll", prompt: "Como você se preparou para esta aula?", options: ["Li o material", "Vi os vídeos", "Ainda não estudei"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
        { type: "slide", prompt: "Antes de começar", options: [], correct: [], explanation: "Um slide é uma tela de informação entre as perguntas: o título vai em Pergunta, o texto em Explicação. Código vai entre crases, como `ls -la`.", timeLimitSec: 20, pointsMode: "standard" },
        { type: "slider", prompt: "Quantos planetas tem o Sistema Solar?", options: [], correct: [], explanation: "São 8 desde 2006, quando Plutão passou a ser planeta-anão.", timeLimitSec: 20, pointsMode: "standard", slider: { min: 0, max: 20, step: 1, answer: 8, tolerance: 0, unit: "planetas" } },
        { type: "typeAnswer", prompt: "Qual organela da célula produz a maior parte do ATP?", options: ["mitocôndria", "mitocôndrias"], correct: [], explanation: "A mitocôndria faz a respiração celular. (Na planilha, as respostas aceitas vão nas colunas de opção; com Ignorar acentos = sim, “mitocondria” também vale.)", timeLimitSec: 30, pointsMode: "standard", ignoreAccents: true },
      ],
    };
  }
  return {
    title: "Question template",
    description: "",
    language: "en",
    questions: [
      { type: "single", prompt: "What is the capital of Australia?", options: ["Sydney", "Canberra", "Melbourne", "Perth"], correct: [1], explanation: "Canberra has been the capital since 1913.", timeLimitSec: 20, pointsMode: "standard" },
      { type: "multiple", prompt: "Which of these numbers are prime?", options: ["2", "4", "7", "9"], correct: [0, 2], explanation: "4 = 2 × 2 and 9 = 3 × 3.", timeLimitSec: 30, pointsMode: "double" },
      { type: "ordering", prompt: "Put the planets in order from the Sun, nearest first.", options: ["Mercury", "Venus", "Earth", "Mars"], correct: [0, 1, 2, 3], explanation: "Mercury is nearest the Sun, then Venus, Earth and Mars. (In the sheet, items go in the right order: the game shuffles them.)", timeLimitSec: 30, pointsMode: "standard" },
      { type: "poll", prompt: "How did you prepare for this class?", options: ["Read the material", "Watched the videos", "Not yet"], correct: [], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
      { type: "slide", prompt: "Before we start", options: [], correct: [], explanation: "A slide is an information screen between questions: its title goes in Question, its text in Explanation. Code goes between backticks, like `ls -la`.", timeLimitSec: 20, pointsMode: "standard" },
      { type: "slider", prompt: "What share of the Earth's surface is covered by water?", options: [], correct: [], explanation: "About 71%.", timeLimitSec: 20, pointsMode: "standard", slider: { min: 0, max: 100, step: 1, answer: 71, tolerance: 3, unit: "%" } },
      { type: "typeAnswer", prompt: "What is the capital of Brazil?", options: ["Brasília"], correct: [], explanation: "Brasília has been the capital since 1960. (In the sheet, accepted answers go in the option columns; with Ignore accents = yes, “Brasilia” counts too.)", timeLimitSec: 30, pointsMode: "standard", ignoreAccents: true },
    ],
  };
}
