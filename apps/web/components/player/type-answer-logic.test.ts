import { TYPED_ANSWER_MAX, typedAnswer } from "./type-answer-logic";

describe("typedAnswer", () => {
  it("sends what the server will judge: ends trimmed, inner runs of spaces made one", () => {
    expect(typedAnswer("  Núcleo  ")).toBe("Núcleo");
    expect(typedAnswer("ls   -la\t/tmp")).toBe("ls -la /tmp");
  });

  it("has nothing to send for blank input", () => {
    expect(typedAnswer("")).toBeNull();
    expect(typedAnswer("   \t ")).toBeNull();
  });

  it("never sends more than the protocol accepts", () => {
    expect(typedAnswer("x".repeat(TYPED_ANSWER_MAX + 10))).toHaveLength(TYPED_ANSWER_MAX);
  });
});
