import type { GlossaryEntry, TermMatch } from '../types';
import { lineStarts } from '../text/lines';
import { runSteps } from '../steps';
import { foldTable } from '../text/variants';
import type { Glossary } from './glossary';

/** One searched form: the folded term or alias and the entry it stands for. */
interface Pattern {
  length: number;
  entry: GlossaryEntry;
  /** The form starts (ends) with a Latin letter or digit, so it must not continue a word there. */
  wordStart: boolean;
  wordEnd: boolean;
}

/**
 * Aho–Corasick automaton over the folded forms of a glossary. State 0 is the root; its
 * transitions are a dense table because almost every character of a text starts at the root.
 */
interface TermAutomaton {
  rootNext: Int32Array;
  next: Map<number, number>[];
  fail: Int32Array;
  /** Pattern recognised on reaching a state, or -1. */
  output: Int32Array;
  /** Nearest state down the failure chain that has an output, or -1. */
  outputLink: Int32Array;
  patterns: Pattern[];
}

let wordUnits: Uint8Array | undefined;

/** Folded code units that continue a Latin word: a–z, 0–9, _ and accented Latin letters. */
function wordUnitTable(): Uint8Array {
  if (wordUnits) return wordUnits;
  const t = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  t[0x5f] = 1;
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) t[c] = 1;
  return (wordUnits = t);
}

function buildAutomaton(glossary: Glossary): TermAutomaton {
  const words = wordUnitTable();
  const rootNext = new Int32Array(0x10000);
  const next: Map<number, number>[] = [new Map()];
  const output: number[] = [-1];
  const patterns: Pattern[] = [];
  for (const [form, entry] of glossary.forms()) {
    let state = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let to = state === 0 ? rootNext[c] || undefined : next[state].get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        output.push(-1);
        if (state === 0) rootNext[c] = to;
        else next[state].set(c, to);
      }
      state = to;
    }
    output[state] = patterns.length;
    patterns.push({
      length: form.length,
      entry,
      wordStart: words[form.charCodeAt(0)] === 1,
      wordEnd: words[form.charCodeAt(form.length - 1)] === 1,
    });
  }
  const count = next.length;
  const fail = new Int32Array(count);
  const outputs = Int32Array.from(output);
  const outputLink = new Int32Array(count).fill(-1);
  // Breadth-first, so a state's failure target is final before its children are visited.
  const queue: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (rootNext[c] !== 0) queue.push(rootNext[c]);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [c, child] of next[state]) {
      let f = fail[state];
      let target = -1;
      for (;;) {
        const to = f === 0 ? rootNext[c] || -1 : (next[f].get(c) ?? -1);
        if (to !== -1) {
          target = to;
          break;
        }
        if (f === 0) break;
        f = fail[f];
      }
      fail[child] = target === -1 ? 0 : target;
      const ft = fail[child];
      outputLink[child] = outputs[ft] >= 0 ? ft : outputLink[ft];
      queue.push(child);
    }
  }
  return { rootNext, next, fail, output: outputs, outputLink, patterns };
}

const automata = new WeakMap<Glossary, TermAutomaton>();

function automatonOf(glossary: Glossary): TermAutomaton {
  let automaton = automata.get(glossary);
  if (!automaton) {
    automaton = buildAutomaton(glossary);
    automata.set(glossary, automaton);
  }
  return automaton;
}

/**
 * Every occurrence of a glossary term or alias in `text`, in any script (the automaton runs once
 * over the variant-folded text), leftmost-longest and non-overlapping: where several forms start,
 * the longest wins; a match overlapping an earlier one is dropped. Latin forms (HBM, DeepSeek)
 * match only as whole words. Spans are on the original text; `id` is the entry's canonical term.
 *
 * findTerms('杭州模式的护城河', glossary) →
 *   [{ id: '杭州模式', start: 0, end: 4, … }, { id: '護城河', text: '护城河', start: 5, end: 8, line: 1 }]
 */
export function findTerms(text: string, glossary: Glossary): TermMatch[] {
  return runSteps(findTermSteps(text, glossary));
}

/**
 * Characters `findTermSteps` reads between two pauses: until V8 has optimised the matcher, a block of 2,048
 * characters took up to 9 ms.
 */
const TERM_STEP = 512;

/** `findTerms` as a generator that pauses (yields) after every TERM_STEP characters. */
export function* findTermSteps(text: string, glossary: Glossary): Generator<void, TermMatch[], void> {
  const { rootNext, next, fail, output, outputLink, patterns } = automatonOf(glossary);
  if (patterns.length === 0) return [];
  const fold = foldTable();
  const words = wordUnitTable();
  const n = text.length;
  const starts: number[] = [];
  const lengths: number[] = [];
  const found: number[] = [];
  let state = 0;
  for (let i = 0; i < n; i++) {
    if (i % TERM_STEP === TERM_STEP - 1) yield;
    const c = fold[text.charCodeAt(i)];
    for (;;) {
      if (state === 0) {
        state = rootNext[c];
        break;
      }
      const to = next[state].get(c);
      if (to !== undefined) {
        state = to;
        break;
      }
      state = fail[state];
    }
    for (let o = output[state] >= 0 ? state : outputLink[state]; o >= 0; o = outputLink[o]) {
      const p = patterns[output[o]];
      const start = i + 1 - p.length;
      if (p.wordStart && start > 0 && words[fold[text.charCodeAt(start - 1)]] === 1) continue;
      if (p.wordEnd && i + 1 < n && words[fold[text.charCodeAt(i + 1)]] === 1) continue;
      starts.push(start);
      lengths.push(p.length);
      found.push(output[o]);
    }
  }
  const order = Array.from(starts.keys()).sort((a, b) => starts[a] - starts[b] || lengths[b] - lengths[a]);
  const lines = lineStarts(text);
  const matches: TermMatch[] = [];
  let taken = 0;
  let line = 0;
  for (const k of order) {
    const start = starts[k];
    if (start < taken) continue;
    const end = start + lengths[k];
    taken = end;
    while (line + 1 < lines.length && lines[line + 1] <= start) line++;
    matches.push({ start, end, id: patterns[found[k]].entry.term, text: text.slice(start, end), line: line + 1 });
  }
  return matches;
}

/** The entry a match stands for (the glossary's entry for its `id`). */
export function entryOf(match: TermMatch, glossary: Glossary): GlossaryEntry | undefined {
  return glossary.get(match.id);
}
