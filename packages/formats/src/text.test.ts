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

describe("htmlToText: code", () => {
  it("turns <code> into backticks and <pre> into a fenced block with its whitespace", () => {
    const html = '<p>Rode <code>ps -e</code> e veja:</p><pre class="language-dockerfile">FROM alpine\n  RUN  apk add curl\n\nCMD ["sh"]\n</pre><p>Fim</p>';
    expect(htmlToText(html)).toBe('Rode `ps -e` e veja:\n```dockerfile\nFROM alpine\n  RUN  apk add curl\n\nCMD ["sh"]\n```\nFim');
  });
  it("reads the language from the <code> inside <pre>, entities and <br> inside code, tags dropped", () => {
    expect(htmlToText('<pre><code class="hljs language-C">if (a &lt; b)<br>  <span class="x">return</span>;</code></pre>')).toBe("```c\nif (a < b)\n  return;\n```");
  });
  it("picks fences longer than any backticks inside", () => {
    expect(htmlToText("<code>a`b</code>")).toBe("``a`b``");
    expect(htmlToText("<code>`x`</code>")).toBe("`` `x` ``");
    expect(htmlToText("<pre>```\nx\n```</pre>")).toBe("````\n```\nx\n```\n````");
  });
  it("keeps unclosed <pre> and <code> as text, and drops placeholder characters from the input", () => {
    expect(htmlToText("a <code>b")).toBe("a b");
    expect(htmlToText("<pre>x")).toBe("x");
    expect(htmlToText("a\uE0010\uE002b")).toBe("a0b");
    expect(htmlToText("<p>Veja:</p><pre>x</pre>")).toBe("Veja:\n```\nx\n```");
    expect(htmlToText("a<br><br><code>x</code><br>b")).toBe("a\n\n`x`\nb");
  });
  it("reads a field full of unclosed <pre> and <code> in linear time", () => {
    const hostile = "<pre>".repeat(50_000) + "<code class=".repeat(50_000) + "<pre class='lang-".repeat(20_000) + "</pre>";
    expect(typeof htmlToText(hostile)).toBe("string");
  }, 5_000);
});
