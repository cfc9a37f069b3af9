import { focusAfterTap, isComplete, tapItem, unplaced } from "./ordering-logic";

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

describe("focus after a tap", () => {
  it("goes to the next unplaced item, wraps, then to Enviar", () => {
    expect(focusAfterTap([], 1, 4)).toEqual({ kind: "item", item: 2 });
    expect(focusAfterTap([1, 2], 3, 4)).toEqual({ kind: "item", item: 0 });
    expect(focusAfterTap([1, 2, 3], 0, 4)).toEqual({ kind: "send" });
  });
  it("after a take-back stays on the slot, or goes to the returned item when it was the last slot", () => {
    expect(focusAfterTap([2, 0, 3], 0, 4)).toEqual({ kind: "placed", slot: 1 });
    expect(focusAfterTap([2, 0, 3], 3, 4)).toEqual({ kind: "item", item: 3 });
  });
});
