/**
 * Accommodations (extra time, no speed penalty): the control beside each student on the host's lobby
 * roster, the projector's "waiting a little longer" (never a name), and the phone's own clock (merged into
 * messages.ts; both languages must have every key).
 */
export const accommodationsPtBR = {
  "host.accommodation.open": "Tempo extra",
  "host.accommodation.title": "Adaptação para {name}",
  "host.accommodation.time": "Tempo",
  "host.accommodation.time.none": "Normal",
  "host.accommodation.time.x1.5": "× 1,5",
  "host.accommodation.time.x2": "× 2",
  "host.accommodation.time.unlimited": "Sem limite",
  "host.accommodation.noSpeedPenalty": "Sem penalidade de velocidade (acerto vale os pontos cheios)",
  "host.accommodation.hint": "Nenhum celular nem o telão, durante o jogo, mostram quem tem tempo extra. Este quadro, porém, aparece no telão enquanto está aberto: para ajustar sem a turma ver, use o Link de professor em outro aparelho.",
  "host.accommodation.save": "Salvar",
  "host.accommodation.cancel": "Cancelar",
  "host.question.extended": "Aguardando mais tempo para alguns estudantes",
  "phone.extraTime": "Seu tempo",
  "host.setup.classList.accommodationHint": "Uma 3ª coluna opcional dá a adaptação de cada aluno: x1,5, x2, sem limite e/ou sem penalidade (também no saguão, no relógio ao lado de cada aluno).",
  "host.setup.classList.accommodations": "{n} alunos com adaptação (tempo extra ou sem penalidade de velocidade). Ninguém mais vê.",
  // The report: answers given with an accommodation, beside the student's nickname
  "report.accommodated": "{n} respostas com adaptação (tempo extra ou sem penalidade de velocidade)",
  "report.accommodated.one": "1 resposta com adaptação (tempo extra ou sem penalidade de velocidade)",
} as const;

export const accommodationsEn: Record<keyof typeof accommodationsPtBR, string> = {
  "host.accommodation.open": "Extra time",
  "host.accommodation.title": "Accommodation for {name}",
  "host.accommodation.time": "Time",
  "host.accommodation.time.none": "Normal",
  "host.accommodation.time.x1.5": "× 1.5",
  "host.accommodation.time.x2": "× 2",
  "host.accommodation.time.unlimited": "No limit",
  "host.accommodation.noSpeedPenalty": "No speed penalty (a right answer earns full points)",
  "host.accommodation.hint": "No phone, and nothing the projector shows during the game, says who has extra time. This box, though, is on the projector while it is open: to set it without the class seeing, use the host link on another device.",
  "host.accommodation.save": "Save",
  "host.accommodation.cancel": "Cancel",
  "host.question.extended": "Waiting a little longer for some students",
  "phone.extraTime": "Your time",
  "host.setup.classList.accommodationHint": "An optional 3rd column gives a student's accommodation: x1.5, x2, no limit and/or no speed penalty (also in the lobby, with the clock beside each student).",
  "host.setup.classList.accommodations": "{n} students with an accommodation (extra time or no speed penalty). Nobody else sees it.",
  "report.accommodated": "{n} answers given with an accommodation (extra time or no speed penalty)",
  "report.accommodated.one": "1 answer given with an accommodation (extra time or no speed penalty)",
};
