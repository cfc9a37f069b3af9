import type { z } from "zod";
import { refuse, type HomeworkOutcome } from "./homework-result";

/** A body zod refused: 400 INVALID_PAYLOAD naming each field and what is wrong with it. */
export function invalid(error: z.ZodError): HomeworkOutcome<never> {
  return refuse("INVALID_PAYLOAD", error.issues.map((i) => `${i.path.length > 0 ? i.path.join(".") : "body"}: ${i.message}`).join("; "));
}
