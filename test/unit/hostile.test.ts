import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../src/core/analysis';
import { analysisJson, type AnalysisJson } from '../../src/cli/analyzeCommand';
import { runCli } from '../../src/cli/main';
import { convertText } from '../../src/core/convert';

const SAMPLE = readFileSync(join(process.cwd(), 'test/fixtures/hangzhou-model.zh-Hant.txt'), 'utf8');
const HOSTILE_DIR = join(process.cwd(), 'test/fixtures/hostile');

/**
 * 1-based line of an offset (computed here, not by the code under test): the core counts lines by LF; the CLI reads a
 * lone CR as a line break too (`crToo`), as VS Code's editor does.
 */
function lineCounter(text: string, crToo = false): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (crToo && text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Everything wrong with an `analyze --json` object for `text`: spans out of [0, text.length], start > end,
 * `text` fields that are not their slice, wrong 1-based lines, heading levels below 1. Empty when all is well.
 */
function violations(json: AnalysisJson, text: string, crToo = false): string[] {
  const found: string[] = [];
  const lineAt = lineCounter(text, crToo);
  const span = (what: string, s: { start: number; end: number }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      found.push(`${what} [${s.start}, ${s.end}) is out of [0, ${text.length}]`);
      return false;
    }
    return true;
  };
  const slice = (what: string, s: { start: number; end: number; text: string }) => {
    if (span(what, s) && text.slice(s.start, s.end) !== s.text) found.push(`${what} text ${JSON.stringify(s.text)} is not its slice`);
  };
  const line = (what: string, s: { start: number; line: number }) => {
    if (s.line !== lineAt(s.start)) found.push(`${what} at ${s.start} says line ${s.line}, not ${lineAt(s.start)}`);
  };
  for (const t of json.terms) {
    slice('term', t);
    line('term', t);
  }
  for (const f of json.figures) {
    slice('figure', f);
    line('figure', f);
    if (f.source) slice('source', f.source);
  }
  for (const h of json.outline) {
    if (span('heading', h) && !text.slice(h.start, h.end).includes(h.title)) found.push(`heading ${JSON.stringify(h.title)} is outside its span`);
    line('heading', h);
    if (!(h.level >= 1)) found.push(`heading ${JSON.stringify(h.title)} has level ${h.level}`);
  }
  for (const p of json.problems) span(`problem ${p.code}`, p);
  return found;
}

/** The core analysis checked as the JSON contract plus what JSON leaves out (title offsets). */
function analysisViolations(a: Analysis, text: string): string[] {
  const found = violations(analysisJson(a), text);
  for (const h of a.outline) {
    if (text.slice(h.titleStart, h.titleEnd) !== h.title) found.push(`heading title ${JSON.stringify(h.title)} is not its slice`);
    if (!(h.start <= h.titleStart && h.titleStart <= h.titleEnd && h.titleEnd <= h.end)) found.push(`heading title span of ${JSON.stringify(h.title)} is outside the heading`);
  }
  return found;
}

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  return bytes;
}

/** Runs `policy-lens analyze --json -` in process on `bytes`. */
async function analyzeJsonCli(bytes: Uint8Array): Promise<{ code: number; json: AnalysisJson; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['analyze', '--json', '-'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: async () => Buffer.from(bytes),
  });
  return { code, json: code === 0 ? JSON.parse(stdout) : undefined, stderr };
}

/** What the CLI analyses for some bytes: UTF-8 with U+FFFD for what cannot be decoded and the BOM dropped. */
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const ONE_MB_LINE = '據估計，杭州算力規模達230 百億億次，增長59%；'.repeat(Math.ceil((1 << 20) / 26)).slice(0, 1 << 20);
const HEADINGS_6000 = Array.from({ length: 6000 }, (_, i) => {
  const chapter = Math.floor(i / 60) + 1;
  return i % 60 === 0 ? `第${chapter}章 總則\n` : `${(i % 60)}. 第${chapter}章第${i % 60}項\n正文據統計增長${i % 100}%。\n`;
}).join('');

const hostileTexts: [string, () => string][] = [
  ['an empty text', () => ''],
  ['the sample with CRLF line endings', () => SAMPLE.replace(/\n/g, '\r\n')],
  ['the sample with lone CR line endings', () => SAMPLE.replace(/\n/g, '\r')],
  ['the sample after a BOM', () => '\uFEFF' + SAMPLE],
  ['NUL and control characters between the words', () => SAMPLE.replace(/，/g, '\0\x01\x07\b\x1b\x7f\u0085\u2028')],
  ['astral characters and lone surrogates', () => '𠀀𠀁𝟘𝟙 據𩸽估計2024年增長5%\uD800、\uDC00 8856 億美元\uD83D《𠮷》\uDFFF（二）𠀀\n'.repeat(200)],
  ['a 1 MB single line', () => ONE_MB_LINE],
  ['a 5,000-digit number', () => `據國家統計局資料，總額達${'9'.repeat(5000)}億美元，占比${'1'.repeat(5000)}.5%。`],
  ['a 5,000-character Chinese numeral', () => `${'三'.repeat(5000)}億元`],
  ['3,000 nested brackets', () => '（【「『'.repeat(750) + '據瑞穗證券估計，增長70%~ 95%' + '』」】）'.repeat(750)],
  ['3,000 unclosed brackets', () => '（'.repeat(3000) + '據估計增長5%'],
  ['6,000 headings', () => HEADINGS_6000],
  ['6,000 Markdown headings at every depth', () => Array.from({ length: 6000 }, (_, i) => `${'#'.repeat((i % 7) + 1)} 第${i}節\n`).join('\n')],
  ['random bytes read as text', () => decoded(randomBytes(256 * 1024, 7))],
];

describe('hostile input through analyze', function () {
  this.timeout(60_000);
  for (const [what, make] of hostileTexts) {
    it(`survives ${what} with every span in bounds and equal to its slice`, () => {
      const text = make();
      const a = analyze(text);
      assert.deepEqual(analysisViolations(a, text), []);
      assert.equal(a.lineStarts[0], 0);
    });
  }

  it('finds the same figures and headings in CRLF text as in LF text, with no CR in any title', () => {
    const lf = analyze(SAMPLE);
    const crlfText = SAMPLE.replace(/\n/g, '\r\n');
    const crlf = analyze(crlfText);
    assert.deepEqual(crlf.figures.map((f) => [f.text, f.line, f.value]), lf.figures.map((f) => [f.text, f.line, f.value]));
    assert.deepEqual(crlf.outline.map((h) => [h.title, h.line, h.level]), lf.outline.map((h) => [h.title, h.line, h.level]));
    assert.ok(crlf.outline.every((h) => !h.title.includes('\r')));
  });

  it('keeps a BOM as one code unit, shifting every offset by one', () => {
    const plain = analyze(SAMPLE);
    const bom = analyze('\uFEFF' + SAMPLE);
    assert.deepEqual(bom.figures.map((f) => [f.text, f.start - 1]), plain.figures.map((f) => [f.text, f.start]));
    assert.deepEqual(bom.outline.map((h) => h.title), plain.outline.map((h) => h.title));
  });

  it('reads a 5,000-digit number as one figure whose value stays JSON (null, never Infinity)', () => {
    const digits = '9'.repeat(5000);
    const a = analyze(`總額達${digits}億美元。`);
    const f = a.figures.find((x) => x.text.startsWith(digits));
    assert.ok(f, 'the long number is one figure');
    assert.ok(f.value === null || Number.isFinite(f.value), `value ${f.value}`);
    assert.equal(JSON.parse(JSON.stringify(analysisJson(a))).figures[0].value, f.value);
  });

  it('outlines all 6,000 headings at level 1 or below', () => {
    const a = analyze(HEADINGS_6000);
    assert.equal(a.outline.length, 6000);
    assert.equal(a.outline.filter((h) => h.kind === 'chapter').length, 100);
    assert.ok(a.outline.every((h) => h.level >= 1));
  });

  it('never reads a heading number across a line break (第一\\n章, （\\n二\\n）)', () => {
    for (const text of ['第一\n章', '第一\r\n章 總則\n', '（\n二\n）加強領導\n', '(\n3\n)任務\n']) {
      const a = analyze(text);
      assert.deepEqual(analysisViolations(a, text), []);
      assert.ok(a.outline.every((h) => !/[\r\n]/.test(h.title) && !/[\r\n]/.test(text.slice(h.start, h.end))), JSON.stringify(a.outline));
    }
    assert.deepEqual(analyze('第一　章 總則\n').outline.map((h) => [h.kind, h.title]), [['chapter', '總則']]);
  });

  it('balances 3,000 nested brackets and reports each of 3,000 unclosed ones', () => {
    const nested = analyze(hostileTexts.find(([w]) => w === '3,000 nested brackets')![1]());
    assert.deepEqual(nested.problems.filter((p) => p.code === 'unbalanced-bracket'), []);
    assert.deepEqual(nested.figures.map((f) => [f.text, f.source?.publisher]), [['70%~ 95%', '瑞穗證券']]);
    const open = analyze('（'.repeat(3000) + '據估計增長5%');
    assert.equal(open.problems.filter((p) => p.code === 'unbalanced-bracket').length, 3000);
  });

  it('survives the hostile fixture files, finding the sample\'s figures through the noise', async () => {
    for (const name of ['controls-and-invalid-utf8.txt', 'mixed-line-endings.txt']) {
      const bytes = readFileSync(join(HOSTILE_DIR, name));
      const text = decoded(bytes);
      assert.deepEqual(analysisViolations(analyze(text), text), [], name);
      const run = await analyzeJsonCli(bytes);
      assert.equal(run.code, 0, name);
      assert.deepEqual(violations(run.json, text, true), [], name);
    }
    const noisy = analyze(decoded(readFileSync(join(HOSTILE_DIR, 'controls-and-invalid-utf8.txt'))));
    const usd = noisy.figures.find((f) => f.text === '8856 億美元');
    assert.match(usd?.source?.text ?? '', /美國國家科學與工程統計中心/);
    const endings = analyze(decoded(readFileSync(join(HOSTILE_DIR, 'mixed-line-endings.txt'))));
    assert.deepEqual(endings.figures.find((f) => f.text === '70%~ 95%')?.range, [70, 95]);
  });

  it('converts the mixed-line-endings fixture keeping its BOM and every LF, CRLF and CR in place', () => {
    const text = readFileSync(join(HOSTILE_DIR, 'mixed-line-endings.txt'), 'utf8');
    const converted = convertText(text, 't2s');
    const endingsOf = (s: string) => s.match(/\r\n|\r|\n/g);
    assert.ok(converted.startsWith('\uFEFF导语:\n'), JSON.stringify(converted.slice(0, 5)));
    assert.deepEqual(endingsOf(converted), endingsOf(text));
  });
});

describe('hostile input through policy-lens analyze --json', function () {
  this.timeout(60_000);
  for (const [what, make] of hostileTexts) {
    it(`exits 0 on ${what} with valid JSON whose spans are in bounds`, async () => {
      const bytes = Buffer.from(make(), 'utf8');
      const run = await analyzeJsonCli(bytes);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(violations(run.json, decoded(bytes), true), []);
    });
  }

  it('decodes invalid UTF-8 to U+FFFD and keeps offsets those of the decoded text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80]), Buffer.from('據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。')]);
    const run = await analyzeJsonCli(bytes);
    assert.equal(run.code, 0);
    const text = decoded(bytes);
    assert.ok(text.startsWith('\uFFFD'));
    assert.equal(run.json.figures[0].start, text.indexOf('70%'));
    assert.deepEqual(violations(run.json, text, true), []);
  });

  it('check and convert also survive random bytes (convert refusing them, as they are not UTF-8)', async () => {
    for (const argv of [['check', '-'], ['convert', '--to', 's2t', '-']]) {
      let stderr = '';
      let stdout = '';
      const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin: async () => randomBytes(64 * 1024, 11) });
      if (argv[0] === 'check') assert.ok(code === 0 || code === 1, `check exited ${code}: ${stderr}`);
      else assert.deepEqual({ code, stdout, stderr }, { code: 1, stdout: '', stderr: 'policy-lens: <stdin> is not UTF-8 text: nothing was converted\n' });
    }
  });
});

/** Characters policy texts are built of: numbers, units, headings, captions, citation cues, brackets. */
const POLICY_ALPHABET = [
  ...'一二三四五六七八九十百千萬億兆零〇兩、（）《》“”「」。，%％億萬年月日第章節條圖表據估計資料來源：',
  ...'0123456789０１２３４５６７８９.．-—~～/ #',
  ' ', '　', '\n', '\n', '\n', '\r\n', '\r',
];
const policyText = fc.string({ unit: fc.constantFrom(...POLICY_ALPHABET), maxLength: 300 });
/** Any UTF-16 code unit, so lone surrogates come up. */
const codeUnitText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

describe('properties of analyze over arbitrary text', function () {
  this.timeout(60_000);

  it('never throws and keeps every span in bounds on arbitrary code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        assert.deepEqual(analysisViolations(analyze(text), text), []);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and keeps every span in bounds on arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(
      fc.property(codeUnitText, (text) => {
        assert.deepEqual(analysisViolations(analyze(text), text), []);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and keeps every span in bounds on CJK-heavy policy-like text', () => {
    fc.assert(
      fc.property(policyText, (text) => {
        assert.deepEqual(analysisViolations(analyze(text), text), []);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every span in bounds when policy-like text is spliced into the sample', () => {
    fc.assert(
      fc.property(fc.nat(SAMPLE.length), policyText, (at, insert) => {
        const text = SAMPLE.slice(0, at) + insert + SAMPLE.slice(at);
        assert.deepEqual(analysisViolations(analyze(text), text), []);
      }),
      { numRuns: 40 },
    );
  });

  it('policy-lens analyze --json exits 0 with in-bounds spans on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const run = await analyzeJsonCli(bytes);
        assert.equal(run.code, 0, run.stderr);
        assert.deepEqual(violations(run.json, decoded(bytes), true), []);
      }),
      { numRuns: 300 },
    );
  });
});
