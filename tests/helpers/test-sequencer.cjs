// eslint-disable-next-line @typescript-eslint/no-require-imports
const Sequencer = require("@jest/test-sequencer").default;

/** Browser files take seconds to minutes, integration files seconds, unit files mostly a fraction of one. */
const WEIGHT = { e2e: 3, integration: 2, unit: 1 };

/**
 * Jest's own order (the last run's failures first, then the slowest files by their last durations), except
 * for files it has no duration for (a clean clone, as on CI): there Jest falls back to file size, and a small
 * but slow browser or restart file could start last and keep one worker busy while the other idles. Those
 * go browser files first, then integration, then unit (the many short ones fill the end), each by size.
 */
class SlowProjectsFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const unknown = sorted.filter((t) => (t.duration === undefined || t.duration === null) && !this.hasFailed(t));
    if (unknown.length === 0) return sorted;
    const weight = (t) => WEIGHT[t.context.config.displayName?.name] ?? 0;
    const rank = new Map(unknown.map((t, i) => [t, i]));
    const reordered = [...unknown].sort((a, b) => weight(b) - weight(a) || rank.get(a) - rank.get(b));
    let next = 0;
    return sorted.map((t) => (rank.has(t) ? reordered[next++] : t));
  }
}

module.exports = SlowProjectsFirst;
