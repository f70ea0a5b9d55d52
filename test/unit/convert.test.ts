import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import OpenCC from 'opencc-js';
import {
  CONFIG_NAMES,
  CONFIGS,
  configFor,
  convertChunks,
  convertText,
  convertTextInChunks,
  findProtectedSpans,
  isConfigName,
  type ConfigName,
} from '../../src/core/convert';
import { fileEntries, openccDictionary } from '../../src/core/convert/converter';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');
const hans = fixture('hangzhou-model.zh-Hans.txt');
const hant = fixture('hangzhou-model.zh-Hant.txt');

/** Every line-ending style at once, a BOM, and characters no dictionary knows. */
const mixedEndings = (text: string) => {
  const lines = text.split('\n');
  return '\uFEFF' + lines.map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join('');
};

async function collect(text: string, config: ConfigName, chunkChars: number): Promise<string> {
  const parts: string[] = [];
  let expectedStart = 0;
  for await (const chunk of convertChunks(text, config, { chunkChars })) {
    assert.equal(chunk.start, expectedStart);
    expectedStart = chunk.end;
    parts.push(chunk.text);
  }
  assert.equal(expectedStart, text.length);
  return parts.join('');
}

describe('configurations', () => {
  it('maps each OpenCC configuration to the opencc-js locales its README gives', () => {
    const readmeTable: Record<string, [string, string]> = {
      s2tw: ['cn', 'tw'], s2twp: ['cn', 'twp'], s2hk: ['cn', 'hk'], s2hkp: ['cn', 'hkp'], t2s: ['t', 'cn'],
      tw2s: ['tw', 'cn'], tw2sp: ['twp', 'cn'], hk2s: ['hk', 'cn'], hk2sp: ['hkp', 'cn'], s2t: ['cn', 't'],
      t2tw: ['t', 'tw'], t2hk: ['t', 'hk'], tw2t: ['tw', 't'], hk2t: ['hk', 't'], jp2t: ['jp', 't'], t2jp: ['t', 'jp'],
    };
    assert.deepEqual(
      Object.fromEntries(CONFIG_NAMES.map((name) => [name, [CONFIGS[name].from, CONFIGS[name].to]])),
      readmeTable,
    );
  });

  it('gives every configuration a one-line English description', () => {
    for (const name of CONFIG_NAMES) {
      assert.equal(CONFIGS[name].name, name);
      assert.match(CONFIGS[name].description, /^[A-Z][^\n]{20,120}$/);
    }
  });

  it('tells configuration names from other strings', () => {
    assert.equal(isConfigName('s2twp'), true);
    assert.equal(isConfigName('hk2sp'), true);
    assert.equal(isConfigName('s2x'), false);
    assert.equal(isConfigName('toString'), false);
    assert.equal(isConfigName(undefined), false);
    assert.equal(configFor('cn', 'twp'), 's2twp');
    assert.equal(configFor('tw', 'hk'), undefined);
  });
});

describe('convertText', function () {
  // Building the five Simplified→Traditional converters takes ~0.2–0.4 s each.
  this.timeout(60000);

  it('converts a Simplified phrase to Taiwan phrasing with s2twp', () => {
    assert.equal(convertText('软件和鼠标', 's2twp'), '軟體和滑鼠');
    assert.equal(convertText('头发和发展', 's2t'), '頭髮和發展');
  });

  it('gives byte-identical output to the full opencc-js Converter for all 16 configurations on both fixtures', () => {
    for (const name of CONFIG_NAMES) {
      const reference = OpenCC.Converter({ from: CONFIGS[name].from, to: CONFIGS[name].to });
      for (const text of [hans, hant]) assert.ok(convertText(text, name) === reference(text), name);
    }
  });

  it('gives the output of the full opencc-js Converter on runs of dictionary phrases, in every configuration (property)', () => {
    // Words from the phrase dictionaries of every chain, their targets too: the segmentation and each step of a
    // chain see whole phrases, overlapping ones and their neighbours.
    const words: string[] = [];
    for (const name of ['STPhrases', 'TSPhrases', 'TWPhrases', 'TWPhrasesRev', 'HKVariantsPhrases', 'JPShinjitaiPhrases', 'TWVariantsRevPhrases'] as const) {
      openccDictionary(name).split('|').forEach((entry, k) => {
        if (k % 37 === 0) words.push(...entry.split(' '));
      });
    }
    // CJK compatibility ideographs (豈, 更), which every configuration first normalises.
    const compatibility = openccDictionary('CJK_Compatibility_Ideographs').split('|').filter((_, k) => k % 7 === 0).map((entry) => entry.split(' ')[0]);
    const references = new Map<ConfigName, (text: string) => string>();
    const reference = (name: ConfigName) => {
      let r = references.get(name);
      if (!r) references.set(name, (r = OpenCC.Converter({ from: CONFIGS[name].from, to: CONFIGS[name].to })));
      return r;
    };
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...compatibility), fc.constantFrom('的', '，', '\n', ' ', '发', '後', '乾', 'a'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom(...CONFIG_NAMES), (parts, name) => {
        const text = parts.join('');
        assert.equal(convertText(text, name), reference(name)(text), `${name}: ${text}`);
      }),
      { numRuns: 1500 },
    );
  });

  it('turns the zh-Hans fixture into Traditional text close to the zh-Hant original', () => {
    const converted = convertText(hans, 's2tw');
    assert.equal(converted.length, hant.length);
    assert.ok(converted.includes('取決於政策的'));
    assert.ok(converted.includes('生產關係'));
  });

  it('passes a BOM and LF, CRLF and lone CR line endings through unchanged', () => {
    const text = mixedEndings('汉语\n软件\n\n鼠标\nabc\n');
    assert.equal(convertText(text, 's2twp'), '\uFEFF漢語\n軟體\r\n\r鼠標\nabc\r\n\r'.replace('鼠標', '滑鼠'));
    for (const name of CONFIG_NAMES) {
      const out = convertText(text, name);
      assert.ok(out.startsWith('\uFEFF'), name);
      assert.deepEqual(out.match(/\r\n|\r|\n/g), text.match(/\r\n|\r|\n/g), name);
    }
  });

  it('leaves any text without Han characters exactly as it is, in every configuration (property)', () => {
    const noHan = fc
      .string({ unit: 'binary', maxLength: 200 })
      .map((s) => s.replace(/\p{Script=Han}/gu, ''));
    const linesAndEmoji = fc
      .array(fc.constantFrom('\n', '\r\n', '\r', '\uFEFF', '👍🏽', 'é', 'Ω', 'ＡＢＣ', '１２３', '，。「」', 'https://x.cn', '⿰', 'あ', '한'))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(noHan, linesAndEmoji), fc.constantFrom(...CONFIG_NAMES), (text, name) => {
        assert.equal(convertText(text, name), text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and keeps every character that is not Han, in order, outside Taiwan phrasing (property)', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('发展', '头发', '乙肝', '软件', '於', '關係', '國際', '\r\n', '\uD800', 'SQL注入', '丹尼·博伊尔'),
    );
    // Taiwan phrasing (s2twp, tw2sp) swaps Han for Latin on purpose: 乙肝 → B肝, B超 → 超音波.
    const keepsNonHan = new Set<ConfigName>(CONFIG_NAMES.filter((name) => name !== 's2twp' && name !== 'tw2sp'));
    const notHan = (s: string) => s.replace(/\p{Script=Han}/gu, '');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.constantFrom(...CONFIG_NAMES), (parts, name) => {
        const text = parts.join('');
        const out = convertText(text, name);
        if (keepsNonHan.has(name)) assert.equal(notHan(out), notHan(text));
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * Runs `probe` (JavaScript that prints one JSON line, with the bundled src/core/convert as `m`) in a fresh
 * node process, so that nothing this process has loaded or built yet counts; returns what it printed.
 */
function probeBundle<Report>(probe: string): Report {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-convert-'));
  try {
    const bundle = join(dir, 'convert.js');
    execFileSync(join(process.cwd(), 'node_modules/.bin/esbuild'), [
      'src/core/convert/index.ts', '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--log-level=error',
    ]);
    return JSON.parse(execFileSync(process.execPath, ['-e', `const m = require(${JSON.stringify(bundle)});\n${probe}`], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lazy converters', () => {
  it('loads no dictionary when the bundled module is imported, and only the s2tw chain on first s2tw use', function () {
    this.timeout(20000);
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-convert-'));
    try {
      const bundle = join(dir, 'convert.js');
      execFileSync(join(process.cwd(), 'node_modules/.bin/esbuild'), [
        'src/core/convert/index.ts', '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--log-level=error',
      ]);
      const probe = `
        const before = process.memoryUsage().heapUsed;
        const m = require(${JSON.stringify(bundle)});
        const afterImport = m.loadedDictionaries();
        const heapMB = (process.memoryUsage().heapUsed - before) / 1e6;
        const out = m.convertText('汉语', 's2tw');
        console.log(JSON.stringify({ afterImport, heapMB, out, afterUse: m.loadedDictionaries(), built: m.isConverterBuilt('s2t') }));`;
      const report = JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
      assert.deepEqual(report.afterImport, []);
      assert.ok(report.heapMB < 10, `import grew the heap by ${report.heapMB} MB`);
      assert.equal(report.out, '漢語');
      assert.deepEqual(report.afterUse, [
        'CJK_Compatibility_Ideographs', 'STCharacters', 'STPhrases', 'STPhrases_GeneratedFromRegionalPhrases', 'TWVariants', 'TWVariantsPhrases',
      ]);
      assert.equal(report.built, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dictionary files read in pieces', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-dict-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('gives the entries of split("|") whatever the piece size, characters of 3 and 4 bytes cut across pieces', () => {
    const text = openccDictionary('STPhrases').slice(0, 20000) + '|𠮷 𠮷𡈼|甲 乙';
    const file = write('STPhrases.txt', text);
    const expected = text.split('|');
    for (const piece of [1, 2, 3, 5, 7, 64, 4096, 65536]) assert.deepEqual([...fileEntries(file, piece)], expected, `pieces of ${piece} bytes`);
  });

  it('reads an empty file, a file with one entry and one ending in a bar as split does', () => {
    for (const text of ['', '甲 乙', '甲 乙|', '|', '甲 乙||丙 丁']) {
      assert.deepEqual([...fileEntries(write('t.txt', text), 4)], text.split('|'), JSON.stringify(text));
    }
  });

  it('reads bytes that are not UTF-8 as U+FFFD, as readFileSync does, without losing the entries around them', () => {
    const file = join(dir, 'bad.txt');
    const bytes = Buffer.from([0xe4, 0xb8, 0x80, 0x20, 0xff, 0x7c, 0xe4, 0xb8, 0x80, 0xe4, 0xb8]);
    writeFileSync(file, bytes);
    for (const piece of [1, 2, 3, 4, 64]) assert.deepEqual([...fileEntries(file, piece)], readFileSync(file, 'utf8').split('|'), `pieces of ${piece} bytes`);
  });
});

describe('converters built in steps', () => {
  it('pauses every few hundred dictionary entries, and two callers stepping one build share it', function () {
    this.timeout(20000);
    const report = probeBundle<{ pauses: number; again: number; built: boolean; builds: string[]; out: string }>(`
        const a = m.converterSteps('s2t');
        const b = m.converterSteps('s2t');
        let pauses = 0, aDone = false, bDone = false;
        while (!aDone || !bDone) {
          if (!aDone) aDone = a.next().done;
          if (!bDone) bDone = b.next().done;
          pauses++;
        }
        const again = [...m.converterSteps('s2t')].length;
        console.log(JSON.stringify({ pauses, again, built: m.isConverterBuilt('s2t'), builds: Object.keys(m.converterBuildTimes()), out: m.convertText('头发和发展', 's2t') }));`);
    // STPhrases alone has about 49,000 entries: at 500 a step, a hundred pauses or more (stepped by two callers, half each).
    const entries = openccDictionary('STPhrases').split('|').length;
    assert.ok(report.pauses >= entries / 500 / 2, `${report.pauses} pauses for ${entries} entries`);
    assert.equal(report.again, 0, 'a built converter is there at once');
    assert.equal(report.built, true);
    assert.deepEqual(report.builds, ['s2t']);
    assert.equal(report.out, '頭髮和發展');
  });

  it('converterReady builds a converter between turns of the event loop, then converts as convertText does', function () {
    this.timeout(20000);
    const report = probeBundle<{ turns: number; built: boolean; out: string; again: number }>(`
        let turns = 0, ready = false;
        const tick = () => { turns++; if (!ready) setImmediate(tick); };
        setImmediate(tick);
        m.converterReady('s2tw', 0).then(async () => {
          ready = true;
          const built = m.isConverterBuilt('s2tw');
          const before = turns;
          await m.converterReady('s2tw');
          console.log(JSON.stringify({ turns: before, built, out: m.convertText('汉语软件', 's2tw'), again: turns - before }));
        });`);
    // With slices of 0 ms, a turn after every build step: STPhrases alone is about a hundred steps of 500 entries.
    assert.ok(report.turns >= 100, `${report.turns} turns while it was built`);
    assert.equal(report.built, true);
    assert.equal(report.again, 0, 'built: resolves without waiting a turn');
    assert.equal(report.out, OpenCC.Converter({ from: 'cn', to: 'tw' })('汉语软件'));
  });

  it('scriptFormsReady builds every converter scriptForms reads, and callers at once share one build', function () {
    this.timeout(20000);
    const report = probeBundle<{ built: string[]; after: string[]; forms: unknown; same: boolean }>(`
        Promise.resolve().then(async () => {
          const a = m.converterReady('s2t'), b = m.converterReady('s2t');
          const same = a === b;
          await Promise.all([a, b, m.scriptFormsReady()]);
          const built = Object.keys(m.converterBuildTimes()).sort();
          const forms = m.scriptForms('護城河');
          console.log(JSON.stringify({ built, after: Object.keys(m.converterBuildTimes()).sort(), forms, same }));
        });`);
    assert.equal(report.same, true, 'two callers at once wait for the same build');
    assert.deepEqual(report.after, report.built, 'scriptForms built nothing scriptFormsReady had not');
    assert.deepEqual(report.forms, { simplified: '护城河', traditional: '護城河', taiwan: '護城河', hongKong: '護城河' });
  });

  it('builds what the mixed-script check reads for one script in steps, once, and then finds the same slips', function () {
    this.timeout(20000);
    const report = probeBundle<{ pauses: number; built: string[]; loaded: string[]; again: number; slips: string[]; builtAfter: string[]; builtForSimplified: string[] }>(`
        let pauses = 0;
        for (const steps = m.mixedScriptSteps('traditional'); !steps.next().done; ) pauses++;
        const built = Object.keys(m.converterBuildTimes()).sort();
        const loaded = m.loadedDictionaries();
        const again = [...m.mixedScriptSteps('traditional')].length;
        const slips = m.findMixedScript('生產關系取決于政策', 'traditional').map((s) => s.char + s.suggestion);
        const builtAfter = Object.keys(m.converterBuildTimes()).sort();
        m.findMixedScript('这是关係', 'simplified');
        console.log(JSON.stringify({ pauses, built, loaded, again, slips, builtAfter, builtForSimplified: Object.keys(m.converterBuildTimes()).sort() }));`);
    assert.ok(report.pauses > 100, `${report.pauses} pauses`);
    assert.deepEqual(report.built, ['s2t'], 'a Traditional text needs the s2t round trip only');
    assert.ok(!report.loaded.includes('TSPhrases'), report.loaded.join(', '));
    assert.equal(report.again, 0, 'all built: no more pauses');
    assert.deepEqual(report.slips, ['系係', '于於']);
    assert.deepEqual(report.builtAfter, ['s2t'], 'the check built nothing more');
    assert.deepEqual(report.builtForSimplified, ['s2t', 't2s'], 'a Simplified text builds t2s when it first comes');
  });
});

describe('convertChunks', function () {
  this.timeout(30000);

  it('gives byte-identical output to whole-text conversion on both fixtures, with every line ending', async () => {
    for (const text of [hans, hant, mixedEndings(hans), mixedEndings(hant)]) {
      for (const name of ['s2twp', 't2s', 's2hk', 'tw2sp'] as const) {
        assert.ok((await collect(text, name, 200)) === convertText(text, name), name);
      }
    }
  });

  it('gives byte-identical output on a 1 MB text cut into 4 KB chunks', async () => {
    let big = '';
    while (big.length < 1_000_000) big += mixedEndings(hans) + hant;
    const whole = convertText(big, 's2twp');
    assert.ok((await convertTextInChunks(big, 's2twp', { chunkChars: 4096 })) === whole);
  });

  it('cuts only at line ends, keeping CRLF whole, and makes one chunk of a line longer than chunkChars', async () => {
    const text = '发展'.repeat(50) + '\r\n' + '头发\n' + '关系\r' + '软件';
    const chunks: string[] = [];
    for await (const chunk of convertChunks(text, 's2t', { chunkChars: 4 })) chunks.push(text.slice(chunk.start, chunk.end));
    assert.deepEqual(chunks, ['发展'.repeat(50) + '\r\n', '头发\n', '关系\r', '软件']);
  });

  it('never cuts inside an ideographic description sequence that swallows a line break', async () => {
    // opencc-js passes ⿰ and its two operands through as one unit: here the operands are "\n" and 发.
    const text = '头发\n⿰\n发\n发展\n';
    const whole = convertText(text, 's2t');
    assert.equal(whole, '頭髮\n⿰\n发\n發展\n');
    assert.equal(await convertTextInChunks(text, 's2t', { chunkChars: 1 }), whole);
  });

  it('reports progress up to the whole length and yields to the event loop between chunks', async () => {
    const text = (hans + '\n').repeat(4);
    const progress: number[] = [];
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await convertTextInChunks(text, 's2tw', { chunkChars: 500, onProgress: (done, total) => { assert.equal(total, text.length); progress.push(done); } });
    ticking = false;
    assert.ok(progress.length > 20);
    assert.deepEqual([...progress].sort((a, b) => a - b), progress);
    assert.equal(progress[progress.length - 1], text.length);
    assert.ok(turns >= progress.length - 1, `${turns} event-loop turns for ${progress.length} chunks`);
  });

  it('stops when cancelled: no more chunks, and the whole conversion answers undefined', async () => {
    const text = (hans + '\n').repeat(4);
    let chunks = 0;
    const result = await convertTextInChunks(text, 's2tw', { chunkChars: 2000, onProgress: () => chunks++, isCancelled: () => chunks >= 3 });
    assert.equal(result, undefined);
    assert.equal(chunks, 3);
    assert.notEqual(await convertTextInChunks(text, 's2tw', { chunkChars: 2000, isCancelled: () => false }), undefined);
  });
});

describe('protection', function () {
  this.timeout(30000);

  it('keeps URLs and code spans as written by default, and converts the rest', () => {
    const text = '详见 https://www.gov.cn/zhengce/软件 和 `发展` 规划';
    assert.equal(convertText(text, 's2twp', { protect: {} }), '詳見 https://www.gov.cn/zhengce/軟體 和 `发展` 規劃');
    assert.deepEqual(
      findProtectedSpans(text, {}).map((s) => [s.kind, s.text]),
      [['url', 'https://www.gov.cn/zhengce/'], ['code', '`发展`']],
    );
  });

  it('ends a URL before trailing sentence punctuation', () => {
    assert.deepEqual(findProtectedSpans('见 www.ndrc.gov.cn.', {}).map((s) => s.text), ['www.ndrc.gov.cn']);
  });

  it('keeps 《titles》 only when asked', () => {
    const text = '《关于发展的意见》发布';
    assert.equal(convertText(text, 's2t', { protect: { titles: true } }), '《关于发展的意见》發佈');
    assert.equal(convertText(text, 's2t', { protect: {} }), '《關於發展的意見》發佈');
  });

  it('keeps user words and glossary terms in their fixed form wherever they occur', () => {
    const text = '台湾积体电路制造和台湾';
    assert.equal(convertText(text, 's2tw'), '臺灣積體電路製造和臺灣');
    assert.equal(convertText(text, 's2tw', { protect: { words: ['台湾'] } }), '台湾積體電路製造和台湾');
  });

  it('writes custom phrase pairs as given, ahead of any dictionary phrase', () => {
    const text = '程序员开发软件';
    assert.equal(convertText(text, 's2twp'), '程式設計師開發軟體');
    assert.equal(convertText(text, 's2twp', { protect: { phrases: [['程序员', '工程師'], ['软件', '軟件']] } }), '工程師開發軟件');
    const spans = findProtectedSpans(text, { phrases: [['程序员', '工程師']], words: ['软件'] });
    assert.deepEqual(spans.map((s) => [s.kind, s.text, s.replacement]), [['phrase', '程序员', '工程師'], ['word', '软件', '软件']]);
  });

  it('converts the neighbours of a protected span by their own context: no phrase straddles a span', () => {
    // 头发 is a phrase (頭髮); with 头 protected, 发 is converted alone and takes its character default 發.
    assert.equal(convertText('头发', 's2t'), '頭髮');
    assert.equal(convertText('头发', 's2t', { protect: { words: ['头'] } }), '头發');
  });

  it('gives the same protected output chunked as whole', async () => {
    const text = mixedEndings('详见 https://gov.cn/a 和 `发展`\n《关于发展》台湾软件\n').repeat(30);
    const protect = { words: ['台湾'], titles: true, phrases: [['软件', '軟件']] as [string, string][] };
    const whole = convertText(text, 's2twp', { protect });
    assert.ok(whole.includes('《关于发展》台湾軟件'));
    assert.equal(await convertTextInChunks(text, 's2twp', { chunkChars: 50, protect }), whole);
  });
});
