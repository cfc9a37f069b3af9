import type { IncomingHttpHeaders } from "node:http";
import type { RequestHandler, Response } from "express";
import { fromNodeHeaders } from "better-auth/node";
import type { Teacher } from "@lousa/protocol";
import type { Auth } from "./auth";
import { sendError } from "../http/host-auth";

/**
 * The teacher a request or a socket handshake is signed in as (by its session cookie), or null. Asked
 * again on every use, never cached: "sign out everywhere" and a ban take effect at once.
 */
export async function teacherFromHeaders(auth: Auth, headers: IncomingHttpHeaders): Promise<Teacher | null> {
  if (!headers.cookie) return null;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(headers) });
  if (!session || session.user.banned === true) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email, admin: session.user.role === "admin" };
}

const TEACHER = "lousaTeacher";

/** Lets a route through only for a signed-in teacher (401 NOT_SIGNED_IN otherwise); read them with `teacherOf`. */
export function requireTeacher(auth: Auth): RequestHandler {
  return (req, res, next) => {
    teacherFromHeaders(auth, req.headers).then((teacher) => {
      if (!teacher) return sendError(res, 401, "NOT_SIGNED_IN", "Sign in with a teacher account to do that");
      res.locals[TEACHER] = teacher;
      next();
    }, next);
  };
}

/** The teacher `requireTeacher` let through. */
export function teacherOf(res: Response): Teacher {
  const teacher: unknown = res.locals[TEACHER];
  if (!isTeacher(teacher)) throw new Error("teacherOf outside requireTeacher");
  return teacher;
}

function isTeacher(value: unknown): value is Teacher {
  return typeof value === "object" && value !== null && "id" in value && "admin" in value;
}
