import * as assert from 'node:assert/strict';
import { findFigures } from '../../src/core/figures/recognise';
import type { Figure } from '../../src/core/types';
import { readFixture, readingsOf, type Reading } from './figureFixtures';

/** The reading of the figure whose text starts with `start`. */
function readingOf(figures: Figure[], start: string): Reading | undefined {
  return readingsOf(figures.filter((f) => f.text.startsWith(start)))[0];
}

describe('figure units', () => {
  describe('percentage points written pct', () => {
    it('reads the six pct of the Shengang power report as percentage points, with or without a space', () => {
      const points = findFigures(readFixture('sources/shengang-power-2019.zh-Hans.txt')).filter((f) => f.unit === 'percentage point');
      assert.deepEqual(readingsOf(points), [
        ['3.3pct', 'percent', 3.3, null, 'percentage point'],
        ['4.1 pct', 'percent', 4.1, null, 'percentage point'],
        ['0.7pct', 'percent', 0.7, null, 'percentage point'],
        ['0.4pct', 'percent', 0.4, null, 'percentage point'],
        ['9.6 pct', 'percent', 9.6, null, 'percentage point'],
        ['6.3pct', 'percent', 6.3, null, 'percentage point'],
      ]);
    });

    it('reads 2-3pct and 提升2pcts as percentage points, not pct that begins a longer Latin word (pctile)', () => {
      assert.deepEqual(readingsOf(findFigures('毛利率回落2-3pct，净利率提升2pcts。')), [
        ['2-3pct', 'percent', null, [2, 3], 'percentage point'],
        ['2pcts', 'percent', 2, null, 'percentage point'],
      ]);
      assert.deepEqual(readingsOf(findFigures('位于90 pctile，样本为10pctl。')), []);
    });
  });

  describe('units per unit', () => {
    it('keeps 公斤/公顷 and 公斤/亩 whole in the NBS grain announcement, the value unchanged', () => {
      for (const name of ['sources/grain-output-2023-news.zh-Hans.txt', 'sources/grain-output-2023-chinanews.zh-Hans.txt', 'outline/grain-output-2023.zh-Hans.txt']) {
        const figures = findFigures(readFixture(name));
        assert.deepEqual(readingOf(figures, '5845'), ['5845公斤/公顷', 'amount', 5845, null, '公斤/公顷'], name);
        assert.deepEqual(readingOf(figures, '390'), ['390公斤/亩', 'amount', 390, null, '公斤/亩'], name);
        assert.deepEqual(readingOf(figures, '43.6'), ['43.6公斤/公顷', 'amount', 43.6, null, '公斤/公顷'], name);
      }
    });

    it('names money per unit by its currency code: CNY/千瓦时, CNY/平方米, USD/桶, TWD/度電 in a Taiwanese text', () => {
      assert.deepEqual(readingsOf(findFigures('上网电价0.35元/千瓦时，房价3.5万元/平方米，油价80美元/桶。')), [
        ['0.35元/千瓦时', 'amount', 0.35, null, 'CNY/千瓦时'],
        ['3.5万元/平方米', 'amount', 35000, null, 'CNY/平方米'],
        ['80美元/桶', 'amount', 80, null, 'USD/桶'],
      ]);
      assert.deepEqual(readingOf(findFigures('經濟部公告電價每度3.2元/度電。'), '3.2'), ['3.2元/度電', 'amount', 3.2, null, 'TWD/度電']);
    });

    it('keeps the unit per unit of a range, a per-capita and a yearly amount, and stops at a slash no unit follows', () => {
      assert.deepEqual(readingsOf(findFigures('收购价300-500元/吨，口粮10公斤/人，补助1.5万元/人/年，每袋25元/袋装，规格5公斤/10公斤。')), [
        ['300-500元/吨', 'amount', null, [300, 500], 'CNY/吨'],
        ['10公斤/人', 'amount', 10, null, '公斤/人'],
        ['1.5万元/人/年', 'amount', 15000, null, 'CNY/人/年'],
        ['25元', 'amount', 25, null, 'CNY'],
        ['5公斤', 'amount', 5, null, '公斤'],
        ['10公斤', 'amount', 10, null, '公斤'],
      ]);
    });

    it('keeps an amount of money after the slash as written: energy and water used per 万元 of output', () => {
      assert.deepEqual(readingsOf(findFigures('单位GDP能耗降至0.5吨标准煤/万元，萬元產值用水20立方米/萬元。')), [
        ['0.5吨标准煤/万元', 'amount', 0.5, null, '吨标准煤/万元'],
        ['20立方米/萬元', 'amount', 20, null, '立方米/萬元'],
      ]);
      // 元 after a slash that begins another word (元旦, 元宵, 美元区) divides nothing.
      assert.deepEqual(readingsOf(findFigures('日均客流10万人次/元旦期间，销量3000吨/元宵节，用水20立方米/美元区。')), [
        ['10万人次', 'count', 100000, null, '人次'],
        ['3000吨', 'amount', 3000, null, '吨'],
        ['20立方米', 'amount', 20, null, '立方米'],
      ]);
    });
  });

  describe('equivalents', () => {
    it('reads 2.5萬公噸二氧化碳當量 in the Taiwanese climate notice as tonnes of CO₂ equivalent', () => {
      const figures = findFigures(readFixture('convert/taiwan-government.zh-Hant.txt'));
      assert.deepEqual(readingOf(figures, '2.5萬'), ['2.5萬公噸二氧化碳當量', 'amount', 25000, null, '公噸二氧化碳當量']);
    });

    it('reads tonnes of standard coal as one unit: 57.2亿吨标准煤, 1.2萬噸標準煤, 0.5吨标煤', () => {
      assert.deepEqual(readingsOf(findFigures('能源消费总量57.2亿吨标准煤，減少1.2萬噸標準煤，每户0.5吨标煤。')), [
        ['57.2亿吨标准煤', 'amount', 5.72e9, null, '吨标准煤'],
        ['1.2萬噸標準煤', 'amount', 12000, null, '噸標準煤'],
        ['0.5吨标煤', 'amount', 0.5, null, '吨标煤'],
      ]);
    });
  });

  describe('Latin magnitudes after a currency', () => {
    it('multiplies US$3.2 billion, HK$1.5bn, US$250 million, NT$5mn and US$2 trillion by their magnitude', () => {
      assert.deepEqual(readingsOf(findFigures('融資US$3.2 billion，估值HK$1.5bn，收入US$250 million，補助NT$5mn，市值US$2 trillion。')), [
        ['US$3.2 billion', 'amount', 3.2e9, null, 'USD'],
        ['HK$1.5bn', 'amount', 1.5e9, null, 'HKD'],
        ['US$250 million', 'amount', 2.5e8, null, 'USD'],
        ['NT$5mn', 'amount', 5e6, null, 'TWD'],
        ['US$2 trillion', 'amount', 2e12, null, 'USD'],
      ]);
    });

    it('reads a range after a currency, its magnitude written once after the second end: US$3-5 billion, US$3至5億', () => {
      assert.deepEqual(readingsOf(findFigures('投資US$3-5 billion，撥款HK$2 - 4bn，預算US$3至5億，售價US$3-5。')), [
        ['US$3-5 billion', 'amount', null, [3e9, 5e9], 'USD'],
        ['HK$2 - 4bn', 'amount', null, [2e9, 4e9], 'HKD'],
        ['US$3至5億', 'amount', null, [3e8, 5e8], 'USD'],
        ['US$3-5', 'amount', null, [3, 5], 'USD'],
      ]);
    });

    it('ends no currency range on a year, a date or a term, and scales only a first end without its own magnitude', () => {
      assert.deepEqual(readingsOf(findFigures('補貼HK$500至2027年3月，US$3至5年期。')), [
        ['HK$500', 'amount', 500, null, 'HKD'],
        ['2027年3月', 'date', 20270300, null, null],
        ['US$3', 'amount', 3, null, 'USD'],
        ['5年', 'amount', 5, null, '年'],
      ]);
      assert.deepEqual(readingsOf(findFigures('融資US$3億-5 billion。')), [['US$3億-5 billion', 'amount', null, [3e8, 5e9], 'USD']]);
    });

    it('takes no magnitude inside a longer word (US$3 billions) nor without a currency, and keeps a qualifier before US$', () => {
      assert.deepEqual(readingsOf(findFigures('共US$3 billions，另有3.2 billion。')), [['US$3', 'amount', 3, null, 'USD']]);
      assert.deepEqual(readingsOf(findFigures('投資約US$1.2 billion。')), [['約US$1.2 billion', 'amount', 1.2e9, null, 'USD']]);
    });
  });
});
