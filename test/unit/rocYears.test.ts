import * as assert from 'node:assert/strict';
import { findFigures } from '../../src/core/figures/recognise';
import { readFixture, readingsOf, type Reading } from './figureFixtures';

/** What `analyze --json` reports of each figure of `text`. */
const readings = (text: string): Reading[] => readingsOf(findFigures(text));

describe('民國 years in Taiwanese texts', () => {
  describe('a number of years is not a 民國 year', () => {
    it('reads 已通車130年, 有100年歷史 and 成立100年 as amounts of years', () => {
      assert.deepEqual(readings('行政院表示，臺灣鐵路已通車130年。'), [['130年', 'amount', 130, null, '年']]);
      assert.deepEqual(readings('臺北這棟建築有100年歷史。'), [['100年', 'amount', 100, null, '年']]);
      assert.deepEqual(readings('經濟部指出，該公司成立100年，營收創新高。'), [['100年', 'amount', 100, null, '年']]);
    });

    it('reads 長達120年, 100年來, 100年之久, 100年以來 and 迄今100年 as amounts of years', () => {
      const durations: [string, string, number][] = [
        ['行政院：長達120年的歷史', '120年', 120],
        ['行政院：100年來首見', '100年', 100],
        ['行政院：延續100年之久', '100年', 100],
        ['行政院：100年以來最低', '100年', 100],
        ['行政院：創校迄今100年。', '100年', 100],
      ];
      for (const [text, figure, years] of durations) assert.deepEqual(readings(text), [[figure, 'amount', years, null, '年']], text);
    });

    it('keeps 於113年, 自113年, 113年起, 113年底, 113年預算 and a year opening its phrase 民國 years', () => {
      for (const text of ['行政院於113年。', '行政院：自113年', '行政院：113年起實施', '行政院：113年底', '行政院：113年預算', '113年，行政院核定', '行政院：預計113年。']) {
        assert.deepEqual(readings(text), [['113年', 'year', 2024, null, null]], text);
      }
    });

    it('keeps the 民國 years of a 總統府 news text years: 接見113年「鳳凰獎」, 完成112年溫室體排放量盤查', () => {
      const years = findFigures(readFixture('convert/taiwan-government.zh-Hant.txt')).filter((f) => f.kind === 'year');
      assert.deepEqual(years.map((f) => [f.text, f.value]), [['113年', 2024], ['112年', 2023]]);
    });
  });

  describe('a 民國 year stays a year', () => {
    it('unless a verb that counts years comes before N年的 (創校100年的學校), where 編列113年的預算 names a year', () => {
      assert.deepEqual(readings('行政院：創校100年的學校'), [['100年', 'amount', 100, null, '年']]);
      assert.deepEqual(readings('行政院：編列113年的預算'), [['113年', 'year', 2024, null, null]]);
    });

    it('after a comparison (低於112年同期), after 所有 or 另有, and closing a phrase without a verb that counts years', () => {
      assert.deepEqual(readings('行政院：出口值低於112年同期'), [['112年', 'year', 2023, null, null]]);
      assert.deepEqual(readings('行政院：目標提高於115年達成'), [['115年', 'year', 2026, null, null]]);
      assert.deepEqual(readings('行政院：所有113年申請案'), [['113年', 'year', 2024, null, null]]);
      assert.deepEqual(readings('行政院：另有113年計畫'), [['113年', 'year', 2024, null, null]]);
      assert.deepEqual(readings('行政院：截止115年。'), [['115年', 'year', 2026, null, null]]);
    });
  });

  describe('this year in brackets', () => {
    it('reads 本(109)年9月4日, 去(112)年 and 本(113)年度 as the bracketed year (taiwan-government fixture)', () => {
      assert.deepEqual(readings('行政院：衛福部前於本(109)年9月4日送請審議會'), [['本(109)年9月4日', 'date', 20200904, null, null]]);
      assert.deepEqual(readings('行政院表示，去(112)年出口成長'), [['去(112)年', 'year', 2023, null, null]]);
      assert.deepEqual(readings('行政院：本(113)年度預算'), [['本(113)年度', 'year', 2024, null, null]]);
      assert.deepEqual(readings('本（2024）年3月'), [['本（2024）年3月', 'date', 20240300, null, null]]);
      // A bracketed number after another word is no year of its own.
      assert.deepEqual(readings('行政院：這(109)年'), []);
    });
  });

  describe('spans of 民國 years', () => {
    it('reads 113至116年, 113年至116年 and 113年度至116年度 as one period from 2024 to 2027', () => {
      for (const span of ['113至116年', '113年至116年', '113年度至116年度', '113至116年度']) {
        assert.deepEqual(readings(`行政院核定${span}計畫`), [[span, 'period', null, [2024, 2027], null]], span);
      }
    });

    it('reads 99年至101年 and 99至101年 as a period from 2010 to 2012: a span that ends in a 民國 year starts at one', () => {
      for (const span of ['99年至101年', '99至101年', '99年到101年']) {
        assert.deepEqual(readings(`經濟部：${span}出口成長`), [[span, 'period', null, [2010, 2012], null]], span);
      }
      // With 年度 and 年間 too.
      assert.deepEqual(readings('行政院：99年度至100年度。'), [['99年度至100年度', 'period', null, [2010, 2011], null]]);
      assert.deepEqual(readings('行政院：99年至101年間。'), [['99年至101年', 'period', null, [2010, 2012], null]]);
      assert.deepEqual(readings('行政院：110至113年間'), [['110至113年', 'period', null, [2021, 2024], null]]);
      // Outside a Taiwanese text two digits are no 民國 year; nor is a span a qualifier makes a quantity (約80至120年).
      assert.deepEqual(readings('本計畫自99至102年執行'), [['99至102年', 'amount', null, [99, 102], '年']]);
      assert.deepEqual(readings('行政院：樹齡約80至120年'), [['約80至120年', 'amount', null, [80, 120], '年']]);
    });

    it('reads spans of years that count years as amounts: 屋齡30至100年, 50至100年一遇, 樹齡80至120年', () => {
      for (const [text, span, range] of [
        ['行政院：屋齡30至100年。', '30至100年', [30, 100]], ['行政院：50至100年一遇的洪水。', '50至100年', [50, 100]],
        ['行政院：防洪標準為50年至100年一遇', '50年至100年', [50, 100]], ['行政院：樹齡80至120年', '80至120年', [80, 120]],
      ] as const) {
        assert.deepEqual(readings(text), [[span, 'amount', null, range, '年']], text);
      }
      // Nor is one from before 民國38年 (1949): 30至100年 counts years.
      assert.deepEqual(readings('行政院：30至100年').map((r) => r[1]), ['amount']);
    });

    it('reads a long series of 民國 years from two digits as one period: 80年至113年, 89-112年', () => {
      assert.deepEqual(readings('主計總處統計，80年至113年，'), [['80年至113年', 'period', null, [1991, 2024], null]]);
      assert.deepEqual(readings('主計總處：89-112年，'), [['89-112年', 'period', null, [2000, 2023], null]]);
      // A lifespan counts years: 平均壽命80至100年間.
      assert.deepEqual(readings('行政院：平均壽命80至100年間'), [['80至100年', 'amount', null, [80, 100], '年']]);
    });

    it('reads 113年度至116年度 as a period outside a Taiwanese text too, as 114年度 is a year there', () => {
      assert.deepEqual(readings('113年度至116年度預算'), [['113年度至116年度', 'period', null, [2024, 2027], null]]);
    });

    it('reads 2021年度至2022年度 as one period, 年度 and all', () => {
      assert.deepEqual(readings('2021年度至2022年度預算'), [['2021年度至2022年度', 'period', null, [2021, 2022], null]]);
    });

    it('reads no period where the later 民國 year comes first or a duration word marks years', () => {
      // Backwards, 116至113年 is no span of years: its far end counts years, as in a range of numbers.
      assert.deepEqual(readings('行政院：116至113年'), [['113年', 'amount', 113, null, '年']]);
      // The far end of a range of numbers of years is no 民國 year either (120年 is not 2031).
      for (const text of ['行政院：長達100至120年', '行政院：有100至120年歷史', '行政院：已通車100至130年。', '行政院：使用年限100至150年']) {
        assert.deepEqual(findFigures(text).map((f) => [f.kind, f.unit]), [['amount', '年']], text);
      }
    });
  });

  describe('parts of a year', () => {
    it('reads 113年度第1季 and 2024年前三季度 (January to September) as one date, a fiscal year\'s quarter as the year\'s', () => {
      assert.deepEqual(readings('主計總處：113年度第1季經濟成長'), [['113年度第1季', 'date', null, [20240100, 20240300], null]]);
      assert.deepEqual(readings('2024年前三季度GDP'), [['2024年前三季度', 'date', null, [20240100, 20240900], null]]);
      assert.deepEqual(readings('主計總處：113年前3季'), [['113年前3季', 'date', null, [20240100, 20240900], null]]);
    });

    it('reads 2024年第一季度至第三季度 and 113年第1季至第3季 as one date from the first quarter to the third', () => {
      assert.deepEqual(readings('2024年第一季度至第三季度'), [['2024年第一季度至第三季度', 'date', null, [20240100, 20240900], null]]);
      assert.deepEqual(readings('主計總處：113年第1季至第3季'), [['113年第1季至第3季', 'date', null, [20240100, 20240900], null]]);
    });

    it('reads 106年第4季 and 2024年第一季度 as one date spanning the quarter\'s months', () => {
      assert.deepEqual(readings('主計總處公布106年第4季初步統計'), [['106年第4季', 'date', null, [20171000, 20171200], null]]);
      assert.deepEqual(readings('2024年第一季度'), [['2024年第一季度', 'date', null, [20240100, 20240300], null]]);
      assert.deepEqual(readings('主計總處發布二○二五年第四季經濟成長率'), [['二○二五年第四季', 'date', null, [20251000, 20251200], null]]);
    });

    it('reads 2025年一季度 (no 第, as mainland texts write it), 二季度至四季度 and 2025年Q1 as dates spanning the quarters', () => {
      assert.deepEqual(readings('2025年一季度，出口增長5%。')[0], ['2025年一季度', 'date', null, [20250100, 20250300], null]);
      assert.deepEqual(readings('2024年二季度至四季度'), [['2024年二季度至四季度', 'date', null, [20240400, 20241200], null]]);
      assert.deepEqual(readings('2025年Q1營收'), [['2025年Q1', 'date', null, [20250100, 20250300], null]]);
      // Without 度 or 第, 一季 is no quarter of the year (一季 may be a season); Q12 is no quarter either.
      assert.deepEqual(readings('2024年一季'), [['2024年', 'year', 2024, null, null]]);
      assert.deepEqual(readings('2024年Q12'), [['2024年', 'year', 2024, null, null]]);
      // 两季度 is two quarters, not the second; 一二季度 is two of them.
      for (const text of ['2024年兩季度', '2024年两季度', '2024年一二季度']) assert.deepEqual(readings(text), [['2024年', 'year', 2024, null, null]], text);
    });

    it('reads 一至三季度, 第一至第三季度 and 一、二季度 after a year as one date from the first quarter to the last', () => {
      assert.deepEqual(readings('2025年一至三季度，投資增長5%。')[0], ['2025年一至三季度', 'date', null, [20250100, 20250900], null]);
      assert.deepEqual(readings('2024年第一至第三季度'), [['2024年第一至第三季度', 'date', null, [20240100, 20240900], null]]);
      assert.deepEqual(readings('2024年第一至三季度'), [['2024年第一至三季度', 'date', null, [20240100, 20240900], null]]);
      assert.deepEqual(readings('2025年一、二季度營收'), [['2025年一、二季度', 'date', null, [20250100, 20250600], null]]);
      assert.deepEqual(readings('2024年1-3季度'), [['2024年1-3季度', 'date', null, [20240100, 20240900], null]]);
      assert.deepEqual(readings('2024年一、二、三季度'), [['2024年一、二、三季度', 'date', null, [20240100, 20240900], null]]);
      assert.deepEqual(readings('2024年第一、第二季度'), [['2024年第一、第二季度', 'date', null, [20240100, 20240600], null]]);
      // A span shows 季 counts quarters: 度 may go.
      assert.deepEqual(readings('2024年一至三季'), [['2024年一至三季', 'date', null, [20240100, 20240900], null]]);
      // Backwards, past the fourth, or listed apart (一、三季度 is the first and the third), it is no span of quarters.
      // A list needs 度 or 第 as one quarter does: 一、二季稻 is two crops of rice.
      for (const text of ['2024年三至一季度', '2024年一至五季度', '2024年一、三季度', '2024年一、四季度', '2024年一、二、三產業', '2024年一、二季稻']) {
        assert.deepEqual(readings(text), [['2024年', 'year', 2024, null, null]], text);
      }
    });

    it('reads 2025年度一季度 and 2025年度Q1 as the quarter of the year, as 113年度第1季', () => {
      assert.deepEqual(readings('2025年度一季度營收'), [['2025年度一季度', 'date', null, [20250100, 20250300], null]]);
      assert.deepEqual(readings('2025年度Q1'), [['2025年度Q1', 'date', null, [20250100, 20250300], null]]);
      assert.deepEqual(readings('2025年度預算'), [['2025年度', 'year', 2025, null, null]]);
      assert.deepEqual(readings('2024年度上半年'), [['2024年度上半年', 'date', null, [20240100, 20240600], null]]);
    });

    it('reads 2024年上半年 and 113年下半年 as one date spanning the half\'s months', () => {
      assert.deepEqual(readings('2024年上半年'), [['2024年上半年', 'date', null, [20240100, 20240600], null]]);
      assert.deepEqual(readings('行政院：113年下半年'), [['113年下半年', 'date', null, [20240700, 20241200], null]]);
    });

    it('keeps 第4季 without a year an ordinal, and a fifth quarter no date', () => {
      assert.deepEqual(readings('致去年第四季實質GDP上修'), [['第四季', 'ordinal', 4, null, null]]);
      assert.deepEqual(readings('2024年第5季'), [['2024年', 'year', 2024, null, null], ['第5季', 'ordinal', 5, null, null]]);
    });

    it('reads the quarters of the 中央社 GDP story as dates of 2017', () => {
      const quarters = findFigures(readFixture('figures/cna-gdp-2018.zh-Hant.txt')).filter((f) => f.text.includes('季'));
      assert.deepEqual(quarters.map((f) => [f.text, f.kind, f.range]), [
        ['106年第4季', 'date', [20171000, 20171200]],
        ['106年第4季', 'date', [20171000, 20171200]],
      ]);
    });
  });
});
