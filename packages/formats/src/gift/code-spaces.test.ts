import { CODE_SPACE, keepCodeSpaces } from "./escape";

describe("keepCodeSpaces", () => {
  it("marks spaces only between fences, not in the answers", () => {
    const q = "P\\n```\\n  a  b\\n```\\nfim x{=a b ~c}";
    expect(keepCodeSpaces(q)).toBe(`P\\n\`\`\`\\n${CODE_SPACE.repeat(2)}a${CODE_SPACE.repeat(2)}b\\n\`\`\`\\nfim x{=a b ~c}`);
  });
  it("leaves a span with GIFT's braces alone, and unclosed fences", () => {
    expect(keepCodeSpaces("```a {=b ~c} ```")).toBe("```a {=b ~c} ```");
    expect(keepCodeSpaces("```a b")).toBe("```a b");
    expect(keepCodeSpaces("```a \\{ b```")).toBe(`\`\`\`a${CODE_SPACE}\\{${CODE_SPACE}b\`\`\``);
  });
  it("is linear on runs that never close", () => {
    const hostile = Array.from({ length: 600 }, (_, i) => "`".repeat(603 - i)).join(" ") + " x".repeat(100_000);
    const started = performance.now();
    keepCodeSpaces(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
