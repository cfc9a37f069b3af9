import { EventEmitter } from "node:events";
import type { Request, Response } from "express";
import { uploadsInFlight } from "./uploads-in-flight";

/** A response that is only an event emitter with a teacher in locals: what the middleware reads. */
function response(teacher: string): Response & EventEmitter {
  return Object.assign(new EventEmitter(), { locals: { teacher } }) as unknown as Response & EventEmitter;
}

describe("uploads in flight", () => {
  it("lets through up to the caps, overall and per teacher, and frees a place when a response ends or the client goes", () => {
    const refused: string[] = [];
    const limit = uploadsInFlight({ overall: 3, perKey: 2 }, (res) => String(res.locals["teacher"]), (res) => refused.push(String(res.locals["teacher"])));
    let passed = 0;
    const send = (teacher: string) => {
      const res = response(teacher);
      limit({} as Request, res, () => passed++);
      return res;
    };
    const ana1 = send("ana");
    send("ana");
    send("ana"); // a third from Ana: refused
    const bia = send("bia");
    send("caio"); // the fourth overall: refused
    expect([passed, refused]).toEqual([3, ["ana", "caio"]]);
    ana1.emit("finish");
    ana1.emit("close"); // both events for one response free one place
    send("ana");
    expect(passed).toBe(4);
    bia.emit("close"); // Bia's phone went away mid-upload
    send("caio");
    expect([passed, refused]).toEqual([5, ["ana", "caio"]]);
  });
});
