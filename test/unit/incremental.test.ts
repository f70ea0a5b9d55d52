import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as fc from 'fast-check';
import { analyze, type Analysis } from '../../src/core/analysis';
import { IncrementalAnalyzer, SOURCE_LINE_REACH, analyzeInSlices, type TextChange } from '../../src/core/incremental/analyzer';
import { findSourceBlocks } from '../../src/core/sources/sourceLines';
import { runSteps } from '../../src/core/steps';
import { WARM_UP_LINES } from '../../src/core/incremental/warmUp';
import { blockFigures, localFindings } from '../../src/core/incremental/block';
import { documentFigureOptions } from '../../src/core/figures/recognise';
import { blockStarts, isBlockStart } from '../../src/core/incremental/blocks';

// The suite runs from source (test/unit) or bundled elsewhere from the repository root.
const fixtures = existsSync(join(__dirname, '..', 'fixtures')) ? join(__dirname, '..', 'fixtures') : join(process.cwd(), 'test', 'fixtures');

function fixtureFiles(dir: string, depth = 0): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return depth === 0 ? fixtureFiles(path, 1) : [];
    return name.endsWith('.txt') ? [path] : [];
  });
}

const texts = fixtureFiles(fixtures).map((f) => readFileSync(f, 'utf8'));
const corpusLines = [...new Set(texts.flatMap((t) => t.split('\n')))];

/** Snippets that make or break what crosses lines or depends on the whole text. */
const SNIPPETS = [
  '\n', '\n\n', '。', '：', '；', '，', '一、', '（一）', '1.', '第一章 總則', '第三條', '附件', '摘要', '表1 糧食產量', '# 標題',
  '資料來源：國家統計局', '资料来源：《中国统计年鉴》', '（以下簡稱「數據局」）', '（以下简称“草案”）', '本辦法所稱數據，是指',
  'AMD(超威半導體公司)', '（HBM）', 'High Bandwidth Memory (HBM)', '《', '》', '「', '」', '（', '）', '```', '~~~',
  '民國', '新臺幣', '人民幣', '臺灣', '数据', '數據', '阿里云', '阿里雲', '关系', '係', '70%', '8856 億美元', '據瑞穗證券估計，',
  '杭州模式', '\r\n', ' ', '\u3000', '⿰氵',
];

/** Lines that only mean something together with their neighbours. */
const CROSS_LINE = [
  '國家數據局（', '以下簡稱「數據局」）負責。', 'High Bandwidth', 'Memory (HBM)是關鍵。', '（HBM）', '《國家信息化發展報告》', '（以下簡稱「報告」）',
  '總體要求', '總體要求。', '一、總體要求', '（一）指導思想。以新思想為指導。', '各項措施如下：', '1. 加強領導。', '2. 完善制度。',
  '表1 糧食產量', '地區|產量', '華北|1.4萬億斤', '資料來源：國家統計局', '據《國家信息化發展報告(2023 年)》，', '',
  // GB/T items that are list items whatever precedes them (a comma before the sentence end), and ones that are not.
  '1. 加強領導，完善制度。', '（二）推進數據要素市場建設，比例達到70%。', '3. 保障措施。', '第五條 本辦法自公布之日起施行。',
];

/** A fixture line, whole or cut short (short lines without 。 are what plain headings and tables are made of). */
const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...corpusLines) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...corpusLines), fc.integer({ min: 1, max: 30 })).map(([l, n]) => l.slice(0, n)) },
  { weight: 2, arbitrary: fc.constantFrom(...CROSS_LINE) },
);

/** Headings of every kind the outline knows, with their numbers, between short paragraphs. */
const headingLine = fc.oneof(
  fc.tuple(fc.constantFrom('一、', '二、', '三、', '四、', '（一）', '（二）', '（三）', '1.', '2.', '3.', '（1）', '（2）', '第一章 ', '第二章 ', '第一節 ', '第二節 ', '第一條 ', '第二條 ', '第三條 ', '# ', '## ', '### ', '圖1 ', '表2 '), fc.constantFrom('總體要求', '指導思想', '主要目標', '重點任務', '保障措施')).map(([n, t]) => n + t),
  fc.constantFrom('附件', '摘要', '總體要求', '這是一段說明文字。', '各項措施如下：', '', '內容如下。'),
);

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'line'; at: number; text: string; remove: boolean }
  | { kind: 'lineEnd'; at: number; text: string; remove: boolean };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const snippet = fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom(...corpusLines).map((l) => l.slice(0, 8)));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, text: snippet }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: position, length: fc.integer({ min: 1, max: 3 }), text: snippet }),
  fc.record({ kind: fc.constant('line' as const), at: position, text: line, remove: fc.boolean() }),
  fc.record({ kind: fc.constant('lineEnd' as const), at: position, text: snippet, remove: fc.boolean() }),
);

/** An edit that makes, breaks or renumbers a heading. */
const headingEdit = fc.record({ kind: fc.constant('replace' as const), at: position, length: fc.integer({ min: 1, max: 2 }), text: fc.constantFrom('一、', '二', '（', '3.', '第五章 ', '。', '\n') });

/** The edit as one replacement of `text`, as VS Code reports it (offset, length replaced, new text). */
function changeOf(text: string, e: Edit): TextChange {
  const at = Math.floor(e.at * (text.length + 1));
  switch (e.kind) {
    case 'insert':
      return { offset: at, length: 0, text: e.text };
    case 'delete':
      return { offset: at, length: Math.min(e.length, text.length - at), text: '' };
    case 'replace':
      return { offset: at, length: Math.min(e.length, text.length - at), text: e.text };
    case 'line': {
      // Whole lines: remove the line at `at`, or put a corpus line before it.
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const nl = text.indexOf('\n', at);
      if (e.remove) return nl === -1 ? { offset: start, length: text.length - start, text: '' } : { offset: start, length: nl + 1 - start, text: '' };
      return { offset: start, length: 0, text: e.text + '\n' };
    }
    case 'lineEnd': {
      // At the end of a line, where 。 decides whether a block may start below it.
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      return e.remove ? { offset: Math.max(0, end - 1), length: end > 0 ? 1 : 0, text: '' } : { offset: end, length: 0, text: e.text };
    }
  }
}

function applyChange(text: string, c: TextChange): string {
  return text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
}

function apply(text: string, e: Edit): string {
  return applyChange(text, changeOf(text, e));
}

/** What the editor features read, as JSON: equal JSON means field-for-field equal results. */
function view(a: Analysis): Record<string, string> {
  return {
    terms: JSON.stringify(a.terms),
    figures: JSON.stringify(a.figures),
    outline: JSON.stringify(a.outline),
    problems: JSON.stringify(a.problems),
    script: a.script,
    definedTerms: JSON.stringify(a.definedTerms),
    glossary: JSON.stringify(a.glossary.entries),
    lineStarts: JSON.stringify(a.lineStarts),
    titles: JSON.stringify(a.titles),
  };
}

/**
 * Analyses `lines` joined, then each edit in turn, with one analyzer, asserting after every step that
 * it gives what a fresh analyze() gives; `check` adds assertions after each edit.
 */
function replayMatchesAnalyze(lines: string[], edits: Edit[], blockLength: number, check?: (analyzer: IncrementalAnalyzer, text: string) => void, outlineWindow?: number): void {
  const analyzer = new IncrementalAnalyzer({ blockLength, outlineWindow });
  let text = lines.join('\n');
  assert.deepStrictEqual(view(analyzer.analyze(text)), view(analyze(text)));
  for (const e of edits) {
    text = apply(text, e);
    assert.deepStrictEqual(view(analyzer.analyze(text)), view(analyze(text)));
    check?.(analyzer, text);
  }
}

describe('IncrementalAnalyzer', () => {
  it('keeps no analysed text alive once its analyzer is dropped (the spellings it shares are copies)', function () {
    this.timeout(30000);
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-retain-'));
    try {
      const bundle = join(dir, 'analyzer.js');
      execFileSync(join(process.cwd(), 'node_modules/.bin/esbuild'), [
        'src/core/incremental/analyzer.ts', '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--log-level=error',
      ]);
      // 'Alibaba Cloud' (an alias of 阿里雲) is 13 UTF-16 units: a slice of that length is a view of its parent.
      const probe = `
        const { IncrementalAnalyzer } = require(${JSON.stringify(bundle)});
        // Warm-up, with the same kind of text but the short spelling: the tables built on first use stay, and are
        // not what is measured; the long spelling is met first in the large text.
        new IncrementalAnalyzer().analyze('阿里巴巴的阿里雲算力。\\n'.repeat(100));
        gc(); gc();
        const before = process.memoryUsage().heapUsed;
        let text = '阿里巴巴的Alibaba Cloud算力。\\n'.repeat(200000);
        let analyzer = new IncrementalAnalyzer();
        const terms = analyzer.analyze(text).terms.length;
        text = undefined; analyzer = undefined;
        // V8 keeps the subject of the last regular expression match (RegExp.lastMatch) until the next one.
        /x/.exec('x');
        gc(); gc();
        console.log(JSON.stringify({ terms, retainedMB: (process.memoryUsage().heapUsed - before) / 1e6 }));`;
      const report = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', probe], { encoding: 'utf8' }));
      assert.ok(report.terms >= 200000, JSON.stringify(report));
      // The text alone is 10 MB (two bytes a character).
      assert.ok(report.retainedMB < 3, `${report.retainedMB.toFixed(1)} MB stayed alive`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives what analyze gives after every edit of a random sequence (fixture lines, small blocks)', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 40 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(1, 40, 300),
        (lines, edits, blockLength) => replayMatchesAnalyze(lines, edits, blockLength, (analyzer, text) => {
          // Heading levels come from the heading lines alone unless a fence may hide some.
          assert.strictEqual(analyzer.report.wholeOutline, /```|~~~/.test(text));
        }),
      ),
      { numRuns: 200 },
    );
  });

  it('gives what analyze gives on heading-rich texts, the outline resumed in windows of 1 to 5 headings', () => {
    fc.assert(
      fc.property(
        fc.array(headingLine, { minLength: 5, maxLength: 120 }),
        fc.array(fc.oneof(edit, headingEdit), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(1, 40, 2048),
        fc.constantFrom(1, 2, 3, 5),
        (lines, edits, blockLength, outlineWindow) => replayMatchesAnalyze(lines, edits, blockLength, undefined, outlineWindow),
      ),
      { numRuns: 300 },
    );
  });

  it('works out the levels of only a window or two of headings again when one heading of a thousand changes', () => {
    const parts: string[] = [];
    for (let c = 1; c <= 100; c++) {
      parts.push(`第${c}章 總則`, '本章說明。');
      for (let k = 1; k <= 9; k++) parts.push(`${k}. 第${k}項`, '內容如下。');
    }
    const text = parts.join('\n');
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text);
    assert.strictEqual(analyzer.report.headingsLaid, 1000);
    // 5. becomes 6. in the 50th chapter: a repeated number there, nothing changes after the chapter.
    const at = text.indexOf('5. 第5項', text.indexOf('第50章'));
    const edited = text.slice(0, at) + '6' + text.slice(at + 1);
    const result = analyzer.analyzeChanges([{ offset: at, length: 1, text: '6' }]);
    assert.deepStrictEqual(view(result), view(analyze(edited)));
    assert.ok(analyzer.report.headingsLaid > 0 && analyzer.report.headingsLaid <= 128, `laid ${analyzer.report.headingsLaid} headings again`);
    assert.ok(result.problems.some((p) => p.code === 'heading-repeat' && edited.slice(p.start, p.end) === '6.'));
    // A heading inserted: every later heading moves one place on, and still only a window or two is redone.
    const insertAt = edited.indexOf('第30章');
    const inserted = edited.slice(0, insertAt) + '第29章之一 補充\n' + edited.slice(insertAt);
    const again = analyzer.analyzeChanges([{ offset: insertAt, length: 0, text: '第29章之一 補充\n' }]);
    assert.deepStrictEqual(view(again), view(analyze(inserted)));
    assert.ok(analyzer.report.headingsLaid <= 192, `laid ${analyzer.report.headingsLaid} headings again`);
  });

  it('gives what analyze gives when told only the changes (VS Code\'s edit events), one or several at a time', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(1, 40, 300),
        fc.boolean(),
        (lines, batches, blockLength, mixWithText) => {
          const analyzer = new IncrementalAnalyzer({ blockLength });
          let text = lines.join('\n');
          analyzer.analyze(text);
          batches.forEach((batch, i) => {
            // Each change is made to the text the ones before it left, as in one VS Code event.
            const changes: TextChange[] = [];
            for (const e of batch) {
              const c = changeOf(text, e);
              changes.push(c);
              text = applyChange(text, c);
            }
            // Whole texts and changes can follow one another.
            const result = mixWithText && i % 2 === 1 ? analyzer.analyze(text) : analyzer.analyzeChanges(changes);
            assert.deepStrictEqual(view(result), view(analyze(text)));
            assert.strictEqual(analyzer.textLength, text.length);
            assert.strictEqual(analyzer.lineCount, text.split('\n').length);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives what analyze gives from a text read piece by piece (whole lines at a time), never joined', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(line, headingLine), { minLength: 0, maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(1, 40, 2048),
        fc.boolean(),
        (lines, sizes, blockLength, finalBreak) => {
          const text = lines.join('\n') + (finalBreak && lines.length > 0 ? '\n' : '');
          // Pieces of whole lines, each with its LF: as an editor reads line ranges.
          const all = text.split(/(?<=\n)/);
          const pieces: string[] = [];
          for (let i = 0, k = 0; i < all.length; k++) {
            const n = sizes[k % sizes.length];
            pieces.push(all.slice(i, i + n).join(''));
            i += n;
          }
          const analyzer = new IncrementalAnalyzer({ blockLength });
          let next = 0;
          const result = runSteps(analyzer.updateFromPieces(() => (next < pieces.length ? pieces[next++] : undefined), 0));
          assert.deepStrictEqual(view(result), view(analyze(text)));
          // And it goes on from there like any analysis.
          const edited = text.slice(0, text.length >> 1) + '。\n資料來源：國家統計局\n' + text.slice(text.length >> 1);
          assert.deepStrictEqual(view(analyzer.analyze(edited)), view(analyze(edited)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the 資料來源 lines of a first analysis window by window, the same as on the whole text (5,000 lines)', () => {
    const rows: string[] = [];
    for (let i = 0; i < 5000; i++) {
      // Tables of 150 rows under a caption, each closed by a source line; some cross the windows (16 K characters).
      const k = i % 157;
      rows.push(k === 0 ? `表${i} 糧食產量` : k < 151 ? `地區${i}|${i % 97}.5萬噸` : k === 151 ? `資料來源：國家統計局${i}` : k === 152 ? '' : '以上數據為初步統計。');
    }
    const text = rows.join('\n');
    const pieces = text.split(/(?<=\n)/);
    let next = 0;
    const analyzer = new IncrementalAnalyzer();
    const result = runSteps(analyzer.updateFromPieces(() => (next < pieces.length ? pieces.slice(next, (next += 333)).join('') : undefined), 5));
    const whole = analyze(text);
    assert.deepStrictEqual(view(result), view(whole));
    assert.ok(whole.figures.filter((f) => f.source?.publisher?.startsWith('國家統計局')).length > 4000);
  });

  it('keeps the CR of a heading line that ends with two (\\r\\r\\n), as analyze does', () => {
    for (const text of ['一、總體要求\r\r\n內容。', '# 標題\r\r\n正文。\r\n', '甲。\r\n\r\n總體要求\r\r\n\r\n乙。']) {
      for (const blockLength of [1, 2048]) assert.deepStrictEqual(view(new IncrementalAnalyzer({ blockLength }).analyze(text)), view(analyze(text)), JSON.stringify(text));
    }
  });

  it('refuses a change that does not fit the text it has, and keeps working', () => {
    const analyzer = new IncrementalAnalyzer({ blockLength: 10 });
    const text = '一、總體要求\n據瑞穗證券估計，比例為70%。\n';
    analyzer.analyze(text);
    assert.throws(() => analyzer.analyzeChanges([{ offset: text.length, length: 1, text: '' }]), RangeError);
    assert.throws(() => analyzer.analyzeChanges([{ offset: 0, length: 0, text: 'x' }, { offset: -1, length: 0, text: 'y' }]), RangeError);
    assert.strictEqual(analyzer.textLength, text.length);
    const edited = text.replace('70%', '75%');
    assert.deepStrictEqual(view(analyzer.analyzeChanges([{ offset: text.indexOf('70%'), length: 2, text: '75' }])), view(analyze(edited)));
  });

  it('gives what analyze gives after random edits of texts longer than a 資料來源 line reaches (tables, source lines)', () => {
    // Table rows (no prose: a source line covers them) and source lines, among fixture lines.
    const tableLine = fc.oneof(
      { weight: 3, arbitrary: line },
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 99 }).map((n) => `華北|產量${n}.5萬噸。`) },
      { weight: 1, arbitrary: fc.constantFrom('資料來源：國家統計局', '资料来源：《中国统计年鉴》', '', '地區|產量', '表1 糧食產量') },
    );
    fc.assert(
      fc.property(
        fc.array(tableLine, { minLength: SOURCE_LINE_REACH + 20, maxLength: SOURCE_LINE_REACH + 120 }),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(1, 400),
        (lines, edits, blockLength) => replayMatchesAnalyze(lines, edits, blockLength),
      ),
      { numRuns: 25 },
    );
  });

  it('gives what analyze gives with more blocks than one concat of their problems takes (9,000 one-line blocks)', () => {
    const lines: string[] = [];
    for (let k = 0; k < 9000; k++) lines.push(k % 3 === 0 ? `這個關系到第${k}項。` : k % 3 === 1 ? `據統計，增長${k}%。` : '其他說明（未完。');
    const text = lines.join('\n');
    const analyzer = new IncrementalAnalyzer({ blockLength: 1 });
    const result = analyzer.analyze(text);
    assert.ok(analyzer.report.blocks >= 9000, `${analyzer.report.blocks} blocks`);
    assert.ok(result.problems.length >= 6000, `${result.problems.length} problems`);
    assert.deepStrictEqual(view(result), view(analyze(text)));
  });

  it('gives what analyze gives on every fixture, analysed whole', () => {
    for (const text of texts) assert.deepStrictEqual(view(new IncrementalAnalyzer({ blockLength: 200 }).analyze(text)), view(analyze(text)));
  });

  describe('on the sample article repeated 50 times', () => {
    const article = readFileSync(join(fixtures, 'hangzhou-model.zh-Hant.txt'), 'utf8');
    const text = Array(50).fill(article).join('\n');
    const analyzer = new IncrementalAnalyzer();
    const first = analyzer.analyze(text);
    // Taken now: later updates move the objects of `first` in place.
    const firstView = view(first);
    const firstTerms = first.terms.slice();
    const firstProblems = first.problems.slice();
    const blocks = analyzer.report.blocks;
    // 英偉達控制著70%~ 95% 的市場 in the 25th copy: one character changed in the middle of the text.
    const middle = text.indexOf('70%~', Math.floor(text.length / 2));
    const edited = text.slice(0, middle) + '8' + text.slice(middle + 1);
    const after = analyzer.analyze(edited);

    it('is cut into many blocks and analyses only the one or two around a one-character edit again', () => {
      assert.ok(blocks > 100, `${blocks} blocks`);
      assert.ok(analyzer.report.blocksAnalysed <= 3, `${analyzer.report.blocksAnalysed} blocks analysed again`);
      assert.deepStrictEqual(analyzer.report.redone, []);
      assert.strictEqual(analyzer.report.wholeOutline, false);
    });

    it('gives what analyze gives, and reads the new figure 80%~ 95%', () => {
      assert.deepStrictEqual(firstView, view(analyze(text)));
      assert.deepStrictEqual(view(after), view(analyze(edited)));
      const figure = after.figures.find((f) => f.start === middle);
      assert.deepStrictEqual(figure && [figure.text, figure.range], ['80%~ 95%', [80, 95]]);
    });

    it('keeps the result objects of the blocks it did not analyse again (none move: the length is unchanged)', () => {
      const kept = firstTerms.filter((t) => t.end < middle - 10_000).length;
      assert.ok(kept > 1000);
      assert.ok(after.terms.slice(0, kept).every((t, i) => t === firstTerms[i]));
      assert.strictEqual(after.terms[after.terms.length - 1], firstTerms[firstTerms.length - 1]);
    });

    it('replaces only the changed block\'s part of the problem list: the problems around it are the same objects', () => {
      const kept = firstProblems.filter((p) => p.end < middle - 10_000).length;
      assert.ok(kept > 100);
      assert.ok(after.problems.slice(0, kept).every((p, i) => p === firstProblems[i]));
      assert.strictEqual(after.problems[after.problems.length - 1], firstProblems[firstProblems.length - 1]);
      assert.strictEqual(after.problems.length, firstProblems.length);
    });

    it('moves the results after an inserted line in place: the same objects, one line and its length further on', () => {
      const at = text.indexOf('\n', middle) + 1;
      const last = after.figures[after.figures.length - 1];
      const [start, line] = [last.start, last.line];
      const inserted = analyzer.analyze(edited.slice(0, at) + '新增一行。\n' + edited.slice(at));
      assert.strictEqual(inserted.figures[inserted.figures.length - 1], last);
      assert.deepStrictEqual([last.start, last.line], [start + 6, line + 1]);
    });

    it('analyses every block again when an edit defines a new term, and still gives what analyze gives', () => {
      const at = text.indexOf('。', middle) + 1;
      const defining = text.slice(0, at) + '杭州模式（以下簡稱「杭模」）' + text.slice(at);
      const a = analyzer.analyze(defining);
      assert.deepStrictEqual(analyzer.report.redone, ['terms']);
      assert.deepStrictEqual(view(a), view(analyze(defining)));
      assert.ok(a.definedTerms.some((e) => e.term === '杭模'));
    });

    it('reads every block\'s 元 again when an edit names 香港特區 far away, and gives what analyze gives', () => {
      const before = `${text}\n財政赤字為1,016億元。\n`;
      assert.strictEqual(analyzer.analyze(before).figures.find((f) => f.text === '1,016億元')?.unit, 'CNY');
      const hongKong = `香港特區政府公布：${before}`;
      const a = analyzer.analyze(hongKong);
      assert.deepStrictEqual(analyzer.report.redone, ['figures']);
      assert.strictEqual(a.figures.find((f) => f.text === '1,016億元')?.unit, 'HKD');
      assert.deepStrictEqual(view(a), view(analyze(hongKong)));
    });
  });

  describe('where a stage reads across a block boundary', () => {
    /** Analyses `before` with one block per admissible line, then `after`, checking both against analyze. */
    function check(before: string, after: string): Analysis {
      const analyzer = new IncrementalAnalyzer({ blockLength: 1 });
      assert.deepStrictEqual(view(analyzer.analyze(before)), view(analyze(before)));
      const a = analyzer.analyze(after);
      assert.deepStrictEqual(view(a), view(analyze(after)));
      assert.strictEqual(analyzer.report.wholeOutline, false);
      return a;
    }

    it('keeps a definition whose bracket opens on the line above in one block (國家數據局（ / 以下簡稱「數據局」）)', () => {
      const text = '國家數據局（\n以下簡稱「數據局」）負責。\n數據局統籌。';
      assert.deepStrictEqual(check(text, text + '\n數據局發布。').definedTerms.map((e) => e.term), ['數據局']);
    });

    it('drops the plain heading below a line that loses its 。 and so no longer stands between paragraphs', () => {
      const text = '會議強調。\n總體要求\n要堅持穩中求進工作總基調，完整準確全面貫徹新發展理念，加快構建新發展格局。';
      assert.deepStrictEqual(analyze(text).outline.map((h) => h.title), ['總體要求']);
      assert.deepStrictEqual(check(text, text.replace('強調。', '強調')).outline, []);
    });

    it('writes a block\'s mixed-script suggestions when first read, for runs moved by edits above them since', () => {
      const lines = ['這份報告說明了數據的價值。', '他說：这个系统很好，據說如此。', '這是第三段，关系到發展。', '各部門要加強協作，这份报告很重要。'];
      const text = lines.join('\n');
      const analyzer = new IncrementalAnalyzer({ blockLength: 1 });
      analyzer.analyze(text); // nothing read: no suggestion written yet
      const edited = '一、總則\n補充說明一段文字。\n' + text;
      const a = analyzer.analyzeChanges([{ offset: 0, length: 0, text: '一、總則\n補充說明一段文字。\n' }]);
      const expected = analyze(edited).problems.filter((p) => p.code === 'mixed-script');
      const got = a.problems.filter((p) => p.code === 'mixed-script');
      assert.deepStrictEqual(got.map((p) => [p.start, p.end, p.suggestion, p.message]), expected.map((p) => [p.start, p.end, p.suggestion, p.message]));
      assert.deepStrictEqual(got.map((p) => p.args[0]), ['这个系统', '关系', '这份报']);
      assert.deepStrictEqual(got.map((p) => p.suggestion), ['這個系統', '關係', '這份報']);
    });

    it('checks the script of the whole text at once when an ideographic description (⿰氵青) may reach across a line', () => {
      // OpenCC reads ⿳⿳。 and the line break as one sequence, and 关系 after it unconverted: no slip there.
      const text = '這是繁體文本，這是⿳⿳。\n关系很好。\n這裡的數據很多。';
      assert.deepStrictEqual(check(text, text.replace('很多', '很多的')).problems.filter((p) => p.code === 'mixed-script'), []);
    });

    it('takes the source away from table rows above a blank line put in 180 lines above their 資料來源 line', () => {
      const rows = Array.from({ length: 190 }, (_, i) => `華北|產量${i + 1}.5萬噸。`);
      const text = rows.join('\n') + '\n資料來源：國家統計局';
      const cut = text.indexOf('\n', text.indexOf('11.5萬噸'));
      const a = check(text, text.slice(0, cut) + '\n' + text.slice(cut));
      assert.deepStrictEqual(a.figures.slice(9, 11).map((f) => [f.text, f.source?.text ?? null]), [['10.5萬噸', null], ['11.5萬噸', null]]);
      assert.strictEqual(a.figures[11].source?.text, '資料來源：國家統計局');
      assert.strictEqual(a.problems.filter((p) => p.code === 'unsourced-figure').length, 11);
    });

    it('keeps a 資料來源 line covering the 200 table rows above it when a row further up is removed', () => {
      const rows = Array.from({ length: 250 }, (_, i) => `華北|產量${i + 1}.5萬噸。`);
      const text = rows.join('\n') + '\n資料來源：國家統計局';
      // The reach the analyzer assumes is the one findSourceBlocks has.
      assert.strictEqual(findSourceBlocks(text)[0].start, text.indexOf(rows[250 - SOURCE_LINE_REACH]));
      const a = check(text, text.replace(`${rows[4]}\n`, ''));
      assert.deepStrictEqual(a.figures.filter((f) => f.source !== null).map((f) => f.text).slice(0, 2), ['51.5萬噸', '52.5萬噸']);
    });

    it('moves the term-form problems to the other spelling, far from the edit, when it becomes the more common one', () => {
      const filler = Array(30).fill('本辦法自發布之日起施行。').join('\n');
      const simplified = '数据是第三道护城河。';
      const traditional = '數據是第三道護城河。';
      const text = [simplified, filler, traditional, filler, traditional, filler, simplified].join('\n');
      const forms = (a: Analysis): string[] => a.problems.filter((p) => p.code === 'term-form').map((p) => a.lineStarts.filter((s) => s <= p.start).length + ':' + p.message.slice(1, 4));
      // Two and two: the spelling met first is the main one.
      assert.deepStrictEqual(forms(analyze(text)), ['32:護城河', '63:護城河']);
      assert.deepStrictEqual(forms(check(text, text + '\n' + traditional)), ['1:护城河', '94:护城河']);
    });

    it('leaves a year inside a cited title without the source of the 資料來源 line below', () => {
      const text = '據《國家信息化發展報告(2023 年)》，網民達10億人。\n資料來源：國家統計局';
      const a = check(text, text + '。');
      assert.deepStrictEqual(a.figures.map((f) => [f.text, f.source?.text ?? null]), [['2023 年', null], ['10億人', '據《國家信息化發展報告(2023 年)》']]);
    });
  });

  it('gives the analysis in slices, pausing between them, equal to analyze', () => {
    const article = readFileSync(join(fixtures, 'hangzhou-model.zh-Hans.txt'), 'utf8');
    const text = Array(5).fill(article).join('\n');
    const steps = analyzeInSlices(text, { blockLength: 500 }, 0);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses > 20, `${pauses} pauses`);
    assert.deepStrictEqual(view(step.value), view(analyze(text)));
  });

  it('pauses inside a block too: a block of 2,440 characters dense with figures, in every 256 characters read', () => {
    // One line, so one block however long: a first analysis of a draft cold in V8 took 10–20 ms on one such block's figures.
    const unit = '據國家統計局發布，2023年全國糧食產量69541萬噸，比上年增長1.3%，算力規模达到230 EFLOPS，佔比35%；';
    const pauses = (text: string): { count: number; analysis: Analysis } => {
      const steps = analyzeInSlices(text, { blockLength: 1 << 20 }, 0);
      let count = 0;
      for (let step = steps.next(); ; step = steps.next(), count++) if (step.done) return { count, analysis: step.value };
    };
    const long = unit.repeat(40);
    const one = pauses(unit);
    const many = pauses(long);
    assert.strictEqual(many.analysis.figures.length, 200);
    assert.deepStrictEqual(view(many.analysis), view(analyze(long)));
    // Its figures pause every 256 characters and every 8 cues, its terms every 512 characters; the short text takes
    // as many pauses as there are stages.
    assert.ok(many.count - one.count >= Math.floor(long.length / 256) + Math.floor(200 / 8), `${many.count} pauses, ${one.count} for one sentence`);
  });

  it('starts a block only after a finished sentence and before a line that opens with a Han character', () => {
    const text = '國家數據局負責。\n公共數據（\n以下簡稱「數據」）\n一、總體要求\n本辦法所稱…。\n數據是指。';
    const starts = blockStarts(text, 0, text.length, 1);
    assert.deepStrictEqual(starts.map((s) => text.slice(s, s + 2)), ['國家', '公共', '數據']);
    assert.strictEqual(isBlockStart(text, text.indexOf('一、')), false);
  });

  it('starts blocks at 第X條 lines after a sentence, numbered or not: a law of 1,200 articles is not one block', () => {
    const text = '第一章 總則\n' + Array.from({ length: 1200 }, (_, k) => `第${k + 1}條 為了規範數據處理活動，保障數據安全，比例不低於${k % 90}%。`).join('\n');
    // After 1.…。 a 第X條 line may start a block. A GB/T number reads the line above: it may start one
    // after a line that is what it is alone (第三條…), not after a short item that is a heading or a list
    // item depending on what precedes it (1. 加強領導。).
    const mixed = '1. 加強領導。\n第三條 本辦法所稱數據。\n（一）組織實施。\n（二）加強保障。';
    assert.strictEqual(isBlockStart(mixed, mixed.indexOf('第三條')), true);
    assert.strictEqual(isBlockStart(mixed, mixed.indexOf('（一）')), true);
    assert.strictEqual(isBlockStart(mixed, mixed.indexOf('（二）')), false);
    const list = Array.from({ length: 3000 }, (_, k) => `${(k % 9) + 1}. 第${k}項措施，推進數據要素市場建設，比例達到${k % 100}%。`).join('\n');
    const listAnalyzer = new IncrementalAnalyzer();
    assert.deepStrictEqual(view(listAnalyzer.analyze(list)), view(analyze(list)));
    assert.ok(listAnalyzer.report.blocks > 20, `a list of 3,000 items in ${listAnalyzer.report.blocks} blocks`);
    const analyzer = new IncrementalAnalyzer({ blockLength: 2048 });
    assert.deepStrictEqual(view(analyzer.analyze(text)), view(analyze(text)));
    assert.ok(analyzer.report.blocks >= 15, `${analyzer.report.blocks} blocks`);
    const at = text.indexOf('不低於', text.indexOf('第600條')) + 3;
    const edited = text.slice(0, at) + '1' + text.slice(at);
    assert.deepStrictEqual(view(analyzer.analyzeChanges([{ offset: at, length: 0, text: '1' }])), view(analyze(edited)));
    assert.strictEqual(analyzer.report.blocksAnalysed, 1);
  });
});

describe('warm-up of the per-block stages', () => {
  it('gives the stages a heading, a source line or a figure on every line, figures of every kind, some with a cue', () => {
    const kinds = new Set<string>();
    let cited = 0;
    for (const line of WARM_UP_LINES) {
      const local = localFindings(line, undefined, undefined);
      const { figures } = blockFigures(line, documentFigureOptions(false, false, false));
      figures.forEach((f) => kinds.add(f.kind));
      cited += figures.filter((f) => f.source !== null).length;
      assert.ok(local.headingLines.length + figures.length + findSourceBlocks(line).length > 0, line);
    }
    for (const kind of ['amount', 'count', 'percent', 'date', 'year', 'period', 'ordinal', 'counted', 'rate']) assert.ok(kinds.has(kind), kind);
    // The cue stage runs too: 据…发布的《…》 and 瑞穗證券估計 cite their figures.
    assert.ok(cited > 0, 'no warm-up figure cites a source');
  });
});
