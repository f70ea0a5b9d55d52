import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnalysisJson } from '../../src/cli/analyzeCommand';
import { runCli } from '../../src/cli/main';
import { CONFIG_NAMES, convertText } from '../../src/core/convert';

// Tests run from the repository root (fixtures are read relative to it).
const ROOT = process.cwd();
const SAMPLE_PATH = 'test/fixtures/hangzhou-model.zh-Hant.txt';
const SAMPLE = readFileSync(join(ROOT, SAMPLE_PATH), 'utf8');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** One in-process CLI run with captured output; `stdin` is fed as bytes; `env` names a locale (none: English). */
async function cli(argv: string[], stdin: Buffer | string = '', env?: Record<string, string>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin),
    env,
  });
  return { code, stdout, stderr };
}

const STACK_LINE = /^ {4}at /m;
const FIGURE_KEYS = ['approx', 'end', 'kind', 'line', 'range', 'source', 'start', 'text', 'unit', 'value'];

/** 1-based line of an offset, counted independently of the code under test: lines end at LF, CRLF or a lone CR. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/** Asserts the exact `analyze --json` contract against the text that was analysed. */
function assertContract(json: AnalysisJson, text: string): void {
  assert.deepEqual(Object.keys(json).sort(), ['figures', 'outline', 'problems', 'terms']);
  for (const t of json.terms) {
    assert.deepEqual(Object.keys(t).sort(), ['end', 'id', 'line', 'start', 'text']);
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.line, lineAt(text, t.start));
  }
  for (const f of json.figures) {
    const keys = Object.keys(f).sort();
    assert.deepEqual(keys, f.bound === undefined ? FIGURE_KEYS : [...FIGURE_KEYS, 'bound'].sort(), `keys of ${f.text}`);
    assert.ok(f.bound === undefined || f.bound === 'lower' || f.bound === 'upper');
    assert.equal(f.text, text.slice(f.start, f.end));
    assert.equal(f.line, lineAt(text, f.start));
    assert.ok(f.range === null || (Array.isArray(f.range) && f.range.length === 2), `range of ${f.text}`);
    if (f.source !== null) {
      const keys = Object.keys(f.source).sort();
      assert.ok(['end,start,text', 'end,start,text,title', 'end,publisher,start,text', 'end,publisher,start,text,title'].includes(keys.join(',')),
        `source keys ${keys.join(',')}`);
      assert.equal(f.source.text, text.slice(f.source.start, f.source.end));
    }
  }
  for (const h of json.outline) {
    assert.deepEqual(Object.keys(h).sort(), ['end', 'kind', 'level', 'line', 'start', 'title']);
    assert.ok(text.slice(h.start, h.end).includes(h.title), `heading ${h.title} lies inside its span`);
    assert.equal(h.line, lineAt(text, h.start));
  }
  for (const p of json.problems) {
    assert.deepEqual(Object.keys(p).sort(), ['code', 'end', 'message', 'severity', 'start']);
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length);
  }
}

describe('policy-lens analyze --json', () => {
  let json: AnalysisJson;
  before(async () => {
    const run = await cli(['analyze', '--json', SAMPLE_PATH]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    json = JSON.parse(run.stdout) as AnalysisJson;
  });

  it('prints exactly terms, figures, outline and problems with the contract keys and no others', () => {
    assertContract(json, SAMPLE);
    assert.ok(json.terms.length > 50 && json.figures.length > 20, 'the sample has many terms and figures');
  });

  it('links 8856 億美元 to 美國國家科學與工程統計中心 as 885600000000 USD', () => {
    const f = json.figures.find((x) => x.text === '8856 億美元');
    assert.ok(f, 'figure 8856 億美元 found');
    assert.equal(f.start, SAMPLE.indexOf('8856 億美元'));
    assert.equal(f.value, 885600000000);
    assert.equal(f.unit, 'USD');
    assert.equal(f.range, null);
    assert.match(f.source?.text ?? '', /美國國家科學與工程統計中心/);
  });

  it('reads 70%~ 95% as the range [70, 95] cited to 瑞穗證券', () => {
    const f = json.figures.find((x) => x.text === '70%~ 95%');
    assert.ok(f, 'figure 70%~ 95% found');
    assert.deepEqual(f.range, [70, 95]);
    assert.equal(f.kind, 'percent');
    assert.match(f.source?.text ?? '', /瑞穗證券/);
  });

  it('outlines 導語, the three plain section headings and the three figure captions', () => {
    const titles = (kind: string) => json.outline.filter((h) => h.kind === kind).map((h) => h.title);
    assert.ok(titles('matter').includes('導語'));
    assert.deepEqual(titles('plain'), ['科技競爭的三大核心要素:算力、算法和數據資源', '戰略的高度,取決于政策的穩定性', '杭州模式的科技“護城河”']);
    assert.deepEqual(titles('caption'), ['AI三大要素', '中美科技政策對比', '杭州模式區別于傳統發展模式的核心競爭優勢']);
    assert.ok(json.outline.every((h) => h.level >= 1));
  });

  it('gives a bounded figure its bound and a cited agency as publisher: 超過 lower, 不到 upper, 瑞穗證券', async () => {
    const text = '據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。國內生產總值超過126萬億元，不到100家企業。';
    const run = await cli(['analyze', '--json', '-'], text);
    const out = JSON.parse(run.stdout) as AnalysisJson;
    assertContract(out, text);
    const bounds = out.figures.map((f) => [f.text, f.bound ?? null]);
    assert.deepEqual(bounds, [['70%~ 95%', null], ['超過126萬億元', 'lower'], ['不到100家', 'upper']]);
    assert.equal(out.figures[0].source?.publisher, '瑞穗證券');
  });

  it('counts offsets in UTF-16 code units, so an astral character before a figure counts twice', async () => {
    const text = '𠀀𠀁據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。';
    const run = await cli(['analyze', '--json', '-'], text);
    const f = (JSON.parse(run.stdout) as AnalysisJson).figures[0];
    assert.equal(f.start, text.indexOf('70%'));
    assert.equal(f.start, [...text.slice(0, f.start)].length + 2, 'two astral characters are four code units');
    assert.equal(f.text, '70%~ 95%');
  });

  it('reads standard input for - and drops a UTF-8 BOM so that offsets are those of the text', async () => {
    const plain = await cli(['analyze', '--json', '-'], SAMPLE);
    const withBom = await cli(['analyze', '--json', '-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
    assert.equal(plain.code, 0);
    assert.equal(withBom.code, 0);
    assert.equal(plain.stdout, JSON.stringify(json, null, 2) + '\n');
    assert.equal(withBom.stdout, plain.stdout);
  });

  describe('--glossary FILE', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('adds the terms of every glossary given (JSON and YAML, repeated) to the JSON', async () => {
      const json1 = join(dir, 'incubators.glossary.json');
      const yaml1 = join(dir, 'chips.yaml');
      writeFileSync(json1, JSON.stringify({ terms: [{ term: '孵化器', definition: '為初創企業提供場地與服務的機構。' }] }, null, 2));
      writeFileSync(yaml1, 'terms:\n  - term: 芯片\n    aliases: [晶片]\n    definition: 集成電路。\n');
      const without = JSON.parse((await cli(['analyze', '--json', SAMPLE_PATH])).stdout) as AnalysisJson;
      const run = await cli(['analyze', '--json', '--glossary', json1, `--glossary=${yaml1}`, SAMPLE_PATH]);
      assert.equal(run.code, 0, run.stderr);
      const withTerms = JSON.parse(run.stdout) as AnalysisJson;
      assertContract(withTerms, SAMPLE);
      const ids = (j: AnalysisJson) => new Set(j.terms.map((t) => t.id));
      assert.ok(!ids(without).has('孵化器') && !ids(without).has('芯片'));
      const incubators = withTerms.terms.filter((t) => t.id === '孵化器');
      const chips = withTerms.terms.filter((t) => t.id === '芯片');
      assert.equal(incubators.length, SAMPLE.split('孵化器').length - 1);
      assert.ok(chips.length >= 5, `芯片 found ${chips.length} times`);
      assert.ok(ids(withTerms).has('杭州模式'), 'the built-in glossary still applies');
    });

    const broken: [string, string, string, RegExp][] = [
      ['bad JSON', 'bad.json', '{\n  "terms": [\n    { "term": "孵化器", "definition": "機構" }\n    { "term": "芯片", "definition": "集成電路" }\n  ]\n}\n', /:4:5: invalid JSON/],
      ['bad YAML', 'bad.yaml', 'terms:\n  - term: 孵化器\n    definition: [機構\n  - term: 芯片\n', /:3:17: /],
      ['wrong types', 'types.yaml', 'terms:\n  - term: 孵化器\n    definition: 機構\n    aliases: 育成中心\n  - term: [芯片]\n    definition: 集成電路\n', /:4:14: terms\[0\]\.aliases must be a list of strings/],
      ['a wrong type in JSON', 'types.json', '{ "terms": [\n  { "term": "孵化器", "definition": 42 }\n] }\n', /:2:34: terms\[0\]\.definition must be a string/],
    ];
    for (const [what, name, content, expected] of broken) {
      it(`rejects a glossary with ${what}: non-zero exit, file:line:column on stderr, no stack trace`, async () => {
        const file = join(dir, name);
        writeFileSync(file, content);
        for (const command of ['analyze', 'check']) {
          const run = await cli([command, '--glossary', file, SAMPLE_PATH]);
          assert.notEqual(run.code, 0);
          assert.equal(run.stdout, '');
          assert.match(run.stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${expected.source}`, 'm'));
          assert.ok(run.stderr.split('\n').filter(Boolean).every((l) => /^.+:\d+:\d+: .+/.test(l)), run.stderr);
          assert.doesNotMatch(run.stderr, STACK_LINE);
        }
      });
    }

    it('rejects a glossary that cannot be read, naming it', async () => {
      const missing = join(dir, 'missing.yaml');
      const run = await cli(['analyze', '--glossary', missing, SAMPLE_PATH]);
      assert.equal(run.code, 1);
      assert.ok(run.stderr.includes(missing), run.stderr);
      assert.doesNotMatch(run.stderr, STACK_LINE);
    });
  });

  it('prints a readable table without --json', async () => {
    const run = await cli(['analyze', SAMPLE_PATH]);
    assert.equal(run.code, 0);
    assert.throws(() => JSON.parse(run.stdout));
    assert.match(run.stdout, /^# test\/fixtures\/hangzhou-model\.zh-Hant\.txt: \d+ terms, \d+ figures, 7 headings/);
    for (const section of ['## Outline', '## Figures', '## Terms', '## Problems']) assert.ok(run.stdout.includes(section), section);
    assert.match(run.stdout, /^ +26 {2}8856 億美元 {2}amount = 885,600,000,000 USD {2}← 美國國家科學與工程統計中心$/m);
    assert.match(run.stdout, /^ +2 {2}導語 {2}\[matter\]$/m);
  });
});

describe('policy-lens usage', () => {
  it('--help prints every command and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const run = await cli(argv);
      assert.equal(run.code, 0);
      for (const command of ['analyze', 'convert', 'check']) assert.ok(run.stdout.includes(`policy-lens ${command}`), command);
      for (const name of CONFIG_NAMES) assert.match(run.stdout, new RegExp(`\\b${name}\\b`), name);
    }
  });

  it('each command has --help that exits 0 with its usage line', async () => {
    for (const command of ['analyze', 'convert', 'check']) {
      for (const help of ['--help', '-h']) {
        const run = await cli([command, help]);
        assert.equal(run.code, 0, `${command} ${help}: ${run.stderr}`);
        assert.match(run.stdout, new RegExp(`^Usage: policy-lens ${command} `));
      }
    }
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['no command', [], /^Usage:\n {2}policy-lens analyze/m],
    ['an unknown command', ['frobnicate', 'a.txt'], /unknown command 'frobnicate'/],
    ['an unknown option to analyze', ['analyze', '--jsn', SAMPLE_PATH], /unknown option --jsn\nUsage: policy-lens analyze/],
    ['an unknown option to convert', ['convert', '--to', 's2t', '--in-place', SAMPLE_PATH], /unknown option --in-place\nUsage: policy-lens convert/],
    ['an unknown option to check', ['check', '-q', SAMPLE_PATH], /unknown option -q\nUsage: policy-lens check/],
    ['a flag given a value', ['analyze', '--json=yes', SAMPLE_PATH], /unknown option --json=yes/],
    ['analyze without a FILE', ['analyze', '--json'], /analyze takes exactly one FILE/],
    ['analyze with two FILEs', ['analyze', SAMPLE_PATH, SAMPLE_PATH], /analyze takes exactly one FILE/],
    ['check without a FILE', ['check'], /check needs at least one FILE/],
    ['--glossary without its value', ['analyze', SAMPLE_PATH, '--glossary'], /--glossary needs a value/],
    ['convert without --to', ['convert', SAMPLE_PATH], /convert needs one --to CONFIG/],
  ];
  for (const [what, argv, message] of usageErrors) {
    it(`exits 2 with a usage message on stderr for ${what}`, async () => {
      const run = await cli(argv);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage:\s+policy-lens|Commands: analyze, convert, check/);
    });
  }

  it('exits 1 naming the file when the input cannot be read', async () => {
    for (const [path, reason] of [['no/such/file.txt', 'no such file'], ['test/fixtures', 'is a directory']]) {
      for (const argv of [['analyze', path], ['analyze', '--json', path], ['check', path], ['convert', '--to', 's2t', path]]) {
        const run = await cli(argv);
        assert.equal(run.code, 1, argv.join(' '));
        assert.equal(run.stdout, '');
        assert.ok(run.stderr.includes(`cannot read ${path}`), run.stderr);
        if (argv[0] !== 'convert') assert.ok(run.stderr.includes(reason), run.stderr);
      }
    }
  });
});

describe('policy-lens in the language of the locale', () => {
  const SIMPLIFIED = { LANG: 'zh_CN.UTF-8' };
  const TAIWAN = { LANG: 'zh_TW.UTF-8' };

  it('prints --help in 简体中文 and 繁體中文, with command, option and configuration names as typed', async () => {
    const simplified = await cli(['--help'], '', SIMPLIFIED);
    assert.equal(simplified.code, 0);
    assert.match(simplified.stdout, /^policy-lens: 标注中文政策文本的关键术语/);
    assert.match(simplified.stdout, /^用法：\n {2}policy-lens analyze \[--json\] \[--glossary FILE\]\.\.\. FILE\|-\n {6}列出文本的术语/m);
    assert.match(simplified.stdout, /^ {6}CONFIG 可选：s2t t2s s2tw /m);
    assert.match(simplified.stdout, /^退出码：0 成功；1 发现问题（check）或输入无法读取；2 用法错误。$/m);
    const taiwan = await cli(['help'], '', TAIWAN);
    assert.equal(taiwan.code, 0);
    assert.match(taiwan.stdout, /^ {6}以 FILE:LINE:COLUMN 開頭的行回報問題（未註明來源的數據、簡繁混用、標題編號、括號不配對）；\n {6}發現任何錯誤或警告時結束代碼為 1。$/m);
    assert.match(taiwan.stdout, /^結束代碼：/m);
    for (const run of [simplified, taiwan]) {
      for (const command of ['analyze', 'convert', 'check']) assert.ok(run.stdout.includes(`policy-lens ${command}`), command);
      for (const name of CONFIG_NAMES) assert.match(run.stdout, new RegExp(`\\b${name}\\b`), name);
      assert.doesNotMatch(run.stdout, /Usage|Exit codes/);
    }
    assert.equal((await cli(['convert', '--help'], '', TAIWAN)).stdout, `用法：policy-lens convert --to CONFIG [-o FILE] [FILE|-]\nCONFIG 可用：${CONFIG_NAMES.join(' ')}\n`);
  });

  it('writes a year before the common era in the language of the locale in the report', async () => {
    const text = '秦朝始於公元前221年。';
    assert.match((await cli(['analyze', '-'], text, SIMPLIFIED)).stdout, /公元前221年 {2}年份 = 公元前221年 /);
    assert.match((await cli(['analyze', '-'], text, TAIWAN)).stdout, / = 西元前221年 /);
    assert.match((await cli(['analyze', '-'], text, {})).stdout, /公元前221年 {2}year = 221 BCE /);
  });

  it('writes a usage error in the language of the locale and exits 2', async () => {
    const simplified = await cli(['analyze', '--jsn', SAMPLE_PATH], '', SIMPLIFIED);
    assert.deepEqual(simplified, {
      code: 2,
      stdout: '',
      stderr: "policy-lens: 未知选项 --jsn\n用法：policy-lens analyze [--json] [--glossary FILE]... FILE|-\n运行 'policy-lens --help' 查看用法。\n",
    });
    const taiwan = await cli(['frobnicate'], '', TAIWAN);
    assert.deepEqual(taiwan, { code: 2, stdout: '', stderr: "policy-lens: 未知的指令 'frobnicate'\n指令：analyze, convert, check\n執行 'policy-lens --help' 以檢視用法。\n" });
    const config = await cli(['convert', '--to', 's2x', '-'], '汉字', { LC_ALL: 'zh_HK.UTF-8', LANG: 'en_US.UTF-8' });
    assert.equal(config.code, 2);
    assert.match(config.stderr, new RegExp(`^policy-lens: 未知的轉換設定 's2x'；可用：${CONFIG_NAMES.join(', ')}\n用法：policy-lens convert `));
    const noFile = await cli(['check'], '', SIMPLIFIED);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /^policy-lens: check 至少需要一个 FILE\n/);
  });

  it('writes a read error in the language of the locale and exits 1', async () => {
    for (const argv of [['analyze', 'no/such/file.txt'], ['check', 'no/such/file.txt'], ['convert', '--to', 's2t', 'no/such/file.txt']]) {
      assert.deepEqual(await cli(argv, '', TAIWAN), { code: 1, stdout: '', stderr: 'policy-lens: 無法讀取 no/such/file.txt：檔案不存在\n' }, argv.join(' '));
    }
    assert.equal((await cli(['analyze', 'test/fixtures'], '', SIMPLIFIED)).stderr, 'policy-lens: 无法读取 test/fixtures：这是一个目录\n');
    // A glossary and an output file say why too, in words, not as an error code.
    assert.equal((await cli(['analyze', '--glossary', 'no/such.yaml', SAMPLE_PATH], '', TAIWAN)).stderr, 'policy-lens: 無法讀取術語表 no/such.yaml：檔案不存在\n');
    assert.equal((await cli(['analyze', '--glossary', 'no/such.yaml', SAMPLE_PATH])).stderr, 'policy-lens: cannot read glossary no/such.yaml: no such file\n');
    const unwritable = await cli(['convert', '--to', 's2t', '-o', 'no/such/dir/out.txt', '-'], '汉字', SIMPLIFIED);
    assert.deepEqual(unwritable, { code: 1, stdout: '', stderr: 'policy-lens: 无法写入 no/such/dir/out.txt：文件不存在\n' });
  });

  it('heads the analyze report in the language of the locale', async () => {
    const simplified = (await cli(['analyze', SAMPLE_PATH], '', SIMPLIFIED)).stdout;
    assert.match(simplified, /^# test\/fixtures\/hangzhou-model\.zh-Hant\.txt：\d+ 个术语，\d+ 个数据，7 个标题，\d+ 个问题（简繁：繁体）\n/);
    assert.match(simplified, /^ +3 {2}5 月 15 日 {2}日期 {2}（未注明来源）$/m);
    assert.match(simplified, /^ +\d+ {2}導語 {2}\[辅文\]$/m);
    const taiwan = (await cli(['analyze', SAMPLE_PATH], '', TAIWAN)).stdout;
    assert.match(taiwan, /^# test\/fixtures\/hangzhou-model\.zh-Hant\.txt：\d+ 個術語，\d+ 個數據，7 個標題，\d+ 個問題（簡繁：繁體）\n/);
    assert.match(taiwan, /^ {2}杭州模式 ×\d+ {2}（第 12、14、[\d、]+ 行）$/m);
    for (const [run, sections] of [[simplified, ['大纲', '数据', '术语', '问题']], [taiwan, ['大綱', '數據', '術語', '問題']]] as const) {
      assert.deepEqual(run.match(/^## .+$/gm), sections.map((s) => `## ${s}`));
    }
  });

  it('keeps analyze --json byte for byte the same under a Chinese locale', async () => {
    const english = await cli(['analyze', '--json', SAMPLE_PATH]);
    for (const env of [SIMPLIFIED, TAIWAN, { LC_ALL: 'zh_Hant' }]) assert.deepEqual(await cli(['analyze', '--json', SAMPLE_PATH], '', env), english);
  });
});

/** Every kind of character that is not a Chinese character, and every line ending, around a BOM. */
const NON_CHINESE =
  '\uFEFFASCII !"#$%&\'()*+,-./0123456789:;<=>?@[\\]^_`{|}~\t\v\f\0\x1b\x7f éßñ ΑΩ Жя かなカナ 한국어 👍🏽 👨‍👩‍👧 𝟘𝟙 ' +
  '０１２３ＡＢＣ ，。、；：？！“”‘’「」『』《》〈〉（）【】〔〕—…·％　\u2028\u2029\u0085 e\u0301 \u200d\u200b ① ⅩⅡ ℃ ㎡' +
  'LF\nCRLF\r\nCR\rLFCR\n\rCRCR\r\rend';

describe('policy-lens convert', () => {
  it('exits 2 for an unknown CONFIG and lists every valid name', async () => {
    const run = await cli(['convert', '--to', 's2x', '-'], '汉字');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown configuration 's2x'/);
    for (const name of CONFIG_NAMES) assert.match(run.stderr, new RegExp(`\\b${name}\\b`), name);
  });

  it('passes a BOM, LF, CRLF, lone CR and every non-Chinese character through every configuration unchanged', async () => {
    const bytes = Buffer.from(NON_CHINESE, 'utf8');
    for (const name of CONFIG_NAMES) {
      const run = await cli(['convert', '--to', name, '-'], bytes);
      assert.equal(run.code, 0, name);
      assert.ok(Buffer.from(run.stdout, 'utf8').equals(bytes), `${name} changed a non-Chinese character`);
    }
  });

  it('changes only the Chinese characters between the others', async () => {
    const input = '\uFEFF第1章 汉字的发展\r\n软件 (software) 👍\r数据：５０％\n';
    const run = await cli(['convert', '--to', 's2twp', '-'], input);
    assert.equal(run.stdout, '\uFEFF第1章 漢字的發展\r\n軟體 (software) 👍\r資料：５０％\n');
  });

  it('-o FILE writes the converted text to FILE and nothing to stdout (-o - to stdout)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
    try {
      const input = join(dir, 'in.txt');
      writeFileSync(input, '汉字\r\n');
      for (const flag of ['-o', '--output']) {
        const out = join(dir, `out${flag}.txt`);
        const run = await cli(['convert', '--to', 's2t', input, flag, out]);
        assert.equal(run.code, 0, run.stderr);
        assert.equal(run.stdout, '');
        assert.equal(readFileSync(out, 'utf8'), '漢字\r\n');
      }
      // `-o -` is standard output, not a file named '-'.
      const dash = await cli(['convert', '--to', 's2t', input, '-o', '-']);
      assert.equal(dash.code, 0, dash.stderr);
      assert.equal(dash.stdout, '漢字\r\n');
      const unwritable = await cli(['convert', '--to', 's2t', input, '-o', join(dir, 'no', 'such', 'dir.txt')]);
      assert.equal(unwritable.code, 1);
      assert.match(unwritable.stderr, /cannot write .*dir\.txt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('-o FILE replaces the file whole, keeping its permissions, or leaves it as it was when the write fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
    try {
      const file = join(dir, 'draft.txt');
      writeFileSync(file, '汉字\n');
      chmodSync(file, 0o640);
      const inPlace = await cli(['convert', '--to', 's2t', file, '-o', file]);
      assert.equal(inPlace.code, 0, inPlace.stderr);
      assert.equal(readFileSync(file, 'utf8'), '漢字\n');
      assert.equal(statSync(file).mode & 0o777, 0o640);
      // A target that cannot be replaced (a directory): nothing changes, and no temporary file is left behind.
      const target = join(dir, 'folder');
      mkdirSync(target);
      const failed = await cli(['convert', '--to', 's2t', file, '-o', target]);
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /cannot write .*folder/);
      assert.deepEqual(readdirSync(dir).sort(), ['draft.txt', 'folder']);
      assert.deepEqual(readdirSync(target), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses text that is not UTF-8 (Big5 bytes) instead of writing U+FFFD for it, in the language of the locale', async () => {
    const big5 = Buffer.from([0xa6, 0xe6, 0xac, 0x46, 0xb0, 0x7c, 0x20, 0x32, 0x30, 0x32, 0x34, 0x0a]); // 行政院 2024
    const run = await cli(['convert', '--to', 'tw2s', '-'], big5);
    assert.deepEqual(run, { code: 1, stdout: '', stderr: 'policy-lens: <stdin> is not UTF-8 text: nothing was converted\n' });
    const zh = await cli(['convert', '--to', 'tw2s', '-'], big5, { LANG: 'zh_TW.UTF-8' });
    assert.equal(zh.stderr, 'policy-lens: <stdin> 不是 UTF-8 文字，未作轉換\n');
    // analyze only reads: it goes on, the undecodable bytes as U+FFFD.
    assert.equal((await cli(['analyze', '--json', '-'], big5)).code, 0);
  });
});

describe('policy-lens check', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints FILE:LINE:COLUMN lines and exits 1 when there are warnings', async () => {
    const file = join(dir, 'mixed.txt');
    const text = '杭州通過持續穩定的政策環境，為企業創新提供了可預期的制度環境。\n這種高效的政策執行力，为杭州構建科技競爭力提供了制度保障。\n';
    writeFileSync(file, text);
    const run = await cli(['check', file]);
    assert.equal(run.code, 1);
    const column = text.indexOf('为') - text.indexOf('\n');
    assert.match(run.stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:${column}: warning: .*'为'.*\\[mixed-script\\]$`, 'm'));
    assert.ok(run.stdout.split('\n').filter(Boolean).every((l) => l.startsWith(`${file}:`)), run.stdout);
  });

  it('exits 0 on a clean text, even with information-level notes', async () => {
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, '這是一段乾淨的文字。\n');
    const quiet = await cli(['check', clean]);
    assert.deepEqual(quiet, { code: 0, stdout: '', stderr: '' });
    const noted = join(dir, 'noted.txt');
    const text = '杭州已培育孵化器613 家。\n';
    writeFileSync(noted, text);
    const run = await cli(['check', noted]);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${noted}:1:${text.indexOf('613') + 1}: information: No source is cited for 613 家. [unsourced-figure]\n`);
  });

  it('writes problems in the language of the locale (LC_ALL, LC_MESSAGES, LANG), the JSON in English', async () => {
    const noted = join(dir, 'noted.txt');
    writeFileSync(noted, '杭州已培育孵化器613 家。\n');
    const at = `${noted}:1:9: information: `;
    assert.equal((await cli(['check', noted], '', { LANG: 'zh_TW.UTF-8' })).stdout, `${at}613 家 未註明來源。 [unsourced-figure]\n`);
    assert.equal((await cli(['check', noted], '', { LANG: 'zh_HK.UTF-8' })).stdout, `${at}613 家 未註明來源。 [unsourced-figure]\n`);
    assert.equal((await cli(['check', noted], '', { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).stdout, `${at}613 家 未注明来源。 [unsourced-figure]\n`);
    assert.equal((await cli(['check', noted], '', { LC_MESSAGES: 'zh_CN', LANG: 'zh_TW' })).stdout, `${at}613 家 未注明来源。 [unsourced-figure]\n`);
    assert.equal((await cli(['check', noted], '', { LANG: 'en_US.UTF-8' })).stdout, `${at}No source is cited for 613 家. [unsourced-figure]\n`);
    assert.equal((await cli(['check', noted], '', { LANG: 'zhx_XX' })).stdout, `${at}No source is cited for 613 家. [unsourced-figure]\n`);
    const table = (await cli(['analyze', noted], '', { LANG: 'zh_TW.UTF-8' })).stdout;
    assert.match(table, /unsourced-figure: 613 家 未註明來源。/);
    const json = JSON.parse((await cli(['analyze', '--json', noted], '', { LANG: 'zh_TW.UTF-8' })).stdout) as AnalysisJson;
    assert.equal(json.problems[0].message, 'No source is cited for 613 家.');
    const glossary = join(dir, 'types.json');
    writeFileSync(glossary, '{ "terms": [\n  { "term": "孵化器", "definition": 42 }\n] }\n');
    const broken = await cli(['check', '--glossary', glossary, noted], '', { LANG: 'zh_CN.UTF-8' });
    assert.equal(broken.stderr, `${glossary}:2:34: terms[0].definition 必须是字符串\n`);
  });

  it('reads standard input once: - given twice is a usage error', async () => {
    const run = await cli(['check', '-', SAMPLE_PATH, '-'], '2024年2月30日\n');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^policy-lens: standard input \(-\) can be read only once\n/);
    assert.equal(run.stdout, '');
  });

  it('reads a lone CR (old Mac line ends) as a line break, as the editor does, keeping every offset', async () => {
    const text = '第一章 總則\r2024年2月30日\r第二章 附則\r';
    const run = await cli(['analyze', '--json', '-'], text);
    const json = JSON.parse(run.stdout) as AnalysisJson;
    assert.deepEqual(json.outline.map((h) => [h.line, h.title]), [[1, '總則'], [3, '附則']]);
    assert.deepEqual(json.figures.map((f) => [f.line, f.text, f.start]), [[2, '2024年2月30日', text.indexOf('2024')]]);
    assert.equal((await cli(['check', '-'], text)).stdout, `<stdin>:2:1: warning: 2024年2月30日 is not a real date: month 2 of 2024 has 29 days. [impossible-date]\n`);
  });

  it('checks every FILE, names each, and exits 1 when one cannot be read', async () => {
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, '這是一段乾淨的文字。\n');
    const run = await cli(['check', clean, join(dir, 'gone.txt'), SAMPLE_PATH]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot read .*gone\.txt: no such file/);
    assert.match(run.stdout, /^test\/fixtures\/hangzhou-model\.zh-Hant\.txt:\d+:\d+: warning: /m);
  });
});

describe('policy-lens as a real process', function () {
  this.timeout(60_000);
  let dir: string;
  let cliJs: string;
  /** The built CLI in a child process, in the C locale unless `env` names another. */
  const node = (args: string[], input?: Buffer | string, env: Record<string, string> = {}) => {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LC_ALL' && k !== 'LC_MESSAGES'));
    return spawnSync(process.execPath, [cliJs, ...args], { cwd: ROOT, input, maxBuffer: 64 * 1024 * 1024, env: { ...base, LANG: 'C.UTF-8', ...env } });
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-bin-'));
    cliJs = join(dir, 'cli.js');
    // Loaded at run time from the repository so the bundler leaves esbuild's native binary alone.
    const esbuild = createRequire(join(ROOT, 'package.json'))('esbuild') as typeof import('esbuild');
    await esbuild.build({
      entryPoints: [resolve(ROOT, 'src/cli.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: cliJs,
      logLevel: 'silent',
      define: { POLICY_LENS_VERSION: JSON.stringify('9.9.9-test') },
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the locale from its environment', () => {
    const run = node(['check', '-'], '杭州已培育孵化器613 家。\n', { LANG: 'zh_TW.UTF-8' });
    assert.match(run.stdout.toString('utf8'), /: information: 613 家 未註明來源。 \[unsourced-figure\]$/m);
    assert.match(node(['check', '-'], '杭州已培育孵化器613 家。\n').stdout.toString('utf8'), /No source is cited for 613 家\./);
    const usage = node(['analyze', '--verbose', SAMPLE_PATH], undefined, { LANG: 'zh_CN.UTF-8' });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr.toString('utf8'), /^policy-lens: 未知选项 --verbose\n用法：policy-lens analyze /);
  });

  it('prints the version the build defines', () => {
    const run = node(['--version']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.toString(), '9.9.9-test\n');
  });

  it('analyze --json FILE prints the same contract as the in-process run', async () => {
    const run = node(['analyze', '--json', SAMPLE_PATH]);
    assert.equal(run.status, 0, run.stderr.toString());
    const json = JSON.parse(run.stdout.toString('utf8'));
    assertContract(json, SAMPLE);
    assert.equal(run.stdout.toString('utf8'), (await cli(['analyze', '--json', SAMPLE_PATH])).stdout);
  });

  it('convert from stdin gives back the same bytes for BOM, LF, CRLF, lone CR and non-Chinese text', () => {
    const input = Buffer.from(NON_CHINESE + '汉字', 'utf8');
    const expected = Buffer.from(NON_CHINESE + '漢字', 'utf8');
    const run = node(['convert', '--to', 's2t'], input);
    assert.equal(run.status, 0, run.stderr.toString());
    assert.ok(run.stdout.equals(expected), `got ${JSON.stringify(run.stdout.toString('utf8').slice(0, 80))}`);
    const dash = node(['convert', '--to', 'tw2s', '-'], Buffer.from(NON_CHINESE, 'utf8'));
    assert.ok(dash.stdout.equals(Buffer.from(NON_CHINESE, 'utf8')));
  });

  it('convert -o FILE writes the file', () => {
    const out = join(dir, 'converted.txt');
    const run = node(['convert', '--to', 't2s', SAMPLE_PATH, '-o', out]);
    assert.equal(run.status, 0, run.stderr.toString());
    assert.equal(run.stdout.length, 0);
    assert.equal(readFileSync(out, 'utf8'), convertText(SAMPLE, 't2s'));
    assert.ok(readFileSync(out, 'utf8').includes('美国国家科学与工程统计中心'));
  });

  it('exits 2 with a usage message on stderr for an unknown option or CONFIG', () => {
    const option = node(['analyze', '--verbose', SAMPLE_PATH]);
    assert.equal(option.status, 2);
    assert.match(option.stderr.toString(), /unknown option --verbose\nUsage: policy-lens analyze/);
    const config = node(['convert', '--to', 'zh-TW'], '汉字');
    assert.equal(config.status, 2);
    assert.match(config.stderr.toString(), /s2t, t2s, s2tw/);
  });

  it('exits 1 on a broken glossary with file:line:column and no stack trace', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "terms": [ { "term": "芯片", "definition": "集成電路" }, ] ');
    const run = node(['analyze', '--json', '--glossary', file, SAMPLE_PATH]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout.length, 0);
    assert.match(run.stderr.toString(), new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: invalid JSON`));
    assert.doesNotMatch(run.stderr.toString(), STACK_LINE);
  });

  it('exits 1 on an unreadable file, naming it', () => {
    const run = node(['analyze', join(dir, 'absent.txt')]);
    assert.equal(run.status, 1);
    assert.ok(run.stderr.toString().includes(join(dir, 'absent.txt')));
    assert.doesNotMatch(run.stderr.toString(), STACK_LINE);
  });

  it('check exits 1 with FILE:LINE:COLUMN lines on warnings and 0 on a clean text', () => {
    const warned = node(['check', SAMPLE_PATH]);
    assert.equal(warned.status, 1);
    assert.match(warned.stdout.toString(), /^test\/fixtures\/hangzhou-model\.zh-Hant\.txt:4:43: warning: '志'/m);
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, '這是一段乾淨的文字。\n');
    const ok = node(['check', clean]);
    assert.equal(ok.status, 0);
    assert.equal(ok.stdout.length, 0);
  });

  it('analyze --json - reads random bytes from stdin and prints valid JSON', () => {
    let seed = 20250515;
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
    const run = node(['analyze', '--json', '-'], bytes);
    assert.equal(run.status, 0, run.stderr.toString());
    assertContract(JSON.parse(run.stdout.toString('utf8')), new TextDecoder().decode(bytes));
  });

  it('refuses a directory on standard input, naming it, instead of reading it as an empty text', () => {
    const directory = openSync(dir, 'r');
    try {
      for (const args of [['analyze', '-'], ['check', '-'], ['convert', '--to', 's2t']]) {
        const run = spawnSync(process.execPath, [cliJs, ...args], { cwd: ROOT, stdio: [directory, 'pipe', 'pipe'], env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
        assert.equal(run.stderr.toString(), 'policy-lens: cannot read <stdin>: is a directory\n', args.join(' '));
        assert.equal(run.status, 1, args.join(' '));
        assert.equal(run.stdout.length, 0, args.join(' '));
      }
    } finally {
      closeSync(directory);
    }
  });

  it('reports standard input that fails to read as unreadable input (exit 1), not as an internal error', async () => {
    let stderr = '';
    const failing = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    const code = await runCli(['analyze', '-'], { stdout: () => {}, stderr: (s) => (stderr += s), stdin: () => Promise.reject(failing) });
    assert.equal(stderr, 'policy-lens: cannot read <stdin>: EIO: i/o error, read\n');
    assert.equal(code, 1);
  });

  it('exits 1 for the warnings found when the reader closes the pipe before every FILE is checked', async () => {
    const files = Array.from({ length: 20 }, (_, i) => {
      const file = join(dir, `slip-${i}.txt`);
      writeFileSync(file, '這是繁體中文的一段文字，为什么這裡有简体字。\n'.repeat(200));
      return file;
    });
    const child = spawn(process.execPath, [cliJs, 'check', ...files], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    assert.doesNotMatch(stderr, STACK_LINE);
    assert.equal(code, 1, `exit ${code}: ${stderr}`);
  });

  it('reports a failed write to standard output (a full disk) in words and exits 1, without a stack trace', () => {
    const full = openSync('/dev/full', 'w'); // Linux: every write fails with ENOSPC
    try {
      for (const [args, expected] of [[['analyze', SAMPLE_PATH], 'cannot write <stdout>: no space left on the device'],
        [['convert', '--to', 't2s', SAMPLE_PATH], 'cannot write <stdout>: no space left on the device']] as const) {
        const run = spawnSync(process.execPath, [cliJs, ...args], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
        assert.equal(run.status, 1, run.stderr.toString());
        assert.equal(run.stderr.toString(), `policy-lens: ${expected}\n`);
      }
    } finally {
      closeSync(full);
    }
  });

  it('convert -o onto its own input leaves the input whole when the write fails (a file size limit)', () => {
    const file = join(dir, 'own-input.txt');
    const original = readFileSync(join(ROOT, 'test/fixtures/hangzhou-model.zh-Hans.txt'));
    writeFileSync(file, original);
    // bash: SIGXFSZ ignored, so that a write past 8 KiB fails with EFBIG instead of killing the process.
    const run = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 8; exec "$0" "$@"`, process.execPath, cliJs, 'convert', '--to', 's2t', file, '-o', file],
      { cwd: ROOT, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
    assert.equal(run.status, 1, run.stderr.toString());
    assert.match(run.stderr.toString(), /^policy-lens: cannot write .*own-input\.txt: /);
    assert.ok(readFileSync(file).equals(original), 'the input is as it was');
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('own-input')), ['own-input.txt'], 'no temporary file is left');
  });

  it('stops quietly, without a stack trace, when the reader closes the pipe early', async () => {
    const big = join(dir, 'many-warnings.txt');
    writeFileSync(big, '這是繁體中文的一段文字，为什么這裡有简体字。\n'.repeat(3_000));
    const child = spawn(process.execPath, [cliJs, 'check', big], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    assert.doesNotMatch(stderr, STACK_LINE);
    assert.doesNotMatch(stderr, /EPIPE/);
    assert.equal(code, 1, 'the exit code still says warnings were found');
  });
});
