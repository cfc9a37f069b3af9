import type { BankDraft } from "@lousa/protocol";
import { draftKey, parseStoredDraft, sameDraft } from "./local-draft";

const draft: BankDraft = { title: "T", description: "", language: "en", questions: [{ type: "truefalse", prompt: "?", options: ["True", "False"], correct: [1], explanation: "", timeLimitSec: 20, pointsMode: "none" }] };

describe("local drafts", () => {
  it("reads back what was stored", () => {
    const raw = JSON.stringify({ draft, baseRevision: 3, savedAt: 1000 });
    expect(parseStoredDraft(raw)).toEqual({ draft, baseRevision: 3, savedAt: 1000 });
    expect(parseStoredDraft(JSON.stringify({ draft, baseRevision: null, savedAt: 1 }))?.baseRevision).toBeNull();
  });
  it("keeps an invalid draft (half typed) as long as its shape is right", () => {
    const half = { ...draft, title: "", questions: [{ ...draft.questions[0]!, prompt: "" }] };
    expect(parseStoredDraft(JSON.stringify({ draft: half, baseRevision: 1, savedAt: 1 }))?.draft).toEqual(half);
  });
  it.each([null, "", "{", "[]", JSON.stringify({ draft: { title: 1 }, baseRevision: 1, savedAt: 1 }), JSON.stringify({ draft, baseRevision: "1", savedAt: 1 }), JSON.stringify({ draft })])("ignores %p", (raw) => {
    expect(parseStoredDraft(raw)).toBeNull();
  });
  it("one key per bank, one for a new bank", () => {
    expect(draftKey("abc")).toBe("lousa:draft:abc");
    expect(draftKey(null)).toBe("lousa:draft:new");
    expect(sameDraft(draft, { ...draft, title: " T ", questions: [{ ...draft.questions[0]!, prompt: "? " }] })).toBe(true);
    expect(sameDraft(draft, { ...draft, questions: [{ ...draft.questions[0]!, correct: [0] }] })).toBe(false);
  });
});
