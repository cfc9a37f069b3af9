import type { z } from "zod";
import {
  emptySchema,
  hostAttachSchema,
  hostAccommodateSchema,
  hostAllowSchema,
  hostCreateSchema,
  hostKickSchema,
  hostLockSchema,
  hostPauseSchema,
  hostNextSchema,
  playerAnswerSchema,
  playerJoinSchema,
  playerLookupSchema,
  playerReadySchema,
  playerRejoinSchema,
} from "./schemas";
import type { ClientEventName } from "./events";

/** The schema for each client event: the server parses every payload with it before anything else. */
export const COMMAND_SCHEMAS = {
  "host:create": hostCreateSchema,
  "host:attach": hostAttachSchema,
  "host:start": emptySchema,
  "host:next": hostNextSchema,
  "host:endQuestion": emptySchema,
  "host:end": emptySchema,
  "host:kick": hostKickSchema,
  "host:lock": hostLockSchema,
  "host:pause": hostPauseSchema,
  "host:allow": hostAllowSchema,
  "host:accommodate": hostAccommodateSchema,
  "player:lookup": playerLookupSchema,
  "player:join": playerJoinSchema,
  "player:rejoin": playerRejoinSchema,
  "player:answer": playerAnswerSchema,
  "player:ready": playerReadySchema,
} as const satisfies Record<ClientEventName, z.ZodType>;

export const CLIENT_EVENTS = Object.keys(COMMAND_SCHEMAS) as ClientEventName[];

export function isClientEvent(name: string): name is ClientEventName {
  return Object.hasOwn(COMMAND_SCHEMAS, name);
}
