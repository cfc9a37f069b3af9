import { ANSWER_VISIBILITY, ATTEMPT_RULES, normalizeAccommodation, type AssignmentSettings, type GameIdentity, type PlayedQuestion } from "@lousa/game";
import { isRecord } from "./json-guards";

/**
 * An assignment's settings from its JSON column. Unlike a live game's (whose older rows lack newer
 * fields), every assignment was written whole: anything missing or unknown is corruption, and fails
 * loudly rather than grading students by a guessed rule.
 */
export function assignmentSettings(value: unknown): AssignmentSettings {
  if (!isRecord(value)) throw new TypeError("assignment.settings: expected an object");
  const { timeLimit, speedPoints, showAnswers, attempts, counts, nicknames, nicknameFilter } = value;
  const visibility = ANSWER_VISIBILITY.find((v) => v === showAnswers);
  const rule = ATTEMPT_RULES.find((r) => r === counts);
  if (timeLimit !== "question" && timeLimit !== "none") throw new TypeError("assignment.settings.timeLimit: unknown");
  if (typeof speedPoints !== "boolean" || typeof nicknameFilter !== "boolean") throw new TypeError("assignment.settings: expected booleans");
  if (!visibility || !rule) throw new TypeError("assignment.settings: unknown showAnswers or counts");
  if (typeof attempts !== "number" || !Number.isInteger(attempts) || attempts < 1) throw new TypeError("assignment.settings.attempts: expected a positive integer");
  if (nicknames !== "typed" && nicknames !== "generated") throw new TypeError("assignment.settings.nicknames: unknown");
  return { timeLimit, speedPoints, showAnswers: visibility, attempts, counts: rule, nicknames, nicknameFilter };
}

/** Settings as a JSON column takes them (a plain copy: Prisma's JSON input takes no readonly interfaces). */
export function settingsJson(s: AssignmentSettings) {
  return { timeLimit: s.timeLimit, speedPoints: s.speedPoints, showAnswers: s.showAnswers, attempts: s.attempts, counts: s.counts, nicknames: s.nicknames, nicknameFilter: s.nicknameFilter };
}

/** Frozen questions as a JSON column takes them (the same shape a live game stores). */
export function questionsJson(questions: readonly PlayedQuestion[]) {
  return questions.map(({ slider, image, ...q }) => ({ ...q, options: [...q.options], correct: [...q.correct], ...(slider ? { slider: { ...slider } } : {}), ...(image ? { image: { ...image } } : {}) }));
}

/** The identity as a JSON column takes it: the class list's accommodations only on the lines that have one. */
export function identityJson(identity: GameIdentity) {
  return {
    label: identity.label,
    classList:
      identity.classList?.map((e) => {
        const a = normalizeAccommodation(e.accommodation ?? null);
        return { name: e.name, identifier: e.identifier, ...(a ? { accommodation: { time: a.time, noSpeedPenalty: a.noSpeedPenalty } } : {}) };
      }) ?? null,
  };
}
