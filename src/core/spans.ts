import type { Span } from './types';

/**
 * The span of a sorted, non-overlapping list that contains `offset` (start ≤ offset ≤ end, so a
 * cursor just after a term still finds it), by binary search.
 *
 * spanAt([{ start: 2, end: 5 }], 5)?.start === 2
 */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else {
      // A cursor between two touching spans belongs to the one that starts there.
      if (offset === s.end && mid + 1 < spans.length && spans[mid + 1].start === offset) return spans[mid + 1];
      return s;
    }
  }
  return undefined;
}

/** The spans of a sorted list that overlap [start, end). */
export function spansIn<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length && spans[i].start < end; i++) out.push(spans[i]);
  return out;
}
