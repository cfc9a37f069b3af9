// A reader stuck in a loop (a parser's worst case): only the runner's timeout ends it.
import { BroadcastChannel, isMainThread, parentPort } from "node:worker_threads";
import { READY } from "../worker-ready";

/** Where it says it has started, so a test knows the timeout stopped a thread that was really busy. */
const BUSY_CHANNEL = "lousa-test-import-busy";

/** For a test (main thread): counts the hanging readers that have started spinning, until close(). */
export function countBusyReaders(): { readonly count: () => number; readonly close: () => void } {
  const channel = new BroadcastChannel(BUSY_CHANNEL);
  let n = 0;
  channel.onmessage = () => n++;
  return { count: () => n, close: () => channel.close() };
}

// The tests import this file for countBusyReaders: only a worker hangs.
if (!isMainThread) {
  parentPort?.postMessage(READY);
  // The message is queued for the listeners as it is posted, so it arrives while this thread spins.
  new BroadcastChannel(BUSY_CHANNEL).postMessage("busy");
  for (;;) {
    // Spin: the thread never yields, so only terminate() can stop it.
  }
}
