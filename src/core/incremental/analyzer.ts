import type { Citation, Figure, GlossaryEntry, Heading, Problem, TermMatch } from '../types';
import type { Glossary } from '../terms/glossary';
import { withDefinedTerms } from '../terms/defined';
import { findTermFormProblems } from '../terms/consistency';
import { foldVariants } from '../text/variants';
import { lineOf, lineStarts as findLineStarts } from '../text/lines';
import { findSourceBlocks, type SourceBlock } from '../sources/sourceLines';
import { findHeadings } from '../outline/headings';
import { findMixedScript, type DocumentScript, type ScriptCounts } from '../convert/scripts';
import {
  analyze,
  builtinGlossary,
  MIXED_SCRIPT_ACCEPT,
  mixedScriptProblem,
  needsSource,
  unsourcedFigureProblem,
  type Analysis,
  type AnalyzeOptions,
} from '../analysis';
import { blockStarts, lineEndAt } from './blocks';
import {
  blockFigures,
  blockMixed,
  blockTerms,
  countLines,
  documentFigureOptions,
  figureSettingOf,
  isPartOfCue,
  localFindings,
  sameCitation,
  sourceBlockAt,
  type BlockFigures,
  type BlockMixed,
  type BlockTerms,
  type LocalFindings,
} from './block';
import { settleOutline, type SettledOutline } from './outline';

export interface IncrementalOptions extends AnalyzeOptions {
  /** Characters a block holds at least before it may end (at the next line that can start one). Default 2048. */
  blockLength?: number;
}

/** A run of lines analysed alone; every result it holds is at its current place in the text. */
interface Block {
  start: number;
  end: number;
  /** 0-based line of the block's first character. */
  line: number;
  lineCount: number;
  local: LocalFindings;
  terms?: BlockTerms;
  figures?: BlockFigures;
  mixed?: BlockMixed;
}

/** Work done by the last update, for tests and measurements. */
export interface UpdateReport {
  /** Blocks analysed again (all of them on a first or full analysis). */
  blocksAnalysed: number;
  blocks: number;
  /** Document-wide settings that changed and made every block redo a stage: 'terms', 'figures', 'script'. */
  redone: string[];
  /** The outline was found on the whole text (a fence, or the heading layout did not hold). */
  wholeOutline: boolean;
}

/**
 * `analyze` for a text that changes a little at a time: the text is cut into blocks of lines that the
 * local stages (terms, figures and their cues, brackets, mixed script, defined terms, which lines are
 * headings) analyse alone; an update finds the changed stretch (common prefix and suffix with the
 * previous text), analyses again only the blocks it touches, moves the results of the others, and
 * redoes the document-wide stages (glossary of defined terms, `資料來源` lines, heading levels and
 * numbering, term spellings, the script) from the blocks' results. The result is the one `analyze`
 * gives, field for field; when a document-wide setting changes (a new defined term, the script, a
 * Taiwanese marker), every block redoes the stage that depends on it.
 *
 * The analyzer owns the objects it returns: an update moves the terms, figures and problems of the
 * blocks after the change to their new offsets in place (copying them would cost more than the rest
 * of the update), so keep only the latest analysis of a text.
 *
 * const a = new IncrementalAnalyzer(); a.analyze(text); a.analyze(text.replace('70%', '71%')).figures
 */
export class IncrementalAnalyzer {
  private text = '';
  private blocks: Block[] = [];
  private starts: number[] = [0];
  private readonly blockLength: number;
  private readonly base: Glossary;
  private readonly mixedScript: boolean;
  /** The base glossary has a form with a line break: blocks cannot be matched alone. */
  private readonly whole: boolean;
  private matchGlossary: Glossary | undefined;
  private matchSignature = '';
  private glossary: Glossary | undefined;
  private definedJson = '';
  private readonly spellings = new Map<string, Map<string, number>>();
  private readonly inconsistent = new Set<string>();
  private last: Analysis | undefined;
  private settled: SettledOutline | undefined;
  /** What the last update did. */
  report: UpdateReport = { blocksAnalysed: 0, blocks: 0, redone: [], wholeOutline: false };

  constructor(private readonly options: IncrementalOptions = {}) {
    this.blockLength = Math.max(1, options.blockLength ?? 2048);
    this.base = options.glossary ?? builtinGlossary();
    this.mixedScript = options.mixedScript !== false;
    this.whole = [...this.base.forms().keys()].some((form) => form.includes('\n'));
  }

  /** The analysis of `text`, reusing what the previous call found. Equal to `analyze(text, options)`. */
  analyze(text: string): Analysis {
    const steps = this.update(text, Infinity);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The same as `analyze`, as a generator that pauses (yields) whenever about `sliceMs` of work has
   * been done since the last pause, so an editor can spread a first analysis over several turns.
   *
   * const steps = analyzer.update(text, 10); let r; while (!(r = steps.next()).done) await tick(); r.value
   */
  *update(text: string, sliceMs = 10): Generator<void, Analysis, void> {
    if (this.last && text === this.text) return this.last;
    const report: UpdateReport = { blocksAnalysed: 0, blocks: 0, redone: [], wholeOutline: false };
    this.report = report;
    if (this.whole) {
      this.last = analyze(text, this.options);
      this.text = text;
      return this.last;
    }
    let sliceStart = performance.now();
    const due = (): boolean => performance.now() - sliceStart >= sliceMs;
    const pause = function* (): Generator<void, void, void> {
      yield;
      sliceStart = performance.now();
    };

    // The changed stretch, widened by a line each side (neighbours read each other), to whole blocks.
    const { first, last, start, end, newEnd } = this.changedBlocks(text);
    const removed = this.blocks.slice(first, last);
    const starts = blockStarts(text, start, newEnd, this.blockLength);
    const line0 = first < this.blocks.length ? this.blocks[first].line : 0;
    const added: Block[] = [];
    let line = line0;
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k];
      const e = k + 1 < starts.length ? starts[k + 1] : newEnd;
      const blockText = text.slice(s, e);
      const above = s > 0 ? text.slice(text.lastIndexOf('\n', s - 2) + 1, s - 1) : undefined;
      const below = e < text.length ? text.slice(e, lineEndAt(text, e)) : undefined;
      const lineCount = countLines(blockText, e < text.length);
      added.push({ start: s, end: e, line, lineCount, local: placeLocal(localFindings(blockText, above, below), s, line) });
      line += lineCount;
      report.blocksAnalysed++;
      if (due()) yield* pause();
    }
    const lineDelta = line - (removed.length > 0 ? removed[removed.length - 1].line + removed[removed.length - 1].lineCount : line0);
    const delta = newEnd - end;
    for (const b of removed) this.countSpellings(b, -1);
    if (delta !== 0 || lineDelta !== 0) for (let k = last; k < this.blocks.length; k++) moveBlock(this.blocks[k], delta, lineDelta);
    this.blocks.splice(first, last - first, ...added);
    this.starts = this.spliceLineStarts(text, line0, removed, start, newEnd, delta);
    this.text = text;
    const blocks = this.blocks;
    report.blocks = blocks.length;

    // Document-wide settings, from the blocks' own findings.
    const definedTerms = this.mergedDefinedTerms();
    const signature = JSON.stringify(definedTerms.map((e) => [e.term, e.aliases, e.category]));
    if (this.matchGlossary === undefined || signature !== this.matchSignature) {
      this.matchGlossary = withDefinedTerms(this.base, definedTerms);
      this.matchSignature = signature;
      this.glossary = this.matchGlossary;
      this.definedJson = JSON.stringify(definedTerms);
    } else {
      const json = JSON.stringify(definedTerms);
      if (json !== this.definedJson) {
        // Same terms, other lines: hovers show the new lines, matching is unchanged.
        this.glossary = withDefinedTerms(this.base, definedTerms);
        this.definedJson = json;
      }
    }
    const glossary = this.glossary as Glossary;
    const matchGlossary = this.matchGlossary;
    const figureOptions = documentFigureOptions(blocks.some((b) => b.local.taiwanese), blocks.some((b) => b.local.renminbi));
    const figureSetting = figureSettingOf(figureOptions);
    const counts: ScriptCounts = { traditional: 0, simplified: 0 };
    for (const b of blocks) {
      counts.traditional += b.local.counts.traditional;
      counts.simplified += b.local.counts.simplified;
    }
    const script = scriptOfCounts(counts);
    const main = !this.mixedScript || script === 'none' ? undefined
      : script === 'mixed' ? (counts.traditional >= counts.simplified ? 'traditional' : 'simplified')
      : script;

    // The stages that depend on those settings, for new blocks and, when a setting changed, for all.
    const fresh = new Set(added);
    for (const b of blocks) {
      const isNew = fresh.has(b);
      const stale = {
        terms: b.terms === undefined || b.terms.glossary !== matchGlossary,
        figures: b.figures === undefined || b.figures.setting !== figureSetting,
        script: b.mixed === undefined || b.mixed.main !== main,
      };
      if (!stale.terms && !stale.figures && !stale.script) continue;
      const blockText = text.slice(b.start, b.end);
      if (stale.terms) {
        if (b.terms) this.countSpellings(b, -1);
        b.terms = blockTerms(blockText, matchGlossary);
        moveTerms(b.terms.terms, b.start, b.line);
        this.countSpellings(b, 1);
      }
      if (stale.figures) {
        b.figures = blockFigures(blockText, figureOptions);
        moveFigures(b.figures, b.start, b.line);
      }
      if (stale.script) {
        b.mixed = blockMixed(blockText, main);
        moveSpans(b.mixed.problems, b.start);
      }
      if (!isNew) for (const [stage, redo] of Object.entries(stale)) if (redo && !report.redone.includes(stage)) report.redone.push(stage);
      if (due()) yield* pause();
    }

    // Whole-document stages over the blocks' results.
    const terms = ([] as TermMatch[]).concat(...blocks.map((b) => b.terms!.terms));
    const figures = ([] as Figure[]).concat(...blocks.map((b) => b.figures!.figures));
    // ⿰氵青 may reach across a line end: then the whole text is checked at once.
    const mixed = blocks.some((b) => b.local.described)
      ? main === undefined ? [] : findMixedScript(text, main, { accept: MIXED_SCRIPT_ACCEPT }).map(mixedScriptProblem)
      : ([] as Problem[]).concat(...blocks.map((b) => b.mixed!.problems));
    const brackets = ([] as Problem[]).concat(...blocks.map((b) => b.local.brackets));
    if (due()) yield* pause();
    const sourceBlocks = findSourceBlocks(text);
    for (const b of blocks) this.citeSourceLines(b.figures!, sourceBlocks);
    if (due()) yield* pause();
    const outline = this.outline(report, removed, added);
    if (due()) yield* pause();
    const unsourced: Problem[] = [];
    for (const b of blocks) {
      const own = b.figures!;
      for (let i = 0; i < own.figures.length; i++) {
        const f = own.figures[i];
        if (f.source !== null || !needsSource(f)) continue;
        let p = own.unsourced[i];
        if (!p) own.unsourced[i] = p = unsourcedFigureProblem(f);
        // The figure may have moved since.
        p.start = f.start;
        p.end = f.end;
        unsourced.push(p);
      }
    }
    const termForms = this.termFormProblems(terms, glossary);
    const problems = mergeProblems([mixed, unsourced, termForms, stableSorted(outline.problems), brackets]);
    this.last = { terms, figures, outline: outline.headings, problems, definedTerms, glossary, script, lineStarts: this.starts };
    return this.last;
  }

  /** Blocks [first, last) that the change touches, their old span [start, end) and new end. */
  private changedBlocks(text: string): { first: number; last: number; start: number; end: number; newEnd: number } {
    const old = this.text;
    if (this.last === undefined || this.blocks.length === 0) return { first: 0, last: this.blocks.length, start: 0, end: old.length, newEnd: text.length };
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    const firstLine = Math.max(0, lineOf(this.starts, prefix) - 1);
    const lastLine = Math.min(this.starts.length - 1, lineOf(this.starts, old.length - suffix) + 1);
    const first = this.blockOfLine(firstLine);
    const last = this.blockOfLine(lastLine) + 1;
    const start = this.blocks[first].start;
    const end = this.blocks[last - 1].end;
    return { first, last, start, end, newEnd: end + text.length - old.length };
  }

  private blockOfLine(line: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid].line <= line) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line starts of the new text: the old ones before and after the changed blocks, new ones between. */
  private spliceLineStarts(text: string, line0: number, removed: Block[], start: number, newEnd: number, delta: number): number[] {
    if (removed.length === 0 && this.last === undefined) return findLineStarts(text);
    const oldAfter = removed.length > 0 ? removed[removed.length - 1].line + removed[removed.length - 1].lineCount : line0;
    const out = this.starts.slice(0, line0);
    out.push(start);
    for (let i = text.indexOf('\n', start); i !== -1 && i < newEnd; i = text.indexOf('\n', i + 1)) if (i + 1 < newEnd || newEnd === text.length) out.push(i + 1);
    for (let k = oldAfter; k < this.starts.length; k++) out.push(this.starts[k] + delta);
    return out;
  }

  private countSpellings(b: Block, sign: 1 | -1): void {
    if (!b.terms) return;
    const { terms, formKeys } = b.terms;
    for (let i = 0; i < terms.length; i++) {
      const key = formKeys[i];
      let forms = this.spellings.get(key);
      if (!forms) this.spellings.set(key, (forms = new Map()));
      const n = (forms.get(terms[i].text) ?? 0) + sign;
      if (n === 0) forms.delete(terms[i].text);
      else forms.set(terms[i].text, n);
      if (forms.size === 0) this.spellings.delete(key);
      if (forms.size >= 2) this.inconsistent.add(key);
      else this.inconsistent.delete(key);
    }
  }

  /** Terms written in two spellings: only their matches go through the consistency check. */
  private termFormProblems(terms: TermMatch[], glossary: Glossary): Problem[] {
    if (this.inconsistent.size === 0) return [];
    const involved: TermMatch[] = [];
    let k = 0;
    for (const b of this.blocks) {
      const keys = b.terms!.formKeys;
      for (let i = 0; i < keys.length; i++, k++) if (this.inconsistent.has(keys[i])) involved.push(terms[k]);
    }
    return stableSorted(findTermFormProblems(involved, glossary));
  }

  private mergedDefinedTerms(): GlossaryEntry[] {
    const seen = new Set<string>();
    const out: GlossaryEntry[] = [];
    for (const b of this.blocks) {
      for (const e of b.local.defined) {
        const key = foldVariants(e.term);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(e);
      }
    }
    return out;
  }

  /** Gives each figure without a cue of its own the `資料來源` line that covers it now, if any. */
  private citeSourceLines(own: BlockFigures, sourceBlocks: readonly SourceBlock[]): void {
    const list = own.figures;
    for (let i = 0; i < list.length; i++) {
      if (own.cues[i] === 'settled') continue;
      const f = list[i];
      const covering = sourceBlockAt(sourceBlocks, f.start);
      if (covering && own.cues[i] === 'unknown') {
        const lineStart = this.text.lastIndexOf('\n', f.start - 1) + 1;
        const line = this.text.slice(lineStart, lineEndAt(this.text, lineStart));
        own.cues[i] = isPartOfCue(line, f.start - lineStart, f.end - lineStart) ? 'settled' : 'none';
        if (own.cues[i] === 'settled') continue;
      }
      const source: Citation | null = covering ? covering.citation : null;
      if (!sameCitation(f.source, source)) f.source = source;
    }
  }

  private outline(report: UpdateReport, removed: Block[], added: Block[]): { headings: Heading[]; problems: Problem[] } {
    const lines: number[] = [];
    let fenced = false;
    for (const b of this.blocks) {
      fenced ||= b.local.fenced;
      for (const l of b.local.headingLines) lines.push(b.line + l);
    }
    if (fenced) {
      this.settled = undefined;
      report.wholeOutline = true;
      return findHeadings(this.text);
    }
    const previous = this.settled;
    if (previous && previous.headings.length === lines.length && sameHeadingTexts(removed, added)) {
      // The same heading lines in the same order: the same outline, moved to where the lines are now.
      for (let k = 0; k < lines.length; k++) {
        const h = previous.headings[k];
        const d = this.starts[lines[k]] - h.start;
        h.start += d;
        h.end += d;
        h.titleStart += d;
        h.titleEnd += d;
        h.line = lines[k] + 1;
        previous.shifts[k] = d;
      }
      previous.problems.forEach((p, i) => {
        const d = previous.shifts[previous.problemHeadings[i]];
        p.start += d;
        p.end += d;
      });
      return previous;
    }
    this.settled = settleOutline(this.text, this.starts, lines);
    if (this.settled) return this.settled;
    report.wholeOutline = true;
    return findHeadings(this.text);
  }

}

/**
 * A full analysis in slices: the generator yields whenever about `sliceMs` of work has been done, and
 * returns what `analyze(text, options)` returns.
 *
 * const steps = analyzeInSlices(text); let r = steps.next(); while (!r.done) r = steps.next(); r.value
 */
export function analyzeInSlices(text: string, options: IncrementalOptions = {}, sliceMs = 10): Generator<void, Analysis, void> {
  return new IncrementalAnalyzer(options).update(text, sliceMs);
}

/** `detectScript` from counts: the majority script unless the minority passes a tenth of the telling characters. */
export function scriptOfCounts({ traditional, simplified }: ScriptCounts): DocumentScript {
  const total = traditional + simplified;
  if (total === 0) return 'none';
  if (simplified <= total * 0.1) return 'traditional';
  if (traditional <= total * 0.1) return 'simplified';
  return 'mixed';
}

/** Whether blocks that replace others hold the same heading lines, word for word, in the same order. */
function sameHeadingTexts(removed: Block[], added: Block[]): boolean {
  const before = removed.flatMap((b) => b.local.headingTexts);
  const after = added.flatMap((b) => b.local.headingTexts);
  return before.length === after.length && before.every((t, i) => t === after[i]);
}

/** Moves a block and everything it found by `d` characters and `lines` lines, in place. */
function moveBlock(b: Block, d: number, lines: number): void {
  b.start += d;
  b.end += d;
  b.line += lines;
  moveSpans(b.local.brackets, d);
  for (const e of b.local.defined) if (e.origin.line !== undefined) e.origin.line += lines;
  if (b.terms) moveTerms(b.terms.terms, d, lines);
  if (b.figures) moveFigures(b.figures, d, lines);
  if (b.mixed) moveSpans(b.mixed.problems, d);
}

/** Block-relative findings moved to the block's place in the text. */
function placeLocal(local: LocalFindings, start: number, line: number): LocalFindings {
  moveSpans(local.brackets, start);
  for (const e of local.defined) if (e.origin.line !== undefined) e.origin.line += line;
  return local;
}

function moveSpans(spans: Problem[], d: number): void {
  for (const p of spans) {
    p.start += d;
    p.end += d;
  }
}

function moveTerms(terms: TermMatch[], d: number, lines: number): void {
  for (const t of terms) {
    t.start += d;
    t.end += d;
    t.line += lines;
  }
}

/** Cues move with their figure; a `資料來源` line's citation is looked up again after every update. */
function moveFigures(own: BlockFigures, d: number, lines: number): void {
  const { figures, cues } = own;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    f.start += d;
    f.end += d;
    f.line += lines;
    if (cues[i] === 'settled' && f.source) {
      f.source.start += d;
      f.source.end += d;
    }
  }
}

/** Problems sorted as `analyze` sorts them (by start, then end; ties keep their order). */
function stableSorted(problems: Problem[]): Problem[] {
  return problems.slice().sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Merges lists each sorted by (start, end) into the order a stable sort of their concatenation gives:
 * on a tie the earlier list first.
 */
function mergeProblems(lists: Problem[][]): Problem[] {
  const out: Problem[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const p = lists[k][at[k]];
      if (p === undefined) continue;
      if (best === -1) best = k;
      else {
        const q = lists[best][at[best]];
        if (p.start < q.start || (p.start === q.start && p.end < q.end)) best = k;
      }
    }
    if (best === -1) return out;
    out.push(lists[best][at[best]++]);
  }
}

const CHUNK = 4096;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
