import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import * as fc from 'fast-check';
import { citeSources } from '../../src/core/sources/citations';
import type { Citation, Span } from '../../src/core/types';

// The suite runs from source (test/unit) or bundled elsewhere from the repository root.
const fixtures = existsSync(join(__dirname, '..', 'fixtures')) ? join(__dirname, '..', 'fixtures') : join(process.cwd(), 'test', 'fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** The span of the n-th occurrence (0-based) of `figure`, as the figure recogniser would give it. */
function spanOf(text: string, figure: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(figure, at + 1);
    assert.ok(at >= 0, `fixture lacks ${figure}`);
  }
  return { start: at, end: at + figure.length };
}

function cite(text: string, figure: string, occurrence = 0): Citation | null {
  return citeSources(text, [spanOf(text, figure, occurrence)])[0];
}

/** Each row: a text, a figure in it, and the publisher the figure's source names. */
function expectPublishers(rows: readonly (readonly [string, string, string])[]): void {
  for (const [text, figure, publisher] of rows) assert.strictEqual(cite(text, figure)?.publisher, publisher, text);
}

describe('citeSources', () => {
  it('starts a 據 cue after a lead without Han characters: the publisher is the agency alone (AI 據瑞穗證券估計)', () => {
    for (const lead of ['abc ', 'AI\u3000', 'Note: ']) {
      const text = `${lead}據瑞穗證券估計，占比為70%。`;
      const c = cite(text, '70%');
      assert.ok(c, text);
      assert.strictEqual(c.publisher, '瑞穗證券', text);
      assert.strictEqual(c.text, '據瑞穗證券估計', text);
    }
  });

  describe('on the sample article (hangzhou-model)', () => {
    const text = read('hangzhou-model.zh-Hant.txt');

    it('links 70%~ 95% to 瑞穗證券', () => {
      assert.deepStrictEqual(cite(text, '70%~ 95%'), {
        start: text.indexOf('瑞穗證券估計'),
        end: text.indexOf('瑞穗證券估計') + 6,
        text: '瑞穗證券估計',
        publisher: '瑞穗證券',
      });
    });

    it('links 第二位 and 230 百億億次浮點運算/秒(EFLOPS) to the 國家信息化發展報告 of 國家互聯網信息辦公室', () => {
      const cue = '據國家互聯網信息辦公室發布的《國家信息化發展報告(2023 年)》';
      const expected = {
        start: text.indexOf(cue),
        end: text.indexOf(cue) + cue.length,
        text: cue,
        title: '國家信息化發展報告(2023 年)',
        publisher: '國家互聯網信息辦公室',
      };
      assert.deepStrictEqual(cite(text, '第二位'), expected);
      assert.deepStrictEqual(cite(text, '230 百億億次浮點運算/秒(EFLOPS)'), expected);
    });

    it('links 8856 億美元, 2022年, 59% and 39.6% to 美國國家科學與工程統計中心 across the commas of one sentence', () => {
      const cue = '根據美國國家科學與工程統計中心發布的統計報告';
      const sentence = text.indexOf(cue);
      const figures = ['8856 億美元', '2022年', '59%', '39.6%'].map((f) => {
        const at = text.indexOf(f, sentence);
        return { start: at, end: at + f.length };
      });
      for (const citation of citeSources(text, figures)) {
        assert.deepStrictEqual(citation, { start: sentence, end: sentence + cue.length, text: cue, publisher: '美國國家科學與工程統計中心' });
      }
    });

    it('links 排名第一 to the 中國地方公共數據開放利用報告(城市) without a publisher', () => {
      const citation = cite(text, '排名第一');
      assert.strictEqual(citation?.title, '中國地方公共數據開放利用報告(城市)');
      assert.strictEqual(citation?.text, '根據2024年的《中國地方公共數據開放利用報告(城市)》');
      assert.strictEqual(citation?.publisher, undefined);
    });

    it('gives no source to 4 266家 (no cue) nor to 40余萬家 (a new sentence after the cited one)', () => {
      assert.strictEqual(cite(text, '4 266家'), null);
      assert.strictEqual(cite(text, '40余萬家'), null);
    });

    it('gives no source to the year inside the cited title 《…(2023 年)》', () => {
      assert.strictEqual(cite(text, '2023 年'), null);
    });

    it('finds the same sources in the Simplified text', () => {
      const hans = read('hangzhou-model.zh-Hans.txt');
      assert.strictEqual(cite(hans, '70%~ 95%')?.publisher, '瑞穗证券');
      assert.strictEqual(cite(hans, '第二位')?.publisher, '国家互联网信息办公室');
      assert.strictEqual(cite(hans, '39.6%')?.publisher, '美国国家科学与工程统计中心');
      assert.strictEqual(cite(hans, '排名第一')?.title, '中国地方公共数据开放利用报告(城市)');
      assert.strictEqual(cite(hans, '4 266家'), null);
    });

    it('finds the same sources with CRLF line ends', () => {
      const crlf = text.replace(/\n/g, '\r\n');
      assert.strictEqual(cite(crlf, '59%')?.publisher, '美國國家科學與工程統計中心');
      assert.strictEqual(cite(crlf, '40余萬家'), null);
    });
  });

  describe('on the NBS 2023 grain announcement as reported', () => {
    it('links 69541万吨 and 1.3% to 国家统计局网站…发布的数据显示', () => {
      const text = read('sources/grain-output-2023-news.zh-Hans.txt');
      const citation = cite(text, '69541万吨');
      assert.strictEqual(citation?.text, '国家统计局网站12月11日发布的数据显示');
      assert.strictEqual(citation?.publisher, '国家统计局网站');
      assert.deepStrictEqual(cite(text, '1.3%'), citation);
    });

    it('gives the survey cue without publisher to 2023年 and nothing to the 一、 paragraphs on later lines', () => {
      const text = read('sources/grain-output-2023-news.zh-Hans.txt');
      assert.strictEqual(cite(text, '2023年全国粮食播种')?.text, '根据对全国31个省(区、市)的调查');
      assert.strictEqual(cite(text, '31个'), null);
      assert.strictEqual(cite(text, '118969千公顷'), null);
    });

    it('reads a 据 cue after a news dateline and leaves the dateline itself unsourced', () => {
      const text = read('sources/grain-output-2023-chinanews.zh-Hans.txt');
      assert.strictEqual(cite(text, '12月11日'), null);
      assert.strictEqual(cite(text, '11日消息'), null);
      assert.strictEqual(cite(text, '2023年全国')?.text, '根据对全国31个省(区、市)的调查');
    });
  });

  describe('on an IMF outlook report (Traditional Chinese news)', () => {
    const text = read('sources/imf-outlook-2017.zh-Hant.txt');

    it('links 3.6%, 3.7% and 3.2% to 國際貨幣基金組織 and its 《世界與中國經濟展望報告》 (X在京發佈《T》認為)', () => {
      for (const figure of ['3.6%', '3.7%', '3.2%']) {
        const citation = cite(text, figure);
        assert.strictEqual(citation?.publisher, '國際貨幣基金組織', figure);
        assert.strictEqual(citation?.title, '世界與中國經濟展望報告', figure);
      }
    });

    it('links 報告預計 to the figures of its sentence without a publisher, and not to the next sentence', () => {
      const citation = cite(text, '0.1個百分點');
      assert.strictEqual(citation?.text, '報告預計');
      assert.strictEqual(citation?.publisher, undefined);
      assert.strictEqual(cite(text, '2.2%'), null);
    });

    it('does not take 增長預計 for a cue', () => {
      assert.strictEqual(cite(text, '6.8%'), null);
    });
  });

  describe('source lines', () => {
    it('does not carry a 资料来源 line under a chart caption to the bullets above the caption (Shengang report)', () => {
      const text = read('sources/shengang-power-2019.zh-Hans.txt');
      assert.strictEqual(cite(text, '71422 亿千瓦时'), null);
      assert.strictEqual(cite(text, '11534 亿千瓦时'), null);
    });

    it('applies a 資料來源： line to the table rows above it, up to the caption', () => {
      const text = '表1 糧食產量\n年份\t產量\n2022年\t68653萬噸\n2023年\t69541萬噸\n資料來源：國家統計局\n下文另述。\n共計5項。';
      const citation = cite(text, '69541萬噸');
      assert.deepStrictEqual(citation, { start: text.indexOf('資料來源'), end: text.indexOf('\n下文'), text: '資料來源：國家統計局', publisher: '國家統計局' });
      assert.deepStrictEqual(cite(text, '68653萬噸'), citation);
      assert.strictEqual(cite(text, '5項'), null);
    });

    it('ends the publisher before a time word or an adverb of its own: 國家統計局昨天, 主計總處也修正, 美國曾', () => {
      expectPublishers([
        ['國家統計局昨天發布的數據顯示,總產量增長1.3%。', '1.3%', '國家統計局'],
        ['主計總處也修正預測107年經濟成長為2.42%。', '2.42%', '主計總處'],
        ['去年美國曾表示將對半導體課徵百分之一百稅率。', '百分之一百', '美國'],
        ['央行今天還預計,全年增長5%。', '5%', '央行'],
        ['統計局亦估計全年增長3%。', '3%', '統計局'],
        // 曾 inside a name stays: only a 曾 right before the verb is the adverb. 亦 and 也门 stay in a name too.
        ['經濟學家曾志朗表示,增長3%。', '3%', '經濟學家曾志朗'],
        ['北京亦庄管委会数据显示，产值增长12%。', '12%', '北京亦庄管委会'],
        ['经济学家刘亦明表示，增长3%。', '3%', '经济学家刘亦明'],
        ['較早前海關數據顯示，出口增長5%。', '5%', '海關'],
        // Names that start with 與, 比 or 跟 are names: only a comparison is not.
        ['与会专家预计，明年经济增长5%。', '5%', '与会专家'],
        ['比亚迪预计，全年销量为300万辆。', '300万辆', '比亚迪'],
        ['比利時國家銀行預測，今年通膨為3%。', '3%', '比利時國家銀行'],
        ['跟谁学表示，营收增长30%。', '30%', '跟谁学'],
        // Revising words between the adverb and the verb: 也大幅下调, 亦上修, 还进一步.
        ['世界银行也大幅下调预测，今年增长2.4%。', '2.4%', '世界银行'], ['主計總處亦上修預測，今年經濟成長3.1%。', '3.1%', '主計總處'],
        ['高盛还进一步预计，油价达90美元。', '90美元', '高盛'], ['主計總處當時預測，今年成長3%。', '3%', '主計總處'],
        // A comparison with another forecast keeps the sentence's cue: 比4月预测上调, 较今年1月预测, 比世界银行此前预测高.
        ['国际货币基金组织预计今年全球经济增长3.2%，比4月预测上调0.2个百分点。', '0.2个百分点', '国际货币基金组织'],
        ['国际货币基金组织预计今年增长3.2%，较今年1月预测上调0.3个百分点。', '0.3个百分点', '国际货币基金组织'],
        ['国际货币基金组织预计今年增长3.2%，比世界银行此前预测高0.2个百分点。', '0.2个百分点', '国际货币基金组织'],
        ['国际货币基金组织预计今年增长3.2%，较此前预测大幅上调0.5个百分点。', '0.5个百分点', '国际货币基金组织'],
        ['IMF预计今年增长3.2%，比去年预测快0.3个百分点。', '0.3个百分点', 'IMF'],
        ['IMF预计今年增长3.2%，比4月预测进一步上调0.2个百分点。', '0.2个百分点', 'IMF'],
        // Not comparisons: a name that starts with 同, 和, 比 or 与, then 多/高 … that start the next words.
        ['同花顺数据显示多只个股涨停，成交额达1.2万亿元。', '1.2万亿元', '同花顺'], ['和讯网统计显示多数基金收益为正，平均收益率为5.3%。', '5.3%', '和讯网'],
        ['同济大学研究显示高温天数增加了12天。', '12天', '同济大学'], ['比亚迪预计多款新车年内上市，全年销量达300万辆。', '300万辆', '比亚迪'],
        ['和黄预计增加派息，每股派息2.5港元。', '2.5港元', '和黄'],
        ['世界银行也一度预测，今年增长2.4%。', '2.4%', '世界银行'], ['高盛还首次预计，油价达90美元。', '90美元', '高盛'],
        // A company's own forecast (上调, 下调 with no time compared with), and an agency after 依目前/以當時.
        ['同仁堂预计下调全年营收目标至150亿元。', '150亿元', '同仁堂'], ['比亚迪预计上调全年销量目标至400万辆。', '400万辆', '比亚迪'],
        ['依目前主計總處預估，今年經濟成長率為3.1%。', '3.1%', '主計總處'], ['以當時主計總處預測，出口年增率為36.84%。', '36.84%', '主計總處'],
        ['以色列央行預測，今年通膨為3%。', '3%', '以色列央行'],
        // Comparisons of one institution's forecast with another's: the difference is the first one's.
        ['IMF预测今年中国经济增长5%，比世界银行预测高0.5个百分点。', '0.5个百分点', 'IMF'],
        ['主計總處預估今年經濟成長3.5%，比央行預估高0.3個百分點。', '0.3個百分點', '主計總處'],
        ['高盛预计油价每桶85美元，较市场预测上调5美元。', '5美元', '高盛'],
        // A comparison with a forecast of a time needs no difference after it; a company's own forecast is no comparison.
        ['IMF預測今年全球經濟成長3.2%，較4月預測上修，明年成長3.3%。', '3.3%', 'IMF'],
        ['比亚迪预计增加20万辆产能，总投资约为300亿元。', '约为300亿元', '比亚迪'],
        // 同年, 同月, 較早前 start a time, not a comparison.
        ['同年世界银行预测下调至4.5%。', '4.5%', '世界银行'], ['較早前特區政府預測上調至3%。', '3%', '特區政府'],
        // …but 较年初, 同年初, 较月初 and a difference after 較早前X预测 compare.
        ['国际货币基金组织预测今年全球经济增长3.2%，较年初预测上调0.3个百分点。', '0.3个百分点', '国际货币基金组织'],
        ['世界银行预测今年中国经济增长5.2%，同年初预测相比上调0.4个百分点。', '0.4个百分点', '世界银行'],
        ['世界银行预测今年增长5%，较早前IMF预测低0.2个百分点。', '0.2个百分点', '世界银行'],
      ]);
      // 依目前統計, 按當前統計: an unnamed count, as 據統計 is.
      assert.strictEqual(cite('依目前統計，全台共有長照機構1100家。', '1100家')?.text, '依目前統計');
      assert.strictEqual(cite('按當前統計，本港失業率維持在3%。', '3%')?.text, '按當前統計');
      assert.strictEqual(cite('依目前的統計，全台共有長照機構1100家。', '1100家')?.text, '依目前的統計');
    });

    it('applies a source label after a figure in the same sentence', () => {
      const text = '2023年全國糧食產量增長1.3%（資料來源：國家統計局）。';
      assert.strictEqual(cite(text, '1.3%')?.publisher, '國家統計局');
    });
  });

  describe('what is not a source', () => {
    it('does not take a law introduced by 根據《…法》的規定 for a data source', () => {
      const text = '根據《中華人民共和國數據安全法》的規定,重要數據目錄應當在3個月內更新。';
      assert.strictEqual(cite(text, '3個月'), null);
    });

    it('does not take the text\'s own reckoning or a comparison for a citation: 以當時預測, 與4月的預測相比', () => {
      // Nor words that only read like a source after 也: 企业也对前景表示乐观, 这些数据也都显示.
      for (const [text, figure] of [
        ['中国经济也已经显示出韧性，GDP增长5.2%。', '5.2%'], ['这些数据也都显示，今年一季度消费增长了5%。', '5%'],
        ['企业也对前景表示乐观，营收增长20%。', '20%'], ['外界也都预估，全年增长3%。', '3%'],
      ] as const) {
        assert.strictEqual(cite(text, figure), null, text);
      }
      for (const [text, figure] of [
        ['以當時預測出口年增率百分之卅六點八四也算高標，商品出口達一八八一億美元。', '一八八一億美元'],
        ['與4月的預測相比,新興經濟體增長前景均被上調了0.1個百分點。', '0.1個百分點'],
        ['与上月预测相比,增速上调0.2个百分点。', '0.2个百分点'],
        ['全年增长5.2%，与4月预测一致，高于市场预期0.3个百分点。', '0.3个百分点'],
        ['按当时价格计算，全年GDP为1260582亿元。', '1260582亿元'],
      ] as const) {
        assert.strictEqual(cite(text, figure), null, text);
      }
      // Nor does an earlier cue of the sentence carry past the text's own reckoning: the figures after it go back to
      // the sentence's opening attribution, if any (not one of intent: 美國曾表示將…), else to a label after them.
      const carried = '去年美國曾表示將課徵百分之一百稅率，以當時預測出口年增率百分之卅六點八四也算高標，商品出口達一八八一億美元。';
      assert.strictEqual(cite(carried, '百分之一百')?.publisher, '美國');
      assert.strictEqual(cite(carried, '一八八一億美元'), null);
      const led = `江心怡表示，${carried}`;
      assert.strictEqual(cite(led, '百分之一百')?.publisher, '美國');
      assert.strictEqual(cite(led, '一八八一億美元')?.publisher, '江心怡');
      // The opening attribution is the sentence's first cue, after a date clause too; an intent after a comma is none.
      const dated = '2023年，國家統計局數據顯示，GDP為126萬億元，以此計算，人均GDP約8.9萬元。';
      assert.strictEqual(cite(dated, '約8.9萬元')?.publisher, '國家統計局');
      assert.strictEqual(cite('美國曾表示，將對半導體課徵關稅，以當時估計，影響約200億美元。', '約200億美元'), null);
      // After the text's own reckoning, the nearest cue before it that states no intent: 海关总署, 据测算, not the first one.
      const two = '国家统计局数据显示，2023年GDP为126万亿元；海关总署统计显示，出口23.8万亿元，按当年汇率计算，约合3.38万亿美元。';
      assert.strictEqual(cite(two, '3.38万亿美元')?.publisher, '海关总署');
      const measured = '央行表示，会继续实施稳健的货币政策，据测算，释放资金约1万亿元，以此计算，可降低融资成本约200亿元。';
      assert.strictEqual(cite(measured, '约200亿元')?.text, '据测算');
      // Any measure after 以目前/按目前/以當時 is a reckoning (股價, 市價, 煤价, 趨勢); a data cue comes before an opinion,
      // and 將 after a forecast starts the forecast, no intent.
      expectPublishers([
        ['台積電表示，今年資本支出300億美元，以目前股價計算，市值約新台幣25兆元。', '約新台幣25兆元', '台積電'],
        ['據財政部統計，前三季出口3,500億美元，以當時市價計算，約合新台幣11兆元。', '新台幣11兆元', '財政部'],
        ['國發會表示，今年出口成長10%，依目前趨勢預估，全年出口可達4,800億美元。', '4,800億美元', '國發會'],
        // The nearest cue before the reckoning is whoever reckons: the analyst, the second speaker.
        ['海关总署数据显示，前5月出口增长6.3%；分析人士认为，以目前汇率计算，全年出口有望达到3.5万亿美元。', '3.5万亿美元', '分析人士'],
        ['李四指出，出口增长5%；王五认为，按可比价格计算，增长6%。', '6%', '王五'],
        // Whoever reckons may follow 依目前/按目前: 法人, 分析師, 瑞银.
        ['依目前法人預估，台積電今年EPS可達40元。', '40元', '法人'], ['主計總處預估今年經濟成長3.1%，依目前高盛預估，明年成長2.8%。', '2.8%', '高盛'],
        // 會中 after 表示 is no intent.
        ['經濟部表示，會中通過補助案，以當時匯率計算，約新台幣300億元。', '約新台幣300億元', '經濟部'],
        ['主計總處預估，將成長3.5%，以當時匯率計算，GDP約8,000億美元。', '約8,000億美元', '主計總處'],
      ]);
      // 按不变价格计算 and 按现价计算 are reckonings: both figures keep the bulletin's source.
      const bulletin = '国家统计局数据显示，全年GDP为126万亿元，按现价计算，比上年增长4.6%，按不变价格计算，增长5.2%。';
      assert.deepStrictEqual(['4.6%', '5.2%'].map((f) => cite(bulletin, f)?.publisher), ['国家统计局', '国家统计局']);
      // 會/要 after a comma are intents too; 將近 is "nearly"; 以當時匯率計算 is the text's own reckoning too.
      assert.strictEqual(cite('美國曾表示，會對半導體課徵關稅，以當時估計，影響約200億美元。', '約200億美元'), null);
      assert.strictEqual(cite('财政部表示，要在三年内新增专项债，以此计算，规模约4万亿元。', '约4万亿元'), null);
      assert.strictEqual(cite('调查显示将近六成民众支持，以此计算，约有1200万人。', '约有1200万人')?.text, '调查显示');
      assert.strictEqual(cite('調查顯示，將近六成民眾支持，以此計算，約有1200萬人。', '約有1200萬人')?.text, '調查顯示');
      assert.strictEqual(cite('據彭博統計，台積電市值達1萬億美元，以當時匯率計算，約合新台幣30萬億元。', '新台幣30萬億元')?.publisher, '彭博');
      const labelled = '美國表示將課稅，以當時預測出口增長5%，全年6%（資料來源：主計總處）。';
      assert.strictEqual(cite(labelled, '5%')?.publisher, '主計總處');
      const below = '項目\t數值\n以當時預測，出口增長5%\n資料來源：主計總處';
      assert.strictEqual(cite(below, '5%')?.publisher, '主計總處');
      // A comparison with another forecast cites nobody either, but the sentence's cue carries past it.
      const compared = '報告預計今年全球經濟增長率可達3.6%,比此前的預測上調0.1個百分點。';
      assert.strictEqual(cite(compared, '0.1個百分點')?.text, '報告預計');
    });

    it('does not give a source to a target', () => {
      const text = '到2027年,全國算力規模達到300 EFLOPS。';
      assert.strictEqual(cite(text, '300 EFLOPS'), null);
    });

    it('does not carry a cue to the previous sentence', () => {
      const text = '總量為120萬噸。國家統計局數據顯示,增長5%。';
      assert.strictEqual(cite(text, '120萬噸'), null);
      assert.strictEqual(cite(text, '5%')?.publisher, '國家統計局');
    });
  });

  it('returns null for spans out of bounds and keeps the order of the spans', () => {
    const text = '瑞穗證券估計,英偉達控制著70%的市場。';
    const result = citeSources(text, [{ start: 50, end: 60 }, spanOf(text, '70%'), { start: -1, end: 2 }]);
    assert.deepStrictEqual(result.map((c) => c?.publisher ?? null), [null, '瑞穗證券', null]);
  });

  it('never throws and returns citations that are slices of the text', () => {
    const unit = fc.constantFrom(...'據根依估計顯示數據來源資料：:，,。；《》發布的國家統計局報告1234567890%億\n\r 甲乙'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 200 }), fc.string({ maxLength: 200 })), fc.array(fc.tuple(fc.nat(220), fc.nat(20))), (text, raw) => {
        const spans = raw.map(([start, length]) => ({ start, end: start + length }));
        const result = citeSources(text, spans);
        assert.strictEqual(result.length, spans.length);
        for (const c of result) if (c) assert.strictEqual(c.text, text.slice(c.start, c.end));
      }),
      { numRuns: 500 },
    );
  });
});
