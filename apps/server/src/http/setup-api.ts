import { timingSafeEqual } from "node:crypto";
import express, { Router, type RequestHandler } from "express";
import { z } from "zod";
import { newTeacher, type Auth } from "../auth/auth";
import { sendError } from "./host-auth";

const firstTeacher = z.strictObject({ ...newTeacher.omit({ role: true }).shape, setupCode: z.string().max(64) });

/** Compares without leaking, through timing, how much of a guess was right. */
function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given.trim().toUpperCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * First-run setup: on a fresh install the first visit to the teacher side creates the first teacher
 * account, which is the admin (adds the other teachers, resets their passwords). It takes the setup code
 * the server printed on its terminal, so a student on the same Wi-Fi can't claim the server first. Once
 * any account exists this is closed for good: accounts are then made by the admin.
 */
export function setupRouter(auth: Auth, sameOrigin: RequestHandler, setupCode: string): Router {
  const r = Router();
  // One setup at a time in this process: two browsers racing on a fresh install create one admin.
  let running: Promise<unknown> = Promise.resolve();
  const teachers = async () => (await auth.$context).adapter.count({ model: "user" });

  r.get("/setup", async (_req, res) => {
    res.set("Cache-Control", "no-store").json({ needsSetup: (await teachers()) === 0 });
  });

  r.post("/setup", sameOrigin, express.json({ limit: "4kb" }), async (req, res) => {
    const body = firstTeacher.safeParse(req.body);
    if (!body.success) return sendError(res, 400, "INVALID_PAYLOAD", body.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    if (!sameCode(body.data.setupCode, setupCode)) return sendError(res, 403, "SETUP_CODE_INVALID", "Wrong setup code: it is printed where the server was started");
    const turn = running.then(async () => {
      if ((await teachers()) > 0) return null;
      await auth.api.createUser({ body: { name: body.data.name, email: body.data.email, password: body.data.password, role: "admin" } });
      return auth.api.signInEmail({ body: { email: body.data.email, password: body.data.password }, asResponse: true });
    });
    running = turn.catch(() => undefined);
    const signedIn = await turn;
    if (!signedIn) return sendError(res, 409, "SETUP_DONE", "This server already has a teacher account: sign in");
    for (const cookie of signedIn.headers.getSetCookie()) res.append("Set-Cookie", cookie);
    res.status(201).json({ ok: true });
  });
  return r;
}
