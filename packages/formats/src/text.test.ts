import { htmlToText } from "./text";

describe("htmlToText", () => {
  it("gives the text a teacher wrote", () => {
    expect(htmlToText("<p>Qual &eacute; o <strong>n&uacute;cleo</strong>?</p><p>Escolha<br/>uma</p><!-- x -->")).toBe("Qual é o núcleo?\nEscolha\numa");
  });
  it("reads a field full of unclosed '<' in linear time (no regex backtracking)", () => {
    const hostile = "<".repeat(200_000) + "<!--".repeat(50_000) + "<li".repeat(50_000);
    expect(typeof htmlToText(hostile)).toBe("string");
  }, 5_000);
});
