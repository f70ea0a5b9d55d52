import * as assert from 'assert';
import { describeValue } from '../../src/core/figures/describe';
import fc from 'fast-check';
import { findFigures, findFigureSteps, lastMonthDay } from '../../src/core/figures/recognise';
import type { Figure } from '../../src/core/types';
import { readFixture, readingsOf } from './figureFixtures';

type Expected = Partial<Pick<Figure, 'kind' | 'value' | 'unit' | 'approx' | 'bound' | 'range'>>;

/** The figure whose text is exactly `text`, checked against `expected`. */
function expectFigure(figures: Figure[], text: string, expected: Expected): Figure {
  const f = figures.find((x) => x.text === text);
  assert.ok(f, `no figure '${text}' among ${JSON.stringify(figures.map((x) => x.text))}`);
  for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(f[k as keyof Figure], v, `${text}.${k}`);
  return f;
}

function only(text: string): Figure {
  const figures = findFigures(text);
  assert.strictEqual(figures.length, 1, `expected one figure in '${text}', got ${JSON.stringify(figures.map((x) => x.text))}`);
  return figures[0];
}

/** Each text, followed by `after`, is one date figure: the whole text, with no value (a span) and this range. */
function expectDateSpans(spans: readonly [string, [number, number]][], after: string): void {
  for (const [text, range] of spans) {
    const f = only(`${text}${after}`);
    assert.deepStrictEqual([f.text, f.kind, f.value, f.range], [text, 'date', null, range], text);
  }
}

function noFigures(text: string): void {
  assert.deepStrictEqual(findFigures(text).map((f) => f.text), [], text);
}

describe('findFigures', () => {
  describe('the sample article (hangzhou-model)', () => {
    const hant = readFixture('hangzhou-model.zh-Hant.txt');
    const hans = readFixture('hangzhou-model.zh-Hans.txt');
    const figures = findFigures(hant);

    it('finds the dated, counted and money figures the article cites', () => {
      expectFigure(figures, '5 月 15 日', { kind: 'date', value: null });
      expectFigure(figures, '70%~ 95%', { kind: 'percent', range: [70, 95], value: null, unit: '%' });
      expectFigure(figures, '超過230 百億億次浮點運算/秒(EFLOPS)', { kind: 'rate', value: 2.3e20, unit: 'FLOP/s', approx: true, bound: 'lower' });
      expectFigure(figures, '40余萬家', { kind: 'count', value: 400000, unit: '家', approx: true });
      expectFigure(figures, '排名第三', { kind: 'ordinal', value: 3 });
      expectFigure(figures, '第二位', { kind: 'ordinal', value: 2 });
      expectFigure(figures, '2024年12月', { kind: 'date', value: 20241200 });
      expectFigure(figures, '8856 億美元', { kind: 'amount', value: 885600000000, unit: 'USD', approx: false });
      expectFigure(figures, '2002年', { kind: 'year', value: 2002 });
      expectFigure(figures, '59%', { kind: 'percent', value: 59 });
      expectFigure(figures, '39.6%', { kind: 'percent', value: 39.6 });
      expectFigure(figures, '149 家', { kind: 'count', value: 149, unit: '家' });
      expectFigure(figures, '695家', { kind: 'count', value: 695 });
      expectFigure(figures, '2234家', { kind: 'count', value: 2234 });
      expectFigure(figures, '4 266家', { kind: 'count', value: 4266, unit: '家' });
      expectFigure(figures, '613 家', { kind: 'count', value: 613 });
      expectFigure(figures, '65 家', { kind: 'count', value: 65 });
      expectFigure(figures, '12 年', { kind: 'amount', value: 12, unit: '年' });
      expectFigure(figures, '第一位', { kind: 'ordinal', value: 1 });
      expectFigure(figures, '排名第一', { kind: 'ordinal', value: 1 });
      expectFigure(figures, '三大核心要素', { kind: 'counted', value: 3, unit: '大' });
      expectFigure(figures, '四道“護城河”', { kind: 'counted', value: 4, unit: '道' });
      expectFigure(figures, '五大產業生態圈', { kind: 'counted', value: 5 });
      expectFigure(figures, '2025年4月', { kind: 'date', value: 20250400 });
      expectFigure(figures, '2023 年', { kind: 'year', value: 2023 });
    });

    it('finds 2022年 twice and 2024年 as years', () => {
      assert.strictEqual(figures.filter((f) => f.text === '2022年' && f.kind === 'year').length, 2);
      assert.ok(figures.filter((f) => f.text === '2024年' && f.kind === 'year' && f.value === 2024).length >= 2);
    });

    it('finds nothing in the captions 圖1-1, 圖2-2, 圖1-3 nor in AI, HBM or 科技創新2030', () => {
      for (const m of hant.matchAll(/圖\d-\d/g)) {
        const at = m.index;
        assert.ok(!figures.some((f) => f.start < at + m[0].length && f.end > at), `figure inside ${m[0]}`);
      }
      assert.ok(!figures.some((f) => /圖|AI|HBM|2030/.test(f.text)), JSON.stringify(figures.map((f) => f.text)));
    });

    it('gives 1-based lines and texts that are slices of the input', () => {
      const f = expectFigure(figures, '8856 億美元', {});
      assert.strictEqual(f.line, hant.slice(0, f.start).split('\n').length);
      for (const x of figures) assert.strictEqual(x.text, hant.slice(x.start, x.end));
      assert.ok(figures.every((x) => x.source === null));
    });

    it('gives the Simplified copy the same kinds and values', () => {
      const simple = findFigures(hans);
      assert.deepStrictEqual(
        simple.map((f) => [f.kind, f.value, f.range, f.approx, f.line]),
        figures.map((f) => [f.kind, f.value, f.range, f.approx, f.line]),
      );
      expectFigure(simple, '8856 亿美元', { value: 885600000000, unit: 'USD' });
      expectFigure(simple, '超过230 百亿亿次浮点运算/秒(EFLOPS)', { value: 2.3e20, unit: 'FLOP/s', bound: 'lower' });
    });
  });

  describe('amounts', () => {
    it('reads 134.9 万亿元 in CNY and 8856 億美元 in USD', () => {
      expectFigure(findFigures('国内生产总值达到 134.9 万亿元、增长 5%'), '134.9 万亿元', { kind: 'amount', value: 134.9e12, unit: 'CNY' });
    });

    it('reads 6 兆 3,313 億元 and 二．五二兆美元', () => {
      assert.strictEqual(only('總額 6 兆 3,313 億元').value, 6331300000000);
      const f = only('約二．五二兆美元');
      assert.deepStrictEqual([f.value, f.unit, f.approx], [2.52e12, 'USD', true]);
    });

    it('reads counts and amounts with Chinese magnitudes: 1256 万人, 4800万元, 1.4 万亿斤, 一百万亿元, 十三亿人', () => {
      expectFigure(findFigures('城镇新增就业1256万人'), '1256万人', { kind: 'count', value: 12560000, unit: '人' });
      expectFigure(findFigures('投入4800万元'), '4800万元', { kind: 'amount', value: 48000000, unit: 'CNY' });
      expectFigure(findFigures('粮食产量1.4 万亿斤'), '1.4 万亿斤', { kind: 'amount', value: 1.4e12, unit: '斤' });
      expectFigure(findFigures('一百万亿元'), '一百万亿元', { value: 1e14, unit: 'CNY' });
      expectFigure(findFigures('十三亿人民'), '十三亿人', { kind: 'count', value: 1.3e9 });
    });

    it('reads a bare Chinese magnitude as a number: 五千五百七十五万', () => {
      const f = only('五千五百七十五万');
      assert.deepStrictEqual([f.kind, f.value, f.unit], ['number', 55750000, null]);
    });

    it('keeps 約 with 約35億立方米 and not with 35億立方米', () => {
      const figures = findFigures('年供水35億立方米,另約35億立方米');
      expectFigure(figures, '35億立方米', { value: 3.5e9, unit: '立方米', approx: false });
      expectFigure(figures, '約35億立方米', { value: 3.5e9, unit: '立方米', approx: true });
    });

    it('takes the currency from a word before the number', () => {
      expectFigure(findFigures('訂閱 全年 12 冊 新台幣 800 元'), '新台幣 800 元', { unit: 'TWD', value: 800 });
      expectFigure(findFigures('赤字規模比上年增加人民幣 2,300 億元'), '人民幣 2,300 億元', { unit: 'CNY', value: 2.3e11 });
    });

    it('reads 元 as TWD in Taiwanese texts and as the caller says', () => {
      assert.strictEqual(only('行政院會通過歲出3兆128億元').unit, 'TWD');
      assert.strictEqual(only('歲出3兆128億元').unit, 'CNY');
      assert.strictEqual(findFigures('歲出3兆128億元', { yuan: 'HKD' })[0].unit, 'HKD');
    });

    it('reads 元 as HKD in a Hong Kong text (香港特區, 港府), unless 人民幣 is named or the text is Taiwanese', () => {
      assert.strictEqual(findFigures('香港特區政府公布，本年度財政赤字為1,016億元。')[0].unit, 'HKD');
      assert.strictEqual(findFigures('港府預算撥款50億元，另有人民幣20億元。')[0].unit, 'CNY');
      assert.strictEqual(findFigures('行政院與香港特區政府合作，撥款50億元')[0].unit, 'TWD');
      // A mainland text writes 香港特别行政区 in Simplified: its 元 stays CNY.
      assert.strictEqual(findFigures('香港特别行政区政府宣布拨款100亿元。')[0].unit, 'CNY');
    });

    it('keeps 兆 of 兆瓦 in the unit and reads a bare 兆 as a million when asked', () => {
      const mw = only('裝機容量100兆瓦');
      assert.deepStrictEqual([mw.kind, mw.value, mw.unit], ['rate', 100, '兆瓦']);
      assert.strictEqual(findFigures('数据量3兆', { zhao: 'million' })[0].value, 3e6);
      assert.strictEqual(findFigures('数据量3兆')[0].value, 3e12);
    });

    it('reads amount ranges, applying the magnitude of the upper end to a bare lower end', () => {
      expectFigure(findFigures('补贴3至5万元'), '3至5万元', { range: [30000, 50000], value: null, unit: 'CNY' });
      expectFigure(findFigures('5000万至1亿元'), '5000万至1亿元', { range: [5e7, 1e8] });
      expectFigure(findFigures('10到20家'), '10到20家', { kind: 'count', range: [10, 20] });
    });

    it('reads 2萬4337美元 and 1萬2,083座 as one figure each', () => {
      expectFigure(findFigures('每人GDP(國內生產毛額)2萬4337美元'), '2萬4337美元', { value: 24337, unit: 'USD' });
      // The places below 萬 written with a thousands separator (taiwan-government fixture).
      expectFigure(findFigures('登記有案之1萬2,083座寺廟'), '1萬2,083座', { kind: 'count', value: 12083, unit: '座' });
    });
  });

  describe('percentages', () => {
    it('reads 59%, 四十四％ and 百分之三十', () => {
      assert.strictEqual(only('增長四十四％').value, 44);
      expectFigure(findFigures('占百分之三十。'), '百分之三十', { kind: 'percent', value: 30, unit: '%' });
    });

    it('reads a range whose unit comes only after its second end: 7至8成, 六至七成, 6-7成, 一至两成, 一至两个百分点', () => {
      assert.deepStrictEqual(readingsOf(findFigures('市場佔有率約7至8成，外資佔六至七成，出口佔6-7成。')), [
        ['約7至8成', 'percent', null, [70, 80], '%'],
        ['六至七成', 'percent', null, [60, 70], '%'],
        ['6-7成', 'percent', null, [60, 70], '%'],
      ]);
      assert.deepStrictEqual(readingsOf(findFigures('利率下調一至两个百分点，覆蓋一至兩成企業。')), [
        ['一至两个百分点', 'percent', null, [1, 2], 'percentage point'],
        ['一至兩成', 'percent', null, [10, 20], '%'],
      ]);
      // 统一 is a word: its 一 starts no range.
      assert.deepStrictEqual(readingsOf(findFigures('逐步统一至两成。')), [['两成', 'percent', 20, null, '%']]);
    });

    it('reads ranges 5%至8%, 23%至26%, 15%—30%, 百分之五至百分之八, 二十.二%至十七.四% (low to high)', () => {
      assert.deepStrictEqual(only('5%至8%').range, [5, 8]);
      assert.deepStrictEqual(only('23%至26%').range, [23, 26]);
      assert.deepStrictEqual(only('15%—30%').range, [15, 30]);
      assert.deepStrictEqual(only('百分之五至百分之八').range, [5, 8]);
      assert.deepStrictEqual(only('年減二十.二%至十七.四%').range, [17.4, 20.2]);
      assert.deepStrictEqual(only('4.5%—5%').value, null);
    });

    it('reads 約有三千五百萬人 and 至少有5家 as qualified figures: 有 may stand between the qualifier and the number', () => {
      expectFigure(findFigures('全國約有三千五百萬人受惠。'), '約有三千五百萬人', { kind: 'count', value: 35000000, unit: '人', approx: true });
      expectFigure(findFigures('至少有5家企業'), '至少有5家', { kind: 'count', value: 5, approx: true, bound: 'lower' });
      // 最近有 is 'recently there were', not 'nearly'.
      expectFigure(findFigures('最近有3000人報名'), '3000人', { approx: false });
    });

    it('reads no qualifier in a word that ends with its character: 节约, 公约, 签约, 預約, 邻近, 新近', () => {
      for (const [text, figure] of [
        ['节约30%的能源', '30%'], ['節約3成用水', '3成'], ['生物多样性公约有196个缔约方', '196个'], ['國際公約有50個締約國', '50個'],
        ['已签约有35个项目', '35个'], ['預約有20個名額', '20個'], ['学校邻近有3所医院', '3所'], ['新近有5家企业', '5家'], ['园区靠近有2个港口', '2个'],
      ]) {
        expectFigure(findFigures(text), figure, { approx: false });
      }
      // The qualifiers themselves still read: 约35个, 共约35个, 逼近3% (approaching: at most), and after a word that
      // only ends with the character before them (持续 约3年, 控制 约30%, 补贴 近3亿元, 面临 近30%).
      expectFigure(findFigures('共约35个'), '约35个', { approx: true });
      expectFigure(findFigures('逼近3%'), '近3%', { approx: true, bound: 'upper' });
      for (const [text, figure, bound] of [
        ['持续约3年', '约3年', undefined], ['控制约30%的市场', '约30%', undefined], ['成立约30家企业', '约30家', undefined],
        ['募集约3亿元', '约3亿元', undefined], ['收入和约35%的利润', '约35%', undefined], ['补贴近3亿元', '近3亿元', 'upper'], ['面临近30%的关税', '近30%', 'upper'],
        // The first character of the word ends another word (a holiday's 节), or counts (一条): 春节 约8天, 一条 约5公里.
        ['国庆节约8亿人次出游', '约8亿人次', undefined], ['春节约8天假期', '约8天', undefined], ['建成一条约5公里的绿道', '约5公里', undefined],
        ['新建一條約12公里的自行車道', '約12公里', undefined], ['办公约3000平方米', '约3000平方米', undefined], ['干预约3000例患者', '约3000例', undefined],
        // A word that ends in 节 before 约: 环节 约占, 可调节 约30%, 季節 約佔, 本章节 约20个.
        ['生产环节约占30%', '约占30%', undefined], ['负荷可调节约30%', '约30%', undefined], ['這個季節約佔40%', '約佔40%', undefined],
        ['本章节约20个案例', '约20个', undefined], ['細節約佔3成', '約佔3成', undefined],
        // Words that seldom meet a figure are no qualifier words: 已婚 约占, 取缔 约200个, 结婚 约768万对.
        ['已婚约占75%', '约占75%', undefined], ['依法取缔约200个', '约200个', undefined], ['结婚约768万对', '约768万', undefined],
        // At the very start of a text (or of a block the editor analyses alone).
        ['将近3万人参加。', '将近3万人', 'upper'], ['接近30%的企业', '接近30%', 'upper'],
      ] as const) {
        expectFigure(findFigures(text), figure, { approx: true, bound });
      }
      for (const text of [
        '各级机关节约20%的会议费', '实现成本节约30%', '每节约1度电', '全市招标签约35个项目', '同时节约30%的用水', '可节约30%',
        // A word that ends in 调, 季, 环 or 细 before 节约, which then saves.
        '变频空调节约30%的电能', '冷氣空調節約20%電力', '夏季节约30%的用电量', '旺季節約25%用電', '循环节约50%', '协调节约20%资源', '通过精细节约20%',
        '供暖季节约3万吨标煤', '每季节约30%的能耗',
      ]) {
        assert.ok(findFigures(text).every((f) => !f.approx), text);
      }
      // Before 有, 约 qualifies only where it starts a phrase (全国约有3500万人): after another word it is too often the
      // word's own (该合约有3项, 该条约有163个缔约国).
      expectFigure(findFigures('全国约有3500万人'), '约有3500万人', { approx: true });
      for (const [text, figure] of [['香港：該合約有3項主要條款。', '3項'], ['香港：該租約有3年期。', '3年'], ['受到制约有3个因素', '3个'], ['该条约有163个缔约国', '163个']]) {
        expectFigure(findFigures(text), figure, { approx: false });
      }
    });

    it('reads 逾6成 as 60 percent, approximate, a lower bound', () => {
      const f = only('逾6成企業');
      assert.deepStrictEqual([f.text, f.kind, f.value, f.unit, f.approx, f.bound], ['逾6成', 'percent', 60, '%', true, 'lower']);
      assert.strictEqual(only('近七成').bound, 'upper');
    });

    it('reads 0.5个百分点 and 十二點五六個百分點 as percentage points', () => {
      assert.deepStrictEqual([only('下降0.5个百分点').unit, only('下降0.5个百分点').value], ['percentage point', 0.5]);
      assert.strictEqual(only('上修十二點五六個百分點').value, 12.56);
    });

    it('reads negative rates and fractions', () => {
      assert.strictEqual(only('經濟成長率為 -3.5% 。').value, -3.5);
      expectFigure(findFigures('約占四分之三'), '約占四分之三', { value: 75, approx: true });
    });

    it('does not read 成 of 成長 or 一成不變 as tenths', () => {
      noFigures('一成不變');
      noFigures('經濟成長');
    });
  });

  describe('approximations', () => {
    it('marks qualifiers before and after, with their bounds', () => {
      expectFigure(findFigures('约10个左右'), '约10个左右', { approx: true, bound: undefined });
      expectFigure(findFigures('超过200家'), '超过200家', { approx: true, bound: 'lower' });
      expectFigure(findFigures('不到5%的企業'), '不到5%', { approx: true, bound: 'upper' });
      expectFigure(findFigures('1200万人以上'), '1200万人以上', { approx: true, bound: 'lower' });
      expectFigure(findFigures('160多萬家中小企業'), '160多萬家', { value: 1.6e6, approx: true, bound: 'lower' });
      expectFigure(findFigures('十余年'), '十余年', { value: 10, unit: '年', approx: true });
      expectFigure(findFigures('高達1,000億元'), '高達1,000億元', { approx: true, value: 1e11 });
      expectFigure(findFigures('规模超1万亿元'), '超1万亿元', { value: 1e12, approx: true, bound: 'lower' });
      // 突破 passes a threshold (年产量突破1300万辆), unless it counts what was broken through (突破3项关键技术).
      expectFigure(findFigures('新能源汽车年产量突破1300万辆'), '突破1300万辆', { value: 1.3e7, approx: true, bound: 'lower' });
      expectFigure(findFigures('企业数量突破100家'), '突破100家', { value: 100, approx: true, bound: 'lower' });
      expectFigure(findFigures('增速突破2个百分点'), '突破2个百分点', { value: 2, approx: true, bound: 'lower' });
      expectFigure(findFigures('突破3项关键技术'), '3项', { value: 3, approx: false, bound: undefined });
      expectFigure(findFigures('攻關突破10個核心技術'), '10個', { value: 10, approx: false, bound: undefined });
      expectFigure(findFigures('突破30余项核心技术'), '30余项', { value: 30, approx: true, bound: 'lower' });
      // At the end of a clause the count is a threshold too; negated, 突破 caps.
      expectFigure(findFigures('专利授权量突破1000项。'), '突破1000项', { value: 1000, approx: true, bound: 'lower' });
      expectFigure(findFigures('财政赤字率不突破3%。'), '不突破3%', { value: 3, approx: true, bound: 'upper' });
      expectFigure(findFigures('销量尚未突破100万辆。'), '尚未突破100万辆', { value: 1e6, approx: true, bound: 'upper' });
      expectFigure(findFigures('没有突破1万亿元。'), '没有突破1万亿元', { value: 1e12, approx: true, bound: 'upper' });
      expectFigure(findFigures('产品出口突破100个国家和地区'), '突破100个', { value: 100, approx: true, bound: 'lower' });
      expectFigure(findFigures('突破5个技术瓶颈'), '5个', { value: 5, approx: false, bound: undefined });
      // Any negated bound bounds from the other side: 不得超过3% is at most 3 %, 不得低于5% at least 5 %.
      for (const [text, figure, bound] of [
        ['赤字率不得突破3%。', '不得突破3%', 'upper'], ['负债率不能突破120%', '不能突破120%', 'upper'], ['未能突破500公顷', '未能突破500公顷', 'upper'],
        ['赤字率不得超过3%。', '不得超过3%', 'upper'], ['增速并未超过5%', '并未超过5%', 'upper'], ['比例不得低于5%', '不得低于5%', 'lower'],
        // Not a bound that is no threshold (尚未接近5% is still at most), nor in a question (能不能突破, 会不会超过).
        ['增速尚未接近5%的目标', '接近5%', 'upper'], ['今年销量能不能突破1000万辆', '突破1000万辆', 'lower'], ['通胀会不会超过3%', '超过3%', 'lower'],
        // 难以/无法 negate; 不得不 (must) negates twice, which leaves the threshold.
        ['今年销量难以突破100万辆', '难以突破100万辆', 'upper'], ['无法突破100万辆', '无法突破100万辆', 'upper'],
        ['一些地方不得不突破3%的赤字率红线', '突破3%', 'lower'],
      ] as const) {
        expectFigure(findFigures(text), figure, { approx: true, bound });
      }
      // Broken through: 项 and the like before any noun, 个 before a technology or a problem.
      for (const [text, figure] of [
        ['全年突破5项新技术。', '5项'], ['突破12项先进制造工艺', '12项'], ['突破3个国产化难点', '3个'], ['突破20个堵点', '20个'], ['增速未必能突破5%', '5%'],
      ] as const) {
        expectFigure(findFigures(text), figure, { approx: false, bound: undefined });
      }
      expectFigure(findFigures('重点突破五大关键核心技术领域'), '五大关键核心技术', { value: 5, approx: false, bound: undefined });
      // 是否超过 in a rule states the threshold; 是否突破 and 是否能超过 ask.
      expectFigure(findFigures('項目投資是否超過5000萬元，均須報省級部門備案。'), '超過5000萬元', { approx: true, bound: 'lower' });
      expectFigure(findFigures('今年GDP增速是否突破5%仍存在不确定性。'), '5%', { approx: false, bound: undefined });
      expectFigure(findFigures('通胀是否会超过3%'), '3%', { approx: false, bound: undefined });
      // 突破 a 民國 year compares with it, as 高於 does.
      expectFigure(findFigures('證交所表示，外銷訂單突破111年水準。', { rocYears: true }), '111年', { kind: 'year', value: 2022 });
      expectFigure(findFigures('增速高于4.5%'), '高于4.5%', { value: 4.5, approx: true, bound: 'lower' });
      expectFigure(findFigures('失業率低於2%'), '低於2%', { value: 2, approx: true, bound: 'upper' });
      // Negated, the comparison bounds from above: 不高于70% is at most 70 %.
      expectFigure(findFigures('资产负债率不高于70%'), '不高于70%', { value: 70, bound: 'upper' });
      expectFigure(findFigures('赤字率不超3%'), '不超3%', { value: 3, bound: 'upper' });
    });

    it('reads 數十億元, 几百家 as two to nine of the place, and 上百億元, 上千人 as at least the place', () => {
      expectFigure(findFigures('投入数十亿元'), '数十亿元', { kind: 'amount', value: null, range: [2e9, 9e9], approx: true, unit: 'CNY' });
      expectFigure(findFigures('數百家企業'), '數百家', { kind: 'count', value: null, range: [200, 900], approx: true });
      expectFigure(findFigures('幾十年來'), '幾十年', { value: null, range: [20, 90], approx: true });
      expectFigure(findFigures('投资上百亿元'), '上百亿元', { value: 1e10, approx: true, bound: 'lower' });
      expectFigure(findFigures('上千人参加'), '上千人', { value: 1000, approx: true, bound: 'lower' });
      // 無數 is 'countless'; 十年 after it is read as written.
      expectFigure(findFigures('經歷無數十年'), '十年', { value: 10, range: null, approx: false });
      // 數 and 上 ending a word of their own (人數, 線上, 平台上) leave the number as written.
      expectFigure(findFigures('参保人数十万人'), '十万人', { value: 1e5, range: null });
      expectFigure(findFigures('线上百万用户'), '百万', { value: 1e6, bound: undefined });
      expectFigure(findFigures('平台上千家企业'), '千家', { value: 1000, bound: undefined });
      // A qualifier before comes along; 近 before years is 'recent', as in 近3年.
      expectFigure(findFigures('约数十亿元'), '约数十亿元', { range: [2e9, 9e9], approx: true });
      expectFigure(findFigures('近几十年来'), '几十年', { range: [20, 90], bound: undefined });
    });

    it('reads 近3年 as the last three years, not nearly three', () => {
      expectFigure(findFigures('近3年'), '3年', { approx: false });
    });
  });

  describe('dates, years and periods', () => {
    it('reads a span of under a hundred years as a range of years: 今後三至五年, 3—5年, 两到三年, 1-2年内', () => {
      assert.deepStrictEqual(readingsOf(findFigures('今後三至五年，每3—5年評估一次，两到三年内建成，1-2年内完成。')), [
        ['三至五年', 'amount', null, [3, 5], '年'],
        ['3—5年', 'amount', null, [3, 5], '年'],
        ['两到三年', 'amount', null, [2, 3], '年'],
        ['1-2年', 'amount', null, [1, 2], '年'],
      ]);
      // Years of the calendar stay periods, and money stays money.
      assert.deepStrictEqual(readingsOf(findFigures('2021至2025年，2012至13年。')).map((r) => [r[0], r[1], r[3]]), [
        ['2021至2025年', 'period', [2021, 2025]],
        ['2012至13年', 'period', [2012, 2013]],
      ]);
      assert.deepStrictEqual(readingsOf(findFigures('US$3至5年期。')).map((r) => r[0]), ['US$3', '5年']);
    });

    it('reads 80至120年 as 80 to 120 years outside a Taiwanese text, and as 民國 years in one', () => {
      assert.deepStrictEqual(readingsOf(findFigures('樹齡約80至120年。')), [['約80至120年', 'amount', null, [80, 120], '年']]);
      assert.deepStrictEqual(readingsOf(findFigures('經濟部統計，110至113年出口成長。')), [['110至113年', 'period', null, [2021, 2024], null]]);
      // A span of years that starts at a hundred or more is no number of years: 618至907年 keeps 907年 alone, as before.
      assert.deepStrictEqual(readingsOf(findFigures('唐朝（618至907年）')).map((r) => r[0]), ['907年']);
    });

    it('reads a year after 公元 or 西元 as a year of the calendar however small, before the era as a negative one', () => {
      expectFigure(findFigures('东汉（公元25至220年）'), '公元25至220年', { kind: 'period', value: null, range: [25, 220] });
      expectFigure(findFigures('西元25年至220年間'), '西元25年至220年', { kind: 'period', range: [25, 220] });
      expectFigure(findFigures('公元25年，人口5000万'), '公元25年', { kind: 'year', value: 25 });
      expectFigure(findFigures('公元前221年，秦统一六国'), '公元前221年', { kind: 'year', value: -221 });
      assert.deepStrictEqual(describeValue(findFigures('公元前221年')[0])?.plain, '221 BCE');
      // Dates carry yyyymmdd, which has no room for a year before the era: the year alone.
      expectFigure(findFigures('公元前221年3月'), '公元前221年', { kind: 'year', value: -221 });
      // A year of four digits needs no era: the figure stays the year alone, as it was. Before the era it is negative too.
      expectFigure(findFigures('西元1949年'), '1949年', { kind: 'year', value: 1949 });
      expectFigure(findFigures('公元前2070年夏朝建立'), '公元前2070年', { kind: 'year', value: -2070 });
      // Spans before the era, across it, and with the era written again: the later year is the smaller number before it.
      expectFigure(findFigures('公元前1046年至公元前771年'), '公元前1046年至公元前771年', { kind: 'period', range: [-1046, -771] });
      expectFigure(findFigures('秦朝（公元前221年至前206年）'), '公元前221年至前206年', { kind: 'period', range: [-221, -206] });
      expectFigure(findFigures('秦朝（公元前221至206年）'), '公元前221至206年', { kind: 'period', range: [-221, -206] });
      expectFigure(findFigures('西漢（公元前202年至公元8年）'), '公元前202年至公元8年', { kind: 'period', range: [-202, 8] });
      assert.deepStrictEqual(describeValue(findFigures('公元前221至206年')[0])?.plain, '221 BCE–206 BCE');
      // Chinese numerals name years of an era too, and before it a magnitude (50,000 BCE); after 公元, a number with
      // a magnitude counts years: 公元3.5万年前 stays 35,000 years.
      expectFigure(findFigures('公元二十五年'), '公元二十五年', { kind: 'year', value: 25 });
      expectFigure(findFigures('公元前二百二十一年'), '公元前二百二十一年', { kind: 'year', value: -221 });
      expectFigure(findFigures('西元前一萬年'), '西元前一萬年', { kind: 'year', value: -10000 });
      expectFigure(findFigures('公元前5万年'), '公元前5万年', { kind: 'year', value: -50000 });
      expectFigure(findFigures('約公元3.5萬年前'), '3.5萬年', { kind: 'amount', value: 35000 });
      expectFigure(findFigures('公元二十万年'), '二十万年', { kind: 'amount', value: 200000 });
      // A rough number is no year: 公元前五六千年 is five or six thousand years.
      expectFigure(findFigures('公元前五六千年'), '五六千年', { kind: 'amount', range: [5000, 6000] });
      expectFigure(findFigures('公元前二十余万年'), '二十余万年', { kind: 'amount' });
      // A span to a financial year keeps its 度.
      expectFigure(findFigures('公元25年至2024年度'), '公元25年至2024年度', { kind: 'period', range: [25, 2024] });
      // Without 年 after it, a number after 公元 is no year.
      assert.deepStrictEqual(findFigures('公元25'), []);
    });

    it('reads 二〇〇五年三月三日 and 2025 年 3 月 5 日 as dates', () => {
      expectFigure(findFigures('二〇〇五年三月三日'), '二〇〇五年三月三日', { kind: 'date', value: 20050303 });
      expectFigure(findFigures('——2025 年 3 月 5 日在'), '2025 年 3 月 5 日', { kind: 'date', value: 20250305 });
    });

    it('reads 二○二○年 and full-width １２３４年 as years', () => {
      expectFigure(findFigures('二○二○年'), '二○二○年', { kind: 'year', value: 2020 });
      expectFigure(findFigures('２０２４年'), '２０２４年', { kind: 'year', value: 2024 });
    });

    it('reads 2021—2025年, 2021-2025年 and 2019年至2023年 as periods', () => {
      for (const t of ['2021—2025年', '2021-2025年', '2019年至2023年', '二○二一至二○二五年']) {
        const f = only(t);
        assert.strictEqual(f.kind, 'period', t);
        assert.ok(f.range && f.range[1] - f.range[0] === (t.startsWith('2019') ? 4 : 4), t);
      }
    });

    it('reads dates written in digits: 2024-03-05, 2023/02/02, 2024.3.5, and (113.10.30) in a Taiwanese text', () => {
      expectFigure(findFigures('資料日期：2024-03-05。'), '2024-03-05', { kind: 'date', value: 20240305 });
      expectFigure(findFigures('自由時報 2023/02/02 報導'), '2023/02/02', { kind: 'date', value: 20230202 });
      expectFigure(findFigures('於2024.3.5公布'), '2024.3.5', { kind: 'date', value: 20240305 });
      expectFigure(findFigures('行政院會議(113.10.30)核定'), '113.10.30', { kind: 'date', value: 20241030 });
      // A month or day out of range is no date.
      noFigures('編號2024-13-05');
    });

    it('reads a span whose later year is cut short (2012至13年, 二〇二三至二四年度, 2023/24年度) as a period, not years', () => {
      const spans: [string, [number, number]][] = [
        ['2012至13年', [2012, 2013]],
        ['二〇一二至一三年', [2012, 2013]],
        ['二〇一一至一二年', [2011, 2012]],
        ['2012-13年度', [2012, 2013]],
        ['二〇二三至二四年度', [2023, 2024]],
        ['1998至02年', [1998, 2002]],
        ['2023/24年度', [2023, 2024]],
        ['2023／24年', [2023, 2024]],
      ];
      for (const [t, range] of spans) {
        const f = only(`在${t}的預算中`);
        assert.deepStrictEqual([f.text, f.kind, f.value, f.range], [t, 'period', null, range], t);
      }
      // 年度 belongs to a span written whole too; a slash starts a financial year only with the next year after it.
      expectFigure(findFigures('2021至2022年度預算'), '2021至2022年度', { kind: 'period', range: [2021, 2022] });
      assert.deepStrictEqual(findFigures('2023/25年度').map((f) => f.kind), ['amount']);
      assert.deepStrictEqual(findFigures('3/4的人，2023/24，2012至10年間').map((f) => f.text), ['10年']);
    });

    it('reads a financial year written 財政年度, 财年 or 會計年度, alone or as a span, and no financial year without a year', () => {
      const read = (t: string) => readingsOf(findFigures(t));
      assert.deepStrictEqual(read('香港2023財政年度的預算，2023至24財政年度赤字，2023/24财年收入，2023-24會計年度支出。'), [
        ['2023財政年度', 'year', 2023, null, null],
        ['2023至24財政年度', 'period', null, [2023, 2024], null],
        ['2023/24财年', 'period', null, [2023, 2024], null],
        ['2023-24會計年度', 'period', null, [2023, 2024], null],
      ]);
      assert.deepStrictEqual(read('2023財政年度至2025財政年度'), [['2023財政年度至2025財政年度', 'period', null, [2023, 2025], null]]);
      assert.deepStrictEqual(read('連續12財年盈利'), []);
      assert.deepStrictEqual(read('2023财年度，2023/24財年度'), [['2023财年度', 'year', 2023, null, null], ['2023/24財年度', 'period', null, [2023, 2024], null]]);
      // The next year may be written whole after the slash.
      assert.deepStrictEqual(read('2022/2023財政年度，2022/2023年度'), [
        ['2022/2023財政年度', 'period', null, [2022, 2023], null],
        ['2022/2023年度', 'period', null, [2022, 2023], null],
      ]);
    });

    it('reads a span of months or days as one date figure: 2023年1月至3月, 2023年1-3月, 2024年3月5日至7日', () => {
      const spans: [string, [number, number]][] = [
        ['2023年1月至3月', [20230100, 20230300]],
        ['2023年1-3月', [20230100, 20230300]],
        ['2023年1至3月份', [20230100, 20230300]],
        ['2024年3月5日至7日', [20240305, 20240307]],
        ['2024年3月28日至4月2日', [20240328, 20240402]],
        ['2023年11月至2024年2月', [20231100, 20240200]],
        ['2024年3月5-7日', [20240305, 20240307]],
        ['2023年6月18至20日', [20230618, 20230620]],
        ['二〇二三年一月至三月', [20230100, 20230300]],
      ];
      expectDateSpans(spans, '，出口增長。');
      assert.equal(describeValue({ kind: 'date', value: null, range: [20230100, 20230300], unit: null })?.plain, '2023-01–2023-03');
      assert.equal(describeValue({ kind: 'date', value: null, range: [20240305, 20240307], unit: null })?.plain, '2024-03-05–2024-03-07');
    });

    it('reads two neighbouring digits before 月 as both months: 2023年一二月 is January to February, not December', () => {
      const spans: [string, [number, number]][] = [
        ['2023年一二月', [20230100, 20230200]],
        ['2023年三四月', [20230300, 20230400]],
        ['二〇二三年十一二月份', [20231100, 20231200]],
      ];
      expectDateSpans(spans, '，出口下降。');
      expectFigure([only('今年一二月份出口增長')], '一二月份', { kind: 'date', value: null, range: null });
      // Twelve is not a pair: 2024年十二月 stays December.
      expectFigure([only('2024年十二月')], '2024年十二月', { kind: 'date', value: 20241200 });
    });

    it('reads no figure in 三年級 or 一二年級: a school grade is neither a year nor a number of years', () => {
      for (const t of ['他讀三年級', '一二年級的學生', '小学五年级']) noFigures(t);
      expectFigure([only('一二年級的學生有120人')], '120人', { kind: 'count', value: 120 });
    });

    it('reads 民國 spans written without 民國: 112年11月至113年2月, 113年1-3月', () => {
      expectFigure(findFigures('行政院：112年11月至113年2月，辦理完成。'), '112年11月至113年2月', { kind: 'date', range: [20231100, 20240200] });
      expectFigure(findFigures('113年1-3月，出口增長。'), '113年1-3月', { kind: 'date', range: [20240100, 20240300] });
      expectFigure(findFigures('這項工作持續了113年。'), '113年', { kind: 'amount', value: 113 });
    });

    it('keeps a date alone when what follows the joiner is not a later date of the same kind', () => {
      expectFigure(findFigures('2023年1月至今，出口增長。'), '2023年1月', { kind: 'date', value: 20230100, range: null });
      expectFigure(findFigures('2023年3月至1月'), '2023年3月', { kind: 'date', value: 20230300, range: null });
      expectFigure(findFigures('2023年1月至3月5日'), '2023年1月', { kind: 'date', value: 20230100, range: null });
      expectFigure(findFigures('2023年6月20-18日'), '2023年6月', { kind: 'date', value: 20230600, range: null });
    });

    it('reads 12年3月 as a month of a year cut short outside a Taiwanese text, and 99年3月 as 民國 in one', () => {
      assert.deepStrictEqual(findFigures('12年3月，出口增長。').map((f) => [f.text, f.kind, f.value]), [['3月', 'date', null]]);
      assert.deepStrictEqual(findFigures('99年3月至5月').map((f) => f.text), ['3月至5月']);
      expectFigure(findFigures('行政院：99年3月30日核定。'), '99年3月30日', { kind: 'date', value: 20100330 });
      // Three digits are 民國 anywhere; a number of years stays one.
      expectFigure(findFigures('113年8月30日'), '113年8月30日', { kind: 'date', value: 20240830 });
      expectFigure(findFigures('工作了12年。'), '12年', { kind: 'amount', value: 12, unit: '年' });
      assert.deepStrictEqual(findFigures('5年3個月內完成').map((f) => f.text), ['5年', '3個月']);
    });

    it('gives the month and day a date without a year ends on, its numerals read as figures are', () => {
      assert.deepEqual(lastMonthDay('4月29日至31日'), { month: 4, day: 31 });
      assert.deepEqual(lastMonthDay('3月五六日'), { month: 3, day: 6 });
      assert.deepEqual(lastMonthDay('1至3月31日'), { month: 3, day: 31 });
      assert.deepEqual(lastMonthDay('3月5日至4月2日'), { month: 4, day: 2 });
      assert.deepEqual(lastMonthDay('十一月卅一號'), { month: 11, day: 31 });
      assert.equal(lastMonthDay('1至3月'), undefined);
      assert.equal(lastMonthDay('14日'), undefined);
    });

    it('reads 民國 years and 民國 dates', () => {
      expectFigure(findFigures('民國113年'), '民國113年', { kind: 'year', value: 2024 });
      expectFigure(findFigures('行政院於中華民國113年8月30日以'), '中華民國113年8月30日', { kind: 'date', value: 20240830 });
      expectFigure(findFigures('114年度總預算'), '114年度', { kind: 'year', value: 2025 });
    });

    it('keeps 一二年 one or two years: written texts give 2012 as 二〇一二年 or 2012年, and cut it to 一二年 in speech', () => {
      expectFigure([only('需要一二年時間')], '一二年', { kind: 'amount', value: null, range: [1, 2], unit: '年', approx: true });
      expectFigure([only('需要一兩年時間')], '一兩年', { kind: 'amount', value: null, range: [1, 2], unit: '年', approx: true });
      expectFigure([only('二〇一二年')], '二〇一二年', { kind: 'year', value: 2012 });
      expectFigure([only('2012年')], '2012年', { kind: 'year', value: 2012 });
    });

    it('reads 一二年內, 一二年間, 一二年來, 一二年後, 一二年左右 as one or two years: the word after makes it a span', () => {
      for (const after of ['內', '内', '間', '来', '後']) expectFigure([only(`一二年${after}完成`)], '一二年', { kind: 'amount', range: [1, 2] });
      expectFigure([only('一二年左右')], '一二年左右', { kind: 'amount', range: [1, 2], approx: true });
      expectFigure([only('近一二年')], '一二年', { kind: 'amount', range: [1, 2] });
    });

    it('reads no span of years in 一二年底, 一二年度, 一二年三月: the calendar word or month makes 一二 the year 2012 cut short', () => {
      // Its century is not written, so it is no figure at all; the month stays a date without a year.
      for (const t of ['一二年底', '一二年初', '一二年度預算', '一二年上半年', '七八年底']) noFigures(t);
      assert.deepStrictEqual(findFigures('一二年三月').map((f) => [f.text, f.kind]), [['三月', 'date']]);
      assert.deepStrictEqual(findFigures('一二年第一季').map((f) => [f.text, f.kind]), [['第一季', 'ordinal']]);
      // 兩 is never a digit of a year: 一兩年 stays a span.
      expectFigure([only('一兩年底')], '一兩年', { kind: 'amount', range: [1, 2] });
    });

    it('reads no span of years in 九八年, 一三年, 〇五年: two digits by place are a year cut short (13 years is 十三年)', () => {
      for (const t of ['九八年抗洪', '一三年', '〇五年', '零五年']) noFigures(t);
      expectFigure([only('十三年')], '十三年', { kind: 'amount', value: 13, unit: '年' });
      // Arabic 13年 stays a span, as before.
      expectFigure([only('13年')], '13年', { kind: 'amount', value: 13, unit: '年' });
      expectFigure([only('民國九八年')], '民國九八年', { kind: 'year', value: 2009 });
    });

    it('reads a date without a year with a null value', () => {
      expectFigure(findFigures('12月25日前'), '12月25日', { kind: 'date', value: null });
    });
  });

  describe('ordinals and counted nouns', () => {
    it('reads 第二位, 排名第一, 第三, 第3917次', () => {
      expectFigure(findFigures('躍居全球第二位'), '第二位', { kind: 'ordinal', value: 2 });
      expectFigure(findFigures('排名第一。'), '排名第一', { kind: 'ordinal', value: 1 });
      expectFigure(findFigures('位居第三'), '第三', { kind: 'ordinal', value: 3 });
      expectFigure(findFigures('行政院第3917次會議'), '第3917次', { value: 3917 });
    });

    it('reads 第三四章, 第三四節, 第五六條 as chapters 3 to 4 (two ordinals named at once, not the 34th)', () => {
      // Both chapters are named, none guessed: a range, but not approximate as 三四百 is.
      expectFigure([only('本法第三四章規定')], '第三四章', { kind: 'ordinal', value: null, range: [3, 4], approx: false });
      expectFigure([only('見第三四節。')], '第三四節', { kind: 'ordinal', value: null, range: [3, 4] });
      expectFigure([only('依第五六條辦理')], '第五六條', { kind: 'ordinal', value: null, range: [5, 6] });
      expectFigure([only('依第十一二條辦理')], '第十一二條', { kind: 'ordinal', value: null, range: [11, 12] });
      // No heading number starts a line with a pair, so there it is a figure too.
      expectFigure([only('第三四章規定了罰則。')], '第三四章', { kind: 'ordinal', range: [3, 4] });
      expectFigure([only('排名第二位')], '排名第二位', { kind: 'ordinal', value: 2, range: null });
    });

    it('reads 第1至3條 and 第十至十二章 as one span of ordinals, the classifier written once', () => {
      expectFigure([only('依第1至3条规定')], '第1至3条', { kind: 'ordinal', value: null, range: [1, 3] });
      expectFigure([only('見第十至十二章。')], '第十至十二章', { kind: 'ordinal', value: null, range: [10, 12] });
      expectFigure([only('依第3-5條辦理')], '第3-5條', { kind: 'ordinal', value: null, range: [3, 5] });
      expectFigure([only('依第一至第三章')], '第一至第三章', { kind: 'ordinal', value: null, range: [1, 3] });
      // A later number that is smaller is no span.
      assert.deepEqual(findFigures('第5至3条').map((f) => f.text), ['第5', '3条']);
    });

    it('reads no figure in the base of a rate: 每千人口, 每10万人', () => {
      assert.deepEqual(findFigures('每千人口执业医师3.4人').map((f) => f.text), ['3.4人']);
      noFigures('每10万人');
      expectFigure(findFigures('每人每年300元'), '300元', { value: 300 });
    });

    it('reads counted nouns: 三大核心要素, 四道護城河, 兩個, 五大產業生態圈', () => {
      expectFigure(findFigures('三大核心要素:算力'), '三大核心要素', { kind: 'counted', value: 3 });
      expectFigure(findFigures('四道護城河。'), '四道護城河', { kind: 'counted', value: 4 });
      expectFigure(findFigures('有兩個,'), '兩個', { kind: 'counted', value: 2 });
      expectFigure(findFigures('七八个人'), '七八个人', { kind: 'counted', range: [7, 8], approx: true });
    });

    it('reads two neighbouring digits before a unit as an approximate range (概數): 三四百, 七八十, 兩三千億, 四十五六', () => {
      expectFigure(findFigures('公司有三四百名員工。'), '三四百名', { kind: 'count', value: null, range: [300, 400], approx: true });
      expectFigure(findFigures('約七八十家企業'), '約七八十家企業', { kind: 'counted', value: null, range: [70, 80], approx: true });
      expectFigure(findFigures('投資兩三千億元。'), '兩三千億元', { kind: 'amount', value: null, range: [2e11, 3e11], approx: true });
      expectFigure(findFigures('五六十萬人'), '五六十萬人', { kind: 'count', value: null, range: [5e5, 6e5], approx: true });
      expectFigure(findFigures('一二十家'), '一二十家', { kind: 'counted', value: null, range: [10, 20], approx: true });
      expectFigure(findFigures('年齡四十五六歲。'), '四十五六歲', { value: null, range: [45, 46], approx: true });
      expectFigure(findFigures('三十四五萬元'), '三十四五萬元', { kind: 'amount', value: null, range: [340000, 350000] });
      expectFigure(findFigures('三四成的企業'), '三四成', { kind: 'percent', value: null, range: [30, 40], approx: true });
      expectFigure(findFigures('一兩個月'), '一兩個月', { value: null, range: [1, 2], approx: true });
      expectFigure(findFigures('三五天內'), '三五天', { value: null, range: [3, 5], approx: true });
      // 三两 is 'two or three', the larger written first; 两 after another digit is no digit of it (二两 is no 22).
      expectFigure(findFigures('三两天內'), '三两天', { value: null, range: [2, 3], approx: true });
      expectFigure(findFigures('三兩萬元'), '三兩萬元', { kind: 'amount', value: null, range: [20000, 30000], approx: true });
      // After a list or a longer number, 两 starts a numeral of its own: 两个季度 is two quarters, not 22 or 2–3.
      for (const text of ['2024年一、二两个季度', '2024年一、三两个季度', '第一、二两个季度', '一二两个季度']) {
        expectFigure(findFigures(text), '两个季度', { kind: 'counted', value: 2, range: null });
      }
      expectFigure(findFigures('十三两个项目'), '两个项目', { kind: 'counted', value: 2 });
      // After a word and 、, or a heading's number, 一两 and 三两 start a number: still the pairs.
      expectFigure(findFigures('培育龙头企业、三两个特色品牌'), '三两个特色品牌', { kind: 'counted', range: [2, 3], approx: true });
      expectFigure(findFigures('各部门、一两个试点'), '一两个试点', { kind: 'counted', range: [1, 2], approx: true });
      expectFigure(findFigures('三、一两年内完成'), '一两年', { kind: 'amount', range: [1, 2], approx: true });
      expectFigure(findFigures('两千两百元'), '两千两百元', { kind: 'amount', value: 2200 });
      expectFigure(findFigures('三五十人'), '三五十人', { value: null, range: [30, 50], approx: true });
      expectFigure(findFigures('三五千至一萬元'), '三五千至一萬元', { value: null, range: [3000, 10000] });
      expectFigure(findFigures('近二三十年來'), '二三十年', { value: null, range: [20, 30], approx: true });
      expectFigure(findFigures('投資兩三千至五千元'), '兩三千至五千元', { value: null, range: [2000, 5000], approx: true });
      expectFigure(findFigures('二三十萬至五十萬元'), '二三十萬至五十萬元', { value: null, range: [2e5, 5e5] });
      expectFigure(findFigures('三四十多萬人'), '三四十多萬人', { value: null, range: [3e5, 4e5], bound: 'lower' });
      expectFigure(findFigures('百分之三四十的企業'), '百分之三四十', { kind: 'percent', value: null, range: [30, 40] });
      expectFigure(findFigures('五六十條措施'), '五六十條措施', { kind: 'counted', range: [50, 60] });
      assert.deepEqual(findFigures('上世紀五六十年代，1990年代，八十年代初').map((f) => f.text), []);
      // A year before a word that starts with 代 stays a year.
      expectFigure(findFigures('关于2024年代表建议的报告'), '2024年', { kind: 'year', value: 2024 });
      expectFigure(findFigures('2023年代扣代缴'), '2023年', { kind: 'year', value: 2023 });
      // A pair at the far end of a range counts by its larger end; a first end with its own magnitude keeps it.
      expectFigure(findFigures('兩三千至四五千元'), '兩三千至四五千元', { range: [2000, 5000] });
      expectFigure(findFigures('三四百至五六百人'), '三四百至五六百人', { range: [300, 600] });
      expectFigure(findFigures('兩三千至四五萬元'), '兩三千至四五萬元', { range: [2000, 50000] });
      expectFigure(findFigures('3000至5萬元'), '3000至5萬元', { range: [3000, 50000] });
      expectFigure(findFigures('3至5万元'), '3至5万元', { range: [30000, 50000] });
      assert.deepEqual(findFigures('三五成群').map((f) => f.text), []);
      expectFigure(findFigures('約五六十萬。'), '約五六十萬', { kind: 'number', value: null, range: [5e5, 6e5], approx: true });
    });

    it('reads neighbouring digits written apart with 、 as the same range: 一、二十年, 约三、四成, 两、三千亿元', () => {
      expectFigure(findFigures('沿襲了過去一、二十年的作法'), '一、二十年', { kind: 'amount', value: null, range: [10, 20], approx: true, unit: '年' });
      expectFigure(findFigures('约三、四成的企业'), '约三、四成', { kind: 'percent', value: null, range: [30, 40], approx: true });
      expectFigure(findFigures('两、三千亿元投资'), '两、三千亿元', { kind: 'amount', value: null, range: [2e11, 3e11], unit: 'CNY' });
      expectFigure(findFigures('有三、四百人参加'), '三、四百人', { kind: 'count', value: null, range: [300, 400] });
      // A heading number, an ordinal or digits that are no neighbours keep to themselves.
      assert.deepEqual(findFigures('二、三十年来的变化').map((f) => f.text), ['三十年']);
      assert.deepEqual(findFigures('第一、二十条').map((f) => f.text), ['第一', '二十条']);
      assert.deepEqual(findFigures('投资二、四十亿元').map((f) => f.text), ['四十亿元']);
    });

    it('reads a digit after 成 as the next place: 四成五 is 45 %, not 三成五家 (five firms)', () => {
      expectFigure(findFigures('四成五的受訪者'), '四成五', { kind: 'percent', value: 45, unit: '%' });
      expectFigure(findFigures('占六成五。'), '六成五', { kind: 'percent', value: 65 });
      assert.deepEqual(findFigures('三成五家企业').map((f) => [f.text, f.value]), [['三成', 30], ['五家企业', 5]]);
      // A digit that starts the next word: 一线城市, 二手房, 三甲医院.
      for (const [t, v] of [['超过六成一线城市', 60], ['近七成二手房', 70], ['五成三甲医院', 50]] as const) {
        assert.equal(findFigures(t)[0].value, v, t);
      }
    });

    it('reads no number in three or more digits counting up (一二三百, 二三四個, 一二三類): they list, not count', () => {
      for (const t of ['一二三百人', '二三四百家企業', '十二三四人', '一二三類城市', '一二三四五六七八九十個', '一二三四五年', '百分之一二三', '一二三成']) noFigures(t);
      // Nor as an ordinal or as the far end of a range.
      noFigures('依第一二三章');
      noFigures('三至四五六百人');
    });

    it('keeps pairs and place-by-place numbers beside runs counting up: 十一二, 一二十, 三四百, 一二三四年, 一二三億元', () => {
      expectFigure([only('十一二人')], '十一二人', { value: null, range: [11, 12], approx: true });
      expectFigure([only('一二十家')], '一二十家', { value: null, range: [10, 20], approx: true });
      expectFigure([only('二三十人')], '二三十人', { value: null, range: [20, 30], approx: true });
      expectFigure([only('三四百名')], '三四百名', { value: null, range: [300, 400], approx: true });
      noFigures('一二三四，依次報數');
      // A year is written digit by digit; so are amounts before 萬/億/兆 in some newspapers (一八八一億美元).
      expectFigure([only('一二三四年')], '一二三四年', { kind: 'year', value: 1234 });
      expectFigure([only('出口一二三億元')], '一二三億元', { kind: 'amount', value: 12300000000 });
      expectFigure([only('二〇一二年')], '二〇一二年', { kind: 'year', value: 2012 });
    });

    it('reads a run counting up as places when a digit, a zero, a point or a big unit follows it, or after a point', () => {
      const cases: [string, number][] = [
        ['一二三五億元', 123500000000], ['一二三〇億元', 123000000000], ['共一二三〇人', 1230], ['一二三點五億元', 12350000000],
        ['新臺幣一二三點四五億元', 12345000000], ['百分之十二點三四五', 12.345], ['百分之零點一二三', 0.123],
        ['成長三點四五六倍', 3.456], ['人均四點五六七公斤', 4.567], ['一二三百萬元', 123000000], ['一二三千億元', 12300000000000],
      ];
      for (const [text, value] of cases) {
        const figures = findFigures(text);
        assert.equal(figures.length, 1, text);
        assert.ok(Math.abs(figures[0].value! - value) < 1e-9 * value, `${text}: ${figures[0].value}`);
      }
      expectFigure(findFigures('第一二三〇次會議'), '第一二三〇次', { kind: 'ordinal', value: 1230 });
    });

    it('keeps digits read as places where they are places: 十二點五六, 二．三四兆, 三百四十, 二〇二四年', () => {
      expectFigure(findFigures('上升十二點五六個百分點'), '十二點五六個百分點', { value: 12.56, range: null, approx: false });
      expectFigure(findFigures('二．三四兆美元'), '二．三四兆美元', { value: 2.34e12, range: null });
      expectFigure(findFigures('三百四十名'), '三百四十名', { value: 340, range: null });
      expectFigure(findFigures('二〇二四年'), '二〇二四年', { kind: 'year', value: 2024 });
    });

    it('takes the unit spelled out in brackets after a Latin unit into the figure: 230 EFLOPS（百億億次浮點運算/秒）', () => {
      expectFigure([only('算力達230 EFLOPS（百億億次浮點運算/秒）。')], '230 EFLOPS（百億億次浮點運算/秒）', { kind: 'rate', value: 2.3e20, unit: 'FLOP/s' });
      expectFigure([only('達到5 PFLOPS(千萬億次浮點運算每秒)，')], '5 PFLOPS(千萬億次浮點運算每秒)', { value: 5e15 });
      expectFigure([only('算力達230 EFLOPS （百億億次浮點運算/秒）。')], '230 EFLOPS （百億億次浮點運算/秒）', { value: 2.3e20 });
      expectFigure([only('從100至230 EFLOPS（百億億次浮點運算/秒）')], '100至230 EFLOPS（百億億次浮點運算/秒）', { range: [1e20, 2.3e20] });
      // A figure in the brackets that is not the unit itself stays a figure of its own.
      const figures = findFigures('230 EFLOPS（約2.3萬億億次）');
      assert.deepStrictEqual(figures.map((f) => f.text), ['230 EFLOPS', '約2.3萬億億次']);
    });

    it('reads a span of months without a year as one date: 1至3月, 1-3月, 1至3月15日', () => {
      expectFigure([only('1至3月，全市出口增長。')], '1至3月', { kind: 'date', value: null, range: null });
      expectFigure([only('1-3月累計')], '1-3月', { kind: 'date', value: null });
      expectFigure([only('1至3月15日')], '1至3月15日', { kind: 'date', value: null });
      expectFigure([only('一至三月，')], '一至三月', { kind: 'date', value: null });
      expectFigure([only('一至十一月')], '一至十一月', { kind: 'date', value: null });
      // Not when the first month is not before the second, nor for months counted (个月).
      assert.deepEqual(findFigures('3至1月').map((f) => f.text), ['1月']);
      expectFigure([only('1至3个月')], '1至3个月', { kind: 'amount', range: [1, 3] });
    });

    it('reads a span of dates without a year as one date, as with one: 1月至3月, 3月5日至7日, 3月五六日', () => {
      for (const t of ['1月至3月', '1月—3月', '一月至三月', '3月5日至7日', '5月20日—22日', '3月5日至4月2日', '3月五六日']) {
        expectFigure([only(`${t}，召開會議。`)], t, { kind: 'date', value: null, range: null });
      }
      // Not when the second is not later, nor when it names its own year.
      assert.deepEqual(findFigures('3月至1月').map((f) => f.text), ['3月', '1月']);
      assert.deepEqual(findFigures('3月5日至3日').map((f) => f.text), ['3月5日', '3日']);
      assert.deepEqual(findFigures('12月至2024年1月').map((f) => f.text), ['12月', '2024年1月']);
    });

    it('reads N次会议 as a session number, not a count', () => {
      expectFigure(findFigures('十四届全国人大三次会议'), '三次', { kind: 'ordinal', value: 3 });
    });

    it('reads TOPS, ZB, EB, MB, peak watts (MWp) and 100KW', () => {
      const figures = findFigures('算力為200 TOPS，數據量將達175 ZB，中國佔27.8 EB，檔案20MB，裝機100KW，光伏50 MWp，屋頂5kWp。');
      expectFigure(figures, '200 TOPS', { kind: 'rate', unit: 'OP/s', value: 2e14 });
      expectFigure(figures, '175 ZB', { kind: 'amount', unit: 'ZB', value: 175 });
      expectFigure(figures, '27.8 EB', { kind: 'amount', unit: 'EB', value: 27.8 });
      expectFigure(figures, '20MB', { kind: 'amount', unit: 'MB', value: 20 });
      expectFigure(figures, '100KW', { kind: 'rate', unit: 'kW', value: 100 });
      expectFigure(findFigures('耗電10KWh，屋頂5KWp'), '10KWh', { kind: 'amount', unit: 'kWh', value: 10 });
      expectFigure(findFigures('耗電10KWh，屋頂5KWp'), '5KWp', { kind: 'rate', unit: 'kWp', value: 5 });
      expectFigure(figures, '50 MWp', { kind: 'rate', unit: 'MWp', value: 50 });
      expectFigure(figures, '5kWp', { kind: 'rate', unit: 'kWp', value: 5 });
      assert.deepEqual(findFigures('申請EB-5簽證，H100 GPU').map((f) => f.text), []);
    });

    it('reads Latin units, with a space or without, and ranges of them: 230 PFLOPS, 1,200 MW, 10 Gbps, 12PB, 120億kWh', () => {
      const figures = findFigures('算力達到230 PFLOPS，裝機1,200 MW，帶寬10 Gbps，存儲12PB，耗電120億kWh，約3 EFLOPS。');
      expectFigure(figures, '230 PFLOPS', { kind: 'rate', unit: 'FLOP/s', value: 2.3e17 });
      expectFigure(figures, '1,200 MW', { kind: 'rate', unit: 'MW', value: 1200 });
      expectFigure(figures, '10 Gbps', { kind: 'rate', unit: 'Gbps', value: 10 });
      expectFigure(figures, '12PB', { kind: 'amount', unit: 'PB', value: 12 });
      expectFigure(figures, '120億kWh', { kind: 'amount', unit: 'kWh', value: 1.2e10 });
      expectFigure(figures, '約3 EFLOPS', { kind: 'rate', unit: 'FLOP/s', value: 3e18, approx: true });
      // Ranges: each end in its own unit.
      expectFigure(findFigures('算力達到1-2 EFLOPS。'), '1-2 EFLOPS', { unit: 'FLOP/s', value: null, range: [1e18, 2e18] });
      expectFigure(findFigures('算力從500 PFLOPS至1 EFLOPS。'), '500 PFLOPS至1 EFLOPS', { unit: 'FLOP/s', range: [5e17, 1e18] });
      expectFigure(findFigures('主頻3.2-4.5GHz。'), '3.2-4.5GHz', { unit: 'GHz', range: [3.2, 4.5] });
      assert.equal(describeValue({ kind: 'rate', unit: 'FLOP/s', value: 2.3e17, range: null })?.equivalent, '230 PFLOPS');
    });

    it('reads no unit into names and codes that start like one: 5G, H20, 5 GBs, 2 MWs, GB/T 9704-2012', () => {
      noFigures('5G網絡和H20芯片，GB/T 9704-2012。');
      // Longer units and compounds: kW·h, km², km/h; pairs of units, read whole or not at all; names.
      noFigures('能耗不高於15 kW·h/t，面積約1.6萬km²，時速120 km/h。');
      noFigures('儲能電站容量100MW/200MWh。');
      noFigures('台積電（2330 TW）上漲，28nm工藝。');
      assert.deepStrictEqual(findFigures('5 GBs的文件').map((f) => f.unit), []);
      assert.deepStrictEqual(findFigures('裝機2 MWs').map((f) => f.unit), []);
    });

    it('reads 兩次會議 as two meetings: 兩 only counts', () => {
      expectFigure(findFigures('兩次會議都提到'), '兩次', { kind: 'count', value: 2 });
      expectFigure(findFigures('两次会议都提到'), '两次', { kind: 'count', value: 2 });
    });
  });

  describe('what is not a figure', () => {
    it('skips heading numbers at line start', () => {
      noFigures('一、總則\n（一）目標\n1. 原則\n（1）範圍\n1、內容\n1．說明\n第一章 总则\n第二条 为了');
    });

    it('skips 第X章 after Markdown heading marks and a full-width indent (## 第一章　总则, 　第四条), not inside a sentence', () => {
      noFigures('## 第一章　总则\n\n### 第二节 适用\n　第四条　内容');
      // Without the space Markdown needs, # is no heading mark; in a sentence 第一章 is a reference.
      assert.deepStrictEqual(findFigures('#第三章\n他是第一章的作者').map((f) => f.text), ['第三章', '第一章']);
    });

    it('skips decree numbers: 国务院令第708号, 主席令第九十一号, 財政部令第98號', () => {
      noFigures('根据主席令第九十一号、国务院令第708号和財政部令第98號');
      expectFigure(findFigures('第二次会议'), '第二次', { kind: 'ordinal', value: 2 });
    });

    it('skips document numbers, captions and plan names', () => {
      noFigures('國辦發〔2018〕123號');
      noFigures('国发〔2024〕5号');
      noFigures('院授主預彙字第1130102518號函');
      noFigures('見圖1-1與图2及表1-2');
      noFigures('“十三五”时期,十四五规划,"十四五"规划');
      noFigures('科技創新2030 重大項目');
    });

    it('skips political slogans that count: 兩個一百年, 四個全面, 五位一體, 六穩六保', () => {
      noFigures('实现“两个一百年”奋斗目标，协调推进“四个全面”战略布局，统筹推进“五位一体”总体布局');
      noFigures('實現「兩個一百年」奮鬥目標，做到「兩個維護」，增強「四個意識」、堅定「四個自信」');
      noFigures('扎实做好“六稳”工作、全面落实“六保”任务，推进“三去一降一补”');
    });

    it('skips short quoted names that open with a numeral (“三个代表”, “两个屏障”, “五大任务”, 「千萬工程」) and plan names', () => {
      noFigures('“三个代表”重要思想，建设“两个屏障”、“两个基地”，落实“五大任务”，推进「千萬工程」，落實「八項規定」');
      // 五年 in 五年规划 is the plan's name, not a span of five years; which plan is still an ordinal.
      assert.deepStrictEqual(findFigures('第十四个五年规划和第十三個五年規劃').map((f) => f.text), ['第十四个', '第十三個']);
      // A quoted span of time or amount is still one: 月 and 元 are units.
      assert.deepStrictEqual(findFigures('他说“三个月内完成”，“三千万元”，「十個人」').map((f) => f.text), ['三个月', '三千万元', '十個人']);
      // So is a share or a number with its qualifier.
      assert.deepStrictEqual(findFigures('有“八成”表示满意，“十多年”来，“一百多家”企业').map((f) => f.text), ['八成', '十多年', '一百多家']);
    });

    it('skips idioms and words with numerals', () => {
      noFigures('一帆風順,三心二意,一方面,另一方面,一系列,一步,統一,唯一,之一,一次性,最多跑一次,第一線,十分重要');
      noFigures('党的十八大和十八届三中、四中全会');
      noFigures('一個獨立、非營利性的平臺');
      // Set phrases a policy text uses, whose numerals count nothing: 千家万户 is every household, not 1,000 of them.
      noFigures('走进千家万户，差了十万八千里，千头万绪，三天两头，三年五载，三天打鱼两天晒网；走進千家萬戶');
    });

    it('skips version and model names: GPT-4, H20, 5G, C919, IPv6', () => {
      noFigures('GPT-4和H20芯片,5G基站,C919大飛機,IPv6');
    });

    it('skips the second part of a dotted date (113.10.30) outside a Taiwanese text, and versions (1.2.3.4)', () => {
      noFigures('委員會議(113.10.30)決議');
      noFigures('升級到v1.2.3.4版，3.5.1版，2024-03-05-01號');
    });
  });

  describe('real policy texts', () => {
    it('2025 政府工作报告: PDF spacing and line breaks', () => {
      const figures = findFigures(readFixture('figures/gov-work-report-2025.zh-Hans.txt'));
      expectFigure(figures, '2025 年 3 月 5 日', { kind: 'date', value: 20250305 });
      expectFigure(figures, '2024 年', { kind: 'year', value: 2024 });
      expectFigure(figures, '75 周年', { kind: 'amount', value: 75, unit: '周年' });
      expectFigure(figures, '134.9 万亿元', { kind: 'amount', value: 134.9e12, unit: 'CNY', line: 19 } as Expected);
      expectFigure(figures, '5%', { kind: 'percent', value: 5 });
      expectFigure(figures, '30%左右', { kind: 'percent', value: 30, approx: true });
      assert.ok(!figures.some((f) => f.text === '1'), 'page number');
    });

    it('2025 政府工作报告 highlights: 万亿 amounts and targets', () => {
      const figures = findFigures(readFixture('figures/gov-work-report-2025-highlights.zh-Hans.txt'));
      expectFigure(figures, '1.4万亿斤', { value: 1.4e12, unit: '斤' });
      expectFigure(figures, '1256万人', { value: 12560000, unit: '人' });
      expectFigure(figures, '1200万人以上', { approx: true, bound: 'lower' });
      expectFigure(figures, '1.4万亿斤左右', { approx: true });
      expectFigure(figures, '11.86万亿元', { value: 11.86e12, unit: 'CNY' });
      expectFigure(figures, '5000亿元', { value: 5e11 });
      assert.ok(!figures.some((f) => f.text.includes('6G')));
    });

    it('鲁政发〔2014〕20号: no document numbers or heading numbers, years kept', () => {
      const text = readFixture('figures/shandong-budget-reform-2014.zh-Hans.txt');
      const figures = findFigures(text);
      assert.deepStrictEqual(
        figures.filter((f) => f.kind === 'year').map((f) => f.value),
        [2014, 2015, 2016],
      );
      assert.ok(!figures.some((f) => /〔|号|^\d$|十八大/.test(f.text)), JSON.stringify(figures.map((f) => f.text)));
    });

    it('立法院 budget review: 民國 dates, ordinals, no document numbers', () => {
      const figures = findFigures(readFixture('figures/legislative-yuan-budget-review-2025.zh-Hant.txt'));
      expectFigure(figures, '中華民國113年8月30日', { kind: 'date', value: 20240830 });
      expectFigure(figures, '113年8月22日', { kind: 'date', value: 20240822 });
      expectFigure(figures, '第3917次', { kind: 'ordinal', value: 3917 });
      assert.ok(figures.some((f) => f.text === '中華民國114年度' && f.value === 2025));
      assert.ok(!figures.some((f) => /1130102518/.test(f.text)));
      // The meeting's date in digits: (113.10.30) is 30 October 2024.
      expectFigure(figures, '113.10.30', { kind: 'date', value: 20241030 });
    });

    it('行政院 budget: 億元 amounts in TWD, 114年度 as a 民國 year, 約增 as an approximation', () => {
      const figures = findFigures(readFixture('figures/executive-yuan-budget-2025.zh-Hant.txt'));
      expectFigure(figures, '114年度', { kind: 'year', value: 2025 });
      expectFigure(figures, '210億元', { value: 2.1e10, unit: 'TWD' });
      expectFigure(figures, '約增40.6%', { value: 40.6, approx: true } as Expected);
      expectFigure(figures, '122億元', { value: 1.22e10 });
    });

    it('經濟日報 supplementary budget: 3兆1,648億元 and 3兆128億元', () => {
      const figures = findFigures(readFixture('figures/udn-supplementary-budget-2025.zh-Hant.txt'));
      expectFigure(figures, '3兆1,648億元', { value: 3164800000000, unit: 'TWD' });
      expectFigure(figures, '3兆128億元', { value: 3012800000000 });
      expectFigure(figures, '878.4億元', { value: 87840000000 });
      expectFigure(figures, '30.1億元', { value: 3010000000 });
    });

    it('聯合報 GDP story: Chinese-numeral percentages, 卅八年, 一八八一億美元', () => {
      const figures = findFigures(readFixture('figures/udn-dgbas-gdp-2025.zh-Hant.txt'));
      expectFigure(figures, '二○二五年', { kind: 'year', value: 2025 });
      expectFigure(figures, '百分之十二點六八', { kind: 'percent', value: 12.68 });
      expectFigure(figures, '卅八年', { kind: 'amount', value: 38, unit: '年' });
      expectFigure(figures, '百分之卅六點八四', { value: 36.84 });
      expectFigure(figures, '一八八一億美元', { value: 188100000000, unit: 'USD' });
      expectFigure(figures, '一百五十八億美元', { value: 15800000000 });
      expectFigure(figures, '十二點五六個百分點', { unit: 'percentage point', value: 12.56 });
      expectFigure(figures, '約占四分之三', { value: 75, approx: true });
    });

    it('自由時報 trade statistics: digit-by-digit numerals with 兆 and 億', () => {
      const figures = findFigures(readFixture('figures/ltn-trade-statistics-2023.zh-Hant.txt'));
      expectFigure(figures, '四○三○億元', { value: 403000000000 });
      expectFigure(figures, '九.四%', { value: 9.4 });
      expectFigure(figures, '一兆五二二億元', { value: 1052200000000 });
      expectFigure(figures, '十二兆七○一三億元', { value: 12701300000000 });
      expectFigure(figures, '四兆二八一五億元', { value: 4281500000000 });
      expectFigure(figures, '二十.二%至十七.四%', { range: [17.4, 20.2] });
    });

    it('中央社 GDP story: 民國 years without 民國 and 個百分點', () => {
      const figures = findFigures(readFixture('figures/cna-gdp-2018.zh-Hant.txt'));
      expectFigure(figures, '106年11月', { kind: 'date', value: 20171100 });
      expectFigure(figures, '0.98個百分點', { unit: 'percentage point', value: 0.98 });
      expectFigure(figures, '2萬4337美元', { value: 24337, unit: 'USD' });
      assert.ok(figures.some((f) => f.text === '107年' && f.kind === 'year' && f.value === 2018));
    });
  });

  describe('robustness', () => {
    it('counts lines across CRLF and reads full-width digits, NBSP and thin-space groups', () => {
      const figures = findFigures('第一行\r\n增長４．５％\r\n共4\u00a0266家與1\u2009234家');
      expectFigure(figures, '４．５％', { value: 4.5, line: 2 } as Expected);
      expectFigure(figures, '4\u00a0266家', { value: 4266, line: 3 } as Expected);
      expectFigure(figures, '1\u2009234家', { value: 1234 });
    });

    it('survives NUL, lone surrogates, a 1 MB line of digits and a 5,000-digit amount', () => {
      assert.deepStrictEqual(findFigures('\u0000\ud800第\udc00一'), findFigures('\u0000\ud800第\udc00一'));
      const digits = findFigures('1'.repeat(1_000_000));
      assert.deepStrictEqual(digits, []);
      const big = findFigures('共' + '9'.repeat(5000) + '億元');
      assert.strictEqual(big.length, 1);
      assert.ok(big[0].value === null || Number.isFinite(big[0].value));
      assert.ok(findFigures('4 266 '.repeat(100_000)).length >= 0);
    });

    const cjkDigits = fc.constantFrom(...'0123456789 ,.%~-—至年月日第一二三四五六七八九十百千万億兆〇○零两兩廿卅多余約逾超過家个大道元美圖表“”、\n\r（）()〔〕'.split(''));
    const wellFormed = (text: string): boolean => {
      const figures = findFigures(text);
      let last = 0;
      for (const f of figures) {
        if (f.start < last || f.end <= f.start || f.end > text.length) return false;
        if (f.text !== text.slice(f.start, f.end) || f.line < 1) return false;
        if (f.value !== null && !Number.isFinite(f.value)) return false;
        last = f.end;
      }
      return true;
    };

    it('never throws and returns sorted, non-overlapping, in-bounds spans on binary strings', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), wellFormed), { numRuns: 1000 });
    });

    it('never throws and returns sorted, non-overlapping, in-bounds spans on CJK and digit strings', () => {
      fc.assert(fc.property(fc.string({ unit: cjkDigits, maxLength: 120 }), wellFormed), { numRuns: 3000 });
    });
  });
});

describe('findFigureSteps', () => {
  /** The figures and how many times the generator paused before giving them. */
  function stepped(text: string): { figures: Figure[]; pauses: number } {
    const steps = findFigureSteps(text);
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { figures: step.value, pauses };
      pauses++;
    }
  }

  it('reads the sample article as findFigures does, pausing about every 256 characters', () => {
    for (const name of ['hangzhou-model.zh-Hant.txt', 'hangzhou-model.zh-Hans.txt']) {
      const text = readFixture(name);
      const { figures, pauses } = stepped(text);
      assert.deepStrictEqual(figures, findFigures(text), name);
      // Each pause comes after at least 256 characters, and a figure read whole takes a pause at most 30 further.
      assert.ok(pauses <= Math.ceil(text.length / 256) - 1 && pauses >= Math.floor(text.length / 286) - 1, `${name}: ${pauses} pauses over ${text.length} characters`);
    }
  });

  it('reads a figure that starts before a pause and ends after it whole, as findFigures does', () => {
    const text = '甲'.repeat(250) + '2021年至2025年，投資約35億立方米，增長70%~ 95%。'.repeat(20);
    assert.deepStrictEqual(stepped(text).figures, findFigures(text));
    const unit = '乙'.repeat(253) + '8856 億美元';
    assert.deepStrictEqual(stepped(unit).figures.map((f) => [f.text, f.value]), [['8856 億美元', 885600000000]]);
  });

  it('reads random texts of figure characters as findFigures does', () => {
    const units = fc.constantFrom(...'0123456789 ,.%~-—至年月日第一二三四五六七八九十百千万億兆〇零两約逾超過家个元美“”、\n（）甲乙'.split(''));
    fc.assert(fc.property(fc.string({ unit: units, minLength: 200, maxLength: 1500 }), (text) => {
      assert.deepStrictEqual(stepped(text).figures, findFigures(text));
    }), { numRuns: 300 });
  });
});
