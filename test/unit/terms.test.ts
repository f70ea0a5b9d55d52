import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { GlossaryEntry, TermMatch } from '../../src/core/types';
import { builtinEntries } from '../../src/core/terms/builtin';
import { Glossary, workspaceGlossary } from '../../src/core/terms/glossary';
import { entryOf, findTerms } from '../../src/core/terms/matcher';
import { ABBREVIATED_IN_TEXT, DEFINED_IN_TEXT, definedTerms, withDefinedTerms } from '../../src/core/terms/defined';
import { loadGlossaryText } from '../../src/core/terms/load';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');
const hant = fixture('hangzhou-model.zh-Hant.txt');
const hans = fixture('hangzhou-model.zh-Hans.txt');
const builtin = new Glossary(builtinEntries);

const entry = (term: string, aliases: string[] = [], kind: 'builtin' | 'file' = 'builtin'): GlossaryEntry => ({
  term,
  aliases,
  definition: `${term}的定義`,
  origin: { kind },
});
const glossaryOf = (...entries: GlossaryEntry[]) => new Glossary(entries);
const spans = (matches: TermMatch[]) => matches.map((m) => `${m.id}@${m.start}:${m.text}`);
const loadFixture = (name: string) => {
  const file = join(process.cwd(), 'test/fixtures/glossaries', name);
  return loadGlossaryText(readFileSync(file, 'utf8'), file).entries;
};

describe('findTerms on the sample article', () => {
  const matches = findTerms(hant, builtin);
  const at = (start: number) => matches.find((m) => m.start === start);

  it('finds every built-in term the article uses', () => {
    const found = new Set(matches.map((m) => m.id));
    const listed = [
      '算力', '算法', '數據資源', '杭州模式', '護城河', '信息效率', '價值共識', '新型生產關係', '政企協同',
      '產業集群', '數據要素', '公共數據開放', '社會信任', '親清', '親清在線', '最多跑一次', '政產學研用',
      '熱帶雨林式孵化', '舉國體制', '創新驅動發展', 'EFLOPS', 'HBM', '昇騰', '數字鐵幕', 'DeepSeek', '算力小鎮',
      '阿里云', '數字經濟', '新型生產要素', '彎道超車', '人工智能', '英偉達', '眾創空間', '國家互聯網信息辦公室',
    ];
    assert.deepEqual(listed.filter((t) => !found.has(t)), []);
    assert.deepEqual(builtinEntries.map((e) => e.term).filter((t) => !found.has(t)), []);
  });

  it('gives exact spans on the original text', () => {
    assert.deepEqual(at(2807), { start: 2807, end: 2810, id: '護城河', text: '護城河', line: 32 });
    assert.equal(hant.slice(2806, 2811), '“護城河”');
    assert.deepEqual(at(224), { start: 224, end: 228, id: '數字鐵幕', text: '數字鐵幕', line: 4 });
    assert.equal(hant.slice(222, 230), '" 數字鐵幕 "');
    assert.deepEqual(spans([at(2897)!, at(927)!, at(793)!, at(1894)!, at(1898)!]), [
      '新型生產關係@2897:新型生產關系',
      '阿里云@927:阿里云',
      'EFLOPS@793:EFLOPS',
      'HBM@1894:HBM',
      'HBM@1898:高帶寬存儲器',
    ]);
  });

  it('takes the quoted forms of 親清 and 熱帶雨林式孵化 whole', () => {
    assert.deepEqual(spans([at(3040)!, at(2536)!, at(3332)!]), [
      '親清@3040:“親”“清”新型政商關系',
      '親清在線@2536:親清在線',
      '熱帶雨林式孵化@3332:“熱帶雨林式”孵化',
    ]);
  });

  it('prefers 公共數據開放 and 數據資源 and leaves bare 數據 alone', () => {
    assert.equal(at(3564)?.id, '公共數據開放');
    const bare = hant.indexOf('數據作為“新型生產要素”');
    assert.equal(at(bare), undefined);
    assert.equal(at(bare + 5)?.id, '新型生產要素');
  });

  it('finds the same terms at the same offsets in the Simplified article', () => {
    assert.equal(hans.length, hant.length);
    const simplified = findTerms(hans, builtin);
    assert.deepEqual(
      simplified.map((m) => [m.id, m.start, m.end, m.line]),
      matches.map((m) => [m.id, m.start, m.end, m.line]),
    );
    assert.equal(simplified.find((m) => m.start === 2807)?.text, '护城河');
  });
});

describe('findTerms', () => {
  it('matches a Traditional entry in Simplified, Taiwan and Hong Kong spellings', () => {
    const g = glossaryOf(entry('數據要素'), entry('公衆參與'), entry('里程碑'), entry('稅收優惠'));
    assert.deepEqual(spans(findTerms('数据要素、公众参与', g)), ['數據要素@0:数据要素', '公衆參與@5:公众参与']);
    assert.deepEqual(spans(findTerms('公眾參與的裡程碑', g)), ['公衆參與@0:公眾參與', '里程碑@5:裡程碑']);
    assert.deepEqual(spans(findTerms('税收優惠', g)), ['稅收優惠@0:税收優惠']);
  });

  it('matches a Simplified entry in Traditional text', () => {
    const g = glossaryOf(entry('护城河'), entry('关系'));
    assert.deepEqual(spans(findTerms('護城河與關係、關系', g)), ['护城河@0:護城河', '关系@4:關係', '关系@7:關系']);
  });

  it('lets the longest form win where several start', () => {
    const g = glossaryOf(entry('杭州'), entry('杭州模式'), entry('數據'), entry('公共數據開放'));
    assert.deepEqual(spans(findTerms('杭州模式在杭州；公共數據開放的數據', g)), [
      '杭州模式@0:杭州模式',
      '杭州@5:杭州',
      '公共數據開放@8:公共數據開放',
      '數據@15:數據',
    ]);
  });

  it('drops a match that overlaps an earlier one', () => {
    const g = glossaryOf(entry('數字經濟'), entry('經濟體'));
    assert.deepEqual(spans(findTerms('數字經濟體', g)), ['數字經濟@0:數字經濟']);
    assert.deepEqual(spans(findTerms('大經濟體', g)), ['經濟體@1:經濟體']);
  });

  it('matches Latin terms only as whole words, in any case and width', () => {
    const g = glossaryOf(entry('HBM'), entry('DeepSeek'), entry('人工智能', ['AI']));
    assert.deepEqual(spans(findTerms('HBMX abcHBM HBM3 _HBM', g)), []);
    assert.deepEqual(spans(findTerms('先進的HBM、ＨＢＭ和hbm(', g)), ['HBM@3:HBM', 'HBM@7:ＨＢＭ', 'HBM@11:hbm']);
    assert.deepEqual(spans(findTerms('以DeepSeek為代表；deepseek-r1；DeepSeeker', g)), [
      'DeepSeek@1:DeepSeek',
      'DeepSeek@13:deepseek',
    ]);
    assert.deepEqual(spans(findTerms('OpenAI 與 AI芯片', g)), ['人工智能@9:AI']);
  });

  it('numbers lines from 1 and counts CRLF line ends once', () => {
    const g = glossaryOf(entry('算力'));
    assert.deepEqual(
      findTerms('算力\r\n\r\n算力\n算力', g).map((m) => m.line),
      [1, 3, 4],
    );
  });

  it('finds nothing with an empty glossary or in an empty text', () => {
    assert.deepEqual(findTerms('算力', glossaryOf()), []);
    assert.deepEqual(findTerms('', builtin), []);
  });

  it('returns sorted, non-overlapping spans equal to their text on any input', () => {
    const g = glossaryOf(entry('護城河'), entry('城河'), entry('HBM'), entry('a'), entry('\ud800'), entry('𠀀'), entry('数据', ['數據要素']));
    const pieces = fc.oneof(
      fc.constantFrom('護城河', '护城', '河', 'HBM', 'hbm', 'a', 'ab', '\ud800', '\udc00', '𠀀', '數據要素', '数据', '\n', ' '),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const matches = findTerms(text, g);
        let last = 0;
        for (const m of matches) {
          assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
          assert.equal(m.text, text.slice(m.start, m.end));
          assert.equal(m.line, text.slice(0, m.start).split('\n').length);
          assert.ok(g.get(m.id));
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('Glossary', () => {
  it('looks entries up by term or alias in any script', () => {
    assert.equal(builtin.get('护城河')?.term, '護城河');
    assert.equal(builtin.get('阿里雲')?.term, '阿里云');
    assert.equal(builtin.lookup('人工智慧')?.term, '人工智能');
    assert.equal(builtin.lookup('nvidia')?.term, '英偉達');
    assert.equal(builtin.get('人工智慧'), undefined);
    assert.equal(builtin.lookup('數據'), undefined);
  });

  it('lets workspace entries override built-in ones and later files earlier ones', () => {
    const g = workspaceGlossary(builtinEntries, [loadFixture('workspace.yaml'), loadFixture('later.json')]);
    assert.equal(g.get('護城河')?.term, '护城河');
    assert.equal(g.get('護城河')?.origin.kind, 'file');
    assert.equal(g.get('中國算谷')?.definition, '後一個文件的定義。');
    assert.equal(g.entries.filter((e) => e.term === '護城河' || e.term === '护城河').length, 1);
    assert.equal(g.entries.length, builtinEntries.length + 2);
    const moat = findTerms(hant, g).find((m) => m.start === 2807);
    assert.equal(moat?.id, '护城河');
    assert.equal(entryOf(moat!, g)?.origin.kind, 'file');
  });

  it('keeps a term from being taken by another entry’s alias', () => {
    const g = glossaryOf(entry('算力'), entry('計算能力', ['算力']));
    assert.equal(g.lookup('算力')?.term, '算力');
    const later = glossaryOf(entry('計算能力', ['算力']), entry('算力'));
    assert.equal(later.lookup('算力')?.term, '算力');
    const aliasOnly = glossaryOf(entry('運算力', ['計算力']), entry('計算能力', ['計算力']));
    assert.equal(aliasOnly.lookup('計算力')?.term, '計算能力');
  });

  it('resolves see references and lists the dangling ones', () => {
    assert.deepEqual(
      builtin.see(builtin.get('護城河')!).map((e) => e.term),
      ['政企協同', '產業集群', '數據資源', '社會信任'],
    );
    assert.deepEqual(builtin.danglingReferences(), []);
    const g = workspaceGlossary(builtinEntries, [loadFixture('workspace.yaml')]);
    assert.deepEqual(g.see(g.get('中國算谷')!).map((e) => e.term), ['算力', '杭州模式']);
    const broken = glossaryOf({ ...entry('算力'), see: ['不存在的詞'] });
    assert.deepEqual(broken.danglingReferences().map((d) => d.ref), ['不存在的詞']);
  });

  it('gives every built-in entry a definition, a category and an http(s) or no url', () => {
    for (const e of builtinEntries) {
      assert.ok(e.definition.length > 10, e.term);
      assert.ok(e.category, e.term);
      assert.ok(e.source?.title, e.term);
      if (e.source?.url) assert.match(e.source.url, /^https?:\/\//);
    }
  });
});

describe('definedTerms', () => {
  it('reads the abbreviations the article glosses', () => {
    const defined = definedTerms(hant);
    assert.deepEqual(
      defined.map((e) => [e.term, e.aliases, e.category, e.origin.line]),
      [
        ['IPP', [], ABBREVIATED_IN_TEXT, 1],
        ['AMD', ['超威半導體公司'], ABBREVIATED_IN_TEXT, 9],
        ['EFLOPS', [], ABBREVIATED_IN_TEXT, 10],
        ['HBM', ['高帶寬存儲器'], ABBREVIATED_IN_TEXT, 22],
      ],
    );
    assert.equal(defined[1].definition.slice(0, 12), '美國在高端芯片設計與制造');
    assert.ok(defined[1].definition.endsWith('占據主導地位。'));
  });

  it('reads 本法所稱X，是指 and (下稱“X”) from real texts', () => {
    const text = fixture('glossaries/defined-terms.zh-Hans.txt');
    const defined = definedTerms(text);
    assert.deepEqual(
      defined.map((e) => [e.term, e.aliases, e.category, e.origin.line]),
      [
        ['数据', [], DEFINED_IN_TEXT, 1],
        ['草案', ['数据安全法(草案)'], DEFINED_IN_TEXT, 3],
      ],
    );
    assert.equal(defined[0].definition, '第三条 本法所称数据，是指任何以电子或者其他方式对信息的记录。');
  });

  it('reads the forms of 以下簡稱 in both scripts and quote styles', () => {
    const cases: [string, string][] = [
      ['國家發展和改革委員會（以下簡稱「國家發展改革委」）負責', '國家發展改革委'],
      ['国家数据局（以下简称“数据局”）负责', '数据局'],
      ['Policy Lens (以下簡稱"PL")', 'PL'],
      ['國家數據局（以下簡稱數據局）', '數據局'],
      ['本意見所稱公共數據，是指各級黨政機關在履職中產生的數據。', '公共數據'],
      ['本办法所称数据处理者是指在数据处理活动中自主决定处理目的的个人和组织。', '数据处理者'],
    ];
    for (const [text, term] of cases) assert.deepEqual(definedTerms(text).map((e) => e.term), [term], text);
  });

  it('reads a Latin name spelled out before its abbreviation and ignores annotations', () => {
    assert.deepEqual(
      definedTerms('High Bandwidth Memory (HBM) 是一種內存').map((e) => [e.term, e.aliases]),
      [['HBM', ['High Bandwidth Memory']]],
    );
    assert.deepEqual(definedTerms('AI(見圖1-1)與 DeepSeek (V3)'), []);
  });

  it('adds document abbreviations without overriding the glossary, and explicit definitions over it', () => {
    const g = withDefinedTerms(builtin, definedTerms(hant));
    assert.equal(g.get('HBM')?.origin.kind, 'builtin');
    assert.equal(g.get('AMD')?.origin.kind, 'document');
    const amd = findTerms(hant, g).filter((m) => m.id === 'AMD' || m.id === 'IPP');
    assert.deepEqual(spans(amd.slice(0, 4)), ['IPP@0:IPP', 'IPP@26:IPP', 'AMD@600:AMD', 'AMD@604:超威半導體公司']);
    const redefined = withDefinedTerms(builtin, definedTerms('本辦法所稱算力，是指每秒運算次數。算力很重要。'));
    assert.equal(redefined.get('算力')?.origin.kind, 'document');
    assert.equal(redefined.get('算力')?.definition, '本辦法所稱算力，是指每秒運算次數。');
    assert.equal(withDefinedTerms(builtin, definedTerms("沒有定義的文本。")), builtin);
  });
});
