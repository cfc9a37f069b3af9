import type { RosterEntry } from "@lousa/protocol";

/**
 * Coalesces roster updates for the host: a burst of joins or reconnections sends one message per
 * event-loop turn, carrying only the lines that changed (the full list comes with the host snapshot),
 * so a join storm costs O(joins), not O(players) per join.
 */
export class RosterPusher {
  /** Players whose line changed since the last push; "all" after scores change. */
  private changes: Set<string> | "all" | null = null;

  constructor(
    private readonly entry: (playerId: string) => RosterEntry | undefined,
    private readonly all: () => RosterEntry[],
    private readonly push: (entries: readonly RosterEntry[]) => void,
  ) {}

  /** One player's line changed, or every line (no argument). */
  changed(playerId?: string): void {
    const first = this.changes === null;
    if (playerId === undefined) this.changes = "all";
    else if (this.changes === null) this.changes = new Set([playerId]);
    else if (this.changes !== "all") this.changes.add(playerId);
    if (first) setImmediate(() => this.flush());
  }

  private flush(): void {
    const changes = this.changes;
    this.changes = null;
    if (changes === null) return;
    const entries = changes === "all" ? this.all() : [...changes].flatMap((id) => this.entry(id) ?? []);
    if (entries.length > 0) this.push(entries);
  }
}
