import { rowMoves } from "./leader-moves";

describe("scoreboard row moves", () => {
  it("says how many places each row climbed or fell, and which rows are new", () => {
    expect(rowMoves(["a", "b", "c"], ["c", "a", "b"])).toEqual([2, -1, -1]);
    expect(rowMoves(["a", "b"], ["a", "b"])).toEqual([0, 0]);
    expect(rowMoves(["a", "b"], ["d", "a"])).toEqual(["new", -1]);
    expect(rowMoves([], ["a"])).toEqual(["new"]);
  });
});
