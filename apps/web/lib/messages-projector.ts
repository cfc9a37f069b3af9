/**
 * The projector's pacing, sound and latecomer strings, and the "Ritmo" section of Novo jogo (merged into
 * messages.ts; both languages must have every key).
 */
export const projectorPtBR = {
  // Novo jogo: pacing
  "host.setup.pacing": "Ritmo",
  "host.setup.pacing.leaderboard": "Placar",
  "host.setup.pacing.every": "Depois de cada questão",
  "host.setup.pacing.everyN": "A cada",
  "host.setup.pacing.everyN.unit": "questões",
  "host.setup.pacing.everyN.label": "A cada quantas questões mostrar o placar",
  "host.setup.pacing.end": "Só no final",
  "host.setup.pacing.auto": "Avançar sozinho",
  "host.setup.pacing.auto.hint": "A resposta e o placar ficam na tela pelo tempo escolhido, e o jogo segue sozinho. Você pode pausar a qualquer momento.",
  "host.setup.pacing.revealSec": "Resposta na tela (segundos)",
  "host.setup.pacing.leaderboardSec": "Placar na tela (segundos)",
  // During the game
  "host.pacing.nextIn": "Próxima em {n} s",
  "host.pacing.paused": "Pausado",
  "host.pacing.pause": "Pausar",
  "host.pacing.resume": "Continuar",
  "host.pacing.keys": "Espaço ou P",
  "host.corner.join": "Entre em {url} · PIN {pin}",
  // The lobby of a big game: the latest names and a search, not thousands of chips
  "host.lobby.search": "Procurar aluno",
  "host.lobby.more": "e mais {n}",
  "host.lobby.moreMatches": "e mais {n} com esse nome",
  "host.lobby.noMatch": "Ninguém com esse nome.",
  "host.lobby.kickHint.search": "Aparecem os últimos que entraram; procure um nome para removê-lo ou dar mais tempo.",
  "host.sound.mute": "Desligar o som",
  "host.sound.unmute": "Ligar o som",
} as const;

export const projectorEn: Record<keyof typeof projectorPtBR, string> = {
  "host.setup.pacing": "Pacing",
  "host.setup.pacing.leaderboard": "Scoreboard",
  "host.setup.pacing.every": "After every question",
  "host.setup.pacing.everyN": "Every",
  "host.setup.pacing.everyN.unit": "questions",
  "host.setup.pacing.everyN.label": "Show the scoreboard every how many questions",
  "host.setup.pacing.end": "Only at the end",
  "host.setup.pacing.auto": "Move on by itself",
  "host.setup.pacing.auto.hint": "The answer and the scoreboard stay on screen for the time you choose, then the game moves on. You can pause at any time.",
  "host.setup.pacing.revealSec": "Answer on screen (seconds)",
  "host.setup.pacing.leaderboardSec": "Scoreboard on screen (seconds)",
  "host.pacing.nextIn": "Next in {n} s",
  "host.pacing.paused": "Paused",
  "host.pacing.pause": "Pause",
  "host.pacing.resume": "Continue",
  "host.pacing.keys": "Space or P",
  "host.corner.join": "Join at {url} · PIN {pin}",
  "host.lobby.search": "Find a student",
  "host.lobby.more": "and {n} more",
  "host.lobby.moreMatches": "and {n} more with that name",
  "host.lobby.noMatch": "No one by that name.",
  "host.lobby.kickHint.search": "The latest to join are shown; search for a name to remove them or give them extra time.",
  "host.sound.mute": "Turn sound off",
  "host.sound.unmute": "Turn sound on",
};
