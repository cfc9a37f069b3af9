import express, { Router, type RequestHandler } from "express";
import { assignmentCreateSchema } from "@lousa/protocol";
import type { Auth } from "../auth/auth";
import { requireTeacher, teacherFromHeaders, teacherOf } from "../auth/teacher-session";
import { attemptsSheet } from "../exports/attempts-sheet";
import { sendError } from "../http/host-auth";
import { fileBase, resultsRoutes, type ResultsLoader } from "../http/results-routes";
import type { Clock } from "../clock";
import { assignmentReportInput, attemptLines, inRankOrder } from "./assignment-report";
import { refuse, send } from "./homework-result";
import { invalid } from "./invalid";
import type { TeacherHomework } from "./teacher-service";

/** The largest assignment body: a class list of 500 lines with their identifiers and accommodations. */
export const ASSIGNMENT_BODY_LIMIT = "384kb";

export interface TeacherRoutesDeps {
  readonly teacher: TeacherHomework;
  readonly auth: Auth;
  readonly clock: Clock;
  /** A change a cookie authorises must come from our own pages (see app.ts). */
  readonly sameOrigin: RequestHandler;
}

/**
 * The teacher's homework routes (see packages/protocol/src/homework.ts): signed in, and only the teacher
 * who assigned it sees an assignment — anyone else gets 404, as if it didn't exist.
 */
export function teacherHomeworkRouter(deps: TeacherRoutesDeps): Router {
  const r = Router();
  const signedIn = requireTeacher(deps.auth);

  // An assignment may carry a class list (500 lines at most): more than the API's 16 KB bodies (see
  // app.ts), read only once the request is known to be a signed-in teacher's from our own pages.
  r.post("/assignments", deps.sameOrigin, signedIn, express.json({ limit: ASSIGNMENT_BODY_LIMIT }), async (req, res) => {
    const body = assignmentCreateSchema.safeParse(req.body);
    if (!body.success) return send(res, invalid(body.error));
    send(res, await deps.teacher.create(teacherOf(res).id, body.data), 201);
  });

  r.get("/assignments", signedIn, async (_req, res) => {
    res.set("Cache-Control", "no-store").json(await deps.teacher.list(teacherOf(res).id));
  });

  r.get("/assignments/:id", signedIn, async (req, res) => {
    send(res, await deps.teacher.detail(teacherOf(res).id, String(req.params.id)));
  });

  r.post("/assignments/:id/close", deps.sameOrigin, signedIn, async (req, res) => {
    send(res, await deps.teacher.close(teacherOf(res).id, String(req.params.id)));
  });

  r.post("/assignments/:id/students/:studentId/release", deps.sameOrigin, signedIn, async (req, res) => {
    send(res, await deps.teacher.release(teacherOf(res).id, String(req.params.id), String(req.params.studentId)));
  });

  // The report and the exports: a live game's handlers, with the counted attempt of each student.
  const loadAssignment: ResultsLoader = async (req, res) => {
    const teacher = await teacherFromHeaders(deps.auth, req.headers);
    if (!teacher) {
      sendError(res, 401, "NOT_SIGNED_IN", "Sign in as the teacher who assigned this homework to see its results");
      return null;
    }
    const record = await deps.teacher.owned(teacher.id, String(String(req.params.id)));
    if (!record) {
      send(res, refuse("ASSIGNMENT_NOT_FOUND", "No assignment with that id in your account"));
      return null;
    }
    const a = record.assignment;
    const lines = attemptLines(record);
    return {
      input: assignmentReportInput(record, deps.clock.now()),
      fileBase: fileBase(a.code, a.opensAt),
      extraSheets: (report, locale) => [attemptsSheet(inRankOrder(lines, report), report.game.identifierLabel, locale)],
    };
  };
  r.use(resultsRoutes("/assignments/:id", loadAssignment));
  return r;
}
