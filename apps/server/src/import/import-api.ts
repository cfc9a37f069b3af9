import { Router } from "express";
import type { Auth } from "../auth/auth";
import type { Logger } from "../logger";

/** POST /api/import/preview and GET /api/import/template (see packages/protocol/src/library.ts). */
export function importRouter(_auth: Auth, _log: Logger): Router {
  return Router();
}
