import { hostAllowed, hostName } from "./host-allow-list";

describe("the host names Lousa answers to", () => {
  const allowed = hostAllowed({ names: ["quiz.escola.br", ".lan.escola.br"], machineNames: ["notebook-ana", "notebook-ana.local"] });

  it("answers to addresses, localhost, the machine's names and the configured ones", () => {
    for (const host of ["192.168.0.12:3000", "10.0.0.5", "[::1]:3000", "[fe80::1]", "localhost:3000", "app.localhost", "notebook-ana:3000", "NOTEBOOK-ANA.local", "quiz.escola.br", "quiz.escola.br.", "sala3.lan.escola.br:8080", undefined]) {
      expect([host, allowed(host)]).toEqual([host, true]);
    }
  });

  it("refuses any other name: a DNS-rebinding page's", () => {
    for (const host of ["evil.example", "evil.example:3000", "quiz.escola.br.evil.example", "lan.escola.br", "notebook-ana.evil", "192.168.0.12.nip.io"]) {
      expect([host, allowed(host)]).toEqual([host, false]);
    }
  });

  it("reads a Host header's name", () => {
    expect(hostName("[::1]:3000")).toBe("::1");
    expect(hostName("Exemplo.Org:80")).toBe("exemplo.org");
    expect(hostName("https://quiz.escola.br/")).toBe("quiz.escola.br");
    expect(hostAllowed({ names: ["https://quiz.escola.br"], machineNames: [] })("quiz.escola.br")).toBe(true);
  });
});
