/**
 * One game's changes, in the order they arrived, one at a time (boardgame.io's per-match queue of
 * concurrency 1). Because nothing else touches the game while a change is being stored, a change can
 * be planned against the current state, stored, and only then applied: no interleaving to guard against.
 *
 * Answers and joins come in storms (thirty phones at once), so consecutive ones are stored together
 * (`Batcher`): a batch gathers while it waits its turn, and is written as one transaction. An item
 * joins a waiting batch only while that batch is the last thing queued, so arrival order is never broken:
 * an answer that arrives after a "close the question" waits behind it.
 */
export class CommitQueue {
  private tail: Promise<void> = Promise.resolve();
  private tailOwner: object | null = null;

  /** Runs `task` after everything queued before it; its rejection reaches the caller only. */
  run<T>(task: () => Promise<T>, owner: object | null = null): Promise<T> {
    this.tailOwner = owner;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Whether the last queued task belongs to `owner` (a batch that may still take items). */
  endsWith(owner: object): boolean {
    return this.tailOwner === owner;
  }

  /** Resolves once everything queued so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}

interface Waiting<I, R> {
  readonly item: I;
  readonly resolve: (r: R) => void;
  readonly reject: (e: unknown) => void;
}

/** Groups consecutive items of one kind into one queued task; `commit` returns one result per item, in order. */
export class Batcher<I, R> {
  private open: Waiting<I, R>[] | null = null;

  constructor(
    private readonly queue: CommitQueue,
    private readonly commit: (items: readonly I[]) => Promise<readonly R[]>,
    private readonly maxBatch = 2000,
  ) {}

  add(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiting = { item, resolve, reject };
      if (this.open && this.open.length < this.maxBatch && this.queue.endsWith(this)) {
        this.open.push(waiting);
        return;
      }
      const batch = [waiting];
      this.open = batch;
      this.queue
        .run(async () => {
          // The SQLite driver commits without yielding to the event loop, so a batch that closed at once
          // would hold one item: every answer its own transaction and fsync. Waiting for the end of this
          // event-loop turn lets every message already read from the sockets join (group commit).
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (this.open === batch) this.open = null;
          return this.commit(batch.map((w) => w.item));
        }, this)
        .then(
          (results) => batch.forEach((w, i) => (i < results.length ? w.resolve(results[i] as R) : w.reject(new Error("batch returned too few results")))),
          (e: unknown) => batch.forEach((w) => w.reject(e)),
        );
    });
  }
}
