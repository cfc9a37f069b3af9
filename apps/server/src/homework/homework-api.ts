import { Router, type RequestHandler } from "express";
import type { Repositories } from "@lousa/db";
import type { Auth } from "../auth/auth";
import type { Clock } from "../clock";
import type { PinGuesses } from "../http/api";
import { studentHomeworkRouter } from "./student-routes";
import { StudentHomework } from "./student-service";
import { teacherHomeworkRouter } from "./teacher-routes";
import { TeacherHomework } from "./teacher-service";

export interface HomeworkApiDeps {
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly auth: Auth;
  readonly pinGuesses: PinGuesses;
  readonly sameOrigin: RequestHandler;
  /** The link students open for an assignment's code (<base>/hw/<code>). */
  readonly homeworkUrl: (code: string) => string;
}

/** Homework (issue 13) over HTTP: the teacher's routes and the student's, on the server's clock. */
export function homeworkRouter(deps: HomeworkApiDeps): Router {
  const r = Router();
  const teacher = new TeacherHomework({ repo: deps.repos.homework, banks: deps.repos.banks, clock: deps.clock, link: deps.homeworkUrl });
  r.use(teacherHomeworkRouter({ teacher, auth: deps.auth, clock: deps.clock, sameOrigin: deps.sameOrigin }));
  r.use(studentHomeworkRouter({ student: new StudentHomework(deps.repos.homework, deps.clock), repo: deps.repos.homework, pinGuesses: deps.pinGuesses, link: deps.homeworkUrl }));
  return r;
}
