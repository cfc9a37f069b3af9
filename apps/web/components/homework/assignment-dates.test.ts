import { defaultWindow, fromLocalInput, toLocalInput, windowFits } from "./assignment-dates";

describe("assignment dates", () => {
  it("a datetime-local value and epoch ms convert both ways, to the minute", () => {
    const at = new Date(2026, 10, 28, 17, 50, 33).getTime();
    expect(toLocalInput(at)).toBe("2026-11-28T17:50");
    expect(fromLocalInput("2026-11-28T17:50")).toBe(new Date(2026, 10, 28, 17, 50).getTime());
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("amanhã")).toBeNull();
  });
  it("opens now and closes a week later by default", () => {
    const now = new Date(2026, 0, 30, 8, 5).getTime();
    expect(defaultWindow(now)).toEqual({ opens: "2026-01-30T08:05", closes: "2026-02-06T08:05" });
  });
  it("keeps the server's bounds: at least 5 minutes, at most 180 days", () => {
    expect(windowFits(0, 5 * 60_000)).toBe(true);
    expect(windowFits(0, 4 * 60_000)).toBe(false);
    expect(windowFits(1000, 0)).toBe(false);
    expect(windowFits(0, 180 * 86_400_000)).toBe(true);
    expect(windowFits(0, 181 * 86_400_000)).toBe(false);
  });
});
