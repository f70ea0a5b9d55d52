/**
 * A copy of `s` that keeps nothing else alive, for strings held by a module-level cache. V8 makes a slice of 13
 * or more UTF-16 units a view of its parent (a block, and through it the document): cached, it would keep a closed
 * 10 MB document alive. Slicing a string joined from two makes V8 copy the joined one first.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
