import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyze, mixedScriptSlips, needsSource, type Analysis } from '../../src/core/analysis';
import { IncrementalAnalyzer } from '../../src/core/incremental/analyzer';
import { figureTable } from '../../src/core/figures/table';
import { describeValue } from '../../src/core/figures/describe';
import { sectionEnds, sectionLastLines, sectionLastLineSteps, sectionTree, type Section } from '../../src/core/outline/sections';
import { spanAt, spansIn } from '../../src/core/spans';
import { findUnbalancedBrackets } from '../../src/core/text/brackets';
import type { Problem } from '../../src/core/types';
import { forwardLineOf, lineOf, lineStarts } from '../../src/core/text/lines';

const HANT = readFileSync('test/fixtures/hangzhou-model.zh-Hant.txt', 'utf8');
const HANS = readFileSync('test/fixtures/hangzhou-model.zh-Hans.txt', 'utf8');

function figure(a: Analysis, text: string, includes = false) {
  const f = a.figures.find((x) => (includes ? x.text.includes(text) : x.text === text));
  assert.ok(f, `figure ${text} found among ${a.figures.map((x) => x.text).join(' | ')}`);
  return f;
}

describe('analyze() on the sample article', () => {
  const hant = analyze(HANT);
  const hans = analyze(HANS);

  it('links 8856 億美元 to 美國國家科學與工程統計中心 with its exact value', () => {
    const f = figure(hant, '8856 億美元');
    assert.equal(f.value, 885600000000);
    assert.equal(f.unit, 'USD');
    assert.equal(f.source?.publisher, '美國國家科學與工程統計中心');
    assert.equal(HANT.slice(f.source!.start, f.source!.end), f.source!.text);
  });

  it('reads 70%~ 95% as the range [70, 95] estimated by 瑞穗證券', () => {
    const f = figure(hant, '70%~ 95%');
    assert.deepEqual(f.range, [70, 95]);
    assert.equal(f.source?.publisher, '瑞穗證券');
  });

  it('cites 國家信息化發展報告(2023 年) for 230 EFLOPS and 第二位', () => {
    for (const f of [figure(hant, '230 百億億次浮點運算/秒(EFLOPS)', true), figure(hant, '第二位')]) {
      assert.equal(f.source?.title, '國家信息化發展報告(2023 年)');
      assert.equal(f.source?.publisher, '國家互聯網信息辦公室');
    }
    assert.equal(figure(hant, '230 百億億次浮點運算/秒(EFLOPS)', true).value, 2.3e20);
  });

  it('carries the 美國國家科學與工程統計中心 cue across the commas of one sentence (59%, 39.6%)', () => {
    assert.equal(figure(hant, '59%').source?.publisher, '美國國家科學與工程統計中心');
    assert.equal(figure(hant, '39.6%').source?.publisher, '美國國家科學與工程統計中心');
  });

  it('finds no source for the 4 266家 sentence and reports it as information', () => {
    const f = figure(hant, '4 266家');
    assert.equal(f.value, 4266);
    assert.equal(f.source, null);
    const p = hant.problems.find((x) => x.code === 'unsourced-figure' && x.start === f.start);
    assert.equal(p?.severity, 'information');
  });

  it('does not ask a source for a duration (未來十年)', () => {
    const f = figure(hant, '十年');
    assert.equal(needsSource(f), false);
    assert.ok(!hant.problems.some((p) => p.code === 'unsourced-figure' && p.start === f.start));
  });

  it('outlines 導語, the three section headings and the captions 圖1-1, 圖2-2, 圖1-3 under them', () => {
    const outline = hant.outline.map((h) => [h.kind, h.level, h.number ?? '', h.title]);
    assert.deepEqual(outline, [
      ['matter', 1, '', '導語'],
      ['plain', 1, '', '科技競爭的三大核心要素:算力、算法和數據資源'],
      ['caption', 2, '圖1-1', 'AI三大要素'],
      ['plain', 1, '', '戰略的高度,取決于政策的穩定性'],
      ['caption', 2, '圖2-2', '中美科技政策對比'],
      ['plain', 1, '', '杭州模式的科技“護城河”'],
      ['caption', 2, '圖1-3', '杭州模式區別于傳統發展模式的核心競爭優勢'],
    ]);
  });

  it('finds the key terms of the article, in both scripts at the same offsets', () => {
    const ids = new Set(hant.terms.map((t) => t.id));
    for (const id of ['算力', '算法', '數據資源', '杭州模式', '護城河', '信息效率', '價值共識', '政企協同', '產業集群', '社會信任', '數字鐵幕', 'DeepSeek', 'HBM', '昇騰', 'EFLOPS', '算力小鎮']) {
      assert.ok(ids.has(id), `term ${id}`);
    }
    assert.deepEqual(hans.terms.map((t) => [t.id, t.start, t.end]), hant.terms.map((t) => [t.id, t.start, t.end]));
    for (const t of hans.terms) assert.equal(HANS.slice(t.start, t.end), t.text);
  });

  it('gives the Simplified copy the same figures, values and sources', () => {
    const key = (a: Analysis) => a.figures.map((f) => [f.start, f.end, f.kind, f.value, f.source?.start ?? null]);
    assert.deepEqual(key(hans), key(hant));
  });

  it('detects the script and reports the conversion slips of the Traditional text only', () => {
    assert.equal(hant.script, 'traditional');
    assert.equal(hans.script, 'simplified');
    const slips = hant.problems.filter((p) => p.code === 'mixed-script');
    const at = (needle: string, k: number) => HANT.indexOf(needle) + k;
    assert.ok(slips.some((p) => p.start === at('取決于', 2) && p.suggestion === '於'), '于 in 取決于');
    assert.ok(slips.some((p) => p.start === at('標志著', 1) && p.suggestion === '誌'), '志 in 標志著');
    assert.ok(slips.some((p) => p.start === at('生產關系', 3) && p.suggestion === '係'), '系 in 生產關系');
    assert.equal(hans.problems.filter((p) => p.code === 'mixed-script').length, 0);
  });

  it('words a conversion slip both ways, and keeps the words out of what is stored with it', () => {
    const inTraditional = analyze('這種政策執行力，为杭州提供了制度保障。').problems.find((p) => p.code === 'mixed-script');
    assert.equal(inTraditional?.message, "'为' is a Simplified form in a Traditional text; Traditional: '為'.");
    const simplified = '这种政策执行力，為杭州提供了制度保障。';
    const inSimplified = analyze(simplified).problems.find((p) => p.code === 'mixed-script');
    assert.equal(inSimplified?.message, "'為' is a Traditional form in a Simplified text; Simplified: '为'.");
    // Written when read, code and severity from the class: a draft in the wrong script has half a million of these.
    assert.deepEqual(Object.keys(inSimplified).sort(), ['end', 'start']);
    const { code, severity, start, end, suggestion, template, args } = inSimplified;
    assert.deepEqual({ code, severity, start, end, suggestion, template, args }, {
      code: 'mixed-script', severity: 'warning', start: simplified.indexOf('為'), end: simplified.indexOf('為') + 1, suggestion: '为',
      template: "'{0}' is a Traditional form in a Simplified text; Simplified: '{1}'.", args: ['為', '为'],
    });
    // As JSON (what compares analyses in the incremental tests), with its message.
    assert.equal(JSON.parse(JSON.stringify(inSimplified)).message, inSimplified.message);
  });

  it('reports a clause pasted in the other script as one problem, counting its characters, in both directions', () => {
    const [run] = analyze('他說：这个系统很好，據說如此。').problems.filter((p) => p.code === 'mixed-script');
    assert.deepEqual(mixedScriptSlips(run), { count: 3, target: 'traditional' });
    assert.deepEqual({ start: run.start, end: run.end, suggestion: run.suggestion, message: run.message }, {
      start: 3, end: 7, suggestion: '這個系統', message: "'这个系统' has 3 Simplified forms in a Traditional text; Traditional: '這個系統'.",
    });
    const inSimplified = analyze('他说：這個問題很大，据说如此。这份报告说明了这一点。').problems.filter((p) => p.code === 'mixed-script');
    assert.deepEqual(inSimplified.map((p) => [p.message, p.args]), [
      ["'這個問題' has 4 Traditional forms in a Simplified text; Simplified: '这个问题'.", ['這個問題', '4', '这个问题']],
    ]);
  });

  it('writes an unsourced figure\'s message when it is read, and gives all of it as JSON', () => {
    const p = analyze('杭州市企業研發中心4 266家。').problems.find((x) => x.code === 'unsourced-figure');
    assert.ok(p);
    assert.deepEqual(Object.keys(p).sort(), ['end', 'start']);
    assert.deepEqual(JSON.parse(JSON.stringify(p)), {
      code: 'unsourced-figure', severity: 'information', start: 9, end: 15,
      message: 'No source is cited for 4 266家.', template: 'No source is cited for {0}.', args: ['4 266家'],
    });
  });
});

describe('analyze() problems', () => {
  it('reports dates whose day their month does not have, and only those (leap years, 民國, spans)', () => {
    const text = '2024年2月30日發布，2023年2月29日施行，2024年2月29日生效，民國113年4月31日公告，2024年4月29日至31日辦理，2024年12月31日止。';
    const dates = analyze(text).problems.filter((p) => p.code === 'impossible-date');
    assert.deepEqual(dates.map((p) => text.slice(p.start, p.end)), ['2024年2月30日', '2023年2月29日', '民國113年4月31日', '2024年4月29日至31日']);
    assert.equal(dates[0].message, '2024年2月30日 is not a real date: month 2 of 2024 has 29 days.');
    assert.equal(dates[1].message, '2023年2月29日 is not a real date: month 2 of 2023 has 28 days.');
    assert.deepEqual(dates[2].args, ['民國113年4月31日', '4', '2024', '30']);
    assert.equal(dates[0].severity, 'warning');
  });

  it('checks dates without a year too, all but 2月29日', () => {
    const text = '4月31日發布，2月30日施行，2月29日生效，十一月三十一日公告，1至3月31日辦理，5月31日止，3月五六日召開，4月29日至31日休會。';
    const dates = analyze(text).problems.filter((p) => p.code === 'impossible-date');
    // 3月五六日 is the 5th or 6th; the span 4月29日至31日 ends on a day April does not have.
    assert.deepEqual(dates.map((p) => text.slice(p.start, p.end)), ['4月31日', '2月30日', '十一月三十一日', '4月29日至31日']);
    assert.equal(dates[0].message, '4月31日 is not a real date: month 4 has 30 days.');
    assert.equal(dates[0].template, '{0} is not a real date: month {1} has {2} days.');
  });

  it('finds the same impossible dates incrementally, after edits that make and unmake them', () => {
    const text = (feb: string, apr: string) => `一、總則\n2024年2月${feb}日發布。\n${'本辦法自公布日施行。\n'.repeat(300)}二、附則\n2023年4月${apr}日止。\n`;
    const analyzer = new IncrementalAnalyzer({ blockLength: 256 });
    const steps: [string, string, number][] = [['28', '30', 0], ['30', '30', 1], ['30', '31', 2], ['29', '31', 1], ['29', '30', 0]];
    for (const [feb, apr, expected] of steps) {
      const edited = text(feb, apr);
      const incremental = JSON.parse(JSON.stringify(analyzer.analyze(edited).problems));
      assert.deepEqual(incremental, JSON.parse(JSON.stringify(analyze(edited).problems)), `2月${feb}日, 4月${apr}日`);
      assert.equal(incremental.filter((p: { code: string }) => p.code === 'impossible-date').length, expected, `2月${feb}日, 4月${apr}日`);
    }
    assert.ok(analyzer.report.blocksAnalysed < analyzer.report.blocks, 'the last edit was incremental');
  });

  it('reports skipped GB/T 9704 heading numbers (一、 二、 四、)', () => {
    const a = analyze('一、總則\n正文。\n二、目標\n正文。\n四、措施\n正文。\n');
    const p = a.problems.find((x) => x.code === 'heading-skip');
    assert.ok(p, JSON.stringify(a.problems));
    assert.equal(p.severity, 'warning');
  });

  it('reports one glossary term written in two forms in one document, suggesting the glossary form', () => {
    const a = analyze('杭州還擁有阿里云。阿里雲是全球排名第三的雲廠商，阿里云的算力很強。');
    const forms = a.problems.filter((p) => p.code === 'term-form');
    assert.equal(forms.length, 1);
    assert.equal(forms[0].suggestion, '阿里云');
    assert.equal('杭州還擁有阿里云。阿里雲是全球排名第三的雲廠商，阿里云的算力很強。'.slice(forms[0].start, forms[0].end), '阿里雲');
    // Worded when read, and written out as plain data (the CLI's JSON) with its message.
    const data = JSON.parse(JSON.stringify(forms[0])) as Problem;
    assert.deepEqual(data, { ...data, code: 'term-form', severity: 'warning', args: ['阿里雲', '阿里云', '阿里云'], suggestion: '阿里云' });
    assert.equal(data.message, forms[0].message);
    assert.ok(forms[0].message.includes('阿里雲') && forms[0].message.includes('阿里云'), forms[0].message);
  });

  it('reports unbalanced 《》“”「」（） per paragraph', () => {
    const text = '見《國家信息化發展報告。\n“算力是基礎」\n（正常）\n';
    const codes = findUnbalancedBrackets(text).map((p) => [p.start, text[p.start]]);
    assert.deepEqual(codes, [[1, '《'], [13, '“'], [19, '」']]);
    assert.deepEqual(findUnbalancedBrackets('《'.repeat(3000) + '》'.repeat(3000)), []);
  });
});

describe('figure presentation', () => {
  it('writes values plainly and in scientific notation', () => {
    assert.deepEqual(describeValue({ value: 885600000000, range: null, unit: 'USD', kind: 'amount' }),
      { plain: '885,600,000,000 USD', scientific: '8.856 × 10¹¹ USD' });
    assert.equal(describeValue({ value: 2.3e20, range: null, unit: 'FLOP/s', kind: 'rate' })?.equivalent, '230 EFLOPS');
    assert.equal(describeValue({ value: 20241200, range: null, unit: null, kind: 'date' })?.plain, '2024-12');
    assert.equal(describeValue({ value: null, range: [70, 95], unit: '%', kind: 'percent' })?.plain, '70–95%');
  });

  it('exports the figure table as CSV with quoting and as Markdown', () => {
    const a = analyze('據瑞穗證券估計，英偉達控制著70%~ 95% 的市場，另有“4,266家”。');
    const csv = figureTable(a, 'csv').trim().split('\n');
    assert.equal(csv[0], 'figure,kind,value,unit,approx,source,line');
    assert.equal(csv[1], '70%~ 95%,percent,70–95,%,no,瑞穗證券,1');
    assert.equal(csv[2], '"4,266家",count,4266,家,no,瑞穗證券,1');
    const md = figureTable(a, 'markdown').split('\n');
    assert.equal(md[0], '| figure | kind | value | unit | approx | source | line |');
    assert.equal(md.length, 5);
  });
});

describe('spans and sections', () => {
  const spans = [{ start: 2, end: 5 }, { start: 5, end: 7 }, { start: 10, end: 12 }];

  it('finds the span at an offset, preferring the one that starts there', () => {
    assert.equal(spanAt(spans, 3), spans[0]);
    assert.equal(spanAt(spans, 5), spans[1]);
    assert.equal(spanAt(spans, 8), undefined);
    assert.deepEqual(spansIn(spans, 6, 11), [spans[1], spans[2]]);
  });

  it('reads the lines of increasing offsets forward as lineOf reads them, and starts again for a lower one', () => {
    const starts = lineStarts(HANT);
    const lineOfForward = forwardLineOf(starts);
    const offsets = [0, 1, 50, 51, 400, 2000, HANT.length - 1, HANT.length, 30, 31, 5000];
    assert.deepEqual(offsets.map(lineOfForward), offsets.map((o) => lineOf(starts, o)));
  });

  it('finds the problems under the cursor when a long one reaches past those after it, and only those', () => {
    const problems = [{ start: 0, end: 100 }, { start: 10, end: 11 }, { start: 50, end: 51 }, { start: 60, end: 62 }, { start: 120, end: 121 }];
    assert.deepEqual(spansIn(problems, 60, 61), [problems[0], problems[3]]);
    assert.deepEqual(spansIn(problems, 101, 102), []);
    // Against every span checked one by one, at every offset of a real analysis (long runs, brackets, headings).
    const text = `${HANT}\n他說：这是一个非常长的句子，用来检验这个系统如何处理很长的简体字段落。（未閉合的括號，\n`;
    const all = analyze(text).problems;
    for (let at = 0; at < text.length; at += 7) {
      assert.deepEqual(spansIn(all, at, at + 1), all.filter((p) => p.start < at + 1 && p.end > at), `at ${at}`);
    }
  });

  it('lists the 《titles》 the text cites, each span holding the title between the brackets', () => {
    const a = analyze(HANT);
    const report = a.titles.find((t) => t.text === '國家信息化發展報告(2023 年)');
    assert.ok(report, a.titles.map((t) => t.text).join(' | '));
    assert.equal(HANT.slice(report.start - 1, report.end + 1), '《國家信息化發展報告(2023 年)》');
    assert.ok(a.titles.every((t) => HANT.slice(t.start, t.end) === t.text && !t.text.includes('\n')));
  });

  it('nests sections by level and ends each at the next heading of its level', () => {
    const a = analyze(HANT);
    const tree = sectionTree(a.outline, HANT.length);
    assert.equal(tree.length, 4);
    assert.equal(tree[1].children[0].heading.number, '圖1-1');
    assert.equal(tree[1].end, a.outline[3].start);
    assert.equal(tree[3].end, HANT.length);
  });

  it('ends each section at the next heading of its level or above, flat (sectionEnds) and nested (sectionTree)', () => {
    const level = fc.integer({ min: 1, max: 5 });
    const depthFirst = (tree: Section[]): Section[] => tree.flatMap((s) => [s, ...depthFirst(s.children)]);
    fc.assert(
      fc.property(fc.array(level, { maxLength: 40 }), (levels) => {
        const length = levels.length * 10 + 3;
        const outline = levels.map((l, k) => ({ ...analyze('一、甲').outline[0], level: l, start: k * 10, end: k * 10 + 5, line: k + 1 }));
        // The rule, read straight off the list: the first later heading whose level is not deeper.
        const expected = outline.map((h, k) => outline.slice(k + 1).find((g) => g.level <= h.level)?.start ?? length);
        assert.deepStrictEqual(sectionEnds(outline, length), expected);
        const nested = depthFirst(sectionTree(outline, length));
        assert.deepStrictEqual(nested.map((s) => s.heading), outline);
        assert.deepStrictEqual(nested.map((s) => s.end), expected);
        // Each child starts inside its parent and is of a deeper level.
        for (const s of nested) for (const c of s.children) assert.ok(c.heading.level > s.heading.level && c.heading.start < s.end);
      }),
    );
  });

  it('ends each section on the line before the next heading of its level, the last on the last line of the text', () => {
    const a = analyze(HANT);
    const last = sectionLastLines(a.outline, a.lineStarts, HANT.length);
    const at = (title: string) => a.outline.findIndex((h) => h.title === title);
    const strategy = at('戰略的高度,取決于政策的穩定性');
    assert.equal(last[strategy], a.outline[at('杭州模式的科技“護城河”')].line - 2);
    // 圖2-2 stands right before the next section: its own holds only its line.
    assert.equal(last[at('中美科技政策對比')], a.outline[at('中美科技政策對比')].line - 1);
    assert.equal(last[a.outline.length - 1], a.lineStarts.length - 1);
    // A final line break is the last section's: the empty line after it is not.
    const withBreak = sectionLastLines(a.outline, lineStarts(HANT + '\n'), HANT.length + 1);
    assert.equal(withBreak[a.outline.length - 1], a.lineStarts.length - 1);
  });

  it('gives the line of each section end as a search of the line starts does, the line break before the next heading left out', () => {
    const level = fc.integer({ min: 1, max: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(level, fc.nat(3)), { maxLength: 30 }), fc.boolean(), (items, finalBreak) => {
        // Each heading on a line of its own, then `gap` lines of text.
        const lines = items.flatMap(([, gap], k) => [`${k}、甲`, ...Array.from({ length: gap }, () => '正文。')]);
        const text = lines.join('\n') + (finalBreak ? '\n' : '');
        const starts = lineStarts(text);
        let line = 0;
        const outline = items.map(([l, gap], k) => {
          const start = starts[line];
          line += gap + 1;
          return { ...analyze('一、甲').outline[0], level: l, start, end: start + `${k}、甲`.length, line: line - gap };
        });
        const ends = sectionEnds(outline, text.length);
        const searched = outline.map((h, k) => {
          const at = lineOf(starts, ends[k]);
          return starts[at] === ends[k] && at > 0 && ends[k] > h.end ? at - 1 : at;
        });
        assert.deepStrictEqual(sectionLastLines(outline, starts, text.length), searched);
      }),
    );
  });

  it('works out the section ends of a long outline in steps, pausing every few hundred headings', () => {
    // 1,500 headings of levels 1–3, each with a line of text after it but every seventh.
    const lines: string[] = [];
    const levels: number[] = [];
    for (let k = 0; k < 1500; k++) {
      levels.push(1 + ((k * 7) % 3));
      lines.push(`${k}、甲`);
      if (k % 7 !== 0) lines.push('正文。');
    }
    const text = lines.join('\n');
    const starts = lineStarts(text);
    const template = analyze('一、甲').outline[0];
    let line = 0;
    const outline = levels.map((level, k) => {
      const start = starts[line];
      line += k % 7 !== 0 ? 2 : 1;
      return { ...template, level, start, end: start + `${k}、甲`.length, line: lineOf(starts, start) + 1 };
    });
    const ends = sectionEnds(outline, text.length);
    const searched = outline.map((h, k) => {
      const at = lineOf(starts, ends[k]);
      return starts[at] === ends[k] && at > 0 && ends[k] > h.end ? at - 1 : at;
    });
    const steps = sectionLastLineSteps(outline, starts, text.length);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.deepStrictEqual(step.value, searched);
    assert.ok(pauses >= 5, `${pauses} pauses for 1,500 headings`);
  });
});
