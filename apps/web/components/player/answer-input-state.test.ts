import { answerInputState, hasAnswered } from "./answer-input-state";

describe("the phone's answer input on a question screen", () => {
  const base = { answered: false, lateHere: false, sending: false, expired: false };
  it("stays present from sending back to idle when the answer is refused (so a built order survives)", () => {
    expect(answerInputState({ ...base, sending: true })).toBe("sending");
    expect(answerInputState(base)).toBe("idle");
  });
  it("keeps an answer on its way at zero seconds, and is gone once answered, late or out of time", () => {
    expect(answerInputState({ ...base, sending: true, expired: true })).toBe("sending");
    expect(answerInputState({ ...base, expired: true })).toBeNull();
    expect(answerInputState({ ...base, answered: true })).toBeNull();
    expect(answerInputState({ ...base, lateHere: true, sending: true })).toBeNull();
  });
});

describe("hasAnswered", () => {
  const none = { answeredChoices: null, answeredText: null, answeredValue: null };
  it("knows an answer of any kind: options, a text, a slider's value (0 included)", () => {
    expect(hasAnswered(none)).toBe(false);
    expect(hasAnswered({ ...none, answeredChoices: [1] })).toBe(true);
    expect(hasAnswered({ ...none, answeredText: "núcleo" })).toBe(true);
    expect(hasAnswered({ ...none, answeredValue: 0 })).toBe(true);
  });
});
