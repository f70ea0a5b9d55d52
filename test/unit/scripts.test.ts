import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertText, detectScript, findMixedScript, scriptCounts, type MixedChar } from '../../src/core/convert';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');
const hant = fixture('hangzhou-model.zh-Hant.txt');
const hans = fixture('hangzhou-model.zh-Hans.txt');
const taiwanGovernment = fixture('convert/taiwan-government.zh-Hant.txt');

/** Taiwan's Ministry of Education standard writes 布/占 (發布, 占據) where OpenCC's standard writes 佈/佔. */
const TAIWAN_STYLE = { accept: ['布', '占'] };

/** A finding with two characters of context on each side, as a reader would check it: 取決[于→於]政. */
const inContext = (text: string) => (m: MixedChar) =>
  `${text.slice(m.start - 2, m.start)}[${m.char}→${m.suggestion}]${text.slice(m.end, m.end + 1)}`;

describe('detectScript', function () {
  this.timeout(30000);

  it('reads the sample article as Traditional and its opencc-js conversion as Simplified', () => {
    assert.equal(detectScript(hant), 'traditional');
    assert.equal(detectScript(hans), 'simplified');
    assert.equal(detectScript(taiwanGovernment), 'traditional');
  });

  it('still reads the article as Traditional with its 34 Simplified-only characters among 1318 Traditional-only ones', () => {
    assert.deepEqual(scriptCounts(hant), { traditional: 1318, simplified: 34 });
  });

  it("answers 'none' when no character tells the scripts apart", () => {
    assert.equal(detectScript(''), 'none');
    assert.equal(detectScript('Policy Lens 2025, 100%'), 'none');
    assert.equal(detectScript('中文大小'), 'none');
  });

  it("answers 'mixed' when both scripts are well represented", () => {
    assert.equal(detectScript('这是繁體字還是简体字'), 'mixed');
    assert.deepEqual(scriptCounts('我們这样'), { traditional: 1, simplified: 2 });
  });
});

describe('findMixedScript', function () {
  // The first call builds the s2t converter (~0.2 s).
  this.timeout(30000);

  it('finds the conversion slips of the sample article with their Traditional forms', () => {
    const found = findMixedScript(hant, undefined, TAIWAN_STYLE).map(inContext(hant));
    for (const slip of [
      '取決[于→於]政', ',標[志→誌]著', '產關[系→係]與', '商關[系→係]的', '境,[并→並]通', '40[余→餘]萬',
      '點在[于→於]構', '國基[于→於]各', '集中[于→於]頭', '區別[于→於]傳', '來源[于→於]企', '\n關[于→於]I',
    ]) {
      assert.ok(found.includes(slip), `missing ${slip}`);
    }
  });

  it('reports exactly these 36 characters in the article, in Taiwan style', () => {
    const found = findMixedScript(hant, undefined, TAIWAN_STYLE);
    assert.deepEqual(found.map(inContext(hant)), [
      ',標[志→誌]著', '產關[系→係]與', '計與[制→製]造', '40[余→餘]萬', '三的[云→雲]廠', '阿里[云→雲]。',
      '點在[于→於]構', '取決[于→於]政', '國基[于→於]各', '集中[于→於]頭', '晶圓[制→製]造', '聚焦[于→於]產',
      '服務[于→於]國', '立足[于→於]產', '來源[于→於]企', '取決[于→於]政', '處在[于→於],', '勢在[于→於]通',
      '取決[于→於]資', '產關[系→係]的', '為主[干→幹]、', '商關[系→係]的', '期復[制→製]的', '區別[于→於]傳',
      '區別[于→於]傳', '質特[征→徵]與', '建基[于→於]信', '徑,[并→併]為', '境,[并→並]通', '更益[于→於]社',
      '\n關[于→於]I', '際關[系→係]等', '作,[并→並]在', '政策[咨→諮]詢', 'P的[愿→願]景', '上傳[并→併]發',
    ]);
  });

  it('describes each finding with its offsets, script and 1-based line', () => {
    const [first] = findMixedScript(hant, 'traditional', TAIWAN_STYLE);
    assert.equal(hant.slice(first.start, first.end), '志');
    assert.equal(first.script, 'simplified');
    assert.equal(first.line, hant.slice(0, first.start).split('\n').length);
    assert.equal(first.line, 4);
    const [afterEmoji] = findMixedScript('😀生產關系', 'traditional');
    assert.deepEqual(afterEmoji, { start: 5, end: 6, char: '系', suggestion: '係', script: 'simplified', line: 1 });
  });

  it('keeps characters that are right in their words: 系統, 制裁, 提供制度, 乾隆, 于右任 stay', () => {
    assert.deepEqual(findMixedScript('體系與系統,美國制裁紅線,提供制度保障,乾隆年間,于右任', 'traditional'), []);
    // Forward maximum matching converts 美国制|裁 as 美國製裁; the text's own 制裁 is a dictionary phrase.
    assert.equal(convertText('美国制裁', 's2t'), '美國製裁');
  });

  it('reports 佈/佔 forms as OpenCC standard unless the style accepts 布 and 占', () => {
    const text = '宣布任何使用,芯片領域占據主導';
    assert.deepEqual(findMixedScript(text, 'traditional').map((m) => m.suggestion), ['佈', '佔']);
    assert.deepEqual(findMixedScript(text, 'traditional', TAIWAN_STYLE), []);
  });

  it('suggests the Taiwan form by default, the OpenCC standard or Hong Kong form when asked', () => {
    assert.deepEqual(findMixedScript('這為什么', 'traditional').map((m) => m.suggestion), ['麼']);
    assert.deepEqual(findMixedScript('他們为了', 'traditional').map((m) => m.suggestion), ['為']);
    assert.deepEqual(findMixedScript('他們为了', 'traditional', { region: 't' }).map((m) => m.suggestion), ['爲']);
    assert.deepEqual(findMixedScript('在這里', 'traditional').map((m) => m.suggestion), ['裡']);
    assert.deepEqual(findMixedScript('在這里', 'traditional', { region: 'hk' }).map((m) => m.suggestion), ['裏']);
  });

  it('gives nothing on correct Traditional text: the article fixed, and opencc-js conversions of the Simplified one', () => {
    const found = findMixedScript(hant, undefined, TAIWAN_STYLE);
    let fixed = hant;
    for (const m of [...found].reverse()) fixed = fixed.slice(0, m.start) + m.suggestion + fixed.slice(m.end);
    assert.deepEqual(findMixedScript(fixed, undefined, TAIWAN_STYLE), []);
    assert.deepEqual(findMixedScript(convertText(hans, 's2tw'), 'traditional'), []);
    assert.deepEqual(findMixedScript(convertText(hans, 's2twp'), 'traditional'), []);
    assert.deepEqual(findMixedScript(convertText(hans, 's2t'), 'traditional', { region: 't' }), []);
    assert.deepEqual(findMixedScript(convertText(hans, 's2hk'), 'traditional', { region: 'hk' }), []);
  });

  it('finds one false positive in real Taiwan government text (the oath 余誓以至誠) once 布 is accepted', () => {
    // About 1,700 Han characters: the classical first person 余 of the oath, and 發布 written the Taiwan way.
    assert.deepEqual(findMixedScript(taiwanGovernment).map(inContext(taiwanGovernment)), [
      '手「[余→餘]誓', '正發[布→佈]「', '正發[布→佈]，',
    ]);
    assert.deepEqual(findMixedScript(taiwanGovernment, undefined, TAIWAN_STYLE).map(inContext(taiwanGovernment)), ['手「[余→餘]誓']);
  });

  it('finds Traditional characters in a Simplified text, and nothing in the Simplified fixture', () => {
    const text = '我们的發展规划和头髮,關于这个问题,後来他们说。';
    assert.deepEqual(
      findMixedScript(text, 'simplified').map((m) => `${m.char}→${m.suggestion}@${m.start}`),
      ['發→发@3', '髮→发@9', '關→关@11', '後→后@18'],
    );
    assert.ok(findMixedScript(text, 'simplified').every((m) => m.script === 'traditional'));
    assert.deepEqual(findMixedScript(hans), []);
    assert.deepEqual(findMixedScript(convertText(taiwanGovernment, 'tw2s')), []);
    assert.deepEqual(findMixedScript(convertText(hant, 't2s'), 'simplified'), []);
  });

  it('finds nothing where no character tells the scripts apart', () => {
    assert.deepEqual(findMixedScript('Policy Lens 2025'), []);
    assert.deepEqual(findMixedScript(''), []);
  });
});
