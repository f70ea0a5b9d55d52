import type { Figure, GlossaryEntry, Heading, Problem, Span, TermMatch } from '../types';
import type { Title } from '../text/titles';
import type { Glossary } from '../terms/glossary';
import { withDefinedTerms } from '../terms/defined';
import { termFormProblem } from '../terms/consistency';
import { foldTableSteps } from '../text/variants';
import { lineOf } from '../text/lines';
import { hasChinese } from '../text/chinese';
import { findSourceBlocks, sourceBlockAt, type SourceBlock } from '../sources/sourceLines';
import { firstNotBefore } from '../spans';
import { inSlices, runSteps } from '../steps';
import { headingSteps } from '../outline/headings';
import { characterTableSteps, mixedScriptSteps, scriptOfCounts, type ScriptCounts } from '../convert/scripts';
import {
  analyze,
  builtinGlossary,
  figureProblem,
  hasFigureProblem,
  mixedScriptChars,
  mixedScriptProblems,
  type Analysis,
  type AnalyzeOptions,
} from '../analysis';
import { lineEndAt, nextBlockStart } from './blocks';
import { documentFigureOptions } from '../figures/recognise';
import {
  blockFigureSteps,
  blockMixedSteps,
  blockTermSteps,
  countLines,
  figureSettingOf,
  isPartOfCue,
  localFindingSteps,
  type BlockFigures,
  type BlockMixed,
  type BlockTerms,
  type LocalFindings,
} from './block';
import { settleOutline, type SettledOutline } from './outline';
import { warmUpSteps } from './warmUp';

export interface IncrementalOptions extends AnalyzeOptions {
  /** Characters a block holds at least before it may end (at the next line that can start one). Default 2048. */
  blockLength?: number;
  /** Headings whose levels are worked out at a time, and resumed from after a change. Default 64. */
  outlineWindow?: number;
}

/** A run of lines analysed alone; every result it holds is at its current place in the text. */
interface Block {
  start: number;
  end: number;
  /** The text of [start, end): the blocks hold the document's text between them. */
  text: string;
  /** 0-based line of the block's first character. */
  line: number;
  lineCount: number;
  local: LocalFindings;
  terms?: BlockTerms;
  figures?: BlockFigures;
  mixed?: BlockMixed;
  /** Problems for its terms written otherwise than the document mostly writes them. */
  termForms: Problem[];
  /** Problems of its figures themselves: no source where one is needed, a date that cannot be. */
  figureProblems: Problem[];
  /** How many of the document's problems are the block's (they come one block after another). */
  problemCount: number;
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
  /** Heading lines whose levels and numbering were worked out again (0 when the outline was only moved). */
  headingsLaid: number;
}

/** How many lines above itself a `資料來源` line covers at most (BLOCK_MAX_LINES of sources/sourceLines.ts). */
export const SOURCE_LINE_REACH = 200;

/**
 * One replacement in a text: `length` characters at `offset` replaced by `text`, as VS Code reports an
 * edit (`rangeOffset`, `rangeLength`, `text`). A list of changes is applied one after another, each at
 * offsets of the text the ones before it left.
 */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/** The stretch of whole blocks an update analyses again, and what the text holds there now. */
interface Stretch {
  /** Blocks [first, last) are replaced. */
  first: number;
  last: number;
  /** Their old span [start, end), and where it ends now. */
  start: number;
  end: number;
  newEnd: number;
  /** The new text of [start, newEnd). */
  region: string;
  /** The line ending just before `start` and the one starting at `newEnd` (without LF), if any. */
  above: string | undefined;
  below: string | undefined;
  /** The new length of the whole text. */
  length: number;
}

/**
 * Characters a block holds at least. Its stages pause inside it (every 256 characters of figures read, 512 of terms,
 * a few cues or converter pieces), so its length is no longer what bounds a step: before they did, a block dense with
 * figures held the thread 13–18 ms in its figure stage while the recogniser was not yet optimised, at the start of a
 * session's first large document. Blocks of 1,024 characters halved that, but an edit of the 10 MB bench corpus then
 * moves 2,674 blocks instead of 1,514 and cost 30 % more (analysis.incremental.edit10MB 13.3–17.7 ms against
 * 10.9–11.2, at the 1 % goal).
 */
const BLOCK_LENGTH = 2048;

/**
 * A first run takes one step of its outline every this many blocks: the 10 MB bench corpus (1,514 blocks, 12,000
 * headings) gathers and lays its outline in 215 steps, done by block 856; what is left of a longer one is finished
 * after the stages.
 */
const OUTLINE_STRIDE = 4;

/** Blocks whose heading lines the outline gathers between two looks at the clock. */
const OUTLINE_CHECK_EVERY = 64;

/** A pause that always yields: steps a generator made for `inSlices` one step at a time. */
function* oneStep(): Generator<void, void, void> {
  yield;
}

/** The outline after an update, and whether it changed. */
interface OutlineResult {
  headings: Heading[];
  problems: Problem[];
  changed: boolean;
}

/**
 * Own characters of a window looking for `資料來源` lines, at least: with short lines, its text and the lines above it
 * stay under 64 K (a V8 large object costs about 1 ms to make). A window is never shorter than the lines above it, so
 * a text of long lines is read at most twice over.
 */
const SOURCE_WINDOW_CHARS = 16 * 1024;

/** Above this many blocks whose problems changed, the problem list is copied afresh instead of spliced per block. */
const SPLICES_MAX = 16;

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
 * An update costs what the changed blocks cost plus moving what lies after them: the lists of terms,
 * figures, problems and line starts are kept from one update to the next and only the changed blocks'
 * part of them is replaced; `資料來源` lines are looked for again only where the change can reach them.
 *
 * The analyzer owns the objects it returns: an update moves the terms, figures and problems of the
 * blocks after the change to their new offsets in place and splices the lists it returned (copying
 * them would cost more than the rest of the update), so keep only the latest analysis of a text.
 *
 * const a = new IncrementalAnalyzer(); a.analyze(text); a.analyze(text.replace('70%', '71%')).figures
 */
export class IncrementalAnalyzer {
  /** The whole text last passed to `update`, while no change since has come through `updateWith`. */
  private flat: string | undefined;
  private length = 0;
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
  private definedTerms: GlossaryEntry[] = [];
  /** Per term and folded form: how often each spelling occurs. */
  private readonly spellings = new Map<string, Map<string, number>>();
  /** Per term and folded form written in two spellings or more: the spelling written most (first on a tie). */
  private readonly mains = new Map<string, string>();
  private terms: TermMatch[] = [];
  private titles: Title[] = [];
  private figures: Figure[] = [];
  private problems: Problem[] = [];
  /** `problems` is each block's problems, one block after another (not the script checked on the whole text). */
  private segmented = false;
  /** The outline's problems, sorted as `problems` is. */
  private outlineProblems: Problem[] = [];
  private sourceBlocks: SourceBlock[] = [];
  private last: Analysis | undefined;
  private settled: SettledOutline | undefined;
  /** What the last update did. */
  report: UpdateReport = { blocksAnalysed: 0, blocks: 0, redone: [], wholeOutline: false, headingsLaid: 0 };

  constructor(private readonly options: IncrementalOptions = {}) {
    this.blockLength = Math.max(1, options.blockLength ?? BLOCK_LENGTH);
    this.base = options.glossary ?? builtinGlossary();
    this.mixedScript = options.mixedScript !== false;
    this.whole = [...this.base.forms().keys()].some((form) => form.includes('\n'));
  }

  /** The analysis of `text`, reusing what the previous call found. Equal to `analyze(text, options)`. */
  analyze(text: string): Analysis {
    return runSteps(this.update(text, Infinity));
  }

  /**
   * The same as `analyze`, as a generator that pauses (yields) whenever about `sliceMs` of work has
   * been done since the last pause, so an editor can spread a first analysis over several turns.
   *
   * const steps = analyzer.update(text, 10); let r; while (!(r = steps.next()).done) await tick(); r.value
   */
  *update(text: string, sliceMs = 10): Generator<void, Analysis, void> {
    if (this.last && text === this.flat) return this.last;
    if (this.whole) return this.analyzeWhole(text);
    const stretch = this.changedStretch(text);
    const result = yield* this.reanalyse(stretch, sliceMs);
    this.flat = text;
    return result;
  }

  /**
   * The analysis after `changes` to the text of the last analysis, reading only the text around them
   * (an editor need not hand over the whole document, whose copy alone may cost more than the update).
   * Pauses as `update` does. Throws a RangeError, and changes nothing, when a change does not fit the
   * text (it was made to another version): then analyse the whole text with `update`.
   *
   * analyzer.analyze('甲。\n乙'); analyzer.analyzeChanges([{ offset: 0, length: 1, text: '丙' }]) // = analyze('丙。\n乙')
   */
  *updateWith(changes: readonly TextChange[], sliceMs = 10): Generator<void, Analysis, void> {
    if (this.last === undefined) throw new RangeError('updateWith: there is no earlier analysis to change');
    if (changes.length === 0) return this.last;
    const span = changedSpan(changes, this.length);
    if (this.whole) return this.analyzeWhole(applyChanges(this.flat as string, changes, 0));
    const firstLine = Math.max(0, lineOf(this.starts, span.start) - 1);
    const lastLine = Math.min(this.starts.length - 1, lineOf(this.starts, span.end) + 1);
    const first = this.blockOfLine(firstLine);
    const last = this.blockOfLine(lastLine) + 1;
    const start = this.blocks[first].start;
    const end = this.blocks[last - 1].end;
    const region = applyChanges(this.sliceText(start, end), changes, start);
    const length = this.length + region.length - (end - start);
    const stretch: Stretch = { first, last, start, end, newEnd: start + region.length, region, ...this.neighbours(first, last), length };
    this.flat = undefined;
    return yield* this.reanalyse(stretch, sliceMs);
  }

  /**
   * A first analysis of a text handed over piece by piece: `read` gives the next piece (whole lines,
   * each but the last ending with its LF) or undefined at the end. The same as `update` of the pieces
   * joined, without ever holding them joined (an editor can read a large document a range of lines
   * at a time). Only for an analyzer that has analysed nothing yet.
   */
  *updateFromPieces(read: () => string | undefined, sliceMs = 10): Generator<void, Analysis, void> {
    if (this.last !== undefined) throw new Error('updateFromPieces: only for a first analysis');
    if (this.whole) {
      const parts: string[] = [];
      for (let piece = read(); piece !== undefined; piece = read()) parts.push(piece);
      return this.analyzeWhole(parts.join(''));
    }
    const empty: Stretch = { first: 0, last: 0, start: 0, end: 0, newEnd: 0, region: '', above: undefined, below: undefined, length: 0 };
    this.flat = undefined;
    return yield* this.reanalyse(empty, sliceMs, read);
  }

  /** `updateWith` run to the end, without pauses. */
  analyzeChanges(changes: readonly TextChange[]): Analysis {
    return runSteps(this.updateWith(changes, Infinity));
  }

  /** The length of the text last analysed. */
  get textLength(): number {
    return this.length;
  }

  /** Whether the text last analysed has a Chinese character. */
  get hasChinese(): boolean {
    return this.flat !== undefined && this.blocks.length === 0 ? hasChinese(this.flat) : this.blocks.some((b) => b.local.chinese);
  }

  /** How many lines the text last analysed has (LF-separated, as `lineStarts` counts them). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The glossary has a term spelled across a line break: the whole text is analysed each time. */
  private analyzeWhole(text: string): Analysis {
    this.report = { blocksAnalysed: 0, blocks: 0, redone: [], wholeOutline: false, headingsLaid: 0 };
    this.last = analyze(text, this.options);
    this.flat = text;
    this.length = text.length;
    this.starts = this.last.lineStarts;
    return this.last;
  }

  /** The line just above block `first` and the one starting block `last`, from the blocks' texts. */
  private neighbours(first: number, last: number): { above: string | undefined; below: string | undefined } {
    let above: string | undefined;
    if (first > 0) {
      above = lastLine(this.blocks[first - 1].text);
    }
    let below: string | undefined;
    if (last < this.blocks.length) {
      const t = this.blocks[last].text;
      below = t.slice(0, lineEndAt(t, 0));
    }
    return { above, below };
  }

  /** Analyses the blocks of `stretch` again and settles the document-wide stages (the body of an update). */
  private *reanalyse(stretch: Stretch, sliceMs: number, pieces?: () => string | undefined): Generator<void, Analysis, void> {
    const report: UpdateReport = { blocksAnalysed: 0, blocks: 0, redone: [], wholeOutline: false, headingsLaid: 0 };
    this.report = report;
    let sliceStart = performance.now();
    const due = (): boolean => performance.now() - sliceStart >= sliceMs;
    const pause = function* (): Generator<void, void, void> {
      yield;
      sliceStart = performance.now();
    };

    // Tables built on first use, a little at a time (the mixed-script check's are built below, once the
    // document's script is known).
    yield* inSlices(firstUseSteps(), due, pause);
    const { first, last, start, end, region } = stretch;
    const firstRun = this.last === undefined;
    const removed = this.blocks.slice(first, last);
    const line0 = first < this.blocks.length ? this.blocks[first].line : 0;
    // A first analysis finds the line starts block by block, in slices (the whole text at once takes a while).
    const firstStarts = firstRun ? [0] : undefined;
    const cut = new BlockCutter(this.blockLength, start, line0, firstStarts);
    if (pieces) {
      // Whole lines at a time: a block is cut only once the line after it has come.
      let work = '';
      let above: string | undefined;
      for (let more = true; more; ) {
        const piece = pieces();
        if (piece === undefined) more = false;
        else work += piece;
        const used = yield* inSlices(cut.blocks(work, above, more), due, pause);
        if (used > 0) {
          above = lastLine(work.slice(0, used));
          work = work.slice(used);
        }
        if (due()) yield* pause();
      }
    } else {
      yield* inSlices(cut.steps(region, stretch.above, stretch.below, stretch.length), due, pause);
    }
    const added = cut.added;
    report.blocksAnalysed = added.length;
    const line = cut.line;
    const newEnd = pieces ? cut.end : stretch.newEnd;
    const length = pieces ? cut.end : stretch.length;
    const lineDelta = line - (removed.length > 0 ? removed[removed.length - 1].line + removed[removed.length - 1].lineCount : line0);
    const delta = newEnd - end;
    // Where the replaced blocks' results sit in the document-wide lists.
    const at = totals(this.blocks, 0, first);
    const gone = totals(this.blocks, first, last);
    const touchedForms = new Set<string>();
    for (const b of removed) this.countSpellings(b, -1, touchedForms);
    if (delta !== 0 || lineDelta !== 0) {
      for (let k = last; k < this.blocks.length; k++) {
        moveBlock(this.blocks[k], delta, lineDelta);
        if (due()) yield* pause();
      }
    }
    replaceRange(this.blocks, first, last - first, added);
    this.starts = firstStarts ?? this.spliceLineStarts(region, line0, removed, start, length, delta);
    this.length = length;
    const blocks = this.blocks;
    report.blocks = blocks.length;
    const addedEnd = first + added.length;

    // Document-wide settings, from the blocks' own findings.
    const definedTerms = yield* this.definitions(removed, added, firstRun, due, pause);
    const glossary = this.glossary as Glossary;
    const matchGlossary = this.matchGlossary as Glossary;
    const counts: ScriptCounts = { traditional: 0, simplified: 0 };
    let taiwanese = false;
    let renminbi = false;
    let hongKong = false;
    for (const b of blocks) {
      counts.traditional += b.local.counts.traditional;
      counts.simplified += b.local.counts.simplified;
      taiwanese ||= b.local.taiwanese;
      renminbi ||= b.local.renminbi;
      hongKong ||= b.local.hongKong;
    }
    const figureOptions = documentFigureOptions(taiwanese, renminbi, hongKong);
    const figureSetting = figureSettingOf(figureOptions);
    const script = scriptOfCounts(counts);
    const main = !this.mixedScript || script === 'none' ? undefined
      : script === 'mixed' ? (counts.traditional >= counts.simplified ? 'traditional' : 'simplified')
      : script;
    // The converter and tables the check reads for this script, on first use (a quarter of a second), a little at a time.
    if (main !== undefined) yield* inSlices(mixedScriptSteps(main), due, pause);

    // A first run makes what lasts as long as the analysis (figure problems, the outline) in among the blocks'
    // stages, whose allocations mostly die young: made in a stretch of their own, they filled the young generation
    // with survivors, and each collection that copied them held the host for 10–25 ms.
    if (firstRun) this.sourceBlocks = yield* this.allSourceBlocks(due, pause);
    const previousOutlineProblems = this.outlineProblems;
    const outlineSteps = firstRun ? this.outline(report, removed, added, () => true, oneStep) : undefined;
    let outline: OutlineResult | undefined;

    // The stages that depend on those settings, for new blocks and, when a setting changed, for all.
    for (let k = 0; k < blocks.length; k++) {
      if (outlineSteps && outline === undefined && k % OUTLINE_STRIDE === 0) {
        const step = outlineSteps.next();
        if (step.done) outline = step.value;
      }
      const b = blocks[k];
      const isNew = k >= first && k < addedEnd;
      const stale = {
        terms: b.terms === undefined || b.terms.glossary !== matchGlossary,
        figures: b.figures === undefined || b.figures.setting !== figureSetting,
        script: b.mixed === undefined || b.mixed.main !== main,
      };
      if (!stale.terms && !stale.figures && !stale.script) continue;
      const blockText = b.text;
      // Each stage of a block pauses inside it too (every few hundred characters), and a pause may come between them.
      if (stale.terms) {
        if (b.terms) this.countSpellings(b, -1, touchedForms);
        b.terms = yield* inSlices(blockTermSteps(blockText, matchGlossary), due, pause);
        moveTerms(b.terms.terms, b.start, b.line);
        this.countSpellings(b, 1, touchedForms);
        if (due()) yield* pause();
      }
      if (stale.figures) {
        b.figures = yield* inSlices(blockFigureSteps(blockText, figureOptions), due, pause);
        moveFigures(b.figures, b.start, b.line);
        if (firstRun) {
          this.citeSourceLines(b.figures, 0, length);
          b.figureProblems = figureProblemsOf(b.figures);
        }
        if (due()) yield* pause();
      }
      if (stale.script) {
        b.mixed = yield* inSlices(blockMixedSteps(blockText, main), due, pause);
        moveSpans(b.mixed.problems, b.start);
      }
      if (!isNew) for (const [stage, redo] of Object.entries(stale)) if (redo && !report.redone.includes(stage)) report.redone.push(stage);
      if (due()) yield* pause();
    }
    // A setting changed: every block's results are new, and so are the lists made of them.
    const whole = firstRun || report.redone.length > 0;

    // The lists of terms, figures and titles: the changed blocks' part replaced.
    if (whole) {
      this.terms = [];
      this.figures = [];
      this.titles = [];
      for (const b of blocks) {
        for (const t of b.terms!.terms) this.terms.push(t);
        for (const f of b.figures!.figures) this.figures.push(f);
        for (const t of b.local.titles) this.titles.push(t);
        if (due()) yield* pause();
      }
    } else {
      replaceRange(this.terms, at.terms, gone.terms, flat(added, (b) => b.terms!.terms));
      replaceRange(this.figures, at.figures, gone.figures, flat(added, (b) => b.figures!.figures));
      replaceRange(this.titles, at.titles, gone.titles, flat(added, (b) => b.local.titles));
    }
    if (due()) yield* pause();

    // Blocks outside the changed ones whose problems change too.
    const dirty = new Set<number>();
    // `資料來源` lines and the figures they cover.
    const covered = firstRun ? undefined : this.spliceSourceBlocks(start, newEnd, delta);
    if (whole && !firstRun) {
      // (A first run cited them block by block, with the stages.)
      for (const b of blocks) {
        this.citeSourceLines(b.figures!, 0, length);
        b.figureProblems = figureProblemsOf(b.figures!);
        if (due()) yield* pause();
      }
    } else if (!whole) {
      for (const b of added) {
        this.citeSourceLines(b.figures!, b.start, b.end);
        b.figureProblems = figureProblemsOf(b.figures!);
      }
      if (covered) {
        for (let k = this.blockAt(covered.start); k < blocks.length && blocks[k].start < covered.end; k++) {
          if (k >= first && k < addedEnd) continue;
          const b = blocks[k];
          this.citeSourceLines(b.figures!, covered.start, covered.end);
          const figureProblems = figureProblemsOf(b.figures!);
          if (!sameItems(figureProblems, b.figureProblems)) {
            b.figureProblems = figureProblems;
            dirty.add(k);
          }
        }
      }
    }
    if (due()) yield* pause();

    if (outline === undefined) outline = outlineSteps ? yield* inSlices(outlineSteps, due, pause) : yield* this.outline(report, removed, added, due, pause);
    if (outline.changed && !whole) {
      const moved = (offset: number): number => (offset < start ? offset : offset >= end ? offset + delta : -1);
      for (const offset of takeOverProblems(previousOutlineProblems, outline.problems, moved)) dirty.add(this.blockAt(offset));
    }
    this.outlineProblems = stableSorted(outline.problems);
    if (due()) yield* pause();

    // Term spellings: a change of the main spelling of a term reaches every block that writes it.
    const changedForms = this.settleMains(whole ? new Set([...touchedForms, ...this.mains.keys()]) : touchedForms, glossary);
    if (!whole && changedForms.size > 0) {
      for (let k = 0; k < blocks.length; k++) {
        if (k >= first && k < addedEnd) continue;
        const b = blocks[k];
        if (b.terms!.formKeys.some((key) => changedForms.has(key))) {
          b.termForms = this.termForms(b, glossary);
          dirty.add(k);
        }
      }
    }
    for (const b of whole ? blocks : added) {
      b.termForms = this.termForms(b, glossary);
      if (due()) yield* pause();
    }

    // ⿰氵青 may reach across a line end: then the whole text is checked at once.
    if (blocks.some((b) => b.local.described)) {
      const text = this.joined();
      const mixed = main === undefined ? [] : mixedScriptProblems(text, mixedScriptChars(text, main));
      const lists = [mixed, flat(blocks, (b) => b.figureProblems), flat(blocks, (b) => b.termForms), this.outlineProblems, flat(blocks, (b) => b.local.brackets)];
      this.problems = [];
      mergeProblems(lists, this.problems);
      this.segmented = false;
    } else if (whole || !this.segmented) {
      // Each block's list apart, joined at the end: pushing half a million problems into one array copies it
      // whole each time it grows, a long pause late in the run.
      const parts: Problem[][] = [];
      for (const b of blocks) {
        const own: Problem[] = [];
        b.problemCount = this.mergeBlockProblems(b, own);
        parts.push(own);
        if (due()) yield* pause();
      }
      yield* pause();
      // concat takes a few thousand arrays at a time (each one an argument); flat() is five times slower.
      // It leaves no room to grow, and the first edit that adds a problem would copy the whole list (25 ms for
      // half a million): a spare eighth joins the last concat, and setting the length back keeps the room (V8 trims
      // an array's store only when more than half of it goes). The spare holds undefined, not holes (`new
      // Array(n)`): holes would make the list a holey array for good, and each read of it check for them. Making
      // it takes a few milliseconds of its own: a step apart from the concat.
      let total = 0;
      for (const part of parts) total += part.length;
      const spare: Problem[] = [...new Array<Problem>(Math.max(16, total >> 3))];
      yield* pause();
      let all: Problem[] = [];
      for (let k = 0; k < parts.length; k += CONCAT_ARGUMENTS) {
        const batch = parts.slice(k, k + CONCAT_ARGUMENTS);
        if (k + CONCAT_ARGUMENTS >= parts.length) batch.push(spare);
        all = all.concat(...batch);
      }
      all.length = total;
      this.problems = all;
      this.segmented = true;
    } else {
      const fresh: Problem[] = [];
      for (const b of added) b.problemCount = this.mergeBlockProblems(b, fresh);
      replaceRange(this.problems, at.problems, gone.problems, fresh);
      this.spliceBlockProblems(dirty);
    }
    this.last = { terms: this.terms, figures: this.figures, outline: outline.headings, problems: this.problems, definedTerms, glossary, script, lineStarts: this.starts, titles: this.titles };
    return this.last;
  }

  /** The blocks that differ from `text`, widened by a line each side (neighbours read each other), and their new text. */
  private changedStretch(text: string): Stretch {
    if (this.last === undefined || this.blocks.length === 0) {
      return { first: 0, last: this.blocks.length, start: 0, end: this.length, newEnd: text.length, region: text, above: undefined, below: undefined, length: text.length };
    }
    const old = this.flat ?? this.joined();
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    const firstLine = Math.max(0, lineOf(this.starts, prefix) - 1);
    const lastLine = Math.min(this.starts.length - 1, lineOf(this.starts, old.length - suffix) + 1);
    const first = this.blockOfLine(firstLine);
    const last = this.blockOfLine(lastLine) + 1;
    const start = this.blocks[first].start;
    const end = this.blocks[last - 1].end;
    const newEnd = end + text.length - old.length;
    return { first, last, start, end, newEnd, region: text.slice(start, newEnd), ...this.neighbours(first, last), length: text.length };
  }

  /** The text [from, to), from the blocks that hold it. */
  private sliceText(from: number, to: number): string {
    if (from >= to) return '';
    const parts: string[] = [];
    for (let k = this.blockAt(from); k < this.blocks.length && this.blocks[k].start < to; k++) {
      const b = this.blocks[k];
      parts.push(b.text.slice(Math.max(0, from - b.start), Math.min(b.text.length, to - b.start)));
    }
    return parts.join('');
  }

  /** Line `line` (0-based) without its LF. */
  private lineText(line: number): string {
    const start = this.starts[line];
    return this.sliceText(start, line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.length);
  }

  /** The whole text, joined from the blocks (for the rare stages that need it all at once). */
  private joined(): string {
    return this.blocks.map((b) => b.text).join('');
  }

  private blockOfLine(line: number): number {
    return this.lastBlockFrom(line, (b) => b.line);
  }

  /** The block that holds `offset` (the last one for the text's end). */
  private blockAt(offset: number): number {
    return this.lastBlockFrom(offset, (b) => b.start);
  }

  /** The last block whose `key` is at most `value` (blocks are in order of both keys), or the first. */
  private lastBlockFrom(value: number, key: (b: Block) => number): number {
    return Math.max(0, firstNotBefore(this.blocks, (b) => key(b) <= value) - 1);
  }

  /**
   * Line starts of the new text: the old ones before and after the changed blocks (moved in place), new
   * ones between. `region` is the new text of the changed blocks, from `start`; `length` the new text's.
   */
  private spliceLineStarts(region: string, line0: number, removed: Block[], start: number, length: number, delta: number): number[] {
    const oldAfter = removed.length > 0 ? removed[removed.length - 1].line + removed[removed.length - 1].lineCount : line0;
    const between = [start];
    const atEnd = start + region.length === length;
    for (let i = region.indexOf('\n'); i !== -1; i = region.indexOf('\n', i + 1)) if (i + 1 < region.length || atEnd) between.push(start + i + 1);
    const starts = this.starts;
    if (delta !== 0) for (let k = oldAfter; k < starts.length; k++) starts[k] += delta;
    replaceRange(starts, line0, oldAfter - line0, between);
    return starts;
  }

  /**
   * The `資料來源` lines again where a change in [start, newEnd) can have changed them: from its first line
   * to SOURCE_LINE_REACH lines below it, each read with the SOURCE_LINE_REACH lines above it; the others
   * are moved. Returns the stretch whose figures a source line may cover otherwise now, if any.
   */
  private spliceSourceBlocks(start: number, newEnd: number, delta: number): { start: number; end: number } | undefined {
    const { starts } = this;
    const firstLine = lineOf(starts, start);
    const lastLine = lineOf(starts, newEnd) + SOURCE_LINE_REACH + 1;
    const from = starts[Math.max(0, firstLine - SOURCE_LINE_REACH)];
    const to = lastLine < starts.length ? starts[lastLine] : this.length;
    // Old blocks whose source line lay in [start, to) before the change (a block ends where its source line starts).
    const list = this.sourceBlocks;
    const i = firstNotBefore(list, (b) => b.end < start);
    const j = firstNotBefore(list, (b) => b.end < to - delta);
    for (let k = j; k < list.length; k++) {
      const b = list[k];
      b.start += delta;
      b.end += delta;
      b.citation.start += delta;
      b.citation.end += delta;
    }
    const found = findSourceBlocks(this.sliceText(from, to)).filter((b) => b.end + from >= start);
    for (const b of found) {
      b.start += from;
      b.end += from;
      b.citation.start += from;
      b.citation.end += from;
    }
    if (i === j && found.length === 0) return undefined;
    replaceRange(list, i, j - i, found);
    return { start: from, end: to };
  }

  /**
   * Every `資料來源` line's block, window by window of lines, each window read with the SOURCE_LINE_REACH
   * lines above it (all a source line looks at): the same as `findSourceBlocks` of the whole text.
   */
  private *allSourceBlocks(due: () => boolean, pause: () => Generator<void, void, void>): Generator<void, SourceBlock[], void> {
    const { starts } = this;
    const out: SourceBlock[] = [];
    for (let l0 = 0, l1 = 0; l0 < starts.length; l0 = l1) {
      const from = starts[Math.max(0, l0 - SOURCE_LINE_REACH)];
      const end = starts[l0] + Math.max(SOURCE_WINDOW_CHARS, starts[l0] - from);
      l1 = end >= this.length ? starts.length : Math.max(l0 + 1, lineOf(starts, end));
      const lo = starts[l0];
      const to = l1 < starts.length ? starts[l1] : this.length;
      for (const b of findSourceBlocks(this.sliceText(from, to))) {
        // Each source line is taken in the window it is in (a block ends where its source line starts).
        if (b.end + from < lo || (l1 < starts.length && b.end + from >= to)) continue;
        b.start += from;
        b.end += from;
        b.citation.start += from;
        b.citation.end += from;
        out.push(b);
      }
      if (due()) yield* pause();
    }
    return out;
  }

  private countSpellings(b: Block, sign: 1 | -1, touched: Set<string>): void {
    if (!b.terms) return;
    const { terms, formKeys } = b.terms;
    for (let i = 0; i < terms.length; i++) {
      const key = formKeys[i];
      touched.add(key);
      let forms = this.spellings.get(key);
      if (!forms) this.spellings.set(key, (forms = new Map()));
      const n = (forms.get(terms[i].text) ?? 0) + sign;
      if (n === 0) forms.delete(terms[i].text);
      else forms.set(terms[i].text, n);
      if (forms.size === 0) this.spellings.delete(key);
    }
  }

  /**
   * The main spelling of each of `keys` again (as `findTermFormProblems` ranks them: most matches, then
   * first in the text); returns the keys whose main spelling changed, appeared or went.
   */
  private settleMains(keys: Set<string>, glossary: Glossary): Set<string> {
    const changed = new Set<string>();
    const settle = (key: string, main: string | undefined): void => {
      if (main === this.mains.get(key)) return;
      if (main === undefined) this.mains.delete(key);
      else this.mains.set(key, main);
      changed.add(key);
    };
    const tied = new Map<string, Set<string>>();
    for (const key of keys) {
      const forms = this.spellings.get(key);
      if (!forms || forms.size < 2 || !glossary.get(key.slice(0, key.indexOf('\u0000')))) {
        settle(key, undefined);
        continue;
      }
      let most = 0;
      let top: string[] = [];
      for (const [spelling, n] of forms) {
        if (n > most) [most, top] = [n, [spelling]];
        else if (n === most) top.push(spelling);
      }
      if (top.length === 1) settle(key, top[0]);
      else tied.set(key, new Set(top));
    }
    // A tie goes to the spelling met first.
    for (const b of tied.size > 0 ? this.blocks : []) {
      const { terms, formKeys } = b.terms!;
      for (let i = 0; i < terms.length && tied.size > 0; i++) {
        const spellings = tied.get(formKeys[i]);
        if (!spellings || !spellings.has(terms[i].text)) continue;
        settle(formKeys[i], terms[i].text);
        tied.delete(formKeys[i]);
      }
      if (tied.size === 0) break;
    }
    return changed;
  }

  /** Problems for the block's terms that use a spelling other than their main one. */
  private termForms(b: Block, glossary: Glossary): Problem[] {
    const out: Problem[] = [];
    if (this.mains.size === 0) return out;
    const { terms, formKeys } = b.terms!;
    const canonicals = new Map<string, string>();
    for (let i = 0; i < terms.length; i++) {
      const main = this.mains.get(formKeys[i]);
      const m = terms[i];
      if (main === undefined || m.text === main) continue;
      let canonical = canonicals.get(m.id);
      if (canonical === undefined) canonicals.set(m.id, (canonical = glossary.get(m.id)?.term ?? m.id));
      out.push(termFormProblem(m, main, canonical));
    }
    return out;
  }

  /**
   * The terms the text defines, and the glossaries for them. When the changed blocks define the same
   * terms on the same lines as the blocks they replace, their entries are taken over and nothing changes.
   */
  private *definitions(
    removed: Block[],
    added: Block[],
    firstRun: boolean,
    due: () => boolean,
    pause: () => Generator<void, void, void>,
  ): Generator<void, GlossaryEntry[], void> {
    if (!firstRun) {
      const before = removed.flatMap((b) => b.local.defined);
      const after = added.flatMap((b) => b.local.defined);
      if (before.length === after.length && before.every((e, i) => JSON.stringify(e) === JSON.stringify(after[i]))) {
        let k = 0;
        for (const b of added) for (let i = 0; i < b.local.defined.length; i++) b.local.defined[i] = before[k++];
        return this.definedTerms;
      }
    }
    const definedTerms = yield* this.mergedDefinedTerms(due, pause);
    const signature = JSON.stringify(definedTerms.map((e) => [e.term, e.aliases, e.category]));
    if (this.matchGlossary === undefined || signature !== this.matchSignature) {
      this.matchGlossary = withDefinedTerms(this.base, definedTerms);
      this.matchSignature = signature;
      this.glossary = this.matchGlossary;
    } else if (!sameItems(definedTerms, this.definedTerms)) {
      // Same terms, other entries (lines, sentences): hovers show the new ones, matching is unchanged.
      this.glossary = withDefinedTerms(this.base, definedTerms);
    }
    this.definedTerms = definedTerms;
    return definedTerms;
  }

  /** Every block's defined terms, the first definition of each term only, pausing between blocks. */
  private *mergedDefinedTerms(due: () => boolean, pause: () => Generator<void, void, void>): Generator<void, GlossaryEntry[], void> {
    const seen = new Set<string>();
    const out: GlossaryEntry[] = [];
    for (const b of this.blocks) {
      const { defined, definedKeys } = b.local;
      for (let i = 0; i < defined.length; i++) {
        if (seen.has(definedKeys[i])) continue;
        seen.add(definedKeys[i]);
        out.push(defined[i]);
      }
      if (due()) yield* pause();
    }
    return out;
  }

  /** Gives each figure in [from, to) without a cue of its own the `資料來源` line that covers it now, if any. */
  private citeSourceLines(own: BlockFigures, from: number, to: number): void {
    const list = own.figures;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (own.cues[i] === 'settled' || f.start < from || f.start >= to) continue;
      const covering = sourceBlockAt(this.sourceBlocks, f.start);
      if (covering && own.cues[i] === 'unknown') {
        const n = lineOf(this.starts, f.start);
        const lineStart = this.starts[n];
        const line = this.lineText(n);
        own.cues[i] = isPartOfCue(line, f.start - lineStart, f.end - lineStart) ? 'settled' : 'none';
        if (own.cues[i] === 'settled') continue;
      }
      // The source block's own citation: it is moved with the block.
      f.source = covering ? covering.citation : null;
    }
  }

  /** Merges a block's problems into `out` in the order `analyze` sorts them; returns how many. */
  private mergeBlockProblems(b: Block, out: Problem[]): number {
    const outline = this.outlineProblems;
    let i = firstNotBefore(outline, (p) => p.start < b.start);
    const own: Problem[] = [];
    const last = b === this.blocks[this.blocks.length - 1];
    for (; i < outline.length && (outline[i].start < b.end || last); i++) own.push(outline[i]);
    return mergeProblems([b.mixed!.problems, b.figureProblems, b.termForms, own, b.local.brackets], out);
  }

  /** Puts the new problems of the `dirty` blocks in place of their old ones in `problems`. */
  private spliceBlockProblems(dirty: Set<number>): void {
    if (dirty.size === 0) return;
    const { blocks, problems } = this;
    if (dirty.size <= SPLICES_MAX) {
      let at = 0;
      for (let k = 0; k < blocks.length; k++) {
        const b = blocks[k];
        if (dirty.has(k)) {
          const fresh: Problem[] = [];
          const count = this.mergeBlockProblems(b, fresh);
          replaceRange(problems, at, b.problemCount, fresh);
          b.problemCount = count;
        }
        at += b.problemCount;
      }
      return;
    }
    // Runs of unchanged blocks are copied whole.
    const parts: Problem[][] = [];
    let at = 0;
    let run = 0;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      const count = b.problemCount;
      if (dirty.has(k)) {
        if (at > run) parts.push(problems.slice(run, at));
        const fresh: Problem[] = [];
        b.problemCount = this.mergeBlockProblems(b, fresh);
        parts.push(fresh);
        run = at + count;
      }
      at += count;
    }
    if (at > run) parts.push(problems.slice(run, at));
    this.problems = ([] as Problem[]).concat(...parts);
  }

  /** The outline after an update: moved when the heading lines are the same, else found again (in steps). */
  private *outline(
    report: UpdateReport,
    removed: Block[],
    added: Block[],
    due: () => boolean,
    pause: () => Generator<void, void, void>,
  ): Generator<void, OutlineResult, void> {
    const run = <T>(steps: Generator<void, T, void>): Generator<void, T, void> => inSlices(steps, due, pause);
    const dueAt = (k: number): boolean => k % OUTLINE_CHECK_EVERY === OUTLINE_CHECK_EVERY - 1 && due();
    const lines: number[] = [];
    const texts: string[] = [];
    let fenced = false;
    for (let k = 0; k < this.blocks.length; k++) {
      const b = this.blocks[k];
      fenced ||= b.local.fenced;
      for (const l of b.local.headingLines) lines.push(b.line + l);
      for (const t of b.local.headingTexts) texts.push(t);
      if (dueAt(k)) yield* pause();
    }
    if (fenced) {
      this.settled = undefined;
      report.wholeOutline = true;
      return { ...(yield* run(headingSteps(this.joined()))), changed: true };
    }
    const previous = this.settled;
    if (previous && previous.headings.length === lines.length && sameHeadingTexts(removed, added)) {
      // The same heading lines in the same order: the same outline, moved to where the lines are now. In one step:
      // the headings are moved in place, and a feature still reading the last analysis must not see half of them moved.
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
      return { headings: previous.headings, problems: previous.problems, changed: false };
    }
    this.settled = yield* run(settleOutline(texts, this.starts, lines, previous, this.options.outlineWindow));
    report.headingsLaid = this.settled?.laid ?? lines.length;
    if (this.settled) return { headings: this.settled.headings, problems: this.settled.problems, changed: true };
    report.wholeOutline = true;
    return { ...(yield* run(headingSteps(this.joined()))), changed: true };
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
  moveSpans(b.local.titles, d);
  for (const e of b.local.defined) if (e.origin.line !== undefined) e.origin.line += lines;
  if (b.terms) moveTerms(b.terms.terms, d, lines);
  if (b.figures) moveFigures(b.figures, d, lines);
  if (b.mixed) moveSpans(b.mixed.problems, d);
  moveSpans(b.termForms, d);
  moveSpans(b.figureProblems, d);
}

/** Block-relative findings moved to the block's place in the text. */
function placeLocal(local: LocalFindings, start: number, line: number): LocalFindings {
  moveSpans(local.brackets, start);
  moveSpans(local.titles, start);
  for (const e of local.defined) if (e.origin.line !== undefined) e.origin.line += line;
  return local;
}

function moveSpans(spans: Span[], d: number): void {
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
 * Merges lists each sorted by (start, end) into `out` in the order a stable sort of their concatenation
 * gives (on a tie the earlier list first); returns how many it added.
 */
function mergeProblems(lists: Problem[][], out: Problem[]): number {
  const at = lists.map(() => 0);
  let count = 0;
  for (;; count++) {
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
    if (best === -1) return count;
    out.push(lists[best][at[best]++]);
  }
}

/**
 * The problems of a block's figures themselves (no source cited, a date that cannot be), each made once and
 * kept with its figure.
 */
function figureProblemsOf(own: BlockFigures): Problem[] {
  const out: Problem[] = [];
  for (let i = 0; i < own.figures.length; i++) {
    const f = own.figures[i];
    if (!hasFigureProblem(f)) continue;
    let p = own.problems[i];
    if (!p) own.problems[i] = p = figureProblem(f);
    // The figure may have moved since the problem was made.
    p.start = f.start;
    p.end = f.end;
    out.push(p);
  }
  return out;
}

/**
 * Puts the old problem objects in place of the new outline problems that say the same at the same place
 * (`moved` gives an old offset's new place, or -1 inside the changed blocks), so that they stay where the
 * document's problem list holds them. Returns where the problems that are new or gone are (new offsets).
 */
function takeOverProblems(previous: readonly Problem[], next: Problem[], moved: (offset: number) => number): number[] {
  const old = new Map<string, Problem[]>();
  for (const p of previous) {
    const start = moved(p.start);
    if (start === -1) continue;
    const key = JSON.stringify({ ...p, start, end: start + p.end - p.start });
    const same = old.get(key);
    if (same) same.push(p);
    else old.set(key, [p]);
  }
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++) {
    const p = next[i];
    const q = old.get(JSON.stringify(p))?.shift();
    if (!q) {
      changed.push(p.start);
      continue;
    }
    q.start = p.start;
    q.end = p.end;
    next[i] = q;
  }
  for (const left of old.values()) for (const p of left) changed.push(moved(p.start));
  return changed;
}

/** How many terms, figures, titles and problems blocks [from, to) hold. */
function totals(blocks: readonly Block[], from: number, to: number): { terms: number; figures: number; titles: number; problems: number } {
  const sum = { terms: 0, figures: 0, titles: 0, problems: 0 };
  for (let k = from; k < to; k++) {
    const b = blocks[k];
    sum.terms += b.terms?.terms.length ?? 0;
    sum.figures += b.figures?.figures.length ?? 0;
    sum.titles += b.local.titles.length;
    sum.problems += b.problemCount;
  }
  return sum;
}

/** One list of every block's `part`, in block order. */
function flat<T>(blocks: readonly Block[], part: (b: Block) => T[]): T[] {
  return ([] as T[]).concat(...blocks.map(part));
}

/** Replaces `count` items of `list` at `at` with `items`, in place. */
function replaceRange<T>(list: T[], at: number, count: number, items: readonly T[]): void {
  // Spreading a long list into splice's arguments would overflow the stack.
  if (items.length <= 4096) {
    list.splice(at, count, ...items);
    return;
  }
  const after = list.slice(at + count);
  list.length = at;
  for (const item of items) list.push(item);
  for (const item of after) list.push(item);
}

/** The same objects in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
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

/** The smallest span [start, end) of the original text that `changes`, applied in turn, replace. */
function changedSpan(changes: readonly TextChange[], length: number): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  /** `end` in the text as changed so far. */
  let now = -Infinity;
  let current = length;
  for (const c of changes) {
    if (!(Number.isInteger(c.offset) && Number.isInteger(c.length) && c.offset >= 0 && c.length >= 0 && c.offset + c.length <= current)) {
      throw new RangeError(`updateWith: a change at ${c.offset} (${c.length} characters) does not fit a text of ${current}`);
    }
    if (start === Infinity) {
      start = c.offset;
      end = c.offset + c.length;
      now = c.offset + c.text.length;
    } else {
      const right = Math.max(now, c.offset + c.length);
      end += right - now;
      now = right + c.text.length - c.length;
      start = Math.min(start, c.offset);
    }
    current += c.text.length - c.length;
  }
  return { start, end };
}

/** `changes` applied in turn to `text`, which starts at `origin` of the text they were made to. */
function applyChanges(text: string, changes: readonly TextChange[], origin: number): string {
  for (const c of changes) {
    const at = c.offset - origin;
    text = text.slice(0, at) + c.text + text.slice(at + c.length);
  }
  return text;
}

/**
 * Builds the tables every analysis reads on first use (variant folding, character tables) and warms up the
 * per-block stages (warmUp.ts), pausing (yielding) between parts; yields nothing once done.
 */
export function* firstUseSteps(): Generator<void, void, void> {
  yield* foldTableSteps();
  yield* characterTableSteps();
  yield* warmUpSteps();
}

/** Arrays joined by one call of concat (well below the engine's limit on arguments). */
const CONCAT_ARGUMENTS = 8192;

/** The last line of `text`, which ends with an LF, without it. */
function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n', text.length - 2) + 1, text.length - 1);
}

/**
 * Cuts text into blocks and finds their local findings, block after block; a text may come whole
 * (`steps`) or piece by piece (`blocks`).
 */
class BlockCutter {
  readonly added: Block[] = [];
  /** The line the next block starts on, and its offset. */
  line: number;
  end: number;
  /** How much of the text after the last block was looked through for a block start, without one. */
  private looked = 0;

  constructor(
    private readonly blockLength: number,
    start: number,
    line: number,
    /** Line starts found so far (a first analysis), or undefined. */
    private readonly starts: number[] | undefined,
  ) {
    this.end = start;
    this.line = line;
  }

  /** Cuts all of `region` (its text from `this.end`), pausing after each block. */
  *steps(region: string, above: string | undefined, below: string | undefined, length: number): Generator<void, void, void> {
    const start = this.end;
    for (let s = 0, e = 0; s < region.length || (s === 0 && this.added.length === 0); s = e) {
      e = nextBlockStart(region, s, region.length, this.blockLength);
      yield* this.add(region, s, e, above, below, start + e < length);
      yield;
    }
  }

  /**
   * Cuts the blocks of `work` (the text after the blocks cut so far, whole lines; `above` is the line
   * before it) that are sure to end where they end: all of them when nothing is `more` to come, else those followed by a block start; pauses after
   * each. Returns how many characters of `work` those blocks took.
   */
  *blocks(work: string, above: string | undefined, more: boolean): Generator<void, number, void> {
    let s = 0;
    // An empty text is one empty block.
    while (s < work.length || (!more && this.added.length === 0)) {
      // Lines the last call looked at, for want of a block start, are not looked at again.
      const e = nextBlockStart(work, s, work.length, this.blockLength, s === 0 ? this.looked : 0);
      if (e >= work.length && more) {
        this.looked = work.length - s;
        break;
      }
      this.looked = 0;
      yield* this.add(work, s, e, above, undefined, e < work.length);
      s = e;
      yield;
    }
    return s;
  }

  /** Block [s, e) of `text`, at offset this.end of the document; pauses (yields) between the parts of its findings. */
  private *add(text: string, s: number, e: number, above: string | undefined, below: string | undefined, followed: boolean): Generator<void, void, void> {
    const blockText = text.slice(s, e);
    const start = this.end;
    if (this.starts) for (let i = blockText.indexOf('\n'); i !== -1; i = blockText.indexOf('\n', i + 1)) this.starts.push(start + i + 1);
    const lineAbove = s > 0 ? text.slice(text.lastIndexOf('\n', s - 2) + 1, s - 1) : above;
    const lineBelow = e < text.length ? text.slice(e, lineEndAt(text, e)) : below;
    const lineCount = countLines(blockText, followed);
    const local = placeLocal(yield* localFindingSteps(blockText, lineAbove, lineBelow), start, this.line);
    this.added.push({ start, end: start + blockText.length, text: blockText, line: this.line, lineCount, local, termForms: [], figureProblems: [], problemCount: 0 });
    this.line += lineCount;
    this.end = start + blockText.length;
  }
}
