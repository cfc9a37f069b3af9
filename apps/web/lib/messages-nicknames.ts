/**
 * The strings of nicknames: the generator on the phone and the teacher's choice in Novo jogo
 * (merged into messages.ts; both languages must have every key).
 */
export const nicknamesPtBR = {
  "nickname.draw": "Sortear",
  "nickname.drawAgain": "Sortear de novo",
  "nickname.spinsLeft": "Você pode sortear mais {n} vezes.",
  "nickname.spinsLeft.one": "Você pode sortear mais uma vez.",
  "nickname.noSpinsLeft": "Acabaram os sorteios: este é o seu apelido.",
  "nickname.drawn": "Seu apelido: {name}",
  "nickname.generatedOnly": "Neste jogo, o apelido vem do sorteio.",
  "nickname.placeholder.generated": "Toque em Sortear",
  "host.setup.nicknames": "Apelidos",
  "host.setup.nicknames.typed": "Digitados (com filtro)",
  "host.setup.nicknames.generated": "Só sorteados",
  "host.setup.nicknames.generated.hint": "Para turmas menores: cada aluno sorteia um apelido como “Capivara Veloz” (até três vezes) e não pode digitar outro.",
  "host.setup.nicknames.filter": "Filtrar palavrões e ofensas nos apelidos digitados",
};

export const nicknamesEn: Record<keyof typeof nicknamesPtBR, string> = {
  "nickname.draw": "Draw",
  "nickname.drawAgain": "Draw again",
  "nickname.spinsLeft": "You can draw {n} more times.",
  "nickname.spinsLeft.one": "You can draw once more.",
  "nickname.noSpinsLeft": "No draws left: this is your nickname.",
  "nickname.drawn": "Your nickname: {name}",
  "nickname.generatedOnly": "In this game, nicknames are drawn.",
  "nickname.placeholder.generated": "Tap Draw",
  "host.setup.nicknames": "Nicknames",
  "host.setup.nicknames.typed": "Typed (filtered)",
  "host.setup.nicknames.generated": "Drawn only",
  "host.setup.nicknames.generated.hint": "For younger classes: each student draws a nickname like “Swift Capybara” (up to three times) and can't type another.",
  "host.setup.nicknames.filter": "Filter swear words and slurs in typed nicknames",
};
