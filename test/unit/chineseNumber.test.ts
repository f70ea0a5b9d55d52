import * as assert from 'assert';
import fc from 'fast-check';
import { parseChineseNumber, parseChineseNumberExact } from '../../src/core/figures/chineseNumber';

describe('parseChineseNumber', () => {
  describe('Arabic numbers', () => {
    it('reads digit groups separated by a space, thin space, NBSP, comma or full-width comma', () => {
      for (const s of ['4 266', '4\u2009266', '4\u00a0266', '4,266', '４，２６６', '4\u3000266']) assert.strictEqual(parseChineseNumber(s), 4266, s);
      assert.strictEqual(parseChineseNumber('1,234,567.5'), 1234567.5);
    });

    it('reads full-width digits and the full-width point', () => {
      assert.strictEqual(parseChineseNumber('１２３４'), 1234);
      assert.strictEqual(parseChineseNumber('３９．６'), 39.6);
    });

    it('keeps decimal values exact', () => {
      assert.strictEqual(parseChineseNumber('39.6'), 39.6);
      assert.strictEqual(parseChineseNumber('0.5'), 0.5);
      assert.strictEqual(parseChineseNumber('0.1'), 0.1);
    });
  });

  describe('Chinese magnitudes', () => {
    it('multiplies 8856 億 to exactly 885600000000', () => {
      assert.strictEqual(parseChineseNumber('8856 億'), 885600000000);
      assert.strictEqual(parseChineseNumberExact('8856 億'), '885600000000');
    });

    it('reads 134.9 万亿 without float drift', () => {
      assert.strictEqual(parseChineseNumber('134.9 万亿'), 134900000000000);
      assert.strictEqual(parseChineseNumber('1.4万亿'), 1400000000000);
      assert.strictEqual(parseChineseNumber('11.86万亿'), 11860000000000);
      assert.strictEqual(parseChineseNumberExact('8.856億'), '885600000');
    });

    it('adds sections of mixed Arabic and 兆/億: 6 兆 3,313 億', () => {
      assert.strictEqual(parseChineseNumber('6 兆 3,313 億'), 6331300000000);
      assert.strictEqual(parseChineseNumber('3兆1,648億'), 3164800000000);
      assert.strictEqual(parseChineseNumber('3兆128億'), 3012800000000);
      assert.strictEqual(parseChineseNumber('1,126萬7千'), 11267000);
      assert.strictEqual(parseChineseNumber('2萬4337'), 24337);
    });

    it('multiplies stacked magnitudes: 百億億 = 1e18, 万亿 = 1e12, 一百万亿 = 1e14', () => {
      assert.strictEqual(parseChineseNumber('百億億'), 1e18);
      assert.strictEqual(parseChineseNumber('230 百億億'), 2.3e20);
      assert.strictEqual(parseChineseNumber('万亿'), 1e12);
      assert.strictEqual(parseChineseNumber('一百万亿'), 1e14);
      assert.strictEqual(parseChineseNumber('3万亿5000亿'), 3.5e12);
    });

    it('reads 兆 as 1e12 by default and as 1e6 when asked', () => {
      assert.strictEqual(parseChineseNumber('二．五二兆'), 2.52e12);
      assert.strictEqual(parseChineseNumber('3 兆', { zhao: 'million' }), 3e6);
      assert.strictEqual(parseChineseNumber('3 兆'), 3e12);
    });
  });

  describe('Chinese numerals', () => {
    const cases: [string, number][] = [
      ['五千五百七十五万', 55750000],
      ['十三亿', 1300000000],
      ['四十四', 44],
      ['十', 10],
      ['二十', 20],
      ['一千零五', 1005],
      ['一百零八万', 1080000],
      ['一亿五千万', 150000000],
      ['两千', 2000],
      ['兩百', 200],
      ['廿一', 21],
      ['卅八', 38],
      ['卌', 40],
      ['三万五', 35000],
      ['一百五', 150],
      ['十五', 15],
      ['二〇〇五', 2005],
      ['二○二○', 2020],
      ['一八八一', 1881],
      ['一兆五二二億', 1052200000000],
      ['十二兆七○一三億', 12701300000000],
      ['十二點六八', 12.68],
      ['九.四', 9.4],
      ['二十.二', 20.2],
      ['○點二九', 0.29],
      ['一三二.八七', 132.87],
      ['壹仟贰佰叁拾肆', 1234],
    ];
    for (const [s, v] of cases) it(`reads ${s} as ${v}`, () => assert.strictEqual(parseChineseNumber(s), v));
  });

  describe('what is not one number', () => {
    it('returns null for empty, non-numeric and ill-formed strings', () => {
      for (const s of ['', 'abc', '5三', '1.2.3', '億美元', '3%']) assert.strictEqual(parseChineseNumber(s), null, s);
    });

    it('returns null, not Infinity, for a 5,000-digit number', () => {
      assert.strictEqual(parseChineseNumber('9'.repeat(5000)), null);
      assert.strictEqual(parseChineseNumber('1' + '億'.repeat(60)), null);
    });

    it('gives a finite value for a 300-digit number', () => {
      const v = parseChineseNumber('1' + '0'.repeat(300));
      assert.ok(v !== null && Number.isFinite(v) && v > 1e299);
    });

    it('never throws and returns a finite number or null on any string', () => {
      const alphabet = fc.constantFrom(...'0123456789,. 　．，一二三四五六七八九十百千万萬亿億兆〇○零两兩廿卅點点多余%a-'.split(''));
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: alphabet, maxLength: 40 })), (s) => {
          const v = parseChineseNumber(s);
          return v === null || Number.isFinite(v);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
