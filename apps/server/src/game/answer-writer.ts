import type { AnswerRecord } from "@lousa/game";

/**
 * Writes a game's accepted answers in batches: every answer that arrives in the same event-loop
 * turn goes into one INSERT, and each caller's promise resolves only when its row is committed.
 * Thirty phones answering at once cost one transaction, not thirty; nobody is acknowledged early.
 */
export class AnswerWriter {
  private pending: { record: AnswerRecord; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly write: (answers: readonly AnswerRecord[]) => Promise<void>) {}

  save(record: AnswerRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ record, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Resolves once everything queued so far has been written (or failed). */
  async drain(): Promise<void> {
    while (this.scheduled || this.pending.length > 0) await new Promise<void>((r) => setImmediate(r));
    await this.inFlight;
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    // Batches are chained so they commit in arrival order.
    this.inFlight = this.inFlight.then(async () => {
      try {
        await this.write(batch.map((b) => b.record));
        for (const b of batch) b.resolve();
      } catch (e) {
        for (const b of batch) b.reject(e);
      }
    });
  }
}
