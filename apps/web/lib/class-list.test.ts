import { parseClassList } from "./class-list";

describe("parseClassList", () => {
  it("reads a Brazilian Excel export (;), skipping the header and a BOM", () => {
    const r = parseClassList("\uFEFFNome;Matrícula\r\nMaria Souza;2026001\r\nJoão Lima;2026002\r\n");
    expect(r).toEqual({ ok: true, lines: [{ name: "Maria Souza", identifier: "2026001" }, { name: "João Lima", identifier: "2026002" }] });
  });
  it("reads commas with quotes, and tabs", () => {
    expect(parseClassList('"Souza, Maria",maria@escola.br\n')).toEqual({ ok: true, lines: [{ name: "Souza, Maria", identifier: "maria@escola.br" }] });
    expect(parseClassList("Ana\tana@x.br")).toEqual({ ok: true, lines: [{ name: "Ana", identifier: "ana@x.br" }] });
  });
  it("reports the lines it cannot read", () => {
    expect(parseClassList("Nome;Matrícula\nMaria;1\nSem identificação\n")).toEqual({ ok: false, badLines: [3] });
    expect(parseClassList("")).toEqual({ ok: false, badLines: [1] });
  });
});
