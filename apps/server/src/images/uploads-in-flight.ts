import type { RequestHandler, Response } from "express";

/**
 * Caps the uploads being received or processed at once, overall and per key (the teacher), counted
 * from before the body is read until the response is done. The processing gate (upload-gate.ts) only
 * bounds decoding; without this, every upload in a burst would first hold its whole body (8 MB) in
 * memory while it waited. Beyond the cap: `busy` answers (503 IMAGE_BUSY), nothing is read.
 */
export function uploadsInFlight(limits: { overall: number; perKey: number }, keyOf: (res: Response) => string, busy: (res: Response) => void): RequestHandler {
  let overall = 0;
  const perKey = new Map<string, number>();
  return (_req, res, next) => {
    const key = keyOf(res);
    const mine = perKey.get(key) ?? 0;
    if (overall >= limits.overall || mine >= limits.perKey) return busy(res);
    overall++;
    perKey.set(key, mine + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      overall--;
      const left = (perKey.get(key) ?? 1) - 1;
      if (left <= 0) perKey.delete(key);
      else perKey.set(key, left);
    };
    // "close" covers a client that goes away mid-upload; "finish" a response sent.
    res.on("finish", release);
    res.on("close", release);
    next();
  };
}
