import { countMilestone } from "./count-milestone";

describe("countMilestone", () => {
  it.each([
    // [answered, total, milestone]
    [1, 30, 0],
    [14, 30, 0],
    [15, 30, 1],
    [27, 30, 1],
    [28, 30, 2],
    [30, 30, 2],
    [1, 3, 0],
    [2, 3, 2],
    [2, 4, 1],
    [3, 4, 2],
    [1, 2, 1],
    [2, 2, 2],
    [1, 1, 2],
    [0, 0, 0],
    [5000, 10000, 1],
    [9998, 10000, 2],
  ])("%i of %i answered → %i", (answered, total, expected) => {
    expect(countMilestone(answered, total)).toBe(expected);
  });

  it("never goes back as the count grows (each milestone is said once)", () => {
    let last = 0;
    for (let n = 0; n <= 31; n++) {
      const m = countMilestone(n, 31);
      expect(m).toBeGreaterThanOrEqual(last);
      last = m;
    }
  });
});
