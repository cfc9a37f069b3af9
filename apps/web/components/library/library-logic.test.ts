import type { LibraryBank } from "@lousa/protocol";
import { groupNotes, notedQuestionCount, questionList } from "./export-notes";
import { normalize, shelve, upsert } from "./group-banks";

const bank = (id: string, title: string, access: LibraryBank["access"], extra: Partial<LibraryBank> = {}): LibraryBank => ({
  id,
  title,
  description: "",
  language: "pt-BR",
  questionCount: 3,
  access,
  ownerName: access === "shared" ? "Ana" : null,
  shared: false,
  revision: 1,
  updatedAt: 0,
  deletedAt: null,
  ...extra,
});

describe("library shelves", () => {
  const banks = [bank("k", "Kernel", "builtIn"), bank("h1", "História", "own", { updatedAt: 1 }), bank("h2", "Geografia", "own", { updatedAt: 2 }), bank("s", "Química", "shared"), bank("d", "Apagado", "own", { deletedAt: 5 })];

  it("puts each bank on its shelf, newest of one's own first, the bin left out", () => {
    const s = shelve(banks, "");
    expect(s.own.map((b) => b.id)).toEqual(["h2", "h1"]);
    expect(s.shared.map((b) => b.id)).toEqual(["s"]);
    expect(s.builtIn.map((b) => b.id)).toEqual(["k"]);
  });

  it("searches titles ignoring case and accents", () => {
    expect(normalize(" HISTÓRIA ")).toBe("historia");
    const s = shelve(banks, "historia");
    expect([...s.own, ...s.shared, ...s.builtIn].map((b) => b.id)).toEqual(["h1"]);
    expect(shelve(banks, "QUÍ").shared.map((b) => b.id)).toEqual(["s"]);
  });

  it("replaces a changed bank in place, adds a new one first", () => {
    expect(upsert(banks, { ...banks[1]!, title: "X" })[1]!.title).toBe("X");
    expect(upsert(banks, bank("new", "N", "own"))[0]!.id).toBe("new");
  });
});

describe("export notes", () => {
  it("groups notes by kind, counts the questions", () => {
    const notes = [
      { question: 3, code: "TEXT_TOO_LONG", message: "" },
      { question: 1, code: "TOO_MANY_OPTIONS", message: "" },
      { question: 3, code: "TOO_MANY_OPTIONS", message: "" },
    ] as const;
    expect(groupNotes(notes)).toEqual([
      { code: "TEXT_TOO_LONG", questions: [3] },
      { code: "TOO_MANY_OPTIONS", questions: [1, 3] },
    ]);
    expect(notedQuestionCount(notes)).toBe(2);
  });
  it.each([
    [[1], "1"],
    [[4, 1, 7], "1, 4, 7"],
    [[1, 2, 3, 7], "1–3, 7"],
    [[1, 2, 5, 6], "1, 2, 5, 6"],
  ])("lists %p as %p", (numbers, text) => {
    expect(questionList(numbers)).toBe(text);
  });
});
