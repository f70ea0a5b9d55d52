import * as assert from 'assert';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';

// The suite runs from test/unit, from out/unit, or bundled elsewhere with the repository root as cwd.
const ROOT = existsSync(join(__dirname, '..', '..', 'syntaxes')) ? join(__dirname, '..', '..') : process.cwd();
const SNAPSHOTS = 'test/fixtures/grammar';
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Where each scope's grammar lives; Markdown is a stand-in, VS Code's own grammar is not part of the repository. */
const GRAMMAR_FILES: Record<string, string> = {
  'text.policy': 'syntaxes/policy.tmLanguage.json',
  'text.policy.markdown-injection': 'syntaxes/policy.markdown-injection.json',
  'text.html.markdown': `${SNAPSHOTS}/markdown-stand-in.tmLanguage.json`,
};


interface Token {
  line: number;
  start: number;
  text: string;
  /** Scopes below the grammar's root scope. */
  scopes: string[];
}

let wasmLoaded: Promise<void> | undefined;
const grammars = new Map<string, Promise<IGrammar>>();

function grammar(scopeName: 'text.policy' | 'text.html.markdown'): Promise<IGrammar> {
  let loaded = grammars.get(scopeName);
  if (!loaded) {
    wasmLoaded ??= (async () => {
      const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
      await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    })();
    const registry = new Registry({
      onigLib: wasmLoaded.then(() => ({
        createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
        createOnigString: (s: string) => new OnigString(s),
      })),
      loadGrammar: async (scope) => {
        const file = GRAMMAR_FILES[scope];
        return file ? parseRawGrammar(readFileSync(join(ROOT, file), 'utf8'), join(ROOT, file)) : null;
      },
      // What package.json's `injectTo: ["text.html.markdown"]` asks of VS Code.
      getInjections: (scope) => (scope === 'text.html.markdown' ? ['text.policy.markdown-injection'] : undefined),
    });
    loaded = registry.loadGrammar(scopeName).then((g) => {
      if (!g) throw new Error(`grammar ${scopeName} did not load`);
      return g;
    });
    grammars.set(scopeName, loaded);
  }
  return loaded;
}

function tokenizeWith(g: IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  text.split(/\r?\n/).forEach((lineText, i) => {
    const result = g.tokenizeLine(lineText, state);
    state = result.ruleStack;
    for (const t of result.tokens) {
      const tokenText = lineText.slice(t.startIndex, t.endIndex);
      if (tokenText) tokens.push({ line: i + 1, start: t.startIndex, text: tokenText, scopes: t.scopes.slice(1) });
    }
  });
  return tokens;
}

const policy = async (text: string) => tokenizeWith(await grammar('text.policy'), text);
const markdown = async (text: string) => tokenizeWith(await grammar('text.html.markdown'), text);

function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `${t.line}:${t.start} ${JSON.stringify(t.text)} ${t.scopes.join(' ') || '-'}`).join('\n');
}

/** Scopes of the one token that is exactly `fragment` (its first occurrence on line `line`). */
function scopesOf(tokens: Token[], fragment: string, line = 1): string[] {
  const lineTokens = tokens.filter((t) => t.line === line);
  const lineText = lineTokens.map((t) => t.text).join('');
  const at = lineText.indexOf(fragment);
  assert.ok(at >= 0, `${JSON.stringify(fragment)} is not on line ${line}: ${JSON.stringify(lineText)}`);
  const exact = lineTokens.find((t) => t.start === at && t.text === fragment);
  const covering = lineTokens.filter((t) => t.start < at + fragment.length && t.start + t.text.length > at);
  assert.ok(exact, `${JSON.stringify(fragment)} is not one token; it is covered by\n${describeTokens(covering)}`);
  return exact.scopes;
}

/** Scopes of every token that overlaps `fragment` on line `line`. */
function scopesOver(tokens: Token[], fragment: string, line = 1): string[] {
  const lineTokens = tokens.filter((t) => t.line === line);
  const at = lineTokens.map((t) => t.text).join('').indexOf(fragment);
  assert.ok(at >= 0, `${JSON.stringify(fragment)} is not on line ${line}`);
  return lineTokens.filter((t) => t.start < at + fragment.length && t.start + t.text.length > at).flatMap((t) => t.scopes);
}

async function expectScope(text: string, fragment: string, scope: string, line = 1): Promise<void> {
  const tokens = await policy(text);
  const scopes = scopesOf(tokens, fragment, line);
  assert.ok(scopes.includes(scope), `${JSON.stringify(fragment)} has [${scopes.join(', ')}], not ${scope}`);
}

const isNumeric = (scope: string) => scope.startsWith('constant.numeric');
const isHeading = (scope: string) => scope.startsWith('markup.heading') || scope.startsWith('markup.list');

// ---------------------------------------------------------------- snapshots

/** One line per token; for Markdown only the tokens our injection scoped, the rest is the stand-in's. */
function snapshotText(fixture: string, scope: string, tokens: Token[]): string {
  const injected = scope === 'text.html.markdown';
  const header = [
    `# ${fixture} tokenized by ${scope}${injected ? ' (the test stand-in) with text.policy.markdown-injection' : ''}`,
    `# line:column "token" scopes (root scope and ${injected ? 'tokens without a .policy scope' : 'unscoped text'} left out); written with UPDATE_SNAPSHOTS=1, reviewed by hand`,
  ];
  const lines = tokens
    .filter((t) => (injected ? t.scopes.some((s) => s.endsWith('.policy')) : t.scopes.length > 0))
    .map((t) => `${t.line}:${t.start}\t${JSON.stringify(t.text)}\t${t.scopes.join(' ')}`);
  return [...header, ...lines].join('\n') + '\n';
}

function compareWithSnapshot(snapshotFile: string, actual: string): void {
  const path = join(ROOT, SNAPSHOTS, snapshotFile);
  const rel = `${SNAPSHOTS}/${snapshotFile}`;
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    assert.fail(`No snapshot ${rel}. Run the grammar tests with UPDATE_SNAPSHOTS=1 to write it, then review it by hand.`);
  }
  const expected = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  if (expected === actual) return;
  const want = expected.split('\n');
  const got = actual.split('\n');
  const first = want.findIndex((l, i) => l !== got[i]);
  const at = first === -1 ? want.length : first;
  assert.fail(
    `${rel} differs from the tokens at snapshot line ${at + 1}:\n  expected ${JSON.stringify(want[at] ?? '(end)')}\n` +
      `  actual   ${JSON.stringify(got[at] ?? '(end)')}\n(${want.length} lines expected, ${got.length} actual). ` +
      'If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and review the diff by hand.',
  );
}

// ---------------------------------------------------------------- tests

describe('policy grammar (text.policy)', () => {
  describe('headings', () => {
    const levels: [line: string, marker: string, title: string, scope: string][] = [
      ['一、总体要求', '一、', '总体要求', 'markup.heading.1.policy'],
      ['十一、其他事项', '十一、', '其他事项', 'markup.heading.1.policy'],
      ['（一）指导思想', '（一）', '指导思想', 'markup.heading.2.policy'],
      ['(二)工作原则', '(二)', '工作原则', 'markup.heading.2.policy'],
      ['1. 加强组织领导', '1.', '加强组织领导', 'markup.heading.3.policy'],
      ['1．加强组织领导', '1．', '加强组织领导', 'markup.heading.3.policy'],
      ['1、加强组织领导', '1、', '加强组织领导', 'markup.heading.3.policy'],
      ['（1）明确职责分工', '（1）', '明确职责分工', 'markup.heading.4.policy'],
      ['第一章　总则', '第一章', '总则', 'markup.heading.1.policy'],
      ['第二節 一般規定', '第二節', '一般規定', 'markup.heading.2.policy'],
      ['　　二、主要任务', '二、', '主要任务', 'markup.heading.1.policy'],
    ];
    for (const [line, marker, title, scope] of levels) {
      it(`scopes ${line.trim()} as ${scope}, its number as punctuation and its title as entity.name.section`, async () => {
        const tokens = await policy(line);
        assert.deepStrictEqual(scopesOf(tokens, marker), [scope, 'punctuation.definition.heading.policy']);
        assert.deepStrictEqual(scopesOf(tokens, title), [scope, 'entity.name.section.policy']);
      });
    }

    it('scopes the caption 圖1-1 AI三大要素 as markup.heading.caption.policy', async () => {
      const tokens = await policy('圖1-1 AI三大要素');
      assert.deepStrictEqual(scopesOf(tokens, '圖1-1'), ['markup.heading.caption.policy', 'punctuation.definition.heading.policy']);
      assert.deepStrictEqual(scopesOf(tokens, 'AI三大要素'), ['markup.heading.caption.policy', 'entity.name.section.policy']);
    });

    it('scopes 導語: and 摘 要 alone on a line as markup.heading.matter.policy', async () => {
      await expectScope('導語:', '導語', 'markup.heading.matter.policy');
      await expectScope('摘 要', '摘 要', 'markup.heading.matter.policy');
    });

    it('takes only a short run-in title before 。 as the heading: （一）指导思想。以…', async () => {
      const tokens = await policy('（一）指导思想。以习近平新时代中国特色社会主义思想为指导。');
      assert.deepStrictEqual(scopesOf(tokens, '指导思想'), ['markup.heading.2.policy', 'entity.name.section.policy']);
      assert.deepStrictEqual(scopesOver(tokens, '以习近平').filter(isHeading), []);
    });

    it('scopes list items (ending in ；, a lone sentence, or a title with a comma) as markup.list.numbered.policy, not headings', async () => {
      for (const line of ['（一）取得个人的同意；', '（三）法律、行政法规规定的其他情形。', '一、全国粮食播种面积118969千公顷,比2022年增加636千公顷。']) {
        const tokens = await policy(line);
        const marker = line.startsWith('一') ? '一、' : line.slice(0, 3);
        assert.deepStrictEqual(scopesOf(tokens, marker), ['markup.list.numbered.policy', 'punctuation.definition.list.begin.policy'], line);
        assert.ok(!tokens.some((t) => t.scopes.some((s) => s.startsWith('markup.heading'))), line);
      }
    });

    it('does not take 1.4 万亿斤 at a line start for heading 1.', async () => {
      const tokens = await policy('1.4 万亿斤粮食是底线。');
      assert.deepStrictEqual(scopesOf(tokens, '1.4 万亿斤'), ['constant.numeric.amount.policy']);
      assert.ok(!tokens.some((t) => t.scopes.some(isHeading)));
    });

    it('marks only the number of an article (第十三条) and leaves its text plain', async () => {
      const tokens = await policy('第十三条　符合下列情形之一的，个人信息处理者方可处理个人信息：');
      assert.deepStrictEqual(scopesOf(tokens, '第十三条'), ['markup.heading.article.policy', 'punctuation.definition.heading.policy']);
      assert.deepStrictEqual(scopesOver(tokens, '符合下列情形'), []);
    });

    it('does not take sentences that start like headings (第一章的…, 第三条规定…, 圖1顯示…) for headings', async () => {
      for (const line of ['第一章的內容很多。', '第三条规定了适用范围。', '圖1顯示了這一趨勢。']) {
        const tokens = await policy(line);
        assert.ok(!tokens.some((t) => t.scopes.some(isHeading)), `${line}\n${describeTokens(tokens)}`);
      }
    });

    it('scopes Markdown # headings in .policy.md files by their # count', async () => {
      const tokens = await policy('## 第一章　总则');
      assert.deepStrictEqual(scopesOf(tokens, '##'), ['markup.heading.2.policy', 'punctuation.definition.heading.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '第一章　总则'), ['markup.heading.2.policy', 'entity.name.section.policy']);
    });
  });

  describe('figures', () => {
    const figures: [line: string, figure: string, scope: string][] = [
      ['2022年美國國內研發資金達到8856 億美元，', '8856 億美元', 'constant.numeric.amount.policy'],
      ['英偉達控制著70%~ 95% 的AI 芯片市場。', '70%~ 95%', 'constant.numeric.percent.policy'],
      ['省企業研發中心2234家、市企業研發中心4 266家。', '4 266家', 'constant.numeric.count.policy'],
      ['2024年12月，美國商務部發布的最新對華半導體出口管制措施', '2024年12月', 'constant.numeric.date.policy'],
      ['在 5 月 15 日生效之際', '5 月 15 日', 'constant.numeric.date.policy'],
      ['截至2024年，杭州擁有省重點企業研究院149 家', '2024年', 'constant.numeric.year.policy'],
      ['算力總規模超過230 百億億次浮點運算/秒(EFLOPS)', '230 百億億次浮點運算/秒', 'constant.numeric.rate.policy'],
      ['服務企業數量40余萬家。', '40余萬家', 'constant.numeric.count.policy'],
      ['全国粮食单位面积产量5845公斤/公顷', '5845公斤/公顷', 'constant.numeric.amount.policy'],
      ['“十四五”时期（2021—2025年）', '2021—2025年', 'constant.numeric.period.policy'],
      ['比上年提高0.5个百分点', '0.5个百分点', 'constant.numeric.percent.policy'],
      ['总人口14亿', '14亿', 'constant.numeric.number.policy'],
      ['人民幣 2,300 億元', '人民幣 2,300 億元', 'constant.numeric.amount.policy'],
      ['共计12,345人次', '12,345人次', 'constant.numeric.count.policy'],
      ['商品出口達一八八一億美元，', '一八八一億美元', 'constant.numeric.amount.policy'],
      ['大幅上修至百分之十二點六八，', '百分之十二點六八', 'constant.numeric.percent.policy'],
      ['營業額四○三○億元、年增九.四%', '九.四%', 'constant.numeric.percent.policy'],
    ];
    for (const [line, figure, scope] of figures) {
      it(`scopes ${figure} as ${scope}`, () => expectScope(line, figure, scope));
    }

    it('scopes 國辦發〔2018〕123號 as one document number, and its 2018 is no figure', async () => {
      const tokens = await policy('根据《国务院办公厅关于印发的通知》（國辦發〔2018〕123號）要求');
      assert.deepStrictEqual(scopesOf(tokens, '國辦發〔2018〕123號'), ['constant.other.document-number.policy']);
      assert.deepStrictEqual(scopesOver(tokens, '2018').filter(isNumeric), []);
      assert.deepStrictEqual(scopesOver(tokens, '123').filter(isNumeric), []);
    });

    it('scopes 国发〔2023〕16号 on its own line (neimenggu-opinion) as a document number', () =>
      expectScope('国发〔2023〕16号', '国发〔2023〕16号', 'constant.other.document-number.policy'));

    it('takes no part of GB/T 9704-2012 or of a reference 見圖1-1 for a figure', async () => {
      const tokens = await policy('依据GB/T 9704-2012排版(見圖1-1)，注[1]。');
      assert.deepStrictEqual(scopesOf(tokens, 'GB/T 9704-2012'), ['constant.other.document-number.standard.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '圖1-1'), ['constant.other.reference.caption.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '[1]'), ['constant.other.reference.footnote.policy']);
      assert.ok(!tokens.some((t) => t.scopes.some(isNumeric)), describeTokens(tokens));
    });

    it('leaves digits inside words (HBM3E, A100, 5G) and inside 《titles》 alone', async () => {
      const tokens = await policy('HBM3E與A100芯片、5G網絡，見《國家信息化發展報告(2023 年)》。');
      assert.ok(!tokens.some((t) => t.scopes.some(isNumeric)), describeTokens(tokens));
    });
  });

  describe('titles and quotations', () => {
    it('scopes 《國家信息化發展報告(2023 年)》 as string.quoted.other.title.policy with its brackets as punctuation', async () => {
      const tokens = await policy('據國家互聯網信息辦公室發布的《國家信息化發展報告(2023 年)》，');
      assert.deepStrictEqual(scopesOf(tokens, '《'), ['string.quoted.other.title.policy', 'punctuation.definition.string.begin.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '國家信息化發展報告(2023 年)'), ['string.quoted.other.title.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '》'), ['string.quoted.other.title.policy', 'punctuation.definition.string.end.policy']);
    });

    it('leaves an unclosed 《 alone instead of colouring the rest of the line', async () => {
      const tokens = await policy('見《國家信息化發展報告，2024年');
      assert.deepStrictEqual(scopesOver(tokens, '《國家'), []);
      assert.deepStrictEqual(scopesOf(tokens, '2024年'), ['constant.numeric.year.policy']);
    });

    it('scopes “…” as string.quoted.double.policy and 「…」 as string.quoted.double.corner.policy, with 『…』 nested', async () => {
      await expectScope('“算力是基礎,算法是關鍵,數據是未來。”', '算力是基礎,算法是關鍵,數據是未來。', 'string.quoted.double.policy');
      await expectScope('二者構成了新時期的「生產率之謎」。', '生產率之謎', 'string.quoted.double.corner.policy');
      const tokens = await policy('他說：「我們要『穩中求進』。」');
      assert.deepStrictEqual(scopesOf(tokens, '穩中求進'), ['string.quoted.double.corner.policy', 'string.quoted.single.corner.policy']);
    });

    it('pairs straight quotes copied from the web: " 國家安全 "', () =>
      expectScope('特朗普政府以 " 國家安全 " 為名', ' 國家安全 ', 'string.quoted.double.policy'));

    it('still scopes figures inside a quotation', async () => {
      const tokens = await policy('他說：「今年要增長5%左右。」');
      assert.deepStrictEqual(scopesOf(tokens, '5%'), ['string.quoted.double.corner.policy', 'constant.numeric.percent.policy']);
    });

    it('ends an unclosed quotation with its line, as Chinese paragraphs reopen quotations', async () => {
      const tokens = await policy('他指出：“第一段沒有結束\n第二段2024年');
      assert.deepStrictEqual(scopesOf(tokens, '第二段', 2), []);
      assert.deepStrictEqual(scopesOf(tokens, '2024年', 2), ['constant.numeric.year.policy']);
    });
  });

  describe('citations', () => {
    it('scopes 據…發布 as meta.citation.policy with 據 and 發布 as keywords', async () => {
      const tokens = await policy('據國家互聯網信息辦公室發布的《國家信息化發展報告(2023 年)》，');
      assert.deepStrictEqual(scopesOf(tokens, '據'), ['meta.citation.policy', 'keyword.other.citation.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '國家互聯網信息辦公室'), ['meta.citation.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '發布'), ['meta.citation.policy', 'keyword.other.citation.policy']);
    });

    it('does not end 根據…發布 at the 統計 inside 美國國家科學與工程統計中心', async () => {
      const tokens = await policy('根據美國國家科學與工程統計中心發布的統計報告，2022年');
      assert.deepStrictEqual(scopesOf(tokens, '美國國家科學與工程統計中心'), ['meta.citation.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '發布'), ['meta.citation.policy', 'keyword.other.citation.policy']);
    });

    it('scopes a 資料來源： line as meta.citation.source-line.policy, figures in it still figures', async () => {
      const tokens = await policy('資料來源：國家統計局，2024年。');
      assert.deepStrictEqual(scopesOf(tokens, '資料來源'), ['meta.citation.source-line.policy', 'keyword.other.citation.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '國家統計局，'), ['meta.citation.source-line.policy']);
      assert.deepStrictEqual(scopesOf(tokens, '2024年'), ['meta.citation.source-line.policy', 'constant.numeric.year.policy']);
    });

    it('scopes the reporting verb in 瑞穗證券估計 and 數據顯示, but not the noun 估計值', async () => {
      await expectScope('瑞穗證券估計，英偉達控制著70%~ 95% 的AI 芯片市場。', '估計', 'keyword.other.citation.policy');
      await expectScope('数据显示，增长5%。', '数据显示', 'keyword.other.citation.policy');
      const tokens = await policy('估計值為3。');
      assert.deepStrictEqual(scopesOver(tokens, '估計值'), []);
    });

    it('takes neither 據悉 nor the 據 of 數據 for a citation', async () => {
      const tokens = await policy('據悉，數據資源發布平臺已上線。');
      assert.ok(!tokens.some((t) => t.scopes.some((s) => s.includes('citation'))), describeTokens(tokens));
    });
  });

  describe('speed', () => {
    const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    const lines: [name: string, line: string][] = [
      ['digits and 、', Array.from({ length: 1200 }, (_, i) => String((i * 7919) % 100000)).join('、').slice(0, 5000)],
      ['one run of digits', repeat('1', 5000)],
      ['thousands groups 1 000 000 …', '1' + repeat(' 000', 4999)],
      ['unclosed 《 and “', repeat('《中“', 5000)],
      ['據 without a verb', repeat('據國家', 5000)],
      ['a numbered line without an end', '（一）' + repeat('中，', 4997)],
      ['figures', repeat('2024年12月，8856 億美元，70%~ 95%，4 266家，', 5000)],
    ];
    for (const [name, line] of lines) {
      // Speed itself is measured by `npm run bench`; here a backtracking rule would show as a mocha timeout.
      it(`tokenizes a whole ${line.length}-char line of ${name}`, async () => {
        const g = await grammar('text.policy');
        const result = g.tokenizeLine(line, INITIAL);
        assert.ok(result.tokens.length > 0);
        assert.strictEqual(result.tokens[0].startIndex, 0);
        assert.ok(result.tokens.every((t, i) => i === 0 || t.startIndex > result.tokens[i - 1].startIndex), 'tokens advance through the line');
      });
    }
  });

  describe('fixtures against their snapshots', () => {
    const fixtures: [fixture: string, snapshot: string][] = [
      ['test/fixtures/hangzhou-model.zh-Hant.txt', 'hangzhou-model.zh-Hant.snap'],
      ['test/fixtures/hangzhou-model.zh-Hans.txt', 'hangzhou-model.zh-Hans.snap'],
      ['test/fixtures/outline/neimenggu-opinion.zh-Hans.txt', 'neimenggu-opinion.zh-Hans.snap'],
      ['test/fixtures/outline/grain-output-2023.zh-Hans.txt', 'grain-output-2023.zh-Hans.snap'],
      ['test/fixtures/outline/productivity-puzzle.zh-Hant.txt', 'productivity-puzzle.zh-Hant.snap'],
      ['test/fixtures/outline/pipl-excerpt.zh-Hans.md', 'pipl-excerpt.zh-Hans.policy.snap'],
      ['test/fixtures/figures/gov-work-report-2025.zh-Hans.txt', 'gov-work-report-2025.zh-Hans.snap'],
      ['test/fixtures/figures/udn-dgbas-gdp-2025.zh-Hant.txt', 'udn-dgbas-gdp-2025.zh-Hant.snap'],
      ['test/fixtures/figures/ltn-trade-statistics-2023.zh-Hant.txt', 'ltn-trade-statistics-2023.zh-Hant.snap'],
    ];
    for (const [fixture, snapshot] of fixtures) {
      it(`tokenizes ${fixture} as ${SNAPSHOTS}/${snapshot} records`, async () => {
        const tokens = await policy(readFileSync(join(ROOT, fixture), 'utf8'));
        compareWithSnapshot(snapshot, snapshotText(fixture, 'text.policy', tokens));
      });
    }

    it('tokenizes the Simplified sample like the Traditional one, token for token', async () => {
      const hant = await policy(readFileSync(join(ROOT, 'test/fixtures/hangzhou-model.zh-Hant.txt'), 'utf8'));
      const hans = await policy(readFileSync(join(ROOT, 'test/fixtures/hangzhou-model.zh-Hans.txt'), 'utf8'));
      const shape = (tokens: Token[]) => tokens.map((t) => `${t.line}:${t.start}:${t.text.length} ${t.scopes.join(' ')}`);
      assert.deepStrictEqual(shape(hans), shape(hant));
    });
  });
});

describe('Markdown injection (text.policy.markdown-injection into text.html.markdown)', () => {
  const sample = [
    '# 2024年报告：《国家信息化发展报告》',
    '',
    '据国家统计局发布，2023年粮食产量69541万吨，见[公报](https://www.stats.gov.cn/2023/12/11.html)和`2024年`。',
    '',
    '```',
    '2024年12月 国办发〔2018〕123号',
    '```',
    '',
    '| 2023年 | 69541万吨 | 国发〔2023〕16号 |',
  ].join('\n');

  it('scopes figures, titles, citations and document numbers in headings, paragraphs and table rows', async () => {
    const tokens = await markdown(sample);
    assert.deepStrictEqual(scopesOf(tokens, '2024年'), ['markup.heading.markdown', 'entity.name.section.markdown', 'constant.numeric.year.policy']);
    assert.ok(scopesOf(tokens, '国家信息化发展报告').includes('string.quoted.other.title.policy'));
    assert.deepStrictEqual(scopesOf(tokens, '据', 3), ['meta.paragraph.markdown', 'meta.citation.policy', 'keyword.other.citation.policy']);
    assert.deepStrictEqual(scopesOf(tokens, '69541万吨', 3), ['meta.paragraph.markdown', 'constant.numeric.amount.policy']);
    assert.deepStrictEqual(scopesOf(tokens, '69541万吨', 9), ['markup.table.markdown', 'constant.numeric.amount.policy']);
    assert.deepStrictEqual(scopesOf(tokens, '国发〔2023〕16号', 9), ['markup.table.markdown', 'constant.other.document-number.policy']);
  });

  it('leaves fenced code, inline code and link targets alone', async () => {
    const tokens = await markdown(sample);
    assert.deepStrictEqual(scopesOver(tokens, '2024年12月', 6), ['markup.fenced_code.block.markdown']);
    assert.deepStrictEqual(scopesOver(tokens, '`2024年`', 3), ['meta.paragraph.markdown', 'markup.inline.raw.string.markdown']);
    assert.ok(!scopesOver(tokens, 'https://www.stats.gov.cn/2023/12/11.html', 3).some(isNumeric));
  });

  const fixtures: [fixture: string, snapshot: string][] = [
    ['test/fixtures/outline/pipl-excerpt.zh-Hans.md', 'pipl-excerpt.zh-Hans.markdown.snap'],
    ['test/fixtures/figures/gov-work-report-2025.zh-Hans.txt', 'gov-work-report-2025.zh-Hans.markdown.snap'],
  ];
  for (const [fixture, snapshot] of fixtures) {
    it(`tokenizes ${fixture} as Markdown as ${SNAPSHOTS}/${snapshot} records`, async () => {
      const tokens = await markdown(readFileSync(join(ROOT, fixture), 'utf8'));
      compareWithSnapshot(snapshot, snapshotText(fixture, 'text.html.markdown', tokens));
    });
  }
});

describe('grammar contributions', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('contributes each grammar file under the scope name the file declares', () => {
    const grammarsInManifest: { scopeName: string; path: string; injectTo?: string[] }[] = manifest.contributes.grammars;
    for (const g of grammarsInManifest) {
      const declared = JSON.parse(readFileSync(join(ROOT, g.path), 'utf8')).scopeName;
      assert.strictEqual(declared, g.scopeName, g.path);
    }
    const injection = grammarsInManifest.find((g) => g.scopeName === 'text.policy.markdown-injection');
    assert.deepStrictEqual(injection?.injectTo, ['text.html.markdown']);
  });

  it('keeps 8856 and 4,266 whole as words and takes each Chinese character as a word', () => {
    const configuration = JSON.parse(readFileSync(join(ROOT, 'syntaxes/policy.language-configuration.json'), 'utf8'));
    const words = '8856 億美元, 4,266家 HBM3E'.match(new RegExp(configuration.wordPattern, 'g'));
    assert.deepStrictEqual(words, ['8856', '億', '美', '元', '4,266', '家', 'HBM3E']);
  });
});
