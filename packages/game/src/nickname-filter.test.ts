import { isOffensiveNickname } from "./nickname-filter";

// The evasions students actually try, in both languages. (Test data: offensive on purpose.)
const EVASIONS: readonly [string, string][] = [
  ["porra", "plain"],
  ["PoRrA", "mixed case"],
  ["p0rr4", "leetspeak"],
  ["PUT@", "leetspeak symbol"],
  ["m3rd@", "leetspeak"],
  ["c4r4lh0", "leetspeak"],
  ["p o r r a", "spaced letters"],
  ["p.o.r.r.a", "dotted letters"],
  ["po rra", "split in two"],
  ["bu cetinha", "split after a short piece"],
  ["porrrrra", "repeated letters"],
  ["CARALHOOOO", "repeated letters, capitals"],
  ["pora", "a missing double letter"],
  ["cúzão", "accents"],
  ["cuzao", "no accents"],
  ["sapatão", "slur with accent"],
  ["sapatao", "slur without accent"],
  ["v1ad0", "slur in leetspeak"],
  ["ＰＯＲＲＡ", "full-width letters"],
  ["xXporraXx", "inside decoration"],
  ["porra123", "with digits"],
  ["fdp", "abbreviation"],
  ["f d p", "spaced abbreviation"],
  ["t.n.c", "dotted abbreviation"],
  ["filho da puta", "phrase"],
  ["vai tomar no cu", "phrase"],
  ["foda-se", "hyphenated"],
  ["Hitler", "hate figure"],
  ["Nazista", "hate word"],
  ["fuck", "English"],
  ["FuCk", "English mixed case"],
  ["f u c k", "English spaced"],
  ["f.u.c.k", "English dotted"],
  ["fuuuuck", "English repeated letters"],
  ["fück", "English accent"],
  ["sh1t", "English leetspeak"],
  ["b i t c h", "English spaced"],
  ["n1gg3r", "English slur in leetspeak"],
  ["ｆｕｃｋ", "English full-width"],
];

// Ordinary Brazilian names and words (and a few English ones) with a listed word inside: they must pass.
const INNOCENT: readonly string[] = [
  "Cássio", "Cassio", "Cássia", "Cassiano", "Assis", "Assunção", "Analice", "Analu", "Ana Lúcia", "Análise", "Anabela",
  "Anastácia", "Semente", "Dickson", "Pissarro", "Pinto", "Cuca", "Cunha", "Curitiba", "Cuiabá", "Cuscuz", "Cupim",
  "Cutia", "Cutucar", "Sexta", "Sextou", "Computador", "Disputa", "Recurso", "Pica-Pau", "Buraco Negro", "Rio Negro",
  "Fernanda Montenegro", "Tito", "Titânia", "Cocada", "Paulo", "Paula", "Bosco", "Boston", "Porangatu", "Iporá", "Porão",
  "Porrinha", "Cacetinho", "Bichano", "Veadeiros", "Mongólia", "Viaduto", "Cornélio", "Escutar", "Clássico", "Massa",
  "Passarinho", "Pascoal", "Pâmela", "Mascote", "Shitake", "Sussex", "Scunthorpe", "Maria Eduarda", "João Pedro",
  "Ana Clara", "Luís Fernando", "Matheus", "Raphael", "Valentina", "Kauã", "Vitória", "Cecília", "Benício", "Otávio",
  "Cebolinha", "Cascão", "Magali", "Chico Bento", "Rapunzel", "Xuxa", "Pelé", "Ayrton Senna", "Débora", "Lu Cunha",
  "Zé Sexta", "Capivara Veloz",
];

describe("isOffensiveNickname", () => {
  it.each(EVASIONS)("refuses %j (%s)", (nickname) => {
    expect(isOffensiveNickname(nickname)).toBe(true);
  });

  it.each(INNOCENT)("lets %j through", (nickname) => {
    expect(isOffensiveNickname(nickname)).toBe(false);
  });
});
