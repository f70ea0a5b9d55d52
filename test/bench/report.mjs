// How every bench prints a figure: one JSON line, values rounded for reading.
import { constants, PerformanceObserver } from 'node:perf_hooks';

/** Prints one figure as a JSON line: { name, value, unit, ...extra }. */
export function figure(name, value, unit, extra = {}) {
  console.log(JSON.stringify({ name, value: round(value), unit, ...extra }));
}

/** Whole numbers from 100 up, two decimals below. */
export function round(x) {
  return x >= 100 ? Math.round(x) : Math.round(x * 100) / 100;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Minor page faults of this process so far: each is a page of memory written for the first time. */
export function minorPageFaults() {
  return process.resourceUsage().minorPageFault;
}

/** V8's kinds of collection, as node's perf_hooks reports them (constants.NODE_PERFORMANCE_GC_*). */
const GC_KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/**
 * Watches this process's garbage collections: returns the list the observer fills, { start, end, kind } in ms on the
 * performance.now() clock, and a function that stops watching. The observer reports a collection a little after it.
 */
export function watchCollections() {
  const collections = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) collections.push({ start: e.startTime, end: e.startTime + e.duration, kind: GC_KINDS[e.detail?.kind] ?? String(e.detail?.kind) });
  });
  observer.observe({ entryTypes: ['gc'] });
  return { collections, stop: () => observer.disconnect() };
}

/** How much of [a, b] collection `c` took, in ms (0 when it fell outside). */
export function overlapMs(c, a, b) {
  return Math.max(0, Math.min(b, c.end) - Math.max(a, c.start));
}

/** How much of [a, b] the collections took, in ms. */
export function gcOverlapMs(collections, a, b) {
  return collections.reduce((sum, c) => sum + overlapMs(c, a, b), 0);
}
