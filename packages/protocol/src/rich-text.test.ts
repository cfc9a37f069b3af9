import { parseRichText, richTextPlain, type RichSegment } from "./rich-text";

const text = (t: string): RichSegment => ({ kind: "text", text: t });
const code = (c: string): RichSegment => ({ kind: "code", code: c });
const block = (c: string, lang: string | null = null): RichSegment => ({ kind: "block", code: c, lang });

describe("parseRichText: inline code", () => {
  it.each<[string, string, RichSegment[]]>([
    ["plain text", "Qual é o núcleo?", [text("Qual é o núcleo?")]],
    ["empty text", "", []],
    ["one span", "Rode `ps -e` agora", [text("Rode "), code("ps -e"), text(" agora")]],
    ["span at both ends", "`uname -r`", [code("uname -r")]],
    ["two spans", "`a` e `b`", [code("a"), text(" e "), code("b")]],
    ["double backticks hold a backtick", "`` a`b ``", [code("a`b")]],
    ["one space dropped on each side", "`` `x` ``", [code("`x`")]],
    ["only spaces kept", "`  `", [code("  ")]],
    ["a run closes only on the same length", "``a`b", [text("``a`b")]],
    ["lone backtick is text", "custa 5` a mais", [text("custa 5` a mais")]],
    ["unclosed then closed with another length", "`a ``b``", [text("`a "), code("b")]],
    ["escaped backtick is literal", "um \\` literal", [text("um ` literal")]],
    ["escaped backticks make no span", "\\`x\\`", [text("`x`")]],
    ["escape inside code is kept", "`a\\`", [code("a\\")]],
    ["rest of an escaped run may open", "\\``x`", [text("`"), code("x")]],
    ["other backslashes stay", "C:\\dir e \\n", [text("C:\\dir e \\n")]],
    ["a fence inside inline code", "Digite `` ``` `` para abrir", [text("Digite "), code("```"), text(" para abrir")]],
    ["a span never crosses a line", "a `b\nc` d", [text("a `b\nc` d")]],
    ["spans on each line", "`a`\n`b`", [code("a"), text("\n"), code("b")]],
  ])("%s", (_name, input, expected) => {
    expect(parseRichText(input)).toEqual(expected);
  });
});

describe("parseRichText: fenced blocks", () => {
  it("a Dockerfile between two lines of text", () => {
    const input = "Quantas camadas?\n```dockerfile\nFROM alpine:3.20\nRUN apk add curl\n```\nEscolha uma.";
    expect(parseRichText(input)).toEqual([text("Quantas camadas?"), block("FROM alpine:3.20\nRUN apk add curl", "dockerfile"), text("Escolha uma.")]);
  });
  it.each<[string, string, RichSegment[]]>([
    ["no language", "```\nls -l\n```", [block("ls -l")]],
    ["language lower-cased, first word only", "```Bash title\necho\n```", [block("echo", "bash")]],
    ["empty block", "```\n```", [block("")]],
    ["blank lines and indentation kept", "```c\nint main() {\n\n    return 0;\n}\n```", [block("int main() {\n\n    return 0;\n}", "c")]],
    ["CRLF", "a\r\n```sh\r\nps -e\r\n```\r\nb", [text("a"), block("ps -e", "sh"), text("b")]],
    ["lone CR", "```\rx\r```", [block("x")]],
    ["closer at least as long", "````\n```\n````", [block("```")]],
    ["shorter closer does not close", "````\nx\n```", [text("````\nx\n```")]],
    ["unclosed fence is text", "```bash\nls\nfim", [text("```bash\nls\nfim")]],
    ["unclosed fence keeps its inline code", "```\n`ls`", [text("```\n"), code("ls")]],
    ["a closer may have trailing spaces", "```\nx\n```  ", [block("x")]],
    ["a closer has no language", "```\nx\n```py\n```", [block("x\n```py")]],
    ["info with a backtick is inline code", "```ls``` lista", [code("ls"), text(" lista")]],
    ["indented opener: lines dedented by as much", "  ```\n  a\n    b\n c\n  ```", [block("a\n  b\nc")]],
    ["two blocks", "```\na\n```\n```\nb\n```", [block("a"), block("b")]],
    ["escaped fence is text", "\\```\nx\n```", [text("```\nx\n```")]],
  ])("%s", (_name, input, expected) => {
    expect(parseRichText(input)).toEqual(expected);
  });

  it("four spaces before backticks is not an opener", () => {
    expect(parseRichText("    ```\nx\n```").some((s) => s.kind === "block")).toBe(false);
  });
});

describe("parseRichText: hostile input", () => {
  // Each of these would be quadratic with a naive "search the rest of the text for the closer".
  it.each<[string, string]>([
    ["unclosed fences", "```\n".repeat(100_000)],
    ["fences of decreasing length", Array.from({ length: 400 }, (_, i) => "`".repeat(403 - i)).join("\n") + "\nx\n".repeat(50_000)],
    ["unmatched backtick runs", "`` ` ".repeat(100_000)],
    ["backticks of every length", Array.from({ length: 600 }, (_, i) => "`".repeat(i + 1)).join(" ")],
    ["escapes", "\\`".repeat(200_000)],
  ])("%s in linear time", (_name, input) => {
    const started = performance.now();
    parseRichText(input);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("parseRichText options and richTextPlain", () => {
  it("keepEscapes leaves \\` as typed (exports write the source back)", () => {
    expect(parseRichText("a \\`b\\` `c`", { keepEscapes: true })).toEqual([text("a \\`b\\` "), code("c")]);
  });
  it("plain text drops the markup", () => {
    expect(richTextPlain("Rode `ps -e`:\n```sh\nps -e\n```\nfim")).toBe("Rode ps -e:\nps -e\nfim");
    expect(richTextPlain("`uname -r`")).toBe("uname -r");
  });
  it("never changes the text it is given", () => {
    const input = "a `b`\n```\nc\n```";
    parseRichText(input);
    expect(input).toBe("a `b`\n```\nc\n```");
  });
});
