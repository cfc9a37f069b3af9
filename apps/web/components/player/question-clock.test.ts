import { clockAt } from "./question-clock";

describe("clockAt: a question's clock counted from the view's receipt", () => {
  const running = { opensInMs: 0, remainingMs: 20_000 };
  const gettingReady = { opensInMs: 5_000, remainingMs: 20_000 };

  it("counts a running question down to 0, never below", () => {
    expect(clockAt(running, 0)).toEqual({ preparing: false, opensInSec: 0, secondsLeft: 20 });
    expect(clockAt(running, 19_100)).toEqual({ preparing: false, opensInSec: 0, secondsLeft: 1 });
    expect(clockAt(running, 25_000).secondsLeft).toBe(0);
  });

  it("during the get-ready, counts to the start and shows the question's full time", () => {
    expect(clockAt(gettingReady, 0)).toEqual({ preparing: true, opensInSec: 5, secondsLeft: 20 });
    expect(clockAt(gettingReady, 4_200)).toEqual({ preparing: true, opensInSec: 1, secondsLeft: 20 });
  });

  it("opens by itself when the get-ready runs out (the 'clock started' push missed), then counts from there", () => {
    expect(clockAt(gettingReady, 5_000)).toEqual({ preparing: false, opensInSec: 0, secondsLeft: 20 });
    expect(clockAt(gettingReady, 6_500)).toEqual({ preparing: false, opensInSec: 0, secondsLeft: 19 });
    expect(clockAt(gettingReady, 24_500)).toEqual({ preparing: false, opensInSec: 0, secondsLeft: 1 });
    expect(clockAt(gettingReady, 26_000).secondsLeft).toBe(0);
  });
});
