import { forgetPlayerSeat, loadPendingAnswers, loadPlayerSeat, savePendingAnswer, savePlayerSeat, SEAT_KEPT_MS } from "./storage";

/** A Map behind the Storage interface: what the functions above read and write in a browser. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, "window", { value: { localStorage: storage }, configurable: true });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, "window");
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 4, 20);

describe("player seats", () => {
  it("keep the date they were saved", () => {
    savePlayerSeat({ pin: "123456", rejoinToken: "tok", nickname: "Ana" }, NOW);
    expect(loadPlayerSeat("123456")).toEqual({ pin: "123456", rejoinToken: "tok", nickname: "Ana", savedAt: NOW });
  });

  it("older than the kept time go when a new one is saved; recent ones stay", () => {
    savePlayerSeat({ pin: "111111", rejoinToken: "old", nickname: "Ana" }, NOW - SEAT_KEPT_MS - DAY);
    savePlayerSeat({ pin: "222222", rejoinToken: "recent", nickname: "Ana" }, NOW - 2 * DAY);
    savePendingAnswer("111111", { questionIndex: 0, choices: [1] });
    savePlayerSeat({ pin: "333333", rejoinToken: "new", nickname: "Ana" }, NOW);
    expect(loadPlayerSeat("111111")).toBeNull();
    expect(loadPendingAnswers("111111")).toEqual([]);
    expect(loadPlayerSeat("222222")?.rejoinToken).toBe("recent");
    expect(loadPlayerSeat("333333")?.rejoinToken).toBe("new");
  });

  it("stored before seats had a date count as old (but still load until then)", () => {
    storage.setItem("lousa:player:444444", JSON.stringify({ pin: "444444", rejoinToken: "undated", nickname: "Bia" }));
    expect(loadPlayerSeat("444444")).toEqual({ pin: "444444", rejoinToken: "undated", nickname: "Bia", savedAt: null });
    savePlayerSeat({ pin: "555555", rejoinToken: "new", nickname: "Bia" }, NOW);
    expect(loadPlayerSeat("444444")).toBeNull();
  });

  it("of a new game under a PIN an older game had replace the old seat and drop its unsent answers", () => {
    savePlayerSeat({ pin: "123456", rejoinToken: "first-game", nickname: "Ana" }, NOW - DAY);
    savePendingAnswer("123456", { questionIndex: 2, choices: [0] });
    savePlayerSeat({ pin: "123456", rejoinToken: "second-game", nickname: "Ana" }, NOW);
    expect(loadPlayerSeat("123456")?.rejoinToken).toBe("second-game");
    expect(loadPendingAnswers("123456")).toEqual([]);
  });

  it("leave other keys alone when pruned, and can be forgotten one by one", () => {
    storage.setItem("lousa:device", "abcdefghijklmnopqr");
    storage.setItem("lousa:player:broken", "{not json");
    savePlayerSeat({ pin: "123456", rejoinToken: "tok", nickname: "Ana" }, NOW);
    expect(storage.getItem("lousa:device")).toBe("abcdefghijklmnopqr");
    // Unreadable: it can't be dated, so it counts as old.
    expect(storage.getItem("lousa:player:broken")).toBeNull();
    forgetPlayerSeat("123456");
    expect(loadPlayerSeat("123456")).toBeNull();
  });
});
