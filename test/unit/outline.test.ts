import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import * as fc from 'fast-check';
import { findHeadings } from '../../src/core/outline/headings';
import { parseChineseInteger, formatChineseInteger, readNumberMarker } from '../../src/core/outline/numbering';
import { sentenceWordsEnd, splitClauses, splitSentences } from '../../src/core/text/sentences';

// The suite runs from source (test/unit) or bundled elsewhere from the repository root.
const fixtures = existsSync(join(__dirname, '..', 'fixtures')) ? join(__dirname, '..', 'fixtures') : join(process.cwd(), 'test', 'fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** [kind, number, title, level] of every heading, the shape the outline view shows. */
function outline(text: string): [string, string, string, number][] {
  return findHeadings(text).headings.map((h) => [h.kind, h.number ?? '', h.title, h.level]);
}

describe('findHeadings', () => {
  describe('on the sample article (hangzhou-model)', () => {
    const text = read('hangzhou-model.zh-Hant.txt');

    it('finds 導語, the three plain section titles and the three figure captions, in order', () => {
      assert.deepStrictEqual(outline(text), [
        ['matter', '', '導語', 1],
        ['plain', '', '科技競爭的三大核心要素:算力、算法和數據資源', 1],
        ['caption', '圖1-1', 'AI三大要素', 2],
        ['plain', '', '戰略的高度,取決于政策的穩定性', 1],
        ['caption', '圖2-2', '中美科技政策對比', 2],
        ['plain', '', '杭州模式的科技“護城河”', 1],
        ['caption', '圖1-3', '杭州模式區別于傳統發展模式的核心競爭優勢', 2],
      ]);
    });

    it('does not take the later sentence 戰略的高度,取決于政策的穩定性。 (line 27) for a heading', () => {
      const lines = findHeadings(text).headings.map((h) => h.line);
      assert.deepStrictEqual(lines, [2, 6, 8, 19, 31, 32, 43]);
    });

    it('leaves the book notice, byline, related links, 關于IPP and the Notice out (lines 47-57 are a run of short lines)', () => {
      assert.ok(findHeadings(text).headings.every((h) => h.line < 47));
    });

    it('spans the whole heading line and puts the title inside it', () => {
      for (const h of findHeadings(text).headings) {
        const line = text.slice(h.start, h.end);
        assert.ok(!line.includes('\n') && !line.includes('\r'));
        assert.strictEqual(text.slice(h.titleStart, h.titleEnd), h.title);
        assert.ok(h.start <= h.titleStart && h.titleEnd <= h.end);
      }
      const caption = findHeadings(text).headings[2];
      assert.strictEqual(text.slice(caption.start, caption.end), '圖1-1 AI三大要素');
    });

    it('gives the same outline for the Simplified text and for CRLF line ends', () => {
      const hans = read('hangzhou-model.zh-Hans.txt');
      assert.deepStrictEqual(outline(hans).map(([kind, , , level]) => [kind, level]), outline(text).map(([kind, , , level]) => [kind, level]));
      const crlf = text.replace(/\n/g, '\r\n');
      assert.deepStrictEqual(outline(crlf), outline(text));
      for (const h of findHeadings(crlf).headings) assert.ok(!crlf.slice(h.start, h.end).endsWith('\r'));
    });

    it('reports no numbering problems', () => {
      assert.deepStrictEqual(findHeadings(text).problems, []);
    });
  });

  describe('on the Personal Information Protection Law (Markdown, 章/節/條)', () => {
    const text = read('outline/pipl-excerpt.zh-Hans.md');
    const { headings, problems } = findHeadings(text);

    it('takes # levels for Markdown headings', () => {
      const markdown = headings.filter((h) => h.kind === 'markdown').map((h) => [h.title, h.level]);
      assert.deepStrictEqual(markdown, [
        ['中华人民共和国个人信息保护法', 1],
        ['第一章　总则', 2],
        ['第二章　个人信息处理规则', 2],
        ['第一节　一般规定', 3],
        ['第二节  敏感个人信息的处理规则', 3],
      ]);
    });

    it('nests each article one level under the Markdown heading it sits in', () => {
      const articles = headings.filter((h) => h.kind === 'article');
      assert.strictEqual(articles.length, 29);
      assert.deepStrictEqual([articles[0].number, articles[0].level], ['第一条', 3]);
      assert.deepStrictEqual([articles[12].number, articles[12].level], ['第十三条', 4]);
      assert.strictEqual(articles[12].title, '符合下列情形之一的，个人信息处理者方可处理个人信息');
    });

    it('does not take the list items （一）…； or the note in brackets under the title for headings', () => {
      assert.ok(!headings.some((h) => h.kind === 'gbt' || h.kind === 'plain'));
    });

    it('finds the articles numbered without gaps', () => {
      assert.deepStrictEqual(problems, []);
    });
  });

  it('nests （一） under 一、 in a State Council opinion, half-width (一) included', () => {
    const text = read('outline/neimenggu-opinion.zh-Hans.txt');
    assert.deepStrictEqual(outline(text), [
      ['gbt', '一、', '总体要求', 1],
      ['gbt', '(一)', '指导思想', 2],
      ['gbt', '(二)', '工作原则', 2],
    ]);
  });

  it('finds no heading in the NBS grain announcement: its 一、 二、 三、 are data paragraphs after 如下:, then a signature and a date', () => {
    assert.deepStrictEqual(outline(read('outline/grain-output-2023.zh-Hans.txt')), []);
  });

  it('takes a title line standing before a blank line and a paragraph as a plain heading, and reads 一、 followed by a space', () => {
    assert.deepStrictEqual(outline(read('outline/productivity-puzzle.zh-Hant.txt')), [
      ['plain', '', '全球生產率減速之謎', 1],
      ['gbt', '一、', '全球生產率增長趨勢與生產率之謎', 1],
    ]);
  });

  describe('run-in headings', () => {
    it('ends the title of 一、… at the first 。', () => {
      const text = '一、太钢等应用反渗透膜分离技术减污节水情况。2002年，太钢投资建设了反渗透膜分离装置。';
      const [h] = findHeadings(text).headings;
      assert.strictEqual(h.title, '太钢等应用反渗透膜分离技术减污节水情况');
      assert.strictEqual(h.titleEnd, text.indexOf('。'));
      assert.strictEqual(h.end, text.length);
    });

    it('ends the title of （一）… at the first 。 and nests it under 一、', () => {
      const text = '一、总体要求\n（一）加强组织领导。各地区要把这项工作摆上重要议事日程。\n（二）强化督促检查。各部门要定期检查。';
      assert.deepStrictEqual(outline(text), [
        ['gbt', '一、', '总体要求', 1],
        ['gbt', '（一）', '加强组织领导', 2],
        ['gbt', '（二）', '强化督促检查', 2],
      ]);
    });

    it('takes a bracketed article heading 第一条【立法目的】 as the title', () => {
      const [h] = findHeadings('第一条【立法目的】为了规范数据处理活动，制定本法。').headings;
      assert.deepStrictEqual([h.kind, h.number, h.title], ['article', '第一条', '立法目的']);
    });
  });

  describe('levels', () => {
    it('nests 第X節 under its 第X章 and 第X條 under its 節', () => {
      const text = '第一章 总则\n第一条 为了规范。\n第二章 规则\n第一节 一般规定\n第二条 处理信息。';
      assert.deepStrictEqual(outline(text).map(([, n, , level]) => [n, level]), [
        ['第一章', 1], ['第一条', 2], ['第二章', 1], ['第一节', 2], ['第二条', 3],
      ]);
    });

    it('nests 1. under （一） and （1） under 1.', () => {
      const text = '一、任务\n（一）产业\n1. 制造业\n（1）高端装备\n（2）新材料\n2. 服务业\n二、保障';
      assert.deepStrictEqual(outline(text).map(([, n, , level]) => [n, level]), [
        ['一、', 1], ['（一）', 2], ['1.', 3], ['（1）', 4], ['（2）', 4], ['2.', 3], ['二、', 1],
      ]);
    });

    it('puts a （一） with no 一、 before it at level 1 without a problem', () => {
      const { headings, problems } = findHeadings('（一）指导思想\n正文。\n（二）基本原则\n正文。');
      assert.deepStrictEqual(headings.map((h) => h.level), [1, 1]);
      assert.deepStrictEqual(problems, []);
    });

    it('puts matter headings at level 1 and restarts the numbering after 附件', () => {
      const text = '一、背景\n二、任务\n附件1\n一、名单\n正文。';
      const { headings, problems } = findHeadings(text);
      assert.deepStrictEqual(headings.map((h) => [h.kind, h.title, h.level]), [
        ['gbt', '背景', 1], ['gbt', '任务', 1], ['matter', '附件1', 1], ['gbt', '名单', 1],
      ]);
      assert.deepStrictEqual(problems, []);
    });
  });

  describe('captions and matter', () => {
    it('finds 表1-2, 續表 and 图2 on lines of their own but not a sentence that starts with 图1', () => {
      const text = '表1-2 主要指标\n續表\n图2：城市分布\n图1显示，产量增长了。';
      assert.deepStrictEqual(outline(text), [
        ['caption', '表1-2', '主要指标', 1],
        ['caption', '續表', '續表', 1],
        ['caption', '图2', '城市分布', 1],
      ]);
    });

    it('finds 摘要, 参考文献 and 致謝 alone on their lines', () => {
      const text = '摘要\n本文研究产业政策。\n参考文献\n[1] 张三.产业政策[M].北京:人民出版社,2020.\n致謝';
      assert.deepStrictEqual(outline(text).map(([kind, , title]) => [kind, title]), [
        ['matter', '摘要'], ['matter', '参考文献'], ['matter', '致謝'],
      ]);
    });
  });

  describe('what is not a heading', () => {
    it('does not read 1.4 万亿斤 or a date at the start of a line as a heading', () => {
      const text = '1.4 万亿斤是全年粮食产量。\n2024年12月，美國商務部發布新規。\n1.4万亿斤';
      assert.deepStrictEqual(outline(text), []);
    });

    it('does not read a quotation line or a line ending with a colon as a plain heading', () => {
      const text = '他说明了理由。\n“算力是基礎，算法是關鍵，數據是未來。”\n正如所強調的:\n“資源的差距,可以用效率來彌補。”';
      assert.deepStrictEqual(outline(text), []);
    });

    it('does not read list items ending with ；after a colon as headings', () => {
      const text = '申请人应当提交以下材料：\n（一）申请书；\n（二）身份证明；\n（三）其他材料。';
      assert.deepStrictEqual(outline(text), []);
    });

    it('does not read 第三四章 at the start of a line as chapter 34: it names chapters 3 and 4, so it numbers no heading', () => {
      const text = '第二章 總則\n內容。\n第三四章 罰則\n內容。\n第三章 附則\n內容。';
      const { headings, problems } = findHeadings(text);
      assert.deepStrictEqual(headings.filter((h) => h.kind === 'chapter').map((h) => h.number), ['第二章', '第三章']);
      // It may still stand as a plain heading between paragraphs, titled as written.
      assert.deepStrictEqual(headings.filter((h) => h.title.includes('三四')).map((h) => [h.kind, h.number, h.title]), [['plain', undefined, '第三四章 罰則']]);
      assert.deepStrictEqual(problems, []);
    });

    it('ignores # lines inside fenced code', () => {
      assert.deepStrictEqual(outline('```\n# 不是标题\n```\n# 标题'), [['markdown', '', '标题', 1]]);
    });
  });

  describe('numbering problems', () => {
    it('reports 一、 二、 四、 as a skip at 四、 naming 三、', () => {
      const text = '一、甲\n二、乙\n四、丁';
      const { problems } = findHeadings(text);
      assert.strictEqual(problems.length, 1);
      const [p] = problems;
      assert.deepStrictEqual([p.code, p.severity, text.slice(p.start, p.end)], ['heading-skip', 'warning', '四、']);
      assert.match(p.message, /expected 三、, found 四、/);
    });

    it('reports （一）（三） as a skip naming （二）', () => {
      const { problems } = findHeadings('（一）甲\n（三）丙');
      assert.deepStrictEqual(problems.map((p) => p.code), ['heading-skip']);
      assert.match(problems[0].message, /expected （二）, found （三）/);
    });

    it('reports 1. 2. 2. as a repeat at the second 2.', () => {
      const text = '1. 甲\n2. 乙\n2. 丙';
      const { problems } = findHeadings(text);
      assert.deepStrictEqual(problems.map((p) => [p.code, p.start]), [['heading-repeat', text.lastIndexOf('2.')]]);
      assert.match(problems[0].message, /expected 3\., found 2\./);
    });

    it('checks siblings under one parent only: 1. restarts under each （一）', () => {
      const text = '（一）甲\n1. 子\n2. 子\n（二）乙\n1. 子\n2. 子';
      assert.deepStrictEqual(findHeadings(text).problems, []);
    });

    it('reports an article number skipped across chapters', () => {
      const text = '第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 附则\n第四条 丁。';
      const { problems } = findHeadings(text);
      assert.deepStrictEqual(problems.map((p) => p.code), ['heading-skip']);
      assert.match(problems[0].message, /expected 第三条, found 第四条/);
    });

    it('reports a jump from 一、 straight to （1） and from # to ###', () => {
      const gbt = findHeadings('一、任务\n（1）细则').problems;
      assert.deepStrictEqual(gbt.map((p) => [p.code, p.severity]), [['heading-level-jump', 'information']]);
      const markdown = findHeadings('# 一\n### 三').problems;
      assert.deepStrictEqual(markdown.map((p) => p.code), ['heading-level-jump']);
      assert.match(markdown[0].message, /expected ##/);
    });
  });

  it('never throws and keeps every span in bounds on arbitrary text', () => {
    const unit = fc.constantFrom(
      ...'一二三四五十、（）()第章节節条條篇#圖表图续1234567890.．：:；;，,。！？“”《》【】 \u3000\n\r\t甲乙丙丁'.split(''),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 200 }), fc.string({ maxLength: 200 })), (text) => {
        const { headings, problems } = findHeadings(text);
        for (const h of headings) {
          assert.ok(0 <= h.start && h.start <= h.titleStart && h.titleStart <= h.titleEnd && h.titleEnd <= h.end && h.end <= text.length);
          assert.strictEqual(h.title, text.slice(h.titleStart, h.titleEnd));
          assert.ok(text.slice(h.start, h.end).includes(h.title));
          assert.ok(h.level >= 1 && h.line >= 1);
        }
        for (const p of problems) assert.ok(0 <= p.start && p.start <= p.end && p.end <= text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('numbering', () => {
  it('reads Chinese numerals used in heading numbers', () => {
    assert.deepStrictEqual(['一', '十', '十二', '二十一', '一百零五', '兩'].map(parseChineseInteger), [1, 10, 12, 21, 105, 2]);
    assert.ok(Number.isNaN(parseChineseInteger('十十')));
    assert.deepStrictEqual([1, 10, 12, 21, 105].map(formatChineseInteger), ['一', '十', '十二', '二十一', '一百零五']);
  });

  it('reads no heading number in digits side by side without a zero (三四 is 3 and 4, never 34); 二〇 is 20', () => {
    for (const t of ['第三四章', '第五六條', '第一二三節', '三四、', '（三四）']) assert.strictEqual(readNumberMarker(t, 0), undefined, t);
    assert.strictEqual(readNumberMarker('第二〇章', 0)?.value, 20);
    assert.strictEqual(readNumberMarker('第十一章', 0)?.value, 11);
  });

  it('reads （二） as the second item and refuses the decimal 1.4', () => {
    assert.deepStrictEqual(readNumberMarker('（二）加强', 0), { style: 'cn-paren', value: 2, start: 0, end: 3, numeralStart: 1, numeralEnd: 2 });
    assert.strictEqual(readNumberMarker('1.4 万亿斤', 0), undefined);
    assert.strictEqual(readNumberMarker('1．加强', 0)?.style, 'arabic');
  });
});

describe('sentences', () => {
  it('ends sentences at 。！？ with their closing quotes and at line ends, CRLF included', () => {
    const text = '“未來。”他說！\r\n據X,甲；乙';
    assert.deepStrictEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['“未來。”', '他說！', '據X,甲；乙']);
  });

  it('ends a sentence\'s words before its 。！？ and the closers after them, not before closing brackets alone', () => {
    const wordsOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, sentenceWordsEnd(text, s)));
    assert.deepStrictEqual(wordsOf('他說：「增長35%。」全市增長了35%。增長35%（2023年）'), ['他說：「增長35%', '全市增長了35%', '增長35%（2023年）']);
    assert.deepStrictEqual(wordsOf('真的嗎？！」）'), ['真的嗎']);
  });

  it('splits clauses at ，；： but not inside 《》 or between digits', () => {
    const text = '根據《杭州模式:DeepSeek與中國算谷》,共1,234家；其中：10:30';
    const [sentence] = splitSentences(text);
    assert.deepStrictEqual(splitClauses(text, sentence).map((c) => text.slice(c.start, c.end)), [
      '根據《杭州模式:DeepSeek與中國算谷》', '共1,234家', '其中', '10:30',
    ]);
  });
});
