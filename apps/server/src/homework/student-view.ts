import type { HomeworkSeat, StoredAssignment, StoredHomeworkAttempt } from "@lousa/db";
import { ANSWER_GRACE_MS, answerableCount, answersVisible, checkNewAttempt, countedAttempt, currentDeadline, identifierPrompt, kindOf, publicQuestionOf, windowAt, type AnswerRecord, type PlayedQuestion } from "@lousa/game";
import type { HomeworkFeedback, HomeworkInfo, HomeworkState, HomeworkStep } from "@lousa/protocol";
import { reviewQuestion } from "../http/play-review-api";
import { attemptState, rulesFor } from "./attempt-state";

/**
 * What a student's phone is told. The one rule: nothing about a question's answer (the key, a typed
 * answer's accepted texts, a slider's value, the explanation) before this student has answered it or
 * its time ran out, and then only when the teacher's visibility setting says so.
 */

/** The start screen: names on the class list (never identifiers or accommodations), never a question. */
export function homeworkInfo(a: StoredAssignment, taken: ReadonlySet<number>, now: number): HomeworkInfo {
  const s = a.settings;
  return {
    code: a.code,
    bankTitle: a.bankTitle,
    questionCount: answerableCount(a.questions),
    opensAt: a.opensAt,
    closesAt: a.closesAt,
    window: windowAt(a, now),
    timeLimit: s.timeLimit,
    speedPoints: s.speedPoints,
    showAnswers: s.showAnswers,
    attempts: s.attempts,
    counts: s.counts,
    // What to type for grading: nothing with a class list (the line picked carries it), as in a live game.
    identifierLabel: identifierPrompt(a.identity),
    classList: a.identity?.classList?.map((e, index) => ({ index, name: e.name, taken: taken.has(index) })) ?? null,
    nicknames: s.nicknames,
  };
}

/** What was stored about an answer; the verdict and the key only when visible. */
function feedback(q: PlayedQuestion, a: AnswerRecord, visible: boolean): HomeworkFeedback {
  return {
    questionIndex: a.questionIndex,
    answer: { choices: a.choices, text: a.text, value: a.value },
    result: visible
      ? { correct: a.correct, graded: kindOf(q.type).scored, points: a.points, streakBonus: a.streakBonus, correctOptions: kindOf(q.type).scored ? q.correct : [], options: q.options, explanation: q.explanation, slider: q.slider ?? null }
      : null,
  };
}

function doneStep(a: StoredAssignment, seat: HomeworkSeat, attempt: StoredHomeworkAttempt, now: number): HomeworkStep {
  const visible = answersVisible(a.settings, a, now);
  const answers = new Map(attempt.answers.map((r) => [r.questionIndex, r]));
  // The student's result by the teacher's rule (the report's): maybe another attempt than this one.
  const counted = visible ? countedAttempt(seat.attempts, a.settings.counts) : null;
  return {
    kind: "done",
    result: visible ? { score: attempt.score, correctCount: attempt.correctCount, gradedCount: a.questions.filter((q) => kindOf(q.type).scored).length } : null,
    counted: counted ? { number: counted.number, score: counted.score } : null,
    review: visible ? a.questions.flatMap((q, i) => (kindOf(q.type).answerable ? [reviewQuestion(i, q, answers.get(i))] : [])) : null,
    canRetry: checkNewAttempt(a, seat.attempts, now).ok,
  };
}

function questionStep(a: StoredAssignment, seat: HomeworkSeat, attempt: StoredHomeworkAttempt, now: number): HomeworkStep {
  const rules = rulesFor(a, seat.student);
  const state = attemptState(attempt);
  const q = a.questions[attempt.position];
  if (!q) throw new RangeError("attempt position out of range");
  const answer = state.answers.get(attempt.position);
  const deadline = currentDeadline(rules, state);
  // The closing date ends every clock, so the countdown never promises time the assignment doesn't have.
  const ends = deadline === null ? null : Math.min(deadline, a.closesAt);
  return {
    kind: "question",
    question: publicQuestionOf(a.questions, attempt.position),
    remainingMs: ends === null ? null : Math.max(0, ends - now),
    feedback: answer ? feedback(q, answer, answersVisible(a.settings, a, now)) : null,
    // The same instant the engine lets "next" past an unanswered question (the answer's grace included).
    timedOut: !answer && kindOf(q.type).answerable && ends !== null && now > ends + ANSWER_GRACE_MS,
  };
}

/** Everything the phone shows, from the student's stored attempts (the latest is the one on screen). */
export function homeworkState(a: StoredAssignment, info: HomeworkInfo, seat: HomeworkSeat, now: number): HomeworkState {
  const attempt = seat.attempts.at(-1);
  if (!attempt) throw new Error(`student ${seat.student.id} has no attempt`);
  // An attempt the closing date cut short is over as far as it went: it can't be answered any more.
  const over = attempt.finishedAt !== null || attempt.position >= a.questions.length || windowAt(a, now) === "closed";
  return {
    info,
    student: { nickname: seat.student.nickname, realName: seat.student.realName },
    attempt: { number: attempt.number, startedAt: attempt.startedAt, finishedAt: attempt.finishedAt, position: attempt.position },
    attemptsLeft: Math.max(0, a.settings.attempts - seat.attempts.length),
    step: over ? doneStep(a, seat, attempt, now) : questionStep(a, seat, attempt, now),
  };
}
