/**
 * Team play on every screen: team names, the "Equipes" box of Novo jogo, the team picker on the join
 * page, the projector's team scoreboard and podium, and the phone's team line (merged into messages.ts;
 * both languages must have every key). Team names are teamName() of @lousa/reports, shared with the exports.
 */
export const teamsPtBR = {
  "host.setup.teams": "Equipes",
  "host.setup.teams.off": "Sem equipes (cada um por si)",
  "host.setup.teams.count": "{n} equipes",
  "host.setup.teams.count.label": "Quantas equipes",
  "host.setup.teams.pick": "Cada estudante escolhe a sua",
  "host.setup.teams.random": "Sortear (equipes equilibradas)",
  "host.setup.teams.hint": "A pontuação da equipe é a média dos seus membros: equipe maior não leva vantagem.",
  "join.team": "Sua equipe",
  "host.teams.title": "Equipes",
  "host.teams.members": "{n} estudantes",
  "host.teams.members.one": "1 estudante",
  "host.teams.average": "média {n}",
  "host.teams.podium": "Equipe vencedora",
  "phone.team": "Você está na {team}",
  "phone.team.place": "{team}: {place} lugar de {n}",
} as const;

export const teamsEn: Record<keyof typeof teamsPtBR, string> = {
  "host.setup.teams": "Teams",
  "host.setup.teams.off": "No teams (everyone for themselves)",
  "host.setup.teams.count": "{n} teams",
  "host.setup.teams.count.label": "How many teams",
  "host.setup.teams.pick": "Each student picks theirs",
  "host.setup.teams.random": "Draw them (balanced teams)",
  "host.setup.teams.hint": "A team's score is its members' average: a bigger team has no advantage.",
  "join.team": "Your team",
  "host.teams.title": "Teams",
  "host.teams.members": "{n} students",
  "host.teams.members.one": "1 student",
  "host.teams.average": "average {n}",
  "host.teams.podium": "Winning team",
  "phone.team": "You are on the {team}",
  "phone.team.place": "{team}: {place} of {n}",
};
