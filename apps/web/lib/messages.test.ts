import { MESSAGES, messageFor } from "./messages";

describe("messages", () => {
  it("a count of one reads as one", () => {
    expect(messageFor("pt-BR", "host.lobby.players", { n: 1 })).toBe("1 jogador");
    expect(messageFor("pt-BR", "host.lobby.players", { n: 2 })).toBe("2 jogadores");
    expect(messageFor("en", "host.setup.questions", { n: 1 })).toBe("1 question");
    expect(messageFor("en", "host.setup.questions", { n: 17 })).toBe("17 questions");
  });
  it("every singular form has its plural in both languages", () => {
    for (const locale of ["pt-BR", "en"] as const) {
      for (const key of Object.keys(MESSAGES[locale]).filter((k) => k.endsWith(".one"))) expect(Object.keys(MESSAGES[locale])).toContain(key.slice(0, -".one".length));
    }
  });
});
