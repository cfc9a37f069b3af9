import { normalizeNickname } from "./nickname";

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
