import { EXTRA_TIMES, normalizeAccommodation, QUESTION_TYPES, type Accommodation, type GameIdentity, type GameSettings, type PlayedQuestion, type PointsMode, type QuestionImage, type QuestionType, type SliderSpec } from "@lousa/game";

/**
 * JSON columns come back as untyped values. These guards turn them into domain types and fail loudly
 * on corruption instead of letting a malformed row flow into a live game.
 */
export function numberArray(value: unknown, what: string): number[] {
  if (!Array.isArray(value) || !value.every((v): v is number => typeof v === "number")) throw new TypeError(`${what}: expected number[]`);
  return value;
}

export function stringArray(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === "string")) throw new TypeError(`${what}: expected string[]`);
  return value;
}

const POINTS_MODES: readonly PointsMode[] = ["standard", "double", "none"];

export function questionType(value: string): QuestionType {
  const found = QUESTION_TYPES.find((t) => t === value);
  if (!found) throw new TypeError(`unknown question type ${value}`);
  return found;
}

export function pointsMode(value: string): PointsMode {
  const found = POINTS_MODES.find((t) => t === value);
  if (!found) throw new TypeError(`unknown points mode ${value}`);
  return found;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (typeof v !== "string") throw new TypeError(`question.${key}: expected string`);
  return v;
}

function num(o: Record<string, unknown>, key: string): number {
  const v = o[key];
  if (typeof v !== "number") throw new TypeError(`question.${key}: expected number`);
  return v;
}

export function gameSettings(value: unknown): GameSettings {
  const o = isRecord(value) ? value : {};
  const mode = o["pointsMode"];
  const limit = o["timeLimitSec"];
  const every = o["leaderboardEvery"];
  const auto = o["autoAdvance"];
  const teams = o["teams"];
  return {
    pointsMode: mode === "standard" || mode === "double" || mode === "none" ? mode : "bank",
    timeLimitSec: typeof limit === "number" ? limit : null,
    // Absent in games from before pacing settings: a leaderboard after every question, host-paced.
    leaderboardEvery: typeof every === "number" ? every : 1,
    autoAdvance: isRecord(auto) && typeof auto["revealSec"] === "number" && typeof auto["leaderboardSec"] === "number" ? { revealSec: auto["revealSec"], leaderboardSec: auto["leaderboardSec"] } : null,
    // Absent in games from before classroom modes: typed, filtered nicknames; no teams.
    nicknames: o["nicknames"] === "generated" ? "generated" : "typed",
    nicknameFilter: o["nicknameFilter"] !== false,
    teams: isRecord(teams) && typeof teams["count"] === "number" && (teams["assignment"] === "pick" || teams["assignment"] === "random") ? { count: teams["count"], assignment: teams["assignment"] } : null,
  };
}

export function gameIdentity(value: unknown): GameIdentity | null {
  if (!isRecord(value)) return null;
  const label = typeof value["label"] === "string" ? value["label"] : null;
  const list = value["classList"];
  const classList = Array.isArray(list)
    ? list.filter(isRecord).map((e) => ({ name: String(e["name"] ?? ""), identifier: String(e["identifier"] ?? ""), ...classLineAccommodation(e["accommodation"]) }))
    : null;
  return label === null && classList === null ? null : { label, classList };
}

/** A class-list line's accommodation (absent in lines without one, and in games from before them). */
function classLineAccommodation(value: unknown): { accommodation?: Accommodation } {
  if (!isRecord(value)) return {};
  const time = EXTRA_TIMES.find((t) => t === value["time"]) ?? null;
  const accommodation = normalizeAccommodation({ time, noSpeedPenalty: value["noSpeedPenalty"] === true });
  return accommodation ? { accommodation } : {};
}

export function playedQuestions(value: unknown): PlayedQuestion[] {
  if (!Array.isArray(value)) throw new TypeError("game.questions: expected an array");
  return value.map((q: unknown) => {
    if (!isRecord(q)) throw new TypeError("game.questions: expected objects");
    return {
      id: str(q, "id"),
      type: questionType(str(q, "type")),
      prompt: str(q, "prompt"),
      options: stringArray(q["options"], "question.options"),
      correct: numberArray(q["correct"], "question.correct"),
      explanation: str(q, "explanation"),
      timeLimitMs: num(q, "timeLimitMs"),
      pointsMode: pointsMode(str(q, "pointsMode")),
      // Absent in games from before type-answer questions.
      ...(q["ignoreAccents"] === true ? { ignoreAccents: true } : {}),
      ...kindExtras(q["slider"], q["image"]),
    };
  });
}

/** A slider's spec from a JSON column (null: none stored). */
export function sliderSpec(value: unknown): SliderSpec | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw new TypeError("question.slider: expected an object");
  return { min: num(value, "min"), max: num(value, "max"), step: num(value, "step"), answer: num(value, "answer"), tolerance: num(value, "tolerance"), unit: str(value, "unit") };
}

/** A question's picture from a JSON column (null: none stored). */
export function questionImage(value: unknown): QuestionImage | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw new TypeError("question.image: expected an object");
  return { id: str(value, "id"), alt: str(value, "alt"), width: num(value, "width"), height: num(value, "height"), onPhones: value["onPhones"] === true };
}

/** The optional per-kind fields of a question, present only when stored (a slider's spec, a picture). */
export function kindExtras(slider: unknown, image: unknown): { slider?: SliderSpec; image?: QuestionImage } {
  const s = sliderSpec(slider);
  const i = questionImage(image);
  return { ...(s ? { slider: s } : {}), ...(i ? { image: i } : {}) };
}
