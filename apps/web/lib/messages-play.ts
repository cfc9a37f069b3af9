/**
 * The strings of the slider and slide kinds and of question pictures while a game is played, on the
 * phone and the projector (merged into messages.ts; both languages must have every key).
 */
export const playPtBR = {
  // Phone: slider
  "player.slider.label": "Sua estimativa",
  "player.slider.less": "Um passo a menos",
  "player.slider.more": "Um passo a mais",
  "player.slider.scale": "de {min} a {max}",
  "player.slider.send": "Enviar",
  "player.slider.sent": "Você escolheu {value}",
  "player.slider.close": "Perto!",
  "player.slider.right": "Resposta certa: {value}",
  "player.slider.band": "Pontos cheios de {from} a {to}",
  // Phone: slide and get-ready
  "player.slide.look": "Olhe para a tela do professor",
  "player.prepare": "Prepare-se…",
  "player.prepare.hint": "A pergunta começa em instantes.",
  "player.picture.enlarge": "Ampliar a imagem",
  "player.picture.close": "Fechar a imagem",
  // Projector
  "host.slide.continue": "Continuar",
  "host.prepare": "Prepare-se",
  "host.prepare.hint": "Os celulares estão carregando a imagem…",
  "host.question.slider": "Escolha um valor no celular",
  "host.slider.scale": "de {min} a {max}",
  "host.reveal.slider": "Palpites da turma",
  "host.reveal.sliderAnswer": "Resposta: {value}",
  "host.reveal.sliderBand": "Pontos cheios de {from} a {to}",
  "host.reveal.sliderGuesses": "{n} palpites",
  "host.reveal.sliderGuesses.one": "1 palpite",
  "host.reveal.sliderBar": "{range}: {n}",
} as const;

export const playEn: Record<keyof typeof playPtBR, string> = {
  "player.slider.label": "Your estimate",
  "player.slider.less": "One step less",
  "player.slider.more": "One step more",
  "player.slider.scale": "from {min} to {max}",
  "player.slider.send": "Send",
  "player.slider.sent": "You chose {value}",
  "player.slider.close": "Close!",
  "player.slider.right": "Right answer: {value}",
  "player.slider.band": "Full points from {from} to {to}",
  "player.slide.look": "Look at the teacher's screen",
  "player.prepare": "Get ready…",
  "player.prepare.hint": "The question starts in a moment.",
  "player.picture.enlarge": "Enlarge the picture",
  "player.picture.close": "Close the picture",
  "host.slide.continue": "Continue",
  "host.prepare": "Get ready",
  "host.prepare.hint": "Phones are loading the picture…",
  "host.question.slider": "Pick a value on your phone",
  "host.slider.scale": "from {min} to {max}",
  "host.reveal.slider": "The class's guesses",
  "host.reveal.sliderAnswer": "Answer: {value}",
  "host.reveal.sliderBand": "Full points from {from} to {to}",
  "host.reveal.sliderGuesses": "{n} guesses",
  "host.reveal.sliderGuesses.one": "1 guess",
  "host.reveal.sliderBar": "{range}: {n}",
};
