import { runSteps } from '../steps';
import type { Heading, HeadingKind, Problem } from '../types';
import { readNumberMarker, renumber, STYLE_RANK, type NumberMarker, type NumberStyle } from './numbering';
import { MESSAGE, says, type Says } from '../messages';

/**
 * The outline of a policy text: numbered headings (GB/T 9704-2012 一、（一）1.（1）, 第X篇/章/節/條),
 * Markdown `#` headings, figure and table captions, front and back matter, and short plain lines
 * that stand between paragraphs.
 *
 * Levels follow the hierarchy, not the absolute numbering:
 * - numbered headings nest by rank (篇 > 章 > 節 > 條 > 一、 > （一） > 1. > （1）); a heading sits one
 *   level under the nearest open heading of a lower rank, so a （一） with no 一、 before it is level 1;
 * - Markdown headings take their `#` count, and numbered headings under them nest one deeper;
 * - matter headings (摘要, 附件 ...) are level 1 and close every open numbered heading;
 * - plain headings sit one level under the open numbered or Markdown heading (level 1 when none);
 * - captions sit one level under the last non-caption heading (level 1 when none).
 *
 * Numbering checks compare siblings under one parent (article numbers 第X條 run through the whole
 * document, as in Chinese laws, until a matter heading such as 附件 starts a new document).
 */

/** Longest line (in UTF-16 units, blanks trimmed) that can be a plain heading. */
const PLAIN_MAX = 40;
/** Longest run-in title (一、太钢…情况。) before the line reads as a numbered paragraph. */
const RUN_IN_TITLE_MAX = 40;
/** Longest title-only numbered line. */
const NUMBERED_LINE_MAX = 60;
/** Longest caption or chapter line. */
const CAPTION_MAX = 60;

const SENTENCE_FINAL = '。！？!?';
const ENDING_PUNCTUATION = '。！？!?；;，,、：:….．';
const LIST_CONTINUATION = '；;，,、';
const RUN_IN_BREAKS = '。：；:;！？!?';
const CLOSERS = '”’」』）)】]》〉"\'';
const OPEN_TO_CLOSE: Record<string, string> = {
  '（': '）', '(': ')', '【': '】', '[': ']', '《': '》', '〈': '〉', '「': '」', '『': '』', '“': '”', '"': '"',
};
const BULLETS = '-*+>·•◆◇●○■□▪▶►—–';
const GBT_STYLES: ReadonlySet<NumberStyle> = new Set(['cn', 'cn-paren', 'arabic', 'arabic-paren']);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CAPTION_RE =
  /(續表|续表|圖表|图表|圖|图|表)[ \t\u3000]*([0-9０-９]+(?:[-－–—.．][0-9０-９]+)*|[一二三四五六七八九十]+)?/y;
const MATTER_RE =
  /^(?:摘[ \u3000]*要|內容摘要|内容摘要|導[ \u3000]*語|导[ \u3000]*语|前[ \u3000]*言|引[ \u3000]*言|序[ \u3000]*言|結[ \u3000]*語|结[ \u3000]*语|結[ \u3000]*論|结[ \u3000]*论|參考文獻|参考文献|附[ \u3000]*錄|附[ \u3000]*录|附[ \u3000]*件|致[ \u3000]*謝|致[ \u3000]*谢|後[ \u3000]*記|后[ \u3000]*记|目[ \u3000]*錄|目[ \u3000]*录|Abstract|References|Appendix)(?:[ \u3000]*[0-9０-９A-Za-z一二三四五六七八九十]{1,3})?[ \u3000]*[：:]?$/;
const DATE_LINE_RE =
  /^(?:[0-9０-９]{2,4}|[〇零一二三四五六七八九]{2,4})[ \u3000]*年(?:[ \u3000]*[0-9０-９一二三四五六七八九十]{1,2}[ \u3000]*月(?:[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*日)?)?$/;
/** After a caption number, these start a sentence about the figure (圖1顯示…), not a caption title. */
const CAPTION_SENTENCE_STARTS = '顯显所中為为是和與与的可說说列反及';
/** After 第X章, these make the words a phrase (第一章的內容), not a heading. */
const CHAPTER_PHRASE_STARTS = '的之中裡里後后，,、。';

/** `short`: a short line without final punctuation that still is no heading (a date, a note in brackets). */
type LineClass = 'blank' | 'paragraph' | 'heading' | 'plain' | 'short' | 'list';

interface Candidate {
  kind: HeadingKind;
  titleStart: number;
  titleEnd: number;
  number?: string;
  marker?: NumberMarker;
  hashes?: number;
  /** Offset of the first `#` of a Markdown heading. */
  hashStart?: number;
}

interface Frame {
  rank: number;
  level: number;
  style?: NumberStyle;
  number?: string;
  children: Map<NumberStyle, Sibling>;
}

interface Sibling {
  value: number;
  /** The sibling's number as written (一、, （二）). */
  text: string;
}

/**
 * Where the level and numbering checks stand after some headings: the open levels with the last number
 * of each style under them, the last article, the last level a non-caption heading had. It holds no
 * offsets, so it still holds wherever those headings moved to; `outlineFrom` resumes from one.
 */
export interface OutlineState {
  readonly stack: readonly Frame[];
  readonly lastArticle: Sibling | undefined;
  readonly lastNonCaptionLevel: number;
}

/** Whether two states lead the headings after them to the same levels and problems. */
export function sameOutlineState(a: OutlineState, b: OutlineState): boolean {
  if (a.lastNonCaptionLevel !== b.lastNonCaptionLevel || !sameSibling(a.lastArticle, b.lastArticle) || a.stack.length !== b.stack.length) return false;
  return a.stack.every((f, i) => {
    const g = b.stack[i];
    if (f.rank !== g.rank || f.level !== g.level || f.style !== g.style || f.number !== g.number || f.children.size !== g.children.size) return false;
    for (const [style, sibling] of f.children) if (!sameSibling(sibling, g.children.get(style))) return false;
    return true;
  });
}

/** The state at the start of a document. */
export function initialOutlineState(): OutlineState {
  return { stack: [rootFrame()], lastArticle: undefined, lastNonCaptionLevel: 0 };
}

function sameSibling(a: Sibling | undefined, b: Sibling | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.value === b.value && a.text === b.text);
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '\ufeff';
}

/** Last character of [from, to), looking through closing quotes and brackets. */
function effectiveLast(text: string, from: number, to: number): string {
  let i = to - 1;
  while (i > from && CLOSERS.includes(text[i])) i--;
  return text[i] ?? '';
}

function firstOf(text: string, chars: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (chars.includes(text[i])) return i;
  return -1;
}

function skipBlanks(text: string, from: number, to: number): number {
  while (from < to && isBlank(text[from])) from++;
  return from;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isBlank(text[to - 1])) to--;
  return to;
}

/**
 * Headings of the text, in order, with numbering problems (skipped, repeated or backward numbers,
 * level jumps). Never throws.
 *
 * findHeadings('一、总体要求\n（一）指导思想。以…为指导。').headings.map((h) => [h.number, h.title, h.level])
 *   → [['一、', '总体要求', 1], ['（一）', '指导思想', 2]]
 */
export function findHeadings(text: string): { headings: Heading[]; problems: Problem[] } {
  return runSteps(headingSteps(text));
}

/**
 * `findHeadings` as a generator that pauses (yields) after every few hundred lines, so that a caller can
 * spread the outline of a large text over several turns of the event loop.
 */
export function headingSteps(text: string): Generator<void, { headings: Heading[]; problems: Problem[] }, void> {
  return new OutlineBuilder(text).build();
}

/**
 * The headings of `text` as they come after headings that left `state` (undefined: at the start of a
 * document), and the state after them. `findHeadings(a + b)` gives for b's headings what `outlineFrom(b,
 * state after a)` gives, as long as no line of b reads a line of a (the caller makes sure of that).
 */
export function* outlineFrom(
  text: string,
  state: OutlineState | undefined,
): Generator<void, { headings: Heading[]; problems: Problem[]; state: OutlineState }, void> {
  const builder = new OutlineBuilder(text, state);
  const found = yield* builder.build();
  return { ...found, state: builder.state() };
}

/** Lines read between two pauses of `headingSteps`. */
const LINES_PER_STEP = 512;

/**
 * A test for lines of `text` that are, on their own, numbered, Markdown, caption or matter
 * headings (plain headings need their neighbours and are not considered).
 *
 * structuralHeadingTest('表1 糧食產量')(0, 7) === true
 */
export function structuralHeadingTest(text: string): (start: number, end: number) => boolean {
  const builder = new OutlineBuilder(text);
  return (start, end) => builder.isStructuralLine(start, end);
}

/**
 * Whether the line [start, end) of `text` is a heading, a list item or a paragraph whatever the lines
 * above it are. Only a GB/T-numbered line of one sentence reads them (an item of a list after a colon or
 * another item); most such lines come out the same either way.
 *
 * classifiesAlone('1. 加強領導，完善制度。', 0, 12) === true; classifiesAlone('1. 加強領導。', 0, 7) === false
 */
export function classifiesAlone(text: string, start: number, end: number): boolean {
  return new OutlineBuilder(text).classifiesAlone(start, end);
}

class OutlineBuilder {
  private readonly headings: Heading[] = [];
  private readonly problems: Problem[] = [];
  private stack: Frame[] = [rootFrame()];
  private lastArticle: Sibling | undefined;
  private lastNonCaptionLevel = 0;

  constructor(private readonly text: string, initial?: OutlineState) {
    if (initial) {
      this.stack = copyStack(initial.stack);
      this.lastArticle = initial.lastArticle;
      this.lastNonCaptionLevel = initial.lastNonCaptionLevel;
    }
  }

  /** A copy of where the checks stand (siblings are never changed in place, only replaced). */
  state(): OutlineState {
    return { stack: copyStack(this.stack), lastArticle: this.lastArticle, lastNonCaptionLevel: this.lastNonCaptionLevel };
  }

  *build(): Generator<void, { headings: Heading[]; problems: Problem[] }, void> {
    const { text } = this;
    // Lines: start, end (without CR/LF), and content bounds without surrounding blanks.
    const starts: number[] = [];
    const ends: number[] = [];
    for (let from = 0; from <= text.length; ) {
      const nl = text.indexOf('\n', from);
      let end = nl === -1 ? text.length : nl;
      const next = nl === -1 ? text.length + 1 : nl + 1;
      if (end > from && text[end - 1] === '\r') end--;
      starts.push(from);
      ends.push(end);
      from = next;
    }
    const n = starts.length;
    const classes: LineClass[] = new Array(n);
    const candidates: (Candidate | undefined)[] = new Array(n);
    let inFence = false;
    let prevLast = '';
    let prevClass: LineClass = 'blank';
    for (let i = 0; i < n; i++) {
      const cs = skipBlanks(text, starts[i], ends[i]);
      const ce = trimEnd(text, cs, ends[i]);
      if (cs === ce) {
        classes[i] = 'blank';
        continue;
      }
      if (cs - starts[i] <= 3 && (text.startsWith('```', cs) || text.startsWith('~~~', cs))) {
        inFence = !inFence;
        classes[i] = 'paragraph';
      } else if (inFence) {
        classes[i] = 'paragraph';
      } else {
        const found = this.classify(starts[i], cs, ce, prevLast, prevClass);
        classes[i] = found.cls;
        candidates[i] = found.candidate;
      }
      prevLast = effectiveLast(text, cs, ce);
      prevClass = classes[i];
      if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    }

    for (let i = 0; i < n; i++) {
      if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
      const candidate = candidates[i];
      if (!candidate) continue;
      if (classes[i] === 'plain') {
        // Stand between paragraphs: a run of short lines (links, a byline block) has no plain heading.
        const prev = classes[i - 1];
        const prevFits = i === 0 || prev === 'blank' || prev === 'paragraph' || prev === 'list' || prev === 'heading';
        let j = i + 1;
        while (j < n && classes[j] === 'blank') j++;
        const next = classes[j];
        const nextFits = j < n && (next === 'paragraph' || next === 'list' || (next === 'heading' && isStructural(candidates[j])));
        if (!prevFits || !nextFits) continue;
      }
      this.add(i, starts[i], ends[i], candidate);
    }
    return { headings: this.headings, problems: this.problems };
  }

  classifiesAlone(start: number, end: number): boolean {
    const [cs, ce] = this.content(start, end);
    // The lines above reach a line's class only through the last character and the class of the line before it.
    return cs === ce || this.classify(start, cs, ce, '', 'blank').cls === this.classify(start, cs, ce, '：', 'list').cls;
  }

  isStructuralLine(start: number, end: number): boolean {
    const [cs, ce] = this.content(start, end);
    return cs < ce && this.classify(start, cs, ce, '', 'blank').cls === 'heading';
  }

  /** Where the line [start, end) has content: without a CR at its end, and without blanks around. */
  private content(start: number, end: number): [number, number] {
    const { text } = this;
    if (end > start && text[end - 1] === '\r') end--;
    const cs = skipBlanks(text, start, end);
    return [cs, trimEnd(text, cs, end)];
  }

  /** What one non-blank line is, and the heading it would be. */
  private classify(
    lineStart: number,
    cs: number,
    ce: number,
    prevLast: string,
    prevClass: LineClass,
  ): { cls: LineClass; candidate?: Candidate } {
    const { text } = this;
    const first = text[cs];
    if (first === '#' && cs - lineStart <= 3) {
      const markdown = this.markdown(cs, ce);
      return markdown ? { cls: 'heading', candidate: markdown } : { cls: 'paragraph' };
    }
    const marker = readNumberMarker(text, cs);
    if (marker) return this.numbered(marker, cs, ce, prevLast, prevClass);
    if (first === '圖' || first === '图' || first === '表' || first === '續' || first === '续') {
      const caption = this.caption(cs, ce);
      if (caption) return { cls: 'heading', candidate: caption };
    }
    if (ce - cs <= 12 && MATTER_RE.test(text.slice(cs, ce))) {
      let titleEnd = ce;
      if (text[titleEnd - 1] === '：' || text[titleEnd - 1] === ':') titleEnd = trimEnd(text, cs, titleEnd - 1);
      return { cls: 'heading', candidate: { kind: 'matter', titleStart: cs, titleEnd } };
    }
    const cls = this.shortLineClass(cs, ce);
    return cls === 'plain' ? { cls, candidate: { kind: 'plain', titleStart: cs, titleEnd: ce } } : { cls };
  }

  private markdown(cs: number, ce: number): Candidate | undefined {
    const { text } = this;
    let hashes = 0;
    while (cs + hashes < ce && text[cs + hashes] === '#') hashes++;
    if (hashes > 6 || (cs + hashes < ce && !isBlank(text[cs + hashes]))) return undefined;
    const titleStart = skipBlanks(text, cs + hashes, ce);
    let titleEnd = ce;
    // Optional closing sequence: `## 標題 ##`
    let k = titleEnd;
    while (k > titleStart && text[k - 1] === '#') k--;
    if (k < titleEnd && (k === titleStart || isBlank(text[k - 1]))) titleEnd = trimEnd(text, titleStart, k);
    if (titleEnd <= titleStart) return undefined;
    return { kind: 'markdown', titleStart, titleEnd, hashes, hashStart: cs };
  }

  private numbered(
    marker: NumberMarker,
    cs: number,
    ce: number,
    prevLast: string,
    prevClass: LineClass,
  ): { cls: LineClass; candidate?: Candidate } {
    const { text } = this;
    const number = text.slice(marker.start, marker.end);
    const kind: HeadingKind =
      marker.style === 'part' ? 'part'
      : marker.style === 'chapter' ? 'chapter'
      : marker.style === 'section' ? 'section'
      : marker.style === 'article' ? 'article'
      : 'gbt';
    const afterMarker = marker.end;
    const titleStart = skipBlanks(text, afterMarker, ce);
    const heading = (start: number, end: number): { cls: LineClass; candidate: Candidate } => ({
      cls: 'heading',
      candidate: start < end
        ? { kind, titleStart: start, titleEnd: end, number, marker }
        : { kind, titleStart: marker.start, titleEnd: marker.end, number, marker },
    });

    if (kind === 'article') {
      if (afterMarker < ce && titleStart === afterMarker && !'【（(［['.includes(text[afterMarker])) return { cls: 'paragraph' };
      const open = text[titleStart];
      if (open === '【' || open === '（' || open === '(' || open === '［' || open === '[') {
        const close = text.indexOf(OPEN_TO_CLOSE[open] ?? (open === '［' ? '］' : ']'), titleStart + 1);
        if (close > titleStart + 1 && close < ce && close - titleStart <= 30) return heading(titleStart + 1, close);
      }
      const brk = firstOf(text, RUN_IN_BREAKS, titleStart, ce);
      return heading(titleStart, brk === -1 ? ce : brk);
    }
    if (kind !== 'gbt') {
      // 第X章 stands on its own line as a title, never as a sentence.
      if (ce - cs > CAPTION_MAX || firstOf(text, SENTENCE_FINAL, afterMarker, ce) !== -1) return { cls: 'paragraph' };
      if (afterMarker < ce && CHAPTER_PHRASE_STARTS.includes(text[afterMarker])) return { cls: 'paragraph' };
      return heading(titleStart, ce);
    }

    if (titleStart === ce) return heading(ce, ce);
    const last = effectiveLast(text, titleStart, ce);
    if (LIST_CONTINUATION.includes(last)) return { cls: 'list' };
    const firstEnd = firstOf(text, SENTENCE_FINAL, titleStart, ce);
    if (firstEnd === -1) {
      if (ce - titleStart > NUMBERED_LINE_MAX) return { cls: 'paragraph' };
      let titleEnd = ce;
      if (last === '：' || last === ':') titleEnd = trimEnd(text, titleStart, ce - 1);
      return heading(titleStart, titleEnd);
    }
    // An item of a list introduced by a colon, or continuing one: a single sentence.
    const singleSentence = firstOf(text, SENTENCE_FINAL, firstEnd + 1, ce) === -1;
    const inList = prevLast === '：' || prevLast === ':' || prevLast === '；' || prevLast === ';' || prevClass === 'list';
    if (singleSentence && inList) return { cls: 'list' };
    const brk = firstOf(text, RUN_IN_BREAKS, titleStart, ce);
    if (brk <= titleStart) return { cls: 'paragraph' };
    if (brk - titleStart > RUN_IN_TITLE_MAX || firstOf(text, '，,', titleStart, brk) !== -1) return { cls: 'list' };
    return heading(titleStart, brk);
  }

  private caption(cs: number, ce: number): Candidate | undefined {
    const { text } = this;
    if (ce - cs > CAPTION_MAX) return undefined;
    CAPTION_RE.lastIndex = cs;
    const m = CAPTION_RE.exec(text);
    if (!m) return undefined;
    const continued = m[1] === '續表' || m[1] === '续表';
    if (!m[2] && !continued) return undefined;
    const numberEnd = cs + m[0].length;
    if (numberEnd < ce && CAPTION_SENTENCE_STARTS.includes(text[numberEnd])) return undefined;
    const last = effectiveLast(text, cs, ce);
    if (ENDING_PUNCTUATION.includes(last) && last !== '：' && last !== ':') return undefined;
    let titleStart = skipBlanks(text, numberEnd, ce);
    if (text[titleStart] === '：' || text[titleStart] === ':') titleStart = skipBlanks(text, titleStart + 1, ce);
    const number = text.slice(cs, trimEnd(text, cs, numberEnd));
    return titleStart < ce
      ? { kind: 'caption', titleStart, titleEnd: ce, number }
      : { kind: 'caption', titleStart: cs, titleEnd: trimEnd(text, cs, numberEnd), number };
  }

  private shortLineClass(cs: number, ce: number): LineClass {
    const { text } = this;
    const first = text[cs];
    if (BULLETS.includes(first)) return 'list';
    if (ce - cs > PLAIN_MAX || ENDING_PUNCTUATION.includes(effectiveLast(text, cs, ce))) return 'paragraph';
    const line = text.slice(cs, ce);
    if (line.includes('|') || line.includes('\t')) return 'paragraph';
    const close = OPEN_TO_CLOSE[first];
    if (ce - cs < 2 || (close !== undefined && text[ce - 1] === close)) return 'short';
    if (!CJK.test(line) || line.includes('http') || DATE_LINE_RE.test(line)) return 'short';
    return 'plain';
  }

  private add(lineIndex: number, start: number, end: number, candidate: Candidate): void {
    const { text } = this;
    const heading: Heading = {
      start,
      end,
      title: text.slice(candidate.titleStart, candidate.titleEnd),
      level: 1,
      kind: candidate.kind,
      line: lineIndex + 1,
      titleStart: candidate.titleStart,
      titleEnd: candidate.titleEnd,
    };
    if (candidate.number !== undefined) heading.number = candidate.number;
    switch (candidate.kind) {
      case 'markdown':
        heading.level = this.placeMarkdown(candidate);
        break;
      case 'matter':
        this.stack = [rootFrame()];
        this.lastArticle = undefined;
        heading.level = 1;
        break;
      case 'plain':
        heading.level = this.top().level + 1;
        break;
      case 'caption':
        heading.level = this.lastNonCaptionLevel + 1;
        break;
      default:
        heading.level = candidate.marker ? this.placeNumbered(candidate.marker) : this.top().level + 1;
    }
    if (candidate.kind !== 'caption') this.lastNonCaptionLevel = heading.level;
    this.headings.push(heading);
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  private placeMarkdown(candidate: Candidate): number {
    const hashes = candidate.hashes ?? 1;
    const rank = hashes - 10;
    while (this.stack.length > 1 && this.top().rank >= rank) this.stack.pop();
    const parent = this.top();
    if (parent.style === undefined && parent.level > 0 && hashes > parent.level + 1) {
      const start = candidate.hashStart ?? candidate.titleStart;
      this.problems.push({
        start,
        end: start + hashes,
        code: 'heading-level-jump',
        ...says(MESSAGE.markdownLevelJump, '#'.repeat(parent.level), '#'.repeat(hashes), '#'.repeat(parent.level + 1)),
        severity: 'information',
      });
    }
    this.stack.push({ rank, level: hashes, children: new Map() });
    return hashes;
  }

  private placeNumbered(marker: NumberMarker): number {
    const rank = STYLE_RANK[marker.style];
    while (this.stack.length > 1 && this.top().rank >= rank) this.stack.pop();
    const parent = this.top();
    const number = this.text.slice(marker.start, marker.end);
    if (marker.style === 'article') {
      this.checkSibling(this.lastArticle, marker);
      this.lastArticle = { value: marker.value, text: number };
    } else {
      this.checkSibling(parent.children.get(marker.style), marker);
      parent.children.set(marker.style, { value: marker.value, text: number });
    }
    if (GBT_STYLES.has(marker.style) && parent.style !== undefined && GBT_STYLES.has(parent.style)) {
      const parentRank = STYLE_RANK[parent.style];
      if (rank > parentRank + 1) {
        const expected = (['cn', 'cn-paren', 'arabic', 'arabic-paren'] as const)[parentRank + 1 - STYLE_RANK.cn];
        this.problems.push({
          start: marker.start,
          end: marker.end,
          code: 'heading-level-jump',
          ...says(MESSAGE.numberedLevelJump, parent.number ?? '', number, EXAMPLE_MARKER[expected]),
          severity: 'information',
        });
      }
    }
    const level = parent.level + 1;
    this.stack.push({ rank, level, style: marker.style, number, children: new Map() });
    return level;
  }

  private checkSibling(previous: Sibling | undefined, marker: NumberMarker): void {
    if (!previous) return;
    const { text } = this;
    if (marker.value === previous.value + 1) return;
    const found = text.slice(marker.start, marker.end);
    const before = previous.text;
    const expectedValue = previous.value + 1;
    const expected = () => renumber(text, marker.start, marker.end, marker.numeralStart, marker.numeralEnd, expectedValue);
    const problem = (code: string, message: Says) =>
      this.problems.push({ start: marker.start, end: marker.end, code, ...message, severity: 'warning' });
    if (marker.value === previous.value) {
      problem('heading-repeat', says(MESSAGE.headingRepeat, found, expected()));
    } else if (marker.value > expectedValue) {
      problem('heading-skip', says(MESSAGE.headingSkip, before, found, expected()));
    } else if (marker.value < previous.value && marker.value !== 1) {
      problem('heading-order', says(MESSAGE.headingOrder, found, before, expected()));
    }
  }
}

const EXAMPLE_MARKER: Record<NumberStyle, string> = {
  part: '第一篇', chapter: '第一章', section: '第一節', article: '第一條', cn: '一、', 'cn-paren': '（一）', arabic: '1.', 'arabic-paren': '（1）',
};

function copyStack(stack: readonly Frame[]): Frame[] {
  return stack.map((f) => ({ ...f, children: new Map(f.children) }));
}

function rootFrame(): Frame {
  return { rank: -Infinity, level: 0, children: new Map() };
}

/** Headings that may directly follow a plain heading: numbered ones and Markdown ones. */
function isStructural(candidate: Candidate | undefined): boolean {
  return candidate !== undefined && candidate.kind !== 'caption' && candidate.kind !== 'matter' && candidate.kind !== 'plain';
}
