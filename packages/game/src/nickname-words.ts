/**
 * Word lists for generated nicknames ("Capivara Veloz", "Swift Capybara").
 *
 * Chosen for a classroom of children, so some good-looking words are left out on purpose:
 * animals used as insults or slang in Brazil (vaca, burro, anta, porco, macaco, veado, piranha,
 * galinha, perereca, periquita, peru, pinto, pomba, baleia, cobra, preguiça, pica-pau) or in English
 * (ass, cock, beaver, tit, booby, pig, cow, rat, chicken, sloth, whale); adjectives about bodies,
 * colour of skin or cleverness in a way that can mock (gordo, lento, preto, branco, slow, fat); only
 * positive or neutral adjectives. A unit test checks every combination against the profanity filter.
 *
 * Lengths: nouns ≤ 10 and adjectives ≤ 9 characters, so "noun adjective" fits NICKNAME_MAX (20).
 */

/** A Portuguese noun and its grammatical gender: the adjective agrees with it ("Tatu Curioso", "Coruja Curiosa"). */
export interface PtNoun {
  readonly word: string;
  readonly gender: "m" | "f";
}

/** A Portuguese adjective in both genders (the same word when it doesn't inflect: "Veloz"). */
export interface PtAdjective {
  readonly m: string;
  readonly f: string;
}

const m = (word: string): PtNoun => ({ word, gender: "m" });
const f = (word: string): PtNoun => ({ word, gender: "f" });
/** Adjectives in -o/-a: "Curioso" → "Curiosa". */
const oa = (masculine: string): PtAdjective => ({ m: masculine, f: `${masculine.slice(0, -1)}a` });
/** Adjectives with one form for both genders: "Veloz", "Gentil". */
const same = (word: string): PtAdjective => ({ m: word, f: word });

export const PT_NOUNS: readonly PtNoun[] = [
  m("Tatu"), m("Tucano"), m("Jacaré"), m("Quati"), m("Sabiá"), m("Guará"), m("Tamanduá"), m("Boto"),
  m("Golfinho"), m("Pinguim"), m("Panda"), m("Coala"), m("Polvo"), m("Leão"), m("Tigre"), m("Gato"),
  m("Esquilo"), m("Flamingo"), m("Papagaio"), m("Falcão"), m("Urso"), m("Lince"), m("Castor"),
  m("Canguru"), m("Ouriço"), m("Camaleão"), m("Cometa"), m("Foguete"), m("Trovão"), m("Pião"),
  m("Balão"), m("Robô"), m("Dragão"), m("Cacto"), m("Vulcão"), m("Planeta"), m("Unicórnio"),
  f("Capivara"), f("Coruja"), f("Arara"), f("Onça"), f("Tartaruga"), f("Girafa"), f("Raposa"),
  f("Zebra"), f("Lontra"), f("Abelha"), f("Formiga"), f("Joaninha"), f("Borboleta"), f("Ema"),
  f("Lhama"), f("Foca"), f("Ariranha"), f("Gaivota"), f("Lagartixa"), f("Cigarra"), f("Estrela"),
  f("Nuvem"), f("Pipa"), f("Bússola"), f("Lanterna"), f("Pipoca"), f("Jabuticaba"), f("Montanha"),
];

export const PT_ADJECTIVES: readonly PtAdjective[] = [
  same("Veloz"), oa("Curioso"), same("Valente"), same("Alegre"), same("Brilhante"), oa("Esperto"),
  oa("Corajoso"), oa("Sábio"), same("Gentil"), same("Feliz"), oa("Dourado"), oa("Prateado"),
  same("Azul"), same("Verde"), oa("Cósmico"), oa("Mágico"), oa("Ligeiro"), oa("Tranquilo"),
  oa("Sereno"), same("Elegante"), oa("Animado"), same("Radiante"), same("Estelar"),
  same("Genial"), same("Incrível"), oa("Atento"), same("Ágil"), oa("Criativo"), oa("Noturno"),
  same("Dançante"), same("Musical"), same("Gigante"), same("Nobre"), oa("Astuto"), oa("Risonho"),
  oa("Lendário"), oa("Elétrico"), oa("Poderoso"), { m: "Sonhador", f: "Sonhadora" },
];

export const EN_ADJECTIVES: readonly string[] = [
  "Swift", "Curious", "Brave", "Happy", "Bright", "Clever", "Gentle", "Mighty", "Cosmic", "Magic",
  "Golden", "Silver", "Sunny", "Jolly", "Calm", "Lucky", "Witty", "Zippy", "Cheerful", "Daring",
  "Epic", "Fearless", "Friendly", "Noble", "Quick", "Sparkly", "Stellar", "Wise", "Groovy", "Electric",
  "Dancing", "Smiling", "Nimble", "Radiant", "Playful", "Legendary", "Fuzzy", "Shiny", "Dreamy", "Bold",
];

export const EN_NOUNS: readonly string[] = [
  "Capybara", "Armadillo", "Toucan", "Jaguar", "Owl", "Macaw", "Otter", "Fox", "Giraffe", "Zebra",
  "Panda", "Koala", "Octopus", "Penguin", "Dolphin", "Turtle", "Tiger", "Lion", "Falcon", "Parrot",
  "Squirrel", "Llama", "Kangaroo", "Hedgehog", "Butterfly", "Ladybug", "Firefly", "Comet", "Rocket",
  "Rainbow", "Cactus", "Volcano", "Lantern", "Compass", "Kite", "Balloon", "Robot", "Dragon", "Unicorn",
  "Flamingo", "Chameleon", "Popcorn",
];
