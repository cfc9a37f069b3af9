/**
 * Whether an error thrown by a request parser (express.json's body-parser) is the client's fault,
 * and what to tell it. body-parser marks those with a 4xx `status` and `expose: true`.
 */
export function clientError(e: unknown): { status: number; message: string } | null {
  if (typeof e !== "object" || e === null || !("status" in e) || !("expose" in e)) return null;
  const { status, expose } = e;
  if (typeof status !== "number" || status < 400 || status >= 500 || expose !== true) return null;
  const type = "type" in e ? e.type : null;
  if (status === 413 || type === "entity.too.large") return { status: 413, message: "The request body is too large" };
  if (type === "entity.parse.failed") return { status: 400, message: "The request body is not valid JSON" };
  return { status, message: "The request could not be read" };
}
