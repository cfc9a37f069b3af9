import { checkNickname, normalizeNickname } from "./nickname";

describe("normalizeNickname", () => {
  it.each([
    ["  Ana  ", "Ana"],
    ["João   Pedro", "João Pedro"],
    ["<b>Zé</b>", "<b>Zé</b>"], // kept as text; the UI never renders it as HTML
    ["🐳 Docker", "🐳 Docker"],
    ["👩‍💻 dev", "👩‍💻 dev"],
    ["x".repeat(20), "x".repeat(20)],
  ])("accepts %j as %j", (raw, expected) => {
    const r = normalizeNickname(raw);
    expect(r.ok && r.value.nickname).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["x".repeat(21), "21 characters"],
    ["x".repeat(10_000), "10,000 characters"],
    ["a\u0000b", "NUL"],
    ["a\u200Bb", "zero-width space"],
    ["a\u202Eb", "bidi override"],
    ["line\nbreak", "newline"],
  ])("refuses %j (%s)", (raw) => {
    const r = normalizeNickname(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe("NICKNAME_INVALID");
  });

  it("refuses 20 letters buried under combining marks", () => {
    const r = normalizeNickname(("a" + "\u0301".repeat(50)).repeat(20));
    expect(!r.ok && r.error.code).toBe("NICKNAME_INVALID");
  });

  it("treats full-width look-alikes as the same name", () => {
    const a = normalizeNickname("ＡＮＡ");
    const b = normalizeNickname("ana");
    expect(a.ok && b.ok && a.value.key === b.value.key).toBe(true);
  });

  it("compares case-insensitively", () => {
    const a = normalizeNickname("MARIA");
    const b = normalizeNickname("maria");
    expect(a.ok && b.ok && a.value.key === b.value.key).toBe(true);
  });
});

describe("checkNickname", () => {
  const typed = { source: "typed", filter: true } as const;

  it("refuses an offensive typed nickname without repeating it", () => {
    const r = checkNickname("  p0rr4  ", typed);
    expect(!r.ok && r.error.code).toBe("NICKNAME_OFFENSIVE");
    expect(!r.ok && r.error.message.toLowerCase()).not.toMatch(/p0rr4|porra/);
  });

  it("lets it through when the teacher turned the filter off", () => {
    expect(checkNickname("porra", { source: "typed", filter: false }).ok).toBe(true);
  });

  it("checks the length before the filter", () => {
    const r = checkNickname("x".repeat(21), typed);
    expect(!r.ok && r.error.code).toBe("NICKNAME_INVALID");
  });

  it("with generated nicknames only, refuses a typed one and takes a drawn one in the generator's spelling", () => {
    const generated = { source: "generated", filter: true } as const;
    const typedName = checkNickname("Ana", generated);
    expect(!typedName.ok && typedName.error.code).toBe("NICKNAME_NOT_GENERATED");
    const drawn = checkNickname("capivara  veloz", generated);
    expect(drawn.ok && drawn.value).toEqual({ nickname: "Capivara Veloz", key: "capivara veloz" });
    expect(checkNickname("Swift Capybara", { source: "generated", filter: false }).ok).toBe(true);
  });

  it("defaults to typed and filtered", () => {
    const r = checkNickname("fuck");
    expect(!r.ok && r.error.code).toBe("NICKNAME_OFFENSIVE");
  });
});
