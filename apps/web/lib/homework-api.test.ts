import type { AssignmentDetail, HomeworkState } from "@lousa/protocol";
import { isAssignmentDetail, isHomeworkState } from "./homework-api";

/** Typed as the protocol says, so a change to the contract breaks this file before it breaks a phone. */
const info: HomeworkState["info"] = {
  code: "ABCDEFGHJK",
  bankTitle: "Linux",
  questionCount: 2,
  opensAt: 1,
  closesAt: 2,
  window: "open",
  timeLimit: "question",
  speedPoints: false,
  showAnswers: "each",
  attempts: 2,
  counts: "best",
  identifierLabel: null,
  classList: [{ index: 0, name: "Ana", taken: false }],
  nicknames: "typed",
};
const question: HomeworkState = {
  info,
  student: { nickname: "Ana", realName: null },
  attempt: { number: 1, startedAt: 1, finishedAt: null, position: 0 },
  attemptsLeft: 1,
  step: {
    kind: "question",
    question: { index: 0, total: 2, type: "single", prompt: "?", options: ["a", "b"], pointsMode: "standard", timeLimitMs: 20_000, scale: null, text: "", image: null },
    remainingMs: 12_000,
    feedback: { questionIndex: 0, answer: { choices: [1], text: null, value: null }, result: { correct: false, graded: true, points: 0, streakBonus: 0, correctOptions: [0], options: ["a", "b"], explanation: "", slider: null } },
    timedOut: false,
  },
};
const done: HomeworkState = { ...question, step: { kind: "done", result: null, counted: null, review: null, canRetry: true } };
const doneCounted: HomeworkState = { ...question, attempt: { ...question.attempt, number: 2, finishedAt: 5 }, step: { kind: "done", result: { score: 0, correctCount: 0, gradedCount: 2 }, counted: { number: 1, score: 1800 }, review: null, canRetry: false } };

describe("homework guards", () => {
  it("take the protocol's shapes", () => {
    expect(isHomeworkState(question)).toBe(true);
    expect(isHomeworkState(done)).toBe(true);
    expect(isHomeworkState(doneCounted)).toBe(true);
    expect(isHomeworkState({ ...question, step: { ...question.step, feedback: null } })).toBe(true);
  });
  it("refuse what a phone can't show: a wrong kind, a missing question, a window it doesn't know", () => {
    expect(isHomeworkState({ ...question, step: { kind: "lobby" } })).toBe(false);
    expect(isHomeworkState({ ...question, step: { ...question.step, question: null } })).toBe(false);
    expect(isHomeworkState({ ...question, info: { ...info, window: "paused" } })).toBe(false);
    expect(isHomeworkState({ ...question, attemptsLeft: "1" })).toBe(false);
    expect(isHomeworkState("<html>502</html>")).toBe(false);
    // The counted attempt: missing (an older server) or mistyped is refused, as any field of the contract.
    expect(isHomeworkState({ ...doneCounted, step: { ...doneCounted.step, counted: undefined } })).toBe(false);
    expect(isHomeworkState({ ...doneCounted, step: { ...doneCounted.step, counted: { number: "1", score: 1800 } } })).toBe(false);
  });
  it("read the teacher's assignment with its progress", () => {
    const detail: AssignmentDetail = {
      id: "a1",
      code: "ABCDEFGHJK",
      link: "http://10.0.0.2:3000/hw/ABCDEFGHJK",
      bankTitle: "Linux",
      opensAt: 1,
      closesAt: 2,
      window: "closed",
      questionCount: 2,
      started: 1,
      finished: 0,
      settings: { timeLimit: "none", speedPoints: false, showAnswers: "after-close", attempts: 1, counts: "best", nicknames: "typed", nicknameFilter: true },
      identifierLabel: "Matrícula",
      classListSize: null,
      progress: [{ studentId: "s1", nickname: "Ana", realName: null, identifier: "42", attempts: 1, done: 1, finished: false, score: 0, lastActivityAt: 3, accommodated: false, released: false }],
    };
    expect(isAssignmentDetail(detail)).toBe(true);
    expect(isAssignmentDetail({ ...detail, progress: [{ ...detail.progress[0], released: true }] })).toBe(true);
    expect(isAssignmentDetail({ ...detail, progress: [{ ...detail.progress[0], done: "1" }] })).toBe(false);
    expect(isAssignmentDetail({ ...detail, progress: [{ ...detail.progress[0], released: undefined }] })).toBe(false);
  });
});
