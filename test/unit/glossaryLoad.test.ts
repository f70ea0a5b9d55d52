import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { formatGlossaryError, jsonSyntaxError, loadGlossaryText } from '../../src/core/terms/load';
import type { GlossaryError } from '../../src/core/terms/load';
import { GLOSSARY_MESSAGE as M } from '../../src/core/messages';

const dir = join(process.cwd(), 'test/fixtures/glossaries');
const load = (name: string) => {
  const file = join(dir, name);
  return loadGlossaryText(readFileSync(file, 'utf8'), file);
};
/** 'line:column severity message' for compact assertions. */
const brief = (e: GlossaryError) => `${e.line}:${e.column} ${e.severity} ${e.message}`;

describe('loadGlossaryText', () => {
  it('reads a YAML glossary with origins on the line of each term', () => {
    const { entries, errors } = load('workspace.yaml');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      entries.map((e) => [e.term, e.origin.line]),
      [
        ['护城河', 3],
        ['中國算谷', 11],
        ['數據', 15],
      ],
    );
    const [moat, valley] = entries;
    assert.deepEqual(moat.origin, { kind: 'file', file: join(dir, 'workspace.yaml'), line: 3 });
    assert.deepEqual(moat.source, {
      title: '杭州模式:DeepSeek與中國算谷',
      publisher: '中信出版集團',
      date: '2025-04',
      authors: ['劉典', '胡宇東'],
    });
    assert.equal(moat.category, '概念');
    assert.deepEqual(valley.aliases, ['算谷']);
    assert.deepEqual(valley.see, ['算力', '杭州模式']);
  });

  it('reads a JSON glossary with its http(s) source url', () => {
    const { entries, errors } = load('later.json');
    assert.deepEqual(errors, []);
    assert.equal(entries.length, 1);
    assert.equal(entries[0].origin.line, 4);
    assert.deepEqual(entries[0].aliases, []);
    assert.equal(entries[0].source?.url, 'https://example.org/glossary');
  });

  it('reports wrong types and missing fields at the offending node and keeps the valid entries', () => {
    const { entries, errors } = load('bad-types.yaml');
    assert.deepEqual(
      entries.map((e) => e.term),
      ['算力', '價值共識', '算力'],
    );
    assert.deepEqual(errors.map(brief), [
      '5:14 error terms[1].aliases must be a list of strings',
      '7:5 error terms[2].term is required',
      '9:17 error terms[3].definition must be a string',
      '14:12 error terms[4].source.url must be an http(s) URL (url ignored)',
      '15:5 warning duplicate term "算力" (also on line 2); the later entry wins',
      '17:5 warning terms[5]: unknown property "colour" (ignored)',
    ]);
    assert.equal(entries[1].source?.url, undefined);
    assert.equal(entries[1].source?.title, '某報告');
  });

  it('formats an error as file:line:column: message', () => {
    const file = join(dir, 'bad-types.yaml');
    const { errors } = load('bad-types.yaml');
    assert.equal(formatGlossaryError(errors[2]), `${file}:9:17: terms[3].definition must be a string`);
  });

  it('reports a YAML syntax error with its position and still reads the entries before it', () => {
    const { entries, errors } = load('bad-syntax.yaml');
    assert.ok(errors.length > 0);
    assert.ok(errors.every((e) => e.file === join(dir, 'bad-syntax.yaml')));
    // The list opened on line 5 is not closed: said at its bracket, where the parser gave up on line 6.
    assert.deepEqual(errors.map(brief).slice(0, 2), [
      '5:17 error a list or mapping opened with [ is not closed with ] (or its next lines are not indented under its key)',
      '5:17 error terms[1].definition must be a string',
    ]);
    assert.deepEqual(
      entries.map((e) => e.term),
      ['算力'],
    );
  });

  it('points at a trailing comma in JSON and still reads the entries', () => {
    const { entries, errors } = load('bad-syntax.json');
    assert.deepEqual(errors.map(brief), ['4:44 error invalid JSON: trailing comma']);
    assert.deepEqual(
      entries.map((e) => e.term),
      ['算力', '算法'],
    );
  });

  it('reports JSON type errors at the value', () => {
    const { entries, errors } = load('bad-types.json');
    assert.deepEqual(errors.map(brief), [
      '4:15 error terms[1].term must be a non-empty string',
      '5:51 error terms[2].see must be a list of strings',
    ]);
    assert.deepEqual(
      entries.map((e) => e.term),
      ['算力'],
    );
  });

  it('refuses a top level that is not a mapping', () => {
    const { entries, errors } = load('not-a-glossary.yaml');
    assert.deepEqual(entries, []);
    assert.deepEqual(errors.map(brief), ['1:1 error the top level must be a mapping with a "terms" list']);
  });

  it('refuses a file that is only null or an empty string, but warns only about an empty file', () => {
    for (const [text, file] of [['null', 'g.json'], ['null\n', 'g.yaml'], ['~', 'g.yaml'], ['""', 'g.json']]) {
      const { entries, errors } = loadGlossaryText(text, file);
      assert.deepEqual(entries, []);
      assert.deepEqual(errors.map(brief), ['1:1 error the top level must be a mapping with a "terms" list'], `${file}: ${text}`);
    }
    assert.deepEqual(loadGlossaryText('# 詞彙表，待補\n', 'g.yaml').errors.map(brief), ['1:1 warning the file has no "terms" list']);
  });

  it('names a key given twice, at the second, in JSON and YAML, and reads the first', () => {
    const json = loadGlossaryText('{"terms": [\n  {"term": "算力", "definition": "x", "term": "算法"}\n]}', 'g.json');
    assert.deepEqual(json.errors.map(brief), ['2:37 error key "term" is given twice in this mapping; the first is read']);
    assert.deepEqual(json.entries.map((e) => e.term), ['算力']);
    const yaml = loadGlossaryText('terms:\n  - term: 算力\n    definition: x\nterms:\n  - term: 算法\n    definition: y\n', 'g.yaml');
    assert.deepEqual(yaml.errors.map(brief), ['4:1 error key "terms" is given twice in this mapping; the first is read']);
    assert.deepEqual(yaml.entries.map((e) => e.term), ['算力']);
    // In the user's language: the template is the key of its translation.
    assert.equal(json.errors[0].template, 'key "{0}" is given twice in this mapping; the first is read');
    assert.deepEqual(json.errors[0].args, ['term']);
  });

  it('names a key given twice after an empty value, at the second key, and reads the first', () => {
    const { entries, errors } = loadGlossaryText('terms:\n  - term: 甲\n    category:\n    category: 經濟\n    definition: d\n', 'g.yaml');
    assert.deepEqual(errors.map(brief), ['3:14 error terms[0].category must be a string', '4:5 error key "category" is given twice in this mapping; the first is read']);
    assert.deepEqual(entries, []);
  });

  it('lists the errors in the order of the file when the top level stops the reading', () => {
    const { errors } = loadGlossaryText('terms:\nterms:\n  - term: 乙\n    definition: x\n', 'g.yaml');
    assert.deepEqual(errors.map(brief), ['1:7 error "terms" must be a list', '2:1 error key "terms" is given twice in this mapping; the first is read']);
  });

  it('says to indent with spaces where a tab indents YAML', () => {
    const { errors } = loadGlossaryText('terms:\n\t- term: 算力\n', 'g.yaml');
    assert.deepEqual(errors.map(brief).filter((e) => /tab/.test(e)), ['2:1 error YAML does not allow tabs as indentation: indent with spaces']);
  });

  it('says in words of its own, at the mistake, the YAML mistakes people make writing a glossary by hand', () => {
    const cases: [string, string][] = [
      // An unclosed quote: at the quote that opens it, not where the file ends.
      ['terms:\n  - term: 算力\n    definition: "計算能力\n', '3:17 error a string opened with " is not closed: add the closing "'],
      ["terms:\n  - term: 算力\n    definition: '計算能力\n", "3:17 error a string opened with ' is not closed: add the closing '"],
      // An unclosed bracket: at the bracket, not on the line where the parser gives up.
      ['terms:\n  - term: 算力\n    aliases: [算力規模, 計算力\n    definition: x\n', '3:14 error a list or mapping opened with [ is not closed with ] (or its next lines are not indented under its key)'],
      ['terms:\n  - {term: 算力, definition: x\n', '2:5 error a list or mapping opened with { is not closed with } (or its next lines are not indented under its key)'],
      // A key indented off its entry's column, and a colon inside a plain value.
      ['terms:\n  - term: a\n    definition: b\n   category: c\n', '4:1 error expected a list item ("- ") here: the keys of one entry start in the same column'],
      ['terms:\n  - term: 算力: 計算\n    definition: x\n', '2:11 error a value cannot hold "key: value" on its key\'s line: put the value in quotes, or check this line\'s indentation'],
      ['terms:\n  - term: 算力\n    definition\n      計算能力\n', '3:5 error a key must be on one line, ending with ":"'],
      ['terms:\n  term: a\n  - term: b\n', '3:1 error this line does not fit the lines above it: check its indentation and its "- "'],
      ['terms:\n  - term: a\n    definition: b\n---\nterms: []\n', '4:1 error the file holds more than one YAML document (a "---" or "..." line): a glossary file is one document'],
      ['terms:\n  - term: 算力\n    definition: x\n  ]\n', '4:3 error unexpected text here: check the quotes, brackets and indentation of this line'],
      ['terms:\n  - term: 算力\n    definition: "a\\qb"\n', '3:19 error invalid escape \\q in a "…" string: write \\\\ for a backslash, or use \'…\' quotes'],
      ['terms:\n  - term: @a\n    definition: b\n', '2:11 error a value cannot start with @: put it in quotes'],
      // Two empty keys: no name to give.
      [': a\n: b\nterms: []\n', '2:1 error key "" is given twice in this mapping; the first is read'],
    ];
    for (const [text, expected] of cases) {
      const errors = loadGlossaryText(text, 'g.yaml').errors.map(brief);
      assert.ok(errors.includes(expected), `${JSON.stringify(text)}: ${JSON.stringify(errors)}`);
      // The parser's English words, never: every message is a template of ours, in the user's language.
      assert.deepEqual(errors.filter((e) => e.includes('YAML: ')), [], JSON.stringify(text));
    }
    // One error per place from the parser: a key indented too far is not also reported as a key on two lines.
    const indented = loadGlossaryText('terms:\n  - term: 算力\n     definition: 計算能力\n', 'g.yaml').errors.map(brief);
    assert.equal(indented.filter((e) => /key must be on one line|cannot hold/.test(e)).length, 1, JSON.stringify(indented));
  });

  it('says every mistake of a line, and the mistakes after an unclosed quote or bracket too', () => {
    const both = loadGlossaryText('terms:\n  - term: 算力\n    definition: "路径 C:\\data\\new\n  - term: 算法\n    definition: y\n', 'g.yaml');
    assert.deepEqual(both.errors.map(brief), [
      '3:17 error a string opened with " is not closed: add the closing "',
      '3:23 error invalid escape \\d in a "…" string: write \\\\ for a backslash, or use \'…\' quotes',
    ]);
    const flow = loadGlossaryText('terms:\n  - {term: 算力, definition: "a\\qb", category: @x}\n', 'g.yaml');
    assert.deepEqual(flow.errors.map((e) => `${e.line}:${e.column}`), ['2:30', '2:46']);
    // A warning on the line of an error is still said.
    const tag = loadGlossaryText('terms:\n  - term: 算力\n    definition: !custom @x\n', 'g.yaml');
    assert.deepEqual(tag.errors.map((e) => `${e.line}:${e.column} ${e.severity}`), ['3:17 warning', '3:25 error']);
    // YAML ends an unclosed string at the next line no further in: the entries after it are read, and their own
    // mistakes are said, each where it is.
    const later = loadGlossaryText('terms:\n  - term: "算力\n    definition: x\n  - term: y\n    definition: "bad \\q escape"\n  - term: z\n    definition: @x\n', 'g.yaml');
    assert.deepEqual(later.errors.filter((e) => e.severity === 'error').map((e) => `${e.line}:${e.column} ${e.template}`), [
      `2:11 ${M.yamlUnclosedQuote}`,
      `5:22 ${M.yamlBadEscape}`,
      `7:17 ${M.yamlReservedStart}`,
    ]);
    // A } does not close a [: each unclosed bracket is said at itself.
    const mismatched = loadGlossaryText('terms:\n  - {term: 算力, aliases: [a, b}\n  - term: b\n    definition: c\n', 'g.yaml');
    assert.deepEqual(mismatched.errors.filter((e) => e.template === M.yamlFlowNotClosed).map((e) => `${e.line}:${e.column} ${e.args[0]}`), ['2:5 {', '2:25 [']);
  });

  it('points an unclosed string at its opening quote past the quotes escaped inside it', () => {
    // Not the last quote of the file: the string is cut at the next line no further in, and the quotes after it are
    // strings of their own.
    const middle = loadGlossaryText('terms:\n  - term: 算力\n    definition: "計算能力\n  - term: 算法\n    definition: "a"\n', 'g.yaml');
    assert.deepEqual(middle.errors.map(brief), ['3:17 error a string opened with " is not closed: add the closing "']);
    const double = loadGlossaryText('terms:\n  - term: 算力\n    definition: "他说\\"好\\"的\n', 'g.yaml');
    assert.deepEqual(double.errors.map(brief), ['3:17 error a string opened with " is not closed: add the closing "']);
    const single = loadGlossaryText("terms:\n  - term: 算力\n    definition: 'China''s plan\n", 'g.yaml');
    assert.deepEqual(single.errors.map(brief), ["3:17 error a string opened with ' is not closed: add the closing '"]);
    // A block scalar's text is skipped, not the keys beside it.
    const sibling = loadGlossaryText('terms:\n  - definition: |\n      text\n    term: "算力\n  - term: b\n    definition: c\n', 'g.yaml');
    assert.deepEqual(sibling.errors.map(brief), ['4:11 error a string opened with " is not closed: add the closing "']);
  });

  it('says where brackets nest thousands deep, without running the parsers out of stack', () => {
    const json = loadGlossaryText('{"terms": ' + '['.repeat(200_000), 'g.json');
    assert.deepEqual(json.errors.map(brief), ['1:266 error brackets nest more than 256 levels deep here: a glossary needs four at most']);
    // Brackets in strings and comments do not count; YAML took 2.9 s over these before it gave up.
    const quoted = '"' + '['.repeat(300) + '"';
    const yaml = loadGlossaryText(`# ${'{'.repeat(300)}\nterms:\n  - term: 算力\n    definition: ${quoted}\n    aliases: ${'['.repeat(300)}`, 'g.yaml');
    assert.deepEqual(yaml.errors.map(brief), ['5:270 error brackets nest more than 256 levels deep here: a glossary needs four at most']);
    assert.deepEqual(yaml.entries, []);
    const fine = loadGlossaryText(`terms:\n  - term: 算力\n    definition: ${quoted}\n`, 'g.yaml');
    assert.deepEqual(fine.errors, []);
    assert.equal(fine.entries[0].definition, '['.repeat(300));
  });

  it('reads 300 entries whose plain text holds apostrophes, inch marks, half-open intervals and block scalars', () => {
    const glossary = (entry: (i: number) => string): string => 'terms:\n' + Array.from({ length: 300 }, (_, i) => entry(i)).join('');
    for (const text of [
      glossary((i) => `  - term: 术语${i}\n    aliases: [People's Congress ${i}, 人大${i}]\n    definition: China's legislature, No. ${i}.\n`),
      glossary((i) => `  - term: 屏${i}\n    aliases: [${i}" screen]\n    definition: a 5" long thing\n`),
      glossary((i) => `  - term: 税${i}\n    definition: 应纳税所得额在[0, 36000)元的部分 # 區間 [0, 36000)\n`),
      glossary((i) => `  - term: 块${i}\n    definition: |\n      "引号开头的一行\n      [未闭合的括号\n    category: 例\n`),
      // A plain value wrapped onto a line that starts with its interval; an anchor or a tag before a quoted value.
      glossary((i) => `  - term: 税${i}\n    definition: 综合所得适用税率表第一级为\n      [0, 36000) 元，税率 3%。\n`),
      glossary((i) => `  - term: 注${i}\n    definition: &d${i} "注: [见附件"\n`),
      glossary((i) => `  - term: 注${i}\n    definition: !!str "注: [见附件"\n`),
    ]) {
      const { entries, errors } = loadGlossaryText(text, 'g.yaml');
      assert.deepEqual(errors, [], text.slice(0, 120));
      assert.equal(entries.length, 300);
    }
    // One flow for the whole file, a tag or an anchor right before a closing bracket: the name ends there.
    const flow = loadGlossaryText(
      'terms: [\n' + Array.from({ length: 300 }, (_, i) => `  {term: 词${i}, definition: 说明, aliases: [], category: !!str 经济, note: !!null},\n`).join('') + ']\n',
      'g.yaml',
    );
    assert.deepEqual(flow.errors.filter((e) => e.severity === 'error').map(brief), []);
    assert.equal(flow.entries.length, 300);
    // A verbatim tag holds a comma: its name ends at its >.
    const verbatim = loadGlossaryText(
      'terms: [\n' + Array.from({ length: 300 }, (_, i) => `  {term: 词${i}, definition: !<tag:yaml.org,2002:str> "说明, [见附件", aliases: []},\n`).join('') + ']\n',
      'g.yaml',
    );
    assert.deepEqual(verbatim.errors.map(brief), []);
    assert.equal(verbatim.entries.length, 300);
    // Without its >, it ends as a tag does: the brackets after it still close (no "not closed" at the first [).
    const unended = loadGlossaryText('terms: [{term: 甲, definition: !<abc}, {term: 乙, definition: x}]\n', 'g.yaml');
    assert.deepEqual(unended.errors.filter((e) => e.template === M.yamlFlowNotClosed && e.column < 31).map(brief), []);
    // A block scalar after a quoted key: its text is skipped, brackets and quotes and all.
    const block = loadGlossaryText('terms:\n  - "term": 很长的术语名称甲乙丙\n    "definition": |\n      ' + '[a, "b '.repeat(300) + '\n    category: x\n', 'g.yaml');
    assert.deepEqual(block.errors, []);
    assert.equal(block.entries.length, 1);
  });

  it('reads nothing from JSON it cannot recover, with one error at the mistake', () => {
    const { entries, errors } = loadGlossaryText('{\n  "terms": [\n    { "term": "算力" "definition": "x" }\n  ]\n}', 'g.json');
    assert.deepEqual(entries, []);
    assert.deepEqual(errors.map(brief), [`3:20 error invalid JSON: expected ',' or '}', found '"'`]);
  });

  it('warns about an empty file and accepts a byte-order mark and a $schema key', () => {
    assert.deepEqual(loadGlossaryText('', 'g.yaml').errors.map(brief), ['1:1 warning the file has no "terms" list']);
    const withBom = loadGlossaryText('\ufeff{"$schema": "./glossary.schema.json", "terms": [{"term": "算力", "definition": "x"}]}', 'g.json');
    assert.deepEqual(withBom.errors, []);
    assert.equal(withBom.entries.length, 1);
  });

  it('refuses a term or alias written over two lines (a YAML | block), at its line, and keeps the other entries', () => {
    const yaml = [
      'terms:',
      '  - term: |-', // line 2
      '      數字',
      '      經濟',
      '    definition: 以數據資源為關鍵要素的經濟形態',
      '  - term: 算力',
      '    aliases:',
      '      - "計算\\n能力"', // line 8
      '    definition: 計算能力',
      '  - term: 新質生產力',
      '    definition: 創新起主導作用的先進生產力',
    ].join('\n');
    const { entries, errors } = loadGlossaryText(yaml, 'g.yaml');
    assert.deepEqual(errors.map(brief), [
      '2:11 error terms[0].term must be on one line (a term is found within a line)',
      '8:9 error terms[1].aliases[0] must be on one line (a term is found within a line)',
    ]);
    assert.deepEqual(entries.map((e) => e.term), ['新質生產力']);
    const json = loadGlossaryText('{"terms": [{"term": "數字\\r\\n經濟", "definition": "x"}, {"term": "算力", "definition": "y"}]}', 'g.json');
    assert.deepEqual(json.errors.map((e) => e.message), ['terms[0].term must be on one line (a term is found within a line)']);
    assert.deepEqual(json.entries.map((e) => e.term), ['算力']);
  });

  it('refuses urls that are not http(s)', () => {
    for (const url of ['file:///etc/passwd', 'command:workbench.action.quit', 'http:/x', ' https://x.org']) {
      const text = `terms:\n  - term: 算力\n    definition: x\n    source: { title: t, url: "${url}" }\n`;
      const { entries, errors } = loadGlossaryText(text, 'g.yaml');
      assert.equal(entries[0].source?.url, undefined, url);
      assert.equal(errors.length, 1, url);
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('g.json', 'g.yaml'), (text, file) => {
        const { entries, errors } = loadGlossaryText(text, file);
        for (const e of errors) assert.ok(e.line >= 1 && e.column >= 1);
        for (const e of entries) assert.equal(typeof e.definition, 'string');
      }),
      { numRuns: 300 },
    );
    assert.equal(loadGlossaryText('['.repeat(200000), 'deep.json').entries.length, 0);
  });
});

describe('jsonSyntaxError', () => {
  it('agrees with JSON.parse on what is JSON', () => {
    const nearJson = fc.oneof(
      fc.json(),
      fc.json().map((j) => j.replace(/]$|}$/, ',$&')),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', ' ', 't', 'n') }),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        assert.equal(jsonSyntaxError(text) === undefined, parses, text);
      }),
      { numRuns: 1000 },
    );
  });
});
