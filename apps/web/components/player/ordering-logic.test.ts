import { isComplete, tapItem, unplaced } from "./ordering-logic";

describe("building an ordering answer by taps", () => {
  it("places items in the order tapped and takes a placed one back, the rest moving up", () => {
    let placed: number[] = [];
    for (const item of [2, 0, 3]) placed = tapItem(placed, item);
    expect(placed).toEqual([2, 0, 3]);
    expect(unplaced(placed, 4)).toEqual([1]);
    expect(isComplete(placed, 4)).toBe(false);
    placed = tapItem(placed, 0);
    expect(placed).toEqual([2, 3]);
    placed = tapItem(tapItem(placed, 1), 0);
    expect(placed).toEqual([2, 3, 1, 0]);
    expect(isComplete(placed, 4)).toBe(true);
    expect(unplaced(placed, 4)).toEqual([]);
  });
});
