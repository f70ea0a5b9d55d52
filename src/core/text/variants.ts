/**
 * Variant folding: one canonical character for every spelling OpenCC treats as the same character,
 * so that Traditional, Simplified, Taiwan and Hong Kong texts compare equal code unit by code unit.
 */
import { dictionaryEntries } from '../convert/converter';
import { SteppedBuild } from '../steps';

/** Character tables of opencc-js, each "source candidate…|source candidate…|…", loaded on the first fold. */
const CHARACTER_TABLES = ['TSCharacters', 'STCharacters', 'TWVariants', 'TWVariantsRev', 'HKVariants', 'HKVariantsRev', 'CJK_Compatibility_Ideographs'] as const;

/** Table entries read between two pauses of `buildTable`. */
const ITEMS_PER_STEP = 250;

/** The folding table, built on first use (at once, or in steps: about 50 ms in all). */
const table = new SteppedBuild(buildTable);

/**
 * code unit → canonical code unit. Characters linked by any single-unit mapping of the tables
 * form one class (union–find), so 乾/幹/干 or 裡/裏/里 share one representative whichever
 * direction a table maps them. The representative is the Simplified form when there is one.
 */
function* buildTable(): Generator<void, Uint16Array, void> {
  // Union–find over code units in typed arrays: a Map of 10,000 characters was garbage the first document paid for.
  const parent = new Int32Array(0x10000).fill(-1);
  const root = (c: number): number => {
    let r = c;
    while (parent[r] !== r) r = parent[r];
    // Path compression keeps later look-ups flat.
    for (let x = c; parent[x] !== r; ) {
      const p = parent[x];
      parent[x] = r;
      x = p;
    }
    return r;
  };
  const simplifiedTarget = new Uint8Array(0x10000);
  const traditionalSource = new Uint8Array(0x10000);
  let count = 0;
  for (const [index, name] of CHARACTER_TABLES.entries()) {
    for (const item of dictionaryEntries(name)) {
      if (++count % ITEMS_PER_STEP === 0) yield;
      const [source, ...candidates] = item.split(' ');
      if (source.length !== 1) continue;
      const s = source.charCodeAt(0);
      for (const candidate of candidates) {
        if (candidate.length !== 1) continue;
        const t = candidate.charCodeAt(0);
        if (index === 0) {
          traditionalSource[s] = 1;
          simplifiedTarget[t] = 1;
        }
        if (parent[s] === -1) parent[s] = s;
        if (parent[t] === -1) parent[t] = t;
        const rs = root(s);
        const rt = root(t);
        if (rs !== rt) parent[rs] = rt;
      }
    }
    yield;
  }
  // Each class's representative: the lowest rank, then the lowest code (code units are visited in order).
  const rank = (c: number) => (simplifiedTarget[c] && !traditionalSource[c] ? 0 : simplifiedTarget[c] ? 1 : 2);
  const best = new Int32Array(0x10000).fill(-1);
  for (let c = 0; c < 0x10000; c++) {
    if (parent[c] === -1) continue;
    const r = root(c);
    if (best[r] === -1 || rank(c) < rank(best[r])) best[r] = c;
  }
  yield;
  const out = new Uint16Array(0x10000);
  for (let c = 0; c < out.length; c++) out[c] = parent[c] === -1 ? c : best[root(c)];
  // Full-width ASCII → half-width, then Latin letters → lower case.
  for (let c = 0xff01; c <= 0xff5e; c++) out[c] = c - 0xfee0;
  for (let c = 0; c < out.length; c++) if (out[c] >= 0x41 && out[c] <= 0x5a) out[c] += 0x20;
  out[0x3000] = 0x20;
  return out;
}

/**
 * The folding table itself (65 536 entries, code unit → canonical code unit) for scanners that fold
 * as they read instead of allocating a folded copy. Do not modify it.
 *
 * foldTable()['臺'.charCodeAt(0)] === '台'.charCodeAt(0)
 */
export function foldTable(): Uint16Array {
  return table.get();
}

/** Builds the folding table on first use, pausing (yielding) every ITEMS_PER_STEP table entries. */
export function* foldTableSteps(): Generator<void, void, void> {
  yield* table.steps();
}

/**
 * The canonical form of one UTF-16 code unit (surrogates and unmapped units are returned as is).
 *
 * foldChar('臺') === foldChar('台'); foldChar('Ｈ') === 'h'
 */
export function foldChar(unit: string): string {
  if (unit.length !== 1) return unit;
  return String.fromCharCode(foldTable()[unit.charCodeAt(0)]);
}

/**
 * A same-length copy of `text` in which every code unit is replaced by its canonical form, so that
 * spellings OpenCC treats as one character compare equal; full-width ASCII becomes half-width and
 * Latin letters lower case. Offsets in the copy are offsets in the original.
 *
 * foldVariants('護城河') === foldVariants('护城河');
 * foldVariants('關係') === foldVariants('關系'); foldVariants('ＥＦＬＯＰＳ') === 'eflops'
 */
export function foldVariants(text: string): string {
  const fold = foldTable();
  const n = text.length;
  const chunk = 4096;
  const units = new Uint16Array(Math.min(n, chunk));
  const parts: string[] = [];
  for (let from = 0; from < n; from += chunk) {
    const len = Math.min(chunk, n - from);
    for (let i = 0; i < len; i++) units[i] = fold[text.charCodeAt(from + i)];
    // fromCharCode keeps lone surrogates as they are (a TextDecoder would replace them).
    parts.push(String.fromCharCode.apply(null, units.subarray(0, len) as unknown as number[]));
  }
  return parts.join('');
}
