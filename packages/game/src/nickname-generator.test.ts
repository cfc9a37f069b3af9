import { allGeneratedNicknames, drawNickname, generatedNickname, isGeneratedNickname } from "./nickname-generator";
import { isOffensiveNickname } from "./nickname-filter";
import { NICKNAME_MAX, normalizeNickname } from "./nickname";
import { PT_ADJECTIVES, PT_NOUNS } from "./nickname-words";

/** A random source that returns the given numbers in turn. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

/** The random value that picks `index` out of a list of `length`. */
const at = (index: number, length: number): number => (index + 0.5) / length;

describe("drawNickname", () => {
  it("makes the Portuguese adjective agree with the noun", () => {
    const noun = (word: string) => PT_NOUNS.findIndex((n) => n.word === word);
    const curioso = PT_ADJECTIVES.findIndex((a) => a.m === "Curioso");
    const veloz = PT_ADJECTIVES.findIndex((a) => a.m === "Veloz");
    expect(drawNickname("pt-BR", sequence(at(noun("Tatu"), PT_NOUNS.length), at(curioso, PT_ADJECTIVES.length)))).toBe("Tatu Curioso");
    expect(drawNickname("pt-BR", sequence(at(noun("Coruja"), PT_NOUNS.length), at(curioso, PT_ADJECTIVES.length)))).toBe("Coruja Curiosa");
    expect(drawNickname("pt-BR", sequence(at(noun("Capivara"), PT_NOUNS.length), at(veloz, PT_ADJECTIVES.length)))).toBe("Capivara Veloz");
  });

  it("puts the English adjective first", () => {
    expect(drawNickname("en", sequence(0, 0))).toBe("Swift Capybara");
  });

  it("stays inside the lists whatever the random source returns", () => {
    for (const value of [0, 0.999999, 1, -1, Number.NaN]) {
      expect(isGeneratedNickname(drawNickname("pt-BR", () => value))).toBe(true);
      expect(isGeneratedNickname(drawNickname("en", () => value))).toBe(true);
    }
  });

  it("never writes a feminine noun with a masculine -o adjective, or the reverse", () => {
    for (const noun of PT_NOUNS) {
      for (const adjective of PT_ADJECTIVES) {
        const form = adjective[noun.gender];
        if (adjective.m !== adjective.f) expect(form.endsWith(noun.gender === "f" ? "a" : "o") || form.endsWith("or")).toBe(true);
      }
    }
  });
});

describe("every generated nickname", () => {
  const names = allGeneratedNicknames();

  it("is a valid nickname of at most NICKNAME_MAX characters, and unique", () => {
    expect(names.length).toBeGreaterThan(2000);
    expect(new Set(names.map((n) => n.toLocaleLowerCase("pt-BR"))).size).toBe(names.length);
    for (const name of names) {
      const r = normalizeNickname(name);
      expect(r.ok && r.value.nickname).toBe(name);
      expect([...name].length).toBeLessThanOrEqual(NICKNAME_MAX);
    }
  });

  it("passes the profanity filter", () => {
    expect(names.filter((name) => isOffensiveNickname(name))).toEqual([]);
  });

  it("is recognised again, in any case and spacing", () => {
    for (const name of names) expect(generatedNickname(name)).toBe(name);
    expect(generatedNickname("capivara VELOZ")).toBe("Capivara Veloz");
    expect(generatedNickname("  swift   capybara ")).toBe("Swift Capybara");
    expect(generatedNickname("ＴＡＴＵ ＣＵＲＩＯＳＯ")).toBe("Tatu Curioso");
  });
});

describe("isGeneratedNickname", () => {
  it.each(["Ana", "Capivara", "Coruja Curioso", "Tatu Curiosa", "Capivara Veloz!", "Veloz Capivara", "Capybara Swift", "Capivara  Veloz Azul"])("refuses %j", (name) => {
    expect(isGeneratedNickname(name)).toBe(false);
  });
});
