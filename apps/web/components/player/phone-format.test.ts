import { messageFor } from "../../lib/messages";
import { answeredPhrase, celebrates, countVar, formatNumber, motivator, ordinal, rankVar, roundPoints, type Phrase } from "./phone-format";

const say = (locale: "pt-BR" | "en", p: Phrase | null) => (p ? messageFor(locale, p.key, p.vars) : null);

describe("phone formatting", () => {
  it("writes numbers and places as each language does", () => {
    expect(formatNumber("pt-BR", 9181)).toBe("9.181");
    expect(formatNumber("en", 9181)).toBe("9,181");
    expect(countVar("pt-BR", 1)).toBe(1);
    expect(messageFor("pt-BR", "player.score", { n: countVar("pt-BR", 12345) })).toBe("12.345 pontos");
    expect(messageFor("pt-BR", "player.score", { n: countVar("pt-BR", 1) })).toBe("1 ponto");
    expect(["pt-BR", "en"].map((l) => ordinal(l === "en" ? "en" : "pt-BR", 2))).toEqual(["2º", "2nd"]);
    expect([1, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => ordinal("en", n))).toEqual(["1st", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]);
  });

  it.each([
    [{ rank: 1, pointsBehind: null }, "Você está em 1º!", "You're in 1st place!"],
    [{ rank: 3, pointsBehind: 120 }, "Faltam 120 pontos para o 2º lugar", "120 points behind 2nd place"],
    [{ rank: 2, pointsBehind: 1 }, "Falta 1 ponto para o 1º lugar", "1 point behind 1st place"],
    [{ rank: 5, pointsBehind: 1500 }, "Faltam 1.500 pontos para o 4º lugar", "1,500 points behind 4th place"],
    [{ rank: 2, pointsBehind: 0 }, "Empatado com o 1º lugar", "Tied with 1st place"],
    [{ rank: null, pointsBehind: null }, null, null],
  ])("motivates %o", (you, pt, en) => {
    expect(say("pt-BR", motivator("pt-BR", you))).toBe(pt);
    expect(say("en", motivator("en", you))).toBe(en);
  });

  it("counts this phone among those who answered, never past the class", () => {
    expect(say("pt-BR", answeredPhrase("pt-BR", { answeredCount: 12, playerCount: 30 }, true))).toBe("12 de 30 já responderam");
    expect(say("pt-BR", answeredPhrase("pt-BR", { answeredCount: 0, playerCount: 30 }, true))).toBe("1 de 30 já respondeu");
    expect(say("en", answeredPhrase("en", { answeredCount: 40, playerCount: 30 }, true))).toBe("30 of 30 have answered");
    expect(say("pt-BR", answeredPhrase("pt-BR", { answeredCount: 1200, playerCount: 2000 }, true))).toBe("1.200 de 2.000 já responderam");
  });

  it("adds the streak bonus to the round's points; celebrates places 1 to 3", () => {
    expect(roundPoints({ questionIndex: 0, answered: true, correct: true, points: 900, streakBonus: 100 })).toBe(1000);
    expect(roundPoints(null)).toBe(0);
    expect([null, 0, 1, 2, 3, 4].map(celebrates)).toEqual([false, false, true, true, true, false]);
  });
});

describe("rank in 'Você está em {rank}º de {n}'", () => {
  it("is written as the language writes numbers", () => {
    expect(messageFor("pt-BR", "player.rank", { rank: rankVar("pt-BR", 1234), n: formatNumber("pt-BR", 10000) })).toBe("Você está em 1.234º de 10.000");
    expect(messageFor("en", "player.rank", { rank: rankVar("en", 1234), n: formatNumber("en", 10000) })).toBe("You are #1,234 of 10,000");
  });
});
