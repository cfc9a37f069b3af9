/**
 * The report's teams table (team play). Team names themselves are not here: they come from
 * teamName() in @lousa/reports, the one list the exports and the game screens use too. Merged into
 * messages.ts; both languages must have every key.
 */
export const teamsReportPtBR = {
  "report.teams": "Equipes",
  "report.teams.team": "Equipe",
  "report.teams.score": "Pontuação média",
  "report.teams.members": "Membros",
  "report.teams.grade": "Nota média (0–{scale})",
  "report.teams.note": "A pontuação de uma equipe é a média dos seus membros (alunos removidos não contam), como no placar do jogo; acertos e nota também são médias.",
  "report.teams.download": "CSV das equipes",
} as const;

export const teamsReportEn: Record<keyof typeof teamsReportPtBR, string> = {
  "report.teams": "Teams",
  "report.teams.team": "Team",
  "report.teams.score": "Average score",
  "report.teams.members": "Members",
  "report.teams.grade": "Average grade (0–{scale})",
  "report.teams.note": "A team's score is its members' average (removed students don't count), as on the game's leaderboard; correct answers and grade are averages too.",
  "report.teams.download": "Teams CSV",
} as const;
