/** Export language: headers, and the CSV conventions that go with it. */
export type ExportLocale = "pt-BR" | "en";

/** The `locale` a request asked for; anything else gets the fallback (Portuguese, like the interface's default). */
export function exportLocale(value: unknown, fallback: ExportLocale = "pt-BR"): ExportLocale {
  return value === "en" || value === "pt-BR" ? value : fallback;
}

/**
 * Excel in Brazil uses "," as the decimal mark, so its CSV separator is ";". English Excel uses "." and ",".
 * Matching both is what makes a double-click open the file in columns with numbers as numbers.
 */
export function csvConventions(locale: ExportLocale): { separator: ";" | ","; decimal: "," | "." } {
  return locale === "pt-BR" ? { separator: ";", decimal: "," } : { separator: ",", decimal: "." };
}

export interface CsvRequest {
  readonly locale: ExportLocale;
  readonly separator: ";" | ",";
  readonly decimal: "," | ".";
}

/**
 * How every CSV route reads its query: `locale` (the viewer's language, sent by the web app) picks the
 * headers and the conventions above, `sep=,|;` may override the separator. A comma separator forces the
 * decimal point, whatever the language (otherwise numbers would split).
 */
export function csvRequest(query: { readonly locale?: unknown; readonly sep?: unknown }, fallback: ExportLocale = "pt-BR"): CsvRequest {
  const locale = exportLocale(query.locale, fallback);
  const conventions = csvConventions(locale);
  const separator = query.sep === "," || query.sep === ";" ? query.sep : conventions.separator;
  return { locale, separator, decimal: separator === "," ? "." : conventions.decimal };
}

/** Column names of the one-table results CSV (the podium's download): short and without spaces, for scripts too. */
const RESULT_COLUMNS = {
  "pt-BR": { rank: "posição", nickname: "apelido", team: "equipe", score: "pontuação", correct: "acertos", questions: "questões", choice: "escolha", isCorrect: "correta", points: "pontos", responseMs: "tempo_ms", accommodated: "adaptação" },
  en: { rank: "rank", nickname: "nickname", team: "team", score: "score", correct: "correct", questions: "questions", choice: "choice", isCorrect: "correct", points: "points", responseMs: "response_ms", accommodated: "accommodated" },
} as const;

export function resultColumns(locale: ExportLocale): (typeof RESULT_COLUMNS)[ExportLocale] {
  return RESULT_COLUMNS[locale];
}

const LABELS = {
  "pt-BR": {
    summary: "Resumo",
    players: "Jogadores",
    questions: "Questões",
    answers: "Respostas",
    bank: "Banco",
    pin: "PIN",
    date: "Data",
    questionsPlayed: "Questões jogadas",
    playerCount: "Jogadores",
    averageScore: "Pontuação média",
    averagePercentCorrect: "Acerto médio",
    averageGrade: "Nota média",
    gradeScale: "Escala da nota",
    flagged: "Questões sinalizadas",
    tooFewToJudge: "nenhuma: turma pequena demais para julgar (menos de {n} alunos)",
    rank: "Posição",
    nickname: "Apelido",
    name: "Nome",
    identifier: "Identificação",
    score: "Pontuação",
    correct: "Acertos",
    answered: "Respondidas",
    percentCorrect: "% de acerto",
    averageResponse: "Tempo médio (s)",
    grade: "Nota",
    number: "Nº",
    prompt: "Enunciado",
    type: "Tipo",
    correctAnswer: "Resposta correta",
    difficulty: "% de acerto (dificuldade)",
    discrimination: "Discriminação",
    topDistractor: "Distrator mais escolhido",
    topDistractorCount: "Escolhas do distrator",
    medianResponse: "Tempo mediano (s)",
    flags: "Sinais",
    question: "Questão",
    choice: "Escolha",
    isCorrect: "Correta",
    points: "Pontos",
    responseTime: "Tempo de resposta (s)",
    accommodated: "Com adaptação (tempo extra ou sem penalidade de velocidade)",
    yes: "sim",
    no: "não",
    poll: "Enquete (sem resposta certa), votos",
    "too-hard": "difícil demais",
    "too-easy": "fácil demais",
    misleading: "enganosa (os melhores erraram mais)",
    team: "Equipe",
    teams: "Equipes",
    members: "Membros",
  },
  en: {
    summary: "Summary",
    players: "Players",
    questions: "Questions",
    answers: "Answers",
    bank: "Bank",
    pin: "PIN",
    date: "Date",
    questionsPlayed: "Questions played",
    playerCount: "Players",
    averageScore: "Average score",
    averagePercentCorrect: "Average % correct",
    averageGrade: "Average grade",
    gradeScale: "Grade scale",
    flagged: "Flagged questions",
    tooFewToJudge: "none: too few students to judge (fewer than {n})",
    rank: "Rank",
    nickname: "Nickname",
    name: "Name",
    identifier: "Identifier",
    score: "Score",
    correct: "Correct",
    answered: "Answered",
    percentCorrect: "% correct",
    averageResponse: "Average time (s)",
    grade: "Grade",
    number: "No.",
    prompt: "Question",
    type: "Type",
    correctAnswer: "Correct answer",
    difficulty: "% correct (difficulty)",
    discrimination: "Discrimination",
    topDistractor: "Most chosen wrong option",
    topDistractorCount: "Times chosen",
    medianResponse: "Median time (s)",
    flags: "Flags",
    question: "Question",
    choice: "Choice",
    isCorrect: "Correct",
    points: "Points",
    responseTime: "Response time (s)",
    accommodated: "With an accommodation (extra time or no speed penalty)",
    yes: "yes",
    no: "no",
    poll: "Poll (no right answer), votes",
    "too-hard": "too hard",
    "too-easy": "too easy",
    misleading: "misleading (best players missed it more)",
    team: "Team",
    teams: "Teams",
    members: "Members",
  },
} as const;

export type LabelKey = keyof (typeof LABELS)["en"];

export function labels(locale: ExportLocale): Record<LabelKey, string> {
  return LABELS[locale];
}
