/**
 * At most `running` jobs at once; the next `waiting` wait their turn for up to `maxWaitMs`, and any
 * beyond that are turned away at once. Picture processing is CPU-heavy and the same two cores run every
 * live game: a burst of uploads (a whole staff room preparing quizzes) must queue, not starve the games.
 */
export interface UploadGate {
  /** Runs `job` when a slot is free; "busy" when none frees up in time (the job never ran). */
  run<T>(job: () => Promise<T>): Promise<T | "busy">;
}

export interface UploadGateOptions {
  readonly running: number;
  readonly waiting: number;
  readonly maxWaitMs: number;
}

export function uploadGate(opts: UploadGateOptions): UploadGate {
  let active = 0;
  const queue: Array<{ readonly start: () => void }> = [];

  const release = () => {
    active -= 1;
    const next = queue.shift();
    if (next) next.start();
  };

  /** Resolves true when a slot is ours, false when the wait ran out (or the queue was full). */
  const acquire = (): Promise<boolean> => {
    if (active < opts.running) {
      active += 1;
      return Promise.resolve(true);
    }
    if (queue.length >= opts.waiting) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const entry = {
        start: () => {
          clearTimeout(timer);
          active += 1;
          resolve(true);
        },
      };
      const timer = setTimeout(() => {
        const i = queue.indexOf(entry);
        if (i >= 0) queue.splice(i, 1);
        resolve(false);
      }, opts.maxWaitMs);
      queue.push(entry);
    });
  };

  return {
    async run(job) {
      if (!(await acquire())) return "busy";
      try {
        return await job();
      } finally {
        release();
      }
    },
  };
}
