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

/**
 * Index of the first item of a sorted list that `before` is false for (it must hold for a prefix of the
 * list and for nothing after), by binary search; the list's length when there is none.
 *
 * firstNotBefore([1, 3, 5], (n) => n < 4) === 2
 */
export function firstNotBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans of a list sorted by start that overlap [start, end). Their ends need not be in order (a long
 * mixed-script run or an unclosed bracket reaches past the problems after it), so every span that starts
 * before `end` is looked at: one pass over the problems, a fraction of a millisecond for 100,000 of them.
 *
 * spansIn([{ start: 0, end: 100 }, { start: 10, end: 11 }], 60, 61).length === 1
 */
export function spansIn<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const before = firstNotBefore(spans, (s) => s.start < end);
  const out: T[] = [];
  for (let i = 0; i < before; i++) if (spans[i].end > start) out.push(spans[i]);
  return out;
}
