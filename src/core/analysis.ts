import { findTitles, type Title } from './text/titles';
import type { Figure, GlossaryEntry, Heading, Problem, TermMatch } from './types';
import { Glossary } from './terms/glossary';
import { builtinEntries } from './terms/builtin';
import { findTerms } from './terms/matcher';
import { definedTerms as findDefinedTerms, withDefinedTerms } from './terms/defined';
import { findFigures, lastMonthDay } from './figures/recognise';
import { citeSources } from './sources/citations';
import { findHeadings } from './outline/headings';
import { findUnbalancedBrackets } from './text/brackets';
import { lineStarts } from './text/lines';
import { findTermFormProblems } from './terms/consistency';
import { detectScript, findMixedScriptSteps, mixedScriptRunBounds, mixedScriptRuns, type DocumentScript, type MixedChar } from './convert/scripts';
import { runSteps } from './steps';
import { MESSAGE, type MessageTemplate } from './messages';
import { quietProblemOf } from './problems';

export interface AnalyzeOptions {
  /** Built-in plus workspace glossaries; the built-in one alone when omitted. */
  glossary?: Glossary;
  /** Look for characters of the other script (builds two OpenCC converters on first use). Default true. */
  mixedScript?: boolean;
}

/** Everything Policy Lens knows about one version of one text. Offsets are UTF-16, end exclusive. */
export interface Analysis {
  terms: TermMatch[];
  figures: Figure[];
  outline: Heading[];
  problems: Problem[];
  /** Terms the text defines itself (（以下簡稱「X」）, X（ABBR））. */
  definedTerms: GlossaryEntry[];
  /** The glossary the terms were matched against (workspace + the text's own definitions). */
  glossary: Glossary;
  /** The script the text is written in. */
  script: DocumentScript;
  lineStarts: number[];
  /** The 《titles》 the text cites, for links to their sources. */
  titles: Title[];
}

/** Figure kinds that state a quantity and so should cite where it comes from. */
const QUANTITY_KINDS: ReadonlySet<Figure['kind']> = new Set(['amount', 'count', 'percent', 'rate', 'number']);

/** Durations (未來十年, 連續12 年) are quantities of time, not data a reader checks against a source. */
const DURATION_UNITS: ReadonlySet<string> = new Set(['年', '個月', '个月', '月', '天', '日', '小時', '小时']);

/** Whether a figure states data that should name its source. */
export function needsSource(f: Figure): boolean {
  return QUANTITY_KINDS.has(f.kind) && !(f.unit !== null && DURATION_UNITS.has(f.unit));
}

/**
 * The one analysis the editor features and the CLI share.
 *
 * analyze('據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。').figures[0].source?.publisher === '瑞穗證券'
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const base = options.glossary ?? builtinGlossary();
  const definedTerms = findDefinedTerms(text);
  // An explicit definition (以下簡稱…) overrides the glossary for this text; a mere abbreviation
  // gloss (AMD(超威半導體公司)) only adds what the glossary lacks.
  const glossary = withDefinedTerms(base, definedTerms);
  const terms = findTerms(text, glossary);
  const figures = findFigures(text);
  const sources = citeSources(text, figures);
  figures.forEach((f, i) => (f.source = sources[i] ?? null));
  const { headings, problems: headingProblems } = findHeadings(text);
  const script = detectScript(text);
  const main = script === 'traditional' || script === 'simplified' ? script : undefined;
  // Taiwan and Hong Kong write 發布 and 占據, which OpenCC's Traditional data spells 發佈 and 佔據.
  const mixed = options.mixedScript === false || script === 'none' ? [] : mixedScriptChars(text, main);
  const problems: Problem[] = [
    ...mixedScriptProblems(text, mixed),
    ...figures.filter(hasFigureProblem).map(figureProblem),
    ...findTermFormProblems(terms, glossary),
    ...headingProblems,
    ...findUnbalancedBrackets(text),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  return { terms, figures, outline: headings, problems, definedTerms, glossary, script, lineStarts: lineStarts(text), titles: findTitles(text) };
}

let builtin: Glossary | undefined;

/** The built-in glossary alone, built once. */
export function builtinGlossary(): Glossary {
  return (builtin ??= new Glossary(builtinEntries));
}

/** Characters a Taiwan or Hong Kong text writes that OpenCC's Traditional data spells otherwise (發布, 占據). */
const MIXED_SCRIPT_ACCEPT: readonly string[] = ['布', '占'];

/**
 * The characters of the other script that Policy Lens reports in `text` written in `main` (the majority's when
 * omitted): `findMixedScript` with the forms Taiwan and Hong Kong write accepted. The one search every analysis
 * makes, and the lazy suggestions of `mixedScriptProblemsLater` make again.
 */
export function mixedScriptChars(text: string, main?: 'traditional' | 'simplified'): MixedChar[] {
  return runSteps(mixedScriptCharSteps(text, main));
}

/** `mixedScriptChars` as a generator that pauses (yields) while it looks (`findMixedScriptSteps`). */
function mixedScriptCharSteps(text: string, main?: 'traditional' | 'simplified'): Generator<void, MixedChar[], void> {
  return findMixedScriptSteps(text, main, { accept: MIXED_SCRIPT_ACCEPT });
}

/**
 * The problems for the characters of the other script in `text`: one per run of them (`mixedScriptRuns`), so a
 * sentence pasted in the other script is one problem; shared with the incremental analyzer. A draft in the wrong
 * script still has tens of thousands, so the message is written when it is read, not kept with each of them.
 */
export function mixedScriptProblems(text: string, chars: readonly MixedChar[]): Problem[] {
  const runs = mixedScriptRuns(text, chars);
  const source = MixedRuns.now(runs.map((r) => r.text), runs.map((r) => r.suggestion));
  return runs.map((r, i) => new MixedScriptProblem(r.start, r.end, r.count, r.script === 'simplified', source, i));
}

/**
 * The mixed-script problems of a text written in `main` (a block of the incremental analysis), whose texts and
 * suggestions are written only when one of them is first read: then the characters are found again, in the same text
 * (findMixedScript is a function of its text and script). A 10 MB draft pasted in the other script has 40,000 runs,
 * whose texts and suggestions, kept, held 4.8 MB for as long as it was open; few of them are ever shown. A generator
 * that pauses (yields) while it looks for the characters (`findMixedScriptSteps`).
 */
export function* mixedScriptProblemsLater(text: string, main: 'traditional' | 'simplified'): Generator<void, Problem[], void> {
  const chars = yield* mixedScriptCharSteps(text, main);
  const bounds = mixedScriptRunBounds(text, chars);
  if (bounds.length === 0) return [];
  const source = MixedRuns.later(text, main, bounds.length);
  return bounds.map(({ first, last }, i) => new MixedScriptProblem(chars[first].start, chars[last - 1].end, last - first, chars[first].script === 'simplified', source, i));
}

/**
 * What a mixed-script problem is about: how many characters of the other script its run holds, and the script its
 * suggestion writes (the document's own, the majority's in a mixed text); undefined for any other problem.
 * Example: `mixedScriptSlips(analyze('他說：这个系统很好，據說如此。').problems[0])` → `{ count: 3, target: 'traditional' }`.
 */
export function mixedScriptSlips(p: Problem): { count: number; target: 'traditional' | 'simplified' } | undefined {
  return p instanceof MixedScriptProblem ? { count: p.count, target: p.simplified ? 'traditional' : 'simplified' } : undefined;
}

/** The texts and suggestions of one list of mixed-script runs, shared by the runs' problems. */
class MixedRuns {
  #suggestions: readonly string[] | undefined;

  private constructor(
    /** The runs' texts, or (`again`) the text they were found in. */
    private readonly texts: readonly string[] | string,
    suggestions: readonly string[] | undefined,
    /** The script that text is written in, to find the runs again; with how many there were. */
    private readonly again?: { main: 'traditional' | 'simplified'; count: number },
  ) {
    this.#suggestions = suggestions;
  }

  /** Runs whose texts and suggestions are at hand. */
  static now(texts: readonly string[], suggestions: readonly string[]): MixedRuns {
    return new MixedRuns(texts, suggestions);
  }

  /** Runs found in `text`, written in `main`, whose suggestions are written when one is first read. */
  static later(text: string, main: 'traditional' | 'simplified', count: number): MixedRuns {
    return new MixedRuns(text, undefined, { main, count });
  }

  /** The text of run `index`, which starts at `at` in the text the runs were found in and is `length` long. */
  text(index: number, at: number, length: number): string {
    return typeof this.texts === 'string' ? this.texts.slice(at, at + length) : this.texts[index];
  }

  suggestion(index: number): string {
    this.#suggestions ??= this.findAgain();
    return this.#suggestions[index];
  }

  private findAgain(): readonly string[] {
    const { main, count } = this.again!;
    const text = this.texts as string;
    const suggestions = mixedScriptRuns(text, mixedScriptChars(text, main)).map((r) => r.suggestion);
    if (suggestions.length !== count) throw new Error(`Policy Lens: the mixed-script runs found again are ${suggestions.length}, not ${count}`);
    return suggestions;
  }
}

class MixedScriptProblem extends quietProblemOf('mixed-script', 'warning') {
  readonly #runs: MixedRuns;
  /** The run's place among `#runs`. */
  readonly #index: number;
  /** Where the run starts in the text it was found in: `start` and `end` move with edits above it, this does not. */
  readonly #at: number;
  /** How many characters of the other script the run holds, times two, plus one when they are Simplified. */
  readonly #slips: number;

  constructor(start: number, end: number, count: number, simplified: boolean, runs: MixedRuns, index: number) {
    super(start, end);
    this.#runs = runs;
    this.#index = index;
    this.#at = start;
    this.#slips = count * 2 + (simplified ? 1 : 0);
  }

  override get suggestion(): string {
    return this.#runs.suggestion(this.#index);
  }

  get template(): MessageTemplate {
    if (this.count === 1) return this.simplified ? MESSAGE.simplifiedInTraditional : MESSAGE.traditionalInSimplified;
    return this.simplified ? MESSAGE.simplifiedRunInTraditional : MESSAGE.traditionalRunInSimplified;
  }

  get args(): string[] {
    const text = this.#runs.text(this.#index, this.#at, this.end - this.start);
    return this.count === 1 ? [text, this.suggestion] : [text, String(this.count), this.suggestion];
  }

  /** The characters of the other script in the run. */
  get count(): number {
    return this.#slips >> 1;
  }

  /** Whether the run's characters are Simplified ones (in a Traditional text). */
  get simplified(): boolean {
    return (this.#slips & 1) === 1;
  }
}

class UnsourcedFigureProblem extends quietProblemOf('unsourced-figure', 'information') {
  readonly #figure: string;

  constructor(f: Figure) {
    super(f.start, f.end);
    this.#figure = f.text;
  }

  get template(): MessageTemplate {
    return MESSAGE.unsourcedFigure;
  }

  get args(): string[] {
    return [this.#figure];
  }
}

class ImpossibleDateProblem extends quietProblemOf('impossible-date', 'warning') {
  readonly #args: (string | number)[];

  constructor(f: Figure, day: ImpossibleDay) {
    super(f.start, f.end);
    this.#args = day.year === undefined ? [f.text, day.month, day.days] : [f.text, day.month, day.year, day.days];
  }

  get template(): MessageTemplate {
    return this.#args.length === 3 ? MESSAGE.impossibleDayOfMonth : MESSAGE.impossibleDate;
  }

  get args(): string[] {
    return this.#args.map(String);
  }
}

interface ImpossibleDay {
  /** Undefined for a date written without its year (5月31日): then only 2月29日 goes unjudged. */
  year?: number;
  month: number;
  /** How many days the month has. */
  days: number;
}

/**
 * A date (or an end of a span of dates) whose day its month does not have: 2024年2月30日, 2023年2月29日, and
 * without a year 4月31日 or 2月30日.
 */
function impossibleDay(f: Figure): ImpossibleDay | undefined {
  if (f.kind !== 'date') return undefined;
  if (f.value === null && f.range === null) {
    // No year: the month and day it ends on, as written (1至3月31日, 4月29日至31日).
    const md = lastMonthDay(f.text);
    if (md === undefined || md.month < 1 || md.month > 12) return undefined;
    const { month, day } = md;
    const days = daysIn(month, 2000); // a leap year: 2月29日 may be right
    return day > days ? { month, days } : undefined;
  }
  for (const v of f.range ?? (f.value === null ? [] : [f.value])) {
    const year = Math.floor(v / 10000);
    const month = Math.floor(v / 100) % 100;
    const day = v % 100;
    if (month < 1 || month > 12 || day === 0) continue;
    const days = daysIn(month, year);
    if (day > days) return { year, month, days };
  }
  return undefined;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a figure has a problem of its own: a quantity that cites no source, or a date that cannot be. */
export function hasFigureProblem(f: Figure): boolean {
  return needsSource(f) ? f.source === null : impossibleDay(f) !== undefined;
}

/** The problem of a figure for which `hasFigureProblem` holds; shared with the incremental analyzer. */
export function figureProblem(f: Figure): Problem {
  const day = impossibleDay(f);
  return day ? new ImpossibleDateProblem(f, day) : new UnsourcedFigureProblem(f);
}
