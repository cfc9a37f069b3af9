import { performance } from "node:perf_hooks";

/**
 * Wall-clock milliseconds with sub-millisecond resolution, comparable across the bench's processes on one
 * machine (each process's timeOrigin is an absolute time): the coordinator stamps when the host sent
 * "open", a bot worker stamps when the question reached it, and the difference is the fan-out.
 */
export function now(): number {
  return performance.timeOrigin + performance.now();
}
