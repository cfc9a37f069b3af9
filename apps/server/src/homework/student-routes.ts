import { Router, type Request, type Response } from "express";
import QRCode from "qrcode";
import type { HomeworkRepository, StoredAssignment } from "@lousa/db";
import { homeworkAnswerSchema, homeworkCodeSchema, homeworkNextSchema, homeworkStartSchema } from "@lousa/protocol";
import { bearer, sendError } from "../http/host-auth";
import type { PinGuesses } from "../http/api";
import { refuse, send } from "./homework-result";
import { invalid } from "./invalid";
import type { StudentHomework, StudentSession } from "./student-service";

export interface StudentRoutesDeps {
  readonly student: StudentHomework;
  readonly repo: HomeworkRepository;
  /** The wrong-PIN budget: unknown codes spend it too, so codes can't be enumerated either. */
  readonly pinGuesses: PinGuesses;
  readonly link: (code: string) => string;
}

/**
 * The student's routes (see packages/protocol/src/homework.ts): the link's code finds the assignment, and
 * from the start on, the token the device keeps (a bearer header, never a URL) finds the student.
 */
export function studentHomeworkRouter(deps: StudentRoutesDeps): Router {
  const r = Router();

  /** The assignment a code names, or the refusal sent (429 once the address has guessed too much, else 404). */
  async function assignmentOf(req: Request, res: Response): Promise<StoredAssignment | null> {
    const address = req.ip ?? "unknown";
    if (await deps.pinGuesses.blocked(address)) {
      sendError(res, 429, "RATE_LIMITED", "Too many wrong codes from this network, wait a minute");
      return null;
    }
    const code = homeworkCodeSchema.safeParse(req.params.code);
    const assignment = code.success ? await deps.repo.findByCode(code.data) : null;
    if (!assignment) {
      await deps.pinGuesses.miss(address);
      send(res, refuse("ASSIGNMENT_NOT_FOUND", "No assignment with that link"));
    }
    return assignment;
  }

  /**
   * The student whose device sent its token, or the refusal sent. A genuine token is let through before
   * the guessing budget is looked at: a class behind one school address keeps working while someone on
   * it guesses codes (the token is the proof; only a miss is told apart, and it spends the budget).
   */
  async function sessionOf(req: Request, res: Response): Promise<StudentSession | null> {
    const token = bearer(req);
    const code = homeworkCodeSchema.safeParse(req.params.code);
    const known = token && code.success ? await deps.repo.findByCode(code.data) : null;
    const session = known && token ? await deps.student.session(known, token) : null;
    if (session) return session;
    const assignment = await assignmentOf(req, res);
    if (assignment) send(res, refuse("HOMEWORK_TOKEN_INVALID", "This device has not started this assignment: start it from the link"));
    return null;
  }

  r.get("/homework/:code", async (req, res) => {
    const assignment = await assignmentOf(req, res);
    if (assignment) res.set("Cache-Control", "no-store").json(await deps.student.info(assignment));
  });

  r.get("/homework/:code/qr.svg", async (req, res) => {
    const assignment = await assignmentOf(req, res);
    if (!assignment) return;
    const svg = await QRCode.toString(deps.link(assignment.code), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    res.type("image/svg+xml").set("Cache-Control", "no-store").send(svg);
  });

  r.post("/homework/:code/start", async (req, res) => {
    const assignment = await assignmentOf(req, res);
    if (!assignment) return;
    const body = homeworkStartSchema.safeParse(req.body);
    if (!body.success) return send(res, invalid(body.error));
    send(res, await deps.student.start(assignment, body.data), 201);
  });

  r.get("/homework/:code/state", async (req, res) => {
    const session = await sessionOf(req, res);
    if (session) res.set("Cache-Control", "no-store").json(await deps.student.state(session));
  });

  r.post("/homework/:code/answer", async (req, res) => {
    const session = await sessionOf(req, res);
    if (!session) return;
    const body = homeworkAnswerSchema.safeParse(req.body);
    if (!body.success) return send(res, invalid(body.error));
    send(res, await deps.student.answer(session, body.data));
  });

  r.post("/homework/:code/next", async (req, res) => {
    const session = await sessionOf(req, res);
    if (!session) return;
    const body = homeworkNextSchema.safeParse(req.body);
    if (!body.success) return send(res, invalid(body.error));
    send(res, await deps.student.next(session, body.data));
  });

  r.post("/homework/:code/retry", async (req, res) => {
    const session = await sessionOf(req, res);
    if (session) send(res, await deps.student.retry(session));
  });

  return r;
}
