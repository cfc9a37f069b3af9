/**
 * Whatever the bench spawned or created is undone on every way out: a normal end, an error, Ctrl-C or
 * SIGTERM (async steps: stop the server, drop the database), and process exit (synchronous kills, last resort).
 */
type Step = { readonly name: string; readonly run: () => Promise<void>; readonly killNow?: () => void };

const steps: Step[] = [];
let running: Promise<void> | null = null;
let signalled = false;

/** Whether the bench was asked to stop (an error after that is a consequence, not news). */
export function interrupted(): boolean {
  return signalled;
}

/** Registers an undo step; steps run in reverse order of registration (the server stops before its database is dropped). */
export function onCleanup(name: string, run: () => Promise<void>, killNow?: () => void): void {
  steps.push({ name, run, ...(killNow ? { killNow } : {}) });
}

/** Runs every registered step once (later calls get the same promise); a failing step does not stop the others. */
export function cleanUp(): Promise<void> {
  running ??= (async () => {
    for (const step of [...steps].reverse()) {
      try {
        await step.run();
      } catch (e) {
        console.error(`bench: cleaning up (${step.name}) failed:`, e instanceof Error ? e.message : e);
      }
    }
  })();
  return running;
}

export function installSignalHandlers(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      signalled = true;
      console.error(`\nbench: ${signal}, stopping what it started…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  process.once("exit", () => {
    for (const step of steps) step.killNow?.();
  });
}
