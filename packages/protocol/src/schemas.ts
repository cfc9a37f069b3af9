import { z } from "zod";
import { EXTRA_TIMES, MAX_OPTIONS, MAX_TYPED_LENGTH, SLIDER_MAX_MAGNITUDE, TEAM_LIMITS } from "@lousa/game";

/**
 * Runtime schemas for everything a client may send. Objects are strict: an unknown field is an
 * error, not something silently ignored. Strings are bounded so a payload can't grow server memory.
 */
export const pinSchema = z.string().regex(/^\d{6}$/, "PIN must be 6 digits");
const secretSchema = z.string().min(16).max(128);
const idSchema = z.string().min(1).max(64);

/** Seconds the reveal or the leaderboard stays when the game moves on by itself. */
export const AUTO_ADVANCE_LIMITS = { minSec: 3, maxSec: 60 } as const;
const autoSeconds = z.number().int().min(AUTO_ADVANCE_LIMITS.minSec).max(AUTO_ADVANCE_LIMITS.maxSec);

export const gameSettingsSchema = z.strictObject({
  pointsMode: z.enum(["bank", "standard", "double", "none"]),
  timeLimitSec: z.number().int().min(5).max(240).nullable(),
  /** The leaderboard after every question (1), every N (2–20) or only at the end (0). */
  leaderboardEvery: z.number().int().min(0).max(20).default(1),
  /** The game moves on by itself after the reveal and the leaderboard (null: the host moves it on). */
  autoAdvance: z.strictObject({ revealSec: autoSeconds, leaderboardSec: autoSeconds }).nullable().default(null),
  /** Typed nicknames (checked by the filter unless it is off) or only generated ones. */
  nicknames: z.enum(["typed", "generated"]).default("typed"),
  nicknameFilter: z.boolean().default(true),
  /** Team play: 2–8 teams, picked at join or spread at random (null: no teams). */
  teams: z.strictObject({ count: z.number().int().min(TEAM_LIMITS.min).max(TEAM_LIMITS.max), assignment: z.enum(["pick", "random"]) }).nullable().default(null),
});

/** Free text a person typed for grading: trimmed, visible characters only. */
const gradingText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !/[\p{Cc}\p{Cf}]/u.test(v), "must not contain control or invisible characters");

/** A student's accommodation (issue 13): extra time and/or no speed penalty; null takes it back. */
export const accommodationSchema = z.strictObject({ time: z.enum(EXTRA_TIMES).nullable(), noSpeedPenalty: z.boolean() }).nullable();

/** A class-list line may carry the student's accommodation, so the teacher sets it once, before the game. */
export const classListEntrySchema = z.strictObject({ name: gradingText(80), identifier: gradingText(64), accommodation: accommodationSchema.optional() });
/** PATCH /api/games/:gameId/players/:playerId — the teacher adds or corrects an identifier after the game (null clears it). */
export const playerIdentifierSchema = z.strictObject({ identifier: gradingText(64).nullable() });
export const gameIdentitySchema = z.strictObject({
  label: gradingText(40).nullable(),
  classList: z.array(classListEntrySchema).min(1).max(500).nullable(),
});

export const hostCreateSchema = z.strictObject({ bankId: idSchema, settings: gameSettingsSchema, identity: gameIdentitySchema.optional() });
/** Without a host key, the signed-in teacher who created the game opens it (their session is the proof). */
export const hostAttachSchema = z.strictObject({ pin: pinSchema, hostSecret: secretSchema.optional() });
export const emptySchema = z.strictObject({});
/**
 * The phase the host screen was showing when "next" was pressed. A double tap, or a tap that lands just
 * after the timer closed the question, then gets WRONG_PHASE instead of skipping a screen.
 */
export const hostNextSchema = z.strictObject({
  expect: z.strictObject({ kind: z.enum(["lobby", "question", "reveal", "leaderboard"]), index: z.number().int().min(-1).max(10_000) }).optional(),
});
export const hostKickSchema = z.strictObject({ playerId: idSchema });
/** Grants (or takes back) one student's accommodation, any time before the game ends. */
export const hostAccommodateSchema = z.strictObject({ playerId: idSchema, accommodation: accommodationSchema });
/** Pauses (or resumes) a game that moves on by itself; the open question's clock keeps running. */
export const hostPauseSchema = z.strictObject({ paused: z.boolean() });
export const hostLockSchema = z.strictObject({ locked: z.boolean() });

/** The nickname is bounded here only to cap the payload (a 10,000-character one still gets NICKNAME_INVALID from the engine, a clearer message). */
/** A random id the phone keeps, so a kicked device can't come straight back under a new name. */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "deviceId must be 16–64 URL-safe characters");
export const playerJoinSchema = z.strictObject({
  pin: pinSchema,
  nickname: z.string().max(12_000),
  deviceId: deviceIdSchema.optional(),
  /** What the host asked for (identity.label), when there is no class list. */
  identifier: z.string().max(200).optional(),
  /** Index of the player's own line in the host's class list. */
  classEntry: z.number().int().min(0).max(499).optional(),
  /** The team the student picked (teams picked at join); refused where the server assigns them. */
  team: z.number().int().min(0).max(TEAM_LIMITS.max - 1).optional(),
});
export const playerLookupSchema = z.strictObject({ pin: pinSchema });
export const hostAllowSchema = z.strictObject({ playerId: idSchema });
export const playerRejoinSchema = z.strictObject({ pin: pinSchema, rejoinToken: secretSchema });
const questionIndex = z.number().int().min(0).max(10_000);
/**
 * Indexes into the question's options — one (single, true/false, poll), a set (multiple) or the whole
 * sequence (ordering) — a typed text (typeAnswer) or a number on the scale (slider). Which the question
 * takes is its kind's rule (packages/game/src/kinds): the wrong shape is INVALID_CHOICE.
 */
export const playerAnswerSchema = z.union([
  z.strictObject({ questionIndex, choices: z.array(z.number().int().min(0).max(MAX_OPTIONS - 1)).min(1).max(MAX_OPTIONS) }),
  z.strictObject({ questionIndex, text: z.string().min(1).max(MAX_TYPED_LENGTH) }),
  z.strictObject({ questionIndex, value: z.number().finite().min(-SLIDER_MAX_MAGNITUDE).max(SLIDER_MAX_MAGNITUDE) }),
]);
/** A phone has the open question's picture (the clock may start; see IMAGE_PREPARE_MS). */
export const playerReadySchema = z.strictObject({ questionIndex });

/** What a host sends (pacing settings may be left out: they have defaults). */
export type HostCreatePayload = z.input<typeof hostCreateSchema>;
export type HostAttachPayload = z.infer<typeof hostAttachSchema>;
export type HostKickPayload = z.infer<typeof hostKickSchema>;
export type HostAccommodatePayload = z.infer<typeof hostAccommodateSchema>;
export type HostNextPayload = z.infer<typeof hostNextSchema>;
export type HostLockPayload = z.infer<typeof hostLockSchema>;
export type HostPausePayload = z.infer<typeof hostPauseSchema>;
export type HostAllowPayload = z.infer<typeof hostAllowSchema>;
export type PlayerJoinPayload = z.infer<typeof playerJoinSchema>;
export type PlayerLookupPayload = z.infer<typeof playerLookupSchema>;
export type PlayerRejoinPayload = z.infer<typeof playerRejoinSchema>;
export type PlayerReadyPayload = z.infer<typeof playerReadySchema>;
export type PlayerAnswerPayload = z.infer<typeof playerAnswerSchema>;
export type EmptyPayload = z.infer<typeof emptySchema>;
