import { findTitles, type Title } from '../text/titles';
import { hasChinese } from '../text/chinese';
import type { Figure, GlossaryEntry, Problem, TermMatch } from '../types';
import type { Glossary } from '../terms/glossary';
import { definedTerms } from '../terms/defined';
import { findTermSteps } from '../terms/matcher';
import { foldVariants } from '../text/variants';
import { RENMINBI, findFigureSteps, type FigureOptions } from '../figures/recognise';
import { HONG_KONG_MARKERS, TAIWAN_MARKERS } from '../figures/vocabulary';
import { citeSources, sourceCiter } from '../sources/citations';
import { findSourceBlocks, sourceBlockAt, type SourceBlock } from '../sources/sourceLines';
import { findHeadings } from '../outline/headings';
import { findUnbalancedBrackets } from '../text/brackets';
import { scriptCounts, type ScriptCounts } from '../convert/scripts';
import { mixedScriptProblemsLater } from '../analysis';
import { ownCopy } from '../text/ownCopy';
import { runSteps } from '../steps';

/**
 * What one block of lines yields on its own, in block coordinates (offset 0 and line 1 are the block's
 * first character and line). The parts that depend on the whole document (the glossary, the figure
 * reading of 元 and 民國 years, the document's script) are computed separately and tagged with the
 * document-wide setting they were computed for.
 */
export interface LocalFindings {
  /** Terms the block defines, first definition of each term only, `origin.line` block-relative. */
  defined: GlossaryEntry[];
  /** Each defined term folded (`foldVariants`), made once per block for the document-wide merge. */
  definedKeys: string[];
  counts: ScriptCounts;
  /** The block names a Taiwanese institution or 民國 (figures then read 元 as TWD and 113年 as 2024). */
  taiwanese: boolean;
  /** The block names 人民幣 (which keeps 元 as CNY even in a Taiwanese text). */
  renminbi: boolean;
  /** The block names a Hong Kong institution (figures then read 元 as HKD, unless the text is Taiwanese). */
  hongKong: boolean;
  brackets: Problem[];
  /** Its 《titles》 (on one line each, so a block holds them whole). */
  titles: Title[];
  /** 0-based block lines that are headings (levels are settled over the whole document). */
  headingLines: number[];
  /** Their text: while the document's heading lines read the same, so do levels and numbering problems. */
  headingTexts: string[];
  /** The block has ``` or ~~~, which may open a fence that hides headings below it. */
  fenced: boolean;
  /** The block has an ideographic description character (⿰), which OpenCC reads across line ends. */
  described: boolean;
  /** The block has a Chinese character. */
  chinese: boolean;
}

/**
 * What a figure's own block says about its source: 'settled' (its cue, or null as part of a cue),
 * 'none' (no cue: a `資料來源` line may cover it), 'unknown' (null here, maybe because it is part of a cue).
 */
export type CueState = 'settled' | 'none' | 'unknown';

export interface BlockFigures {
  /** What the figures were read with (see `figureSettingOf`). */
  setting: string;
  /** `source` holds the figure's own cue (same sentence), else null. */
  figures: Figure[];
  cues: CueState[];
  /** The problem of each figure (figureProblem), made when first needed. */
  problems: (Problem | undefined)[];
}

export interface BlockTerms {
  glossary: Glossary;
  terms: TermMatch[];
  /** Per term: its entry and folded spelling, the unit inside which spellings must agree. */
  formKeys: string[];
}

export interface BlockMixed {
  main: 'traditional' | 'simplified' | undefined;
  problems: Problem[];
}

/**
 * The document-independent findings of one block. `above` and `below` are the lines just outside it
 * (without LF), which heading detection reads as neighbours.
 *
 * localFindings('一、總體要求\n', undefined, undefined).headingLines → [0]
 */
export function localFindings(text: string, above: string | undefined, below: string | undefined): LocalFindings {
  return runSteps(localFindingSteps(text, above, below));
}

/**
 * `localFindings` as a generator that pauses (yields) between its parts (headings, defined terms, the rest): each
 * takes a few milliseconds on a block while V8 has not yet optimised it.
 */
export function* localFindingSteps(text: string, above: string | undefined, below: string | undefined): Generator<void, LocalFindings, void> {
  const lineCount = countLines(text, below !== undefined);
  const run = (above !== undefined ? above + '\n' : '') + text + (below ?? '');
  const shift = above !== undefined ? 2 : 1;
  const offset = above !== undefined ? above.length + 1 : 0;
  const headingLines: number[] = [];
  const headingTexts: string[] = [];
  for (const h of findHeadings(run).headings) {
    const line = h.line - shift;
    if (line < 0 || line >= lineCount) continue;
    headingLines.push(line);
    // Cut from the block's own text, which the block keeps anyway: a slice of `run` would keep the whole of
    // run's flat copy alive (V8 slices point into their parent), 7 MB over a 10 MB draft.
    headingTexts.push(text.slice(h.start - offset, h.end - offset));
  }
  yield;
  const defined = definedTerms(text);
  yield;
  return {
    defined,
    definedKeys: defined.map((e) => foldVariants(e.term)),
    counts: scriptCounts(text),
    taiwanese: TAIWAN_MARKERS.test(text),
    renminbi: RENMINBI.test(text),
    hongKong: HONG_KONG_MARKERS.test(text),
    brackets: findUnbalancedBrackets(text),
    titles: findTitles(text),
    headingLines,
    headingTexts,
    fenced: text.includes('```') || text.includes('~~~'),
    described: /[\u2ff0-\u2fff]/.test(text),
    chinese: hasChinese(text),
  };
}

/** Lines of a block: its LFs, plus the last line when the block ends the text. */
export function countLines(text: string, followed: boolean): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return followed ? n : n + 1;
}


export function figureSettingOf(options: FigureOptions): string {
  return `${options.yuan}/${options.rocYears}`;
}

/** The figures of a block with the cue each one has in its own sentence (sources.citations, rules 1–3). */
export function blockFigures(text: string, options: FigureOptions): BlockFigures {
  return runSteps(blockFigureSteps(text, options));
}

/**
 * Figures whose cues `blockFigureSteps` looks for between two pauses. Until V8 has optimised the cue finder, a block
 * of sixty figures took up to 21 ms to cite in one go.
 */
const CITE_STEP = 8;

/** `blockFigures` as a generator that pauses (yields) every few hundred characters read and every few figures cited. */
export function* blockFigureSteps(text: string, options: FigureOptions): Generator<void, BlockFigures, void> {
  const figures = yield* findFigureSteps(text, options);
  const cite = sourceCiter(text);
  let local: SourceBlock[] | undefined;
  const cues: CueState[] = [];
  for (let i = 0; i < figures.length; i++) {
    if (i > 0 && i % CITE_STEP === 0) yield;
    const f = figures[i];
    const c = cite(f);
    local ??= findSourceBlocks(text);
    const block = sourceBlockAt(local, f.start);
    if (c === null) {
      // Covered by a source line of the block, a null can only mean "part of a cue".
      cues.push(block ? 'settled' : 'unknown');
    } else if (block && block.citation.start === c.start && block.citation.end === c.end) {
      cues.push('none');
    } else {
      // A copy each: figures of one sentence share their cue, and each figure is moved on its own.
      f.source = { ...c };
      cues.push('settled');
    }
  }
  return { setting: figureSettingOf(options), figures, cues, problems: [] };
}

/**
 * Whether a figure without a cue of its own is part of a citation (the 2023 of `《報告(2023 年)》`), read
 * by citing it against a source line put under its line: a figure that is no part of a cue takes it.
 */
export function isPartOfCue(line: string, start: number, end: number): boolean {
  const probe = `${line}\n資料來源：甲`;
  return citeSources(probe, [{ start, end }])[0] === null;
}

/** The terms of a block and the key of each one's spelling; a generator that pauses (yields) while it looks for them. */
export function* blockTermSteps(text: string, glossary: Glossary): Generator<void, BlockTerms, void> {
  const terms = yield* findTermSteps(text, glossary);
  const formKeys: string[] = new Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const m = terms[i];
    const known = spellingsOf(m.id);
    const spelling = known.get(m.text);
    if (spelling) {
      // One string for each spelling of each term, however often it is written: a 10 MB draft has 61,000 matches
      // of a few hundred spellings, and each kept string is held as long as the analysis.
      m.text = spelling.text;
      formKeys[i] = spelling.key;
    } else {
      const key = `${m.id}\u0000${foldVariants(m.text)}`;
      const text = ownCopy(m.text);
      known.set(text, { text, key });
      formKeys[i] = key;
    }
  }
  return { glossary, terms, formKeys };
}

/** For each term id, its spellings met so far: the text and its key (the id and the text's variant fold). */
const spellings = new Map<string, Map<string, { text: string; key: string }>>();
/** Past this many ids the table starts again (glossaries come and go; a session meets a few thousand). */
const MAX_SPELLING_IDS = 20000;

function spellingsOf(id: string): Map<string, { text: string; key: string }> {
  let known = spellings.get(id);
  if (!known) {
    if (spellings.size >= MAX_SPELLING_IDS) spellings.clear();
    spellings.set(id, (known = new Map()));
  }
  return known;
}

/**
 * The block's mixed-script problems; their suggestions are written when one is first read (`mixedScriptProblemsLater`).
 * A generator that pauses (yields) after every few pieces of text put through the converter.
 */
export function* blockMixedSteps(text: string, main: 'traditional' | 'simplified' | undefined): Generator<void, BlockMixed, void> {
  return { main, problems: main === undefined ? [] : yield* mixedScriptProblemsLater(text, main) };
}
