import { QUESTION_LIMITS } from "@lousa/protocol";
import { collect, refuseIfTooLarge } from "./collect";
import { MAX_IMPORT_BYTES } from "./types";

const q = { type: "single", prompt: "2+2?", options: ["3", "4"], correct: [1], explanation: "", timeLimitSec: 20, pointsMode: "standard" };

describe("collect: the shared last step of every importer", () => {
  it("keeps valid questions and reports each problem of the others at its place", () => {
    const r = collect("gift", null, [{ at: { line: 1 }, question: q }, { at: { line: 5 }, question: { ...q, options: ["4", "4"] } }], []);
    expect(r.questions).toHaveLength(1);
    expect(r.problems).toEqual([expect.objectContaining({ at: { line: 5 }, code: "OPTIONS_DUPLICATE" })]);
  });
  it("refuses a file with more questions than a bank holds, whole", () => {
    const many = Array.from({ length: QUESTION_LIMITS.questionsPerBank + 1 }, (_, i) => ({ at: { line: i + 1 }, question: q }));
    const r = collect("gift", null, many, []);
    expect(r.questions).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(["FILE_TOO_MANY_QUESTIONS"]);
  });
  it("refuses a file over the size limit before reading it", () => {
    expect(refuseIfTooLarge("gift", new Uint8Array(MAX_IMPORT_BYTES + 1))?.problems[0]?.code).toBe("FILE_TOO_LARGE");
    expect(refuseIfTooLarge("gift", new Uint8Array(10))).toBeNull();
  });
});
