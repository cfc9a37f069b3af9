import type { ErrorCode } from "@lousa/protocol";
import type { GameReport } from "@lousa/reports";
import type { MessageKey } from "../../lib/messages";

/**
 * Why the Moodle and Google Classroom downloads can't be offered, or null when they can. A gradebook
 * matches rows by the student's identifier, so a game with none has nothing to import; a game of polls
 * only has no grades at all (the server answers NOTHING_TO_GRADE), which no identifier would fix.
 */
export type GradebookBlock = "nothingToGrade" | "noIdentifiers";

export function gradebookBlock(report: Pick<GameReport, "summary" | "players">): GradebookBlock | null {
  if (report.summary.gradedQuestions === 0) return "nothingToGrade";
  return report.players.some((p) => p.identifier !== null && p.identifier !== "") ? null : "noIdentifiers";
}

/** The server's limit for an identifier (protocol's playerIdentifierSchema: trimmed, 1–64, visible characters). */
export const IDENTIFIER_MAX = 64;

export type IdentifierCheck = { readonly ok: true; readonly value: string | null } | { readonly ok: false; readonly problem: "tooLong" | "invisible"; readonly length: number };

/**
 * The field's text as the server will take it, checked before sending so the teacher hears at once what
 * to fix. The same rule as the protocol's (its test compares them): trimmed; empty clears the identifier;
 * control and format characters (a zero-width space pasted from a spreadsheet) would make a gradebook row
 * that matches no student, so they are refused, not silently dropped.
 */
export function checkIdentifier(text: string): IdentifierCheck {
  const value = text.trim();
  if (value === "") return { ok: true, value: null };
  // Characters as a person counts them (an emoji is one), as the server's rule does: not UTF-16 units.
  const length = [...value].length;
  if (/[\p{Cc}\p{Cf}]/u.test(value)) return { ok: false, problem: "invisible", length };
  if (length > IDENTIFIER_MAX) return { ok: false, problem: "tooLong", length };
  return { ok: true, value };
}

/** The report with one player's identifier replaced: what the page shows once the server has stored it. */
export function withIdentifier<R extends Pick<GameReport, "players">>(report: R, playerId: string, identifier: string | null): R {
  return { ...report, players: report.players.map((p) => (p.playerId === playerId ? { ...p, identifier } : p)) };
}

/**
 * A refused save in the teacher's words: the codes this route answers get a sentence about identifiers
 * (GAME_NOT_OVER's general message speaks of the students' review); others use the app's error messages.
 */
export function identifierErrorMessage(reason: string): { readonly key: MessageKey } | { readonly code: ErrorCode } {
  switch (reason) {
    case "INVALID_PAYLOAD":
      return { key: "report.ids.error.invalid" };
    case "GAME_NOT_OVER":
      return { key: "report.ids.error.notOver" };
    case "PLAYER_NOT_FOUND":
    case "GAME_NOT_FOUND":
      return { key: "report.ids.error.gone" };
    case "NOT_SIGNED_IN":
      return { key: "report.ids.error.signedOut" };
    case "HOST_SECRET_INVALID":
    case "FORBIDDEN":
      return { key: "report.ids.error.forbidden" };
    case "OFFLINE":
    case "RATE_LIMITED":
    case "STORAGE_FAILED":
      return { code: reason };
    default:
      return { code: "INTERNAL" };
  }
}
