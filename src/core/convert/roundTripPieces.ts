/**
 * Where a round trip through opencc-js (fold a text character by character, then convert it with s2t or t2s)
 * can be cut into pieces that convert alone exactly as they do inside the whole text, so that the mixed-script
 * check sends only a few words around each candidate character through the converter.
 */
import { runSteps, SteppedBuild } from '../steps';
import { dictionaryEntries, dictionaryPairSteps, ROUND_TRIP_DICTIONARIES, type DictionaryName } from './converter';

/** The converter a round trip ends with: s2t after a fold to Simplified, t2s after a fold to Traditional. */
export type RoundTrip = 's2t' | 't2s';

/** Every converter normalises CJK compatibility ideographs first (converter.ts `normalizationChain`). */
const NORMALIZATION_DICTIONARY: DictionaryName = 'CJK_Compatibility_Ideographs';

export interface RoundTripPieces {
  /** Offset of the start of the piece that holds the code point starting at offset `i`. */
  startBefore(text: string, i: number): number;
  /** Offset of the end of the piece that holds the code point ending at offset `i`. */
  endAfter(text: string, i: number): number;
}

const PAIR_FIRST = 1; // a code point some multi-character entry has right before another
const PAIR_SECOND = 2; // a code point some multi-character entry has right after another
const FOLDS = 4; // the fold changes this code point
const COMPATIBILITY = 8; // a CJK compatibility ideograph, which normalisation changes
const CODE_POINTS = 0x110000;

/** Each round trip's pieces, built or under way. */
const built = new Map<RoundTrip, SteppedBuild<RoundTripPieces | null>>();

/**
 * The piece bounds of a round trip that folds with `fold` (one code point to one) and converts with
 * `roundTrip`. A boundary lies between two code points that no multi-character dictionary entry holds side by
 * side, neither as folded nor as normalised text. Opencc-js converts by forward maximum matching on a trie, so no
 * match spans a boundary, every boundary is a match boundary, and a piece converts alone as it does in its text.
 * `null` when the dictionaries break what that needs: an entry that changes length (then code points no longer
 * line up), holds a line break or an ideographic description character, or a fold that is not one code point
 * to one. None does in opencc-js 1.4.2; this checks rather than assumes it. Example:
 * `roundTripPieces('s2t', toSimplified)!.endAfter('取決于政策', 3) === 3` (取决于 is an entry, 于政 is in none).
 */
export function roundTripPieces(roundTrip: RoundTrip, fold: ReadonlyMap<string, string>): RoundTripPieces | null {
  return runSteps(roundTripPiecesSteps(roundTrip, fold));
}

/**
 * `roundTripPieces(roundTrip, fold)`, built on first use pausing (yielding) every ENTRIES_PER_STEP dictionary entries;
 * callers share one build (`fold` is the same table for a round trip).
 */
export function* roundTripPiecesSteps(roundTrip: RoundTrip, fold: ReadonlyMap<string, string>): Generator<void, RoundTripPieces | null, void> {
  let build = built.get(roundTrip);
  if (build === undefined) {
    build = new SteppedBuild(() => buildPieces(roundTrip, fold));
    built.set(roundTrip, build);
  }
  return yield* build.steps();
}

/** Dictionary entries read between two pauses of `buildPieces`. */
const ENTRIES_PER_STEP = 500;

function* buildPieces(roundTrip: RoundTrip, fold: ReadonlyMap<string, string>): Generator<void, RoundTripPieces | null, void> {
  const flags = new Uint8Array(CODE_POINTS);
  const foldCode = yield* codePointMap(fold, flags, FOLDS);
  const unifiedCode = yield* codePointMap(yield* dictionaryPairSteps(NORMALIZATION_DICTIONARY), flags, COMPATIBILITY);
  if (foldCode === undefined || unifiedCode === undefined) return null;
  const pairs = new CodePointPairs();
  let count = 0;
  for (const name of ROUND_TRIP_DICTIONARIES[roundTrip].all) {
    for (const entry of dictionaryEntries(name)) {
      if (++count % ENTRIES_PER_STEP === 0) yield;
      const space = entry.indexOf(' ');
      if (space <= 0) continue;
      const source = entry.slice(0, space);
      if (!keepsAlignment(source, entry.slice(space + 1))) return null;
      let previous = -1;
      for (let i = 0; i < source.length; i++) {
        const code = source.codePointAt(i)!;
        if (code > 0xffff) i++;
        if (previous >= 0) {
          flags[previous] |= PAIR_FIRST;
          flags[code] |= PAIR_SECOND;
          pairs.add(previous, code);
        }
        previous = code;
      }
    }
  }
  const folded = (code: number) => ((flags[code] & FOLDS) === 0 ? code : foldCode.get(code)!);
  const unified = (code: number) => ((flags[code] & COMPATIBILITY) === 0 ? code : unifiedCode.get(code)!);
  const isPair = (a: number, b: number) =>
    (flags[a] & PAIR_FIRST) !== 0 && (flags[b] & PAIR_SECOND) !== 0 && pairs.has(a, b);
  // Whether some entry may hold `a` and `b` side by side: as folded text (what phrases are looked up in), or as
  // normalised folded text (what the converter matches).
  const joined = (a: number, b: number) => {
    const fa = folded(a);
    const fb = folded(b);
    if (isPair(fa, fb)) return true;
    const ua = unified(fa);
    const ub = unified(fb);
    return (ua !== fa || ub !== fb) && isPair(ua, ub);
  };
  return {
    startBefore(text, i) {
      let b = text.codePointAt(i)!;
      while (i > 0) {
        const width = widthBefore(text, i);
        const a = text.codePointAt(i - width)!;
        if (!joined(a, b)) break;
        i -= width;
        b = a;
      }
      return i;
    },
    endAfter(text, i) {
      if (i === 0) return 0;
      let a = text.codePointAt(i - widthBefore(text, i))!;
      while (i < text.length) {
        const b = text.codePointAt(i)!;
        if (!joined(a, b)) break;
        i += b > 0xffff ? 2 : 1;
        a = b;
      }
      return i;
    },
  };
}

/** Whether an entry keeps the text and its conversion aligned code point by code point, and lines whole. */
function keepsAlignment(source: string, target: string): boolean {
  // opencc-js takes the first of several space-separated targets, which would change the length.
  if (target.includes(' ')) return false;
  const length = alignedLength(source);
  return length >= 0 && length === alignedLength(target);
}

/** Length in code points, or -1 when `s` holds a line break or an ideographic description character. */
function alignedLength(s: string): number {
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit === 0x0a || unit === 0x0d || (unit >= 0x2ff0 && unit <= 0x2fff)) return -1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) i++;
    length++;
  }
  return length;
}

/** A set of ordered code point pairs: open addressing in typed arrays, no number boxed per pair. */
export class CodePointPairs {
  /**
   * Open addressing, a first code point + 1 per slot (0 is empty, so a new table is the zeroed memory the system
   * hands out, with no fill: its pages are touched as pairs land on them, spread over the build's steps). Sized
   * for the s2t dictionaries' 60,600 pairs at under half full: growing rehashes everything in one step (on a
   * machine where touching a fresh page costs 15 µs, that was the longest step of the first document's build).
   */
  private firsts = new Int32Array(1 << 17);
  private seconds = new Int32Array(1 << 17);
  private size = 0;

  add(a: number, b: number): void {
    if (this.size * 2 >= this.firsts.length) this.grow();
    const slot = this.slotOf(a, b);
    if (this.firsts[slot] === 0) {
      this.firsts[slot] = a + 1;
      this.seconds[slot] = b;
      this.size++;
    }
  }

  has(a: number, b: number): boolean {
    return this.firsts[this.slotOf(a, b)] !== 0;
  }

  /** The slot that holds (a, b), or the empty slot where it would go. */
  private slotOf(a: number, b: number): number {
    const mask = this.firsts.length - 1;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0;
    for (slot &= mask; ; slot = (slot + 1) & mask) {
      const first = this.firsts[slot];
      if (first === 0 || (first === a + 1 && this.seconds[slot] === b)) return slot;
    }
  }

  private grow(): void {
    const { firsts, seconds } = this;
    this.firsts = new Int32Array(firsts.length * 2);
    this.seconds = new Int32Array(firsts.length * 2);
    this.size = 0;
    for (let slot = 0; slot < firsts.length; slot++) if (firsts[slot] !== 0) this.add(firsts[slot] - 1, seconds[slot]);
  }
}

/** `pairs` by code point, marking each source in `flags`; undefined when an entry is not one code point to one. */
function* codePointMap(pairs: ReadonlyMap<string, string>, flags: Uint8Array, flag: number): Generator<void, Map<number, number> | undefined, void> {
  const map = new Map<number, number>();
  let count = 0;
  for (const [from, to] of pairs) {
    if (++count % ENTRIES_PER_STEP === 0) yield;
    const a = from.codePointAt(0)!;
    const b = to.codePointAt(0)!;
    if (String.fromCodePoint(a) !== from || String.fromCodePoint(b) !== to || !keepsAlignment(from, to)) return undefined;
    map.set(a, b);
    flags[a] |= flag;
  }
  return map;
}

/** Width in UTF-16 units of the code point that ends at `i` (a lone surrogate counts as one, as in `Array.from`). */
function widthBefore(text: string, i: number): number {
  if (i < 2) return 1;
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}
