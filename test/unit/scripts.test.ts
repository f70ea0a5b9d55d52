import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { convertText, detectScript, findMixedScript, findMixedScriptSteps, mixedScriptRuns, scriptCounts, type MixedChar, type MixedScriptOptions } from '../../src/core/convert';
import { dictionaryPairs } from '../../src/core/convert/converter';
import { CodePointPairs, roundTripPieces } from '../../src/core/convert/roundTripPieces';
import {
  detectScript as referenceDetectScript,
  findMixedScript as referenceFindMixedScript,
  scriptCounts as referenceScriptCounts,
} from './scriptsReference';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');
const hant = fixture('hangzhou-model.zh-Hant.txt');
const hans = fixture('hangzhou-model.zh-Hans.txt');
const taiwanGovernment = fixture('convert/taiwan-government.zh-Hant.txt');

/** Taiwan's Ministry of Education standard writes 布/占 (發布, 占據) where OpenCC's standard writes 佈/佔. */
const TAIWAN_STYLE = { accept: ['布', '占'] };

/** A finding with two characters of context on each side, as a reader would check it: 取決[于→於]政. */
const inContext = (text: string) => (m: MixedChar) =>
  `${text.slice(m.start - 2, m.start)}[${m.char}→${m.suggestion}]${text.slice(m.end, m.end + 1)}`;

describe('CodePointPairs', () => {
  it('holds exactly the pairs added, code point 0 and astral code points included (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0, max: 0x10ffff })), { maxLength: 300 }), (added) => {
      const pairs = new CodePointPairs();
      const expected = new Set(added.map(([a, b]) => `${a},${b}`));
      for (const [a, b] of added) pairs.add(a, b);
      for (const [a, b] of added) assert.ok(pairs.has(a, b));
      for (const [a, b] of added) if (!expected.has(`${b},${a}`)) assert.ok(!pairs.has(b, a), `${b},${a}`);
      assert.ok(!pairs.has(0x110000, 0));
    }));
  });

  it('grows past its first size and keeps every pair', () => {
    const pairs = new CodePointPairs();
    const n = 200000;
    for (let k = 0; k < n; k++) pairs.add(0x4e00 + (k % 20000), k);
    for (let k = 0; k < n; k++) assert.ok(pairs.has(0x4e00 + (k % 20000), k), String(k));
    assert.ok(!pairs.has(0x4e00, 1));
  });
});

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

describe('findMixedScriptSteps', function () {
  this.timeout(30000);

  it('finds what findMixedScript finds, pausing after every few pieces it puts through the converter', () => {
    // Pairs of Simplified characters in a Traditional text, between commas: a pair that some dictionary entry joins is
    // a piece of its own (about 70 of them), new to the table of pieces already judged unless another test met it.
    const chars = [...'们这时说发国会对经现关动进种实长开问间结'];
    const pairs = chars.flatMap((a) => chars.map((b) => b + a));
    const text = '這是繁體中文的文件，' + pairs.join('，') + '。';
    const steps = findMixedScriptSteps(text, 'traditional');
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.deepEqual(step.value, findMixedScript(text, 'traditional'));
    assert.ok(step.value.length >= pairs.length, `${step.value.length} characters found`);
    // Eight new pieces between pauses: 8 alone; at least 4 in the whole suite, which may have judged some already.
    assert.ok(pauses >= 4, `${pauses} pauses for ${pairs.length} pairs`);
  });
});

describe('mixedScriptRuns', function () {
  this.timeout(20000);
  const runs = (text: string, main: 'traditional' | 'simplified') =>
    mixedScriptRuns(text, findMixedScript(text, main, TAIWAN_STYLE)).map(({ text: t, suggestion, count, start, line }) => ({ t, suggestion, count, start, line }));

  it('makes a clause pasted in Simplified into a Traditional text one run, with its Traditional form', () => {
    assert.deepEqual(runs('他說：这个系统很好。', 'traditional'), [{ t: '这个系统', suggestion: '這個系統', count: 3, start: 3, line: 1 }]);
  });

  it('ends a run at a sentence end, at a line end and at a character only the document script writes', () => {
    assert.deepEqual(runs('據报道，这个系统很好！那个系统也好。\n这个', 'traditional').map((r) => [r.t, r.count, r.line]),
      [['报道，这个系统', 4, 1], ['个系统', 2, 1], ['这个', 2, 2]]);
    // 份, 告 and 明 are neutral; 報 and 這 only Traditional text writes: the slips 说 and 问题 stay apart.
    assert.deepEqual(runs('這份報告说明這個问题', 'traditional').map((r) => [r.t, r.suggestion, r.count]), [['说', '說', 1], ['问题', '問題', 2]]);
    assert.deepEqual(runs('这份报告說明这个問題', 'simplified').map((r) => [r.t, r.suggestion, r.count]), [['說', '说', 1], ['問題', '问题', 2]]);
  });

  it('leaves each of the sample article\'s 36 slips alone: none sits next to another', () => {
    assert.deepEqual(runs(hant, 'traditional').map((r) => r.count), new Array(36).fill(1));
  });

  it('puts every slip in exactly one run, in order, within one line, its suggestion the text with the slips replaced', () => {
    const mixed = fixtureTexts().map((f) => f.text).join('\n');
    for (const main of ['traditional', 'simplified'] as const) {
      const chars = findMixedScript(mixed, main);
      const found = mixedScriptRuns(mixed, chars);
      assert.ok(chars.length > 1000 && found.length < chars.length, `${main}: ${chars.length} slips in ${found.length} runs`);
      assert.equal(found.reduce((n, r) => n + r.count, 0), chars.length);
      let k = 0;
      let previousEnd = 0;
      for (const r of found) {
        assert.ok(r.start >= previousEnd && r.text === mixed.slice(r.start, r.end) && !/[\r\n。！？；]/.test(r.text), JSON.stringify(r));
        let expected = '';
        let at = r.start;
        for (const c of chars.slice(k, k + r.count)) {
          expected += mixed.slice(at, c.start) + c.suggestion;
          at = c.end;
        }
        assert.equal(expected + mixed.slice(at, r.end), r.suggestion);
        assert.equal(at, r.end, 'a run ends with its last slip');
        assert.equal(r.start, chars[k].start, 'a run starts with its first slip');
        k += r.count;
        previousEnd = r.end;
      }
    }
  });
});

/** Every .txt under test/fixtures, by path from the repository root. */
function fixtureTexts(dir = join(process.cwd(), 'test/fixtures')): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return fixtureTexts(path);
      return entry.name.endsWith('.txt') ? [{ path: relative(process.cwd(), path), text: readFileSync(path, 'utf8') }] : [];
    });
}

const MAINS = [undefined, 'traditional', 'simplified'] as const;
const OPTIONS: MixedScriptOptions[] = [{}, TAIWAN_STYLE, { region: 'hk' }, { region: 't', accept: ['于', '系'] }];

/** The same question put to the fast check and to the whole-text round trip it replaced. */
function assertSameAsReference(text: string, main: (typeof MAINS)[number], options: MixedScriptOptions): void {
  const fast = findMixedScript(text, main, options);
  const reference = referenceFindMixedScript(text, main, options);
  assert.deepEqual(fast, reference, `main ${main}, options ${JSON.stringify(options)}, text ${JSON.stringify(text.slice(0, 80))}`);
}

describe('findMixedScript, judged piece by piece, agrees with the whole-text round trip', function () {
  // The reference converts whole texts (~2.5 µs a character); the sweep puts ~400 KB through it.
  this.timeout(120000);

  for (const { path, text } of fixtureTexts()) {
    it(`gives the same findings and counts on ${path} and its t2s, s2t and s2tw conversions`, () => {
      for (const variant of [text, convertText(text, 't2s'), convertText(text, 's2t'), convertText(text, 's2tw')]) {
        assert.deepEqual(scriptCounts(variant), referenceScriptCounts(variant));
        assert.equal(detectScript(variant), referenceDetectScript(variant));
        for (const main of MAINS) assertSameAsReference(variant, main, TAIWAN_STYLE);
      }
      for (const options of OPTIONS) assertSameAsReference(text, undefined, options);
    });
  }

  it('compares real findings: thousands when all fixtures are read as one text in either script', () => {
    const all = fixtureTexts().map((f) => f.text).join('\n');
    for (const main of ['traditional', 'simplified'] as const) {
      const found = findMixedScript(all, main);
      assert.ok(found.length > 1000, `${found.length} findings as ${main}`);
      assert.deepEqual(found, referenceFindMixedScript(all, main));
    }
  });

  it('places a finding from a piece judged before by its offset and line in the new text', () => {
    assert.deepEqual(findMixedScript('生產關系', 'traditional').map((m) => [m.start, m.line]), [[3, 1]]);
    assert.deepEqual(findMixedScript('前言\r\n\r\n生產關系與關系', 'traditional').map((m) => [m.start, m.line]), [[9, 3], [12, 3]]);
  });

  it('falls back to the whole text when an ideographic description sequence spans a line break, as opencc-js reads it', () => {
    // ⿰ takes 關 and the line break as its operands: opencc-js passes all three through unconverted.
    for (const text of ['生產⿰關\n系統關系', '⿱艹化\n關系', '⿰\n于']) {
      for (const main of MAINS) assertSameAsReference(text, main, {});
    }
    assert.deepEqual(findMixedScript('生產⿰關\n系統關系', 'traditional').map((m) => m.start), [8]);
  });

  it('agrees on random splices of fixture lines with slipped characters, odd code points and line breaks', () => {
    const lines = [...new Set(fixtureTexts().flatMap((f) => [f.text, convertText(f.text, 't2s')]).flatMap((t) => t.split(/\r?\n/)))]
      .filter((line) => /\p{Script=Han}/u.test(line));
    const line = fc.constantFrom(...lines);
    // A line with some characters turned into the other script, character by character (何况 in 關于, 关於 …).
    const slipped = fc.tuple(line, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom<'s2t' | 't2s'>('s2t', 't2s')).map(([l, at, to]) => {
      const chars = Array.from(l);
      for (const i of at) if (chars.length > 0) chars[i % chars.length] = convertText(chars[i % chars.length], to);
      return chars.join('');
    });
    const cut = fc.tuple(line, fc.nat(), fc.nat()).map(([l, a, b]) => l.slice(a % (l.length + 1), (a % (l.length + 1)) + (b % 30)));
    const odd = fc.constantFrom('\n', '\r\n', '\r', '\0', ' ', ',', '，', '\uD800', '\uDC00', '\uD840\uDC00', '\uF900', '\uFA10',
      '⿰氵青', '⿱艹\n化', '關系', '于', '於', '干', '乾隆', 'SQL', 'P', '·', '-', '😀', '\u2028', '\uFEFF');
    const text = fc.array(fc.oneof(line, slipped, cut, odd, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...MAINS), fc.constantFrom(...OPTIONS), (t, main, options) => assertSameAsReference(t, main, options)),
      { numRuns: 400 },
    );
  });

  it('never throws, and agrees, on any string: lone surrogates, NUL, CRLF, astral characters', () => {
    const any = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...'關系于於干幹乾發发髮後后台臺里裡為为\r\n\0\uD800\uDC00😀𠀀⿰'), maxLength: 40 }),
    );
    fc.assert(
      fc.property(any, fc.constantFrom(...MAINS), (text, main) => {
        for (const m of findMixedScript(text, main)) assert.equal(text.slice(m.start, m.end), m.char);
        assertSameAsReference(text, main, {});
      }),
      { numRuns: 500 },
    );
  });
});

describe('findMixedScript agrees with the whole-text round trip on the dictionaries themselves', function () {
  // Every phrase entry, run together, so that entries overlap at their joins as words do in running text.
  this.timeout(120000);
  const phrases = (name: 'STPhrases' | 'STPhrases_GeneratedFromRegionalPhrases' | 'TSPhrases') => [...dictionaryPairs(name)];
  const stPhrases = [...phrases('STPhrases'), ...phrases('STPhrases_GeneratedFromRegionalPhrases')];

  it('agrees on every s2t phrase entry in Simplified and in Traditional, read as either script', () => {
    for (const text of [stPhrases.map(([s]) => s).join(''), stPhrases.map(([, t]) => t).join(''), stPhrases.map(([s, t]) => s + t).join('、')]) {
      for (const main of ['traditional', 'simplified'] as const) assertSameAsReference(text, main, {});
    }
  });

  it('agrees on every t2s phrase entry, each read as either script in turn', () => {
    for (const [traditional, simplified] of phrases('TSPhrases')) {
      for (const text of [traditional, simplified, traditional + simplified]) {
        for (const main of ['traditional', 'simplified', 'traditional'] as const) assertSameAsReference(text, main, {});
      }
    }
  });

  it('agrees on every character of the character tables, alone and side by side', () => {
    const characters = [...dictionaryPairs('TSCharacters'), ...dictionaryPairs('STCharacters')].flatMap(([a, b]) => [a, b]);
    for (const text of [characters.join(''), characters.join('，')]) {
      for (const main of ['traditional', 'simplified'] as const) assertSameAsReference(text, main, TAIWAN_STYLE);
    }
  });

  it('agrees on phrase entries written with CJK compatibility ideographs, which the converter normalises first', () => {
    const compatibility = new Map([...dictionaryPairs('CJK_Compatibility_Ideographs')].map(([c, u]) => [u, c]));
    const written = stPhrases
      .flatMap(([s, t]) => [s, t])
      .filter((p) => Array.from(p).some((c) => compatibility.has(c)))
      .map((p) => Array.from(p, (c) => compatibility.get(c) ?? c).join(''));
    assert.ok(written.length > 1000);
    for (const text of [written.join(''), written.join('\n')]) {
      for (const main of ['traditional', 'simplified'] as const) assertSameAsReference(text, main, {});
    }
  });
});

describe('roundTripPieces', function () {
  this.timeout(30000);
  const folds = { s2t: dictionaryPairs('TSCharacters'), t2s: dictionaryPairs('STCharacters') } as const;
  const fold = (text: string, table: Map<string, string>) => Array.from(text, (c) => table.get(c) ?? c).join('');

  it('cuts 取決于政策 between 取決于 and 政策, and 美國制裁紅線 after 美國制裁, never inside an entry', () => {
    const pieces = roundTripPieces('s2t', folds.s2t)!;
    assert.equal(pieces.startBefore('取決于政策', 2), 0);
    assert.equal(pieces.endAfter('取決于政策', 3), 3);
    assert.equal(pieces.startBefore('取決于政策', 3), 3);
    // 美国制 and 制裁 are both entries: the piece holds both, so forward maximum matching runs as in the text.
    assert.equal(pieces.endAfter('美國制裁紅線', 1), 4);
  });

  for (const roundTrip of ['s2t', 't2s'] as const) {
    it(`converts every fixture piece by piece (${roundTrip}) exactly as opencc-js converts the whole folded text`, () => {
      const pieces = roundTripPieces(roundTrip, folds[roundTrip])!;
      const convert = (s: string) => convertText(s, roundTrip);
      for (const { path, text } of fixtureTexts()) {
        for (const variant of [text, convertText(text, roundTrip === 's2t' ? 't2s' : 's2t')]) {
          const parts: string[] = [];
          let count = 0;
          for (let i = 0; i < variant.length; ) {
            const width = (variant.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
            assert.equal(pieces.startBefore(variant, i), i, `${path}: a piece starts at ${i}`);
            const end = pieces.endAfter(variant, i + width);
            parts.push(convert(fold(variant.slice(i, end), folds[roundTrip])));
            count++;
            i = end;
          }
          assert.equal(parts.join(''), convert(fold(variant, folds[roundTrip])), path);
          assert.ok(count > variant.length / 8, `${path}: ${count} pieces in ${variant.length} units, so pieces are small`);
        }
      }
    });
  }
});
