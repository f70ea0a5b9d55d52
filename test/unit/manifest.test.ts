import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI_TRANSLATIONS } from '../../src/cli/translations';
import { COMMAND_IDS } from '../../src/commandIds';
import { CONFIGS, convertText } from '../../src/core/convert';
import { GLOSSARY_MESSAGE, MESSAGE } from '../../src/core/messages';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json'].map((f) => ({
  file: f,
  strings: JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as Record<string, string>,
}));
const placeholders = (s: string): string => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(' ');

describe('package.json manifest', () => {
  it('contributes exactly the commands the extension registers', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(contributed, [...COMMAND_IDS].sort());
  });

  it('gives every command the Policy Lens category and a localized %key% title', () => {
    for (const c of manifest.contributes.commands) {
      assert.strictEqual(c.category, 'Policy Lens', c.command);
      assert.match(c.title, /^%[\w.]+%$/, c.command);
    }
  });

  it('has every %key% of package.json in English, 简体中文 and 繁體中文', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20, `found ${keys.length} keys`);
    for (const { file, strings } of nls) {
      for (const k of keys) assert.ok(typeof strings[k] === 'string' && strings[k].length > 0, `${file} lacks ${k}`);
    }
  });

  it('translates every runtime string (l10n bundles cover the English bundle)', () => {
    const dir = path.join(root, 'l10n');
    const english = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'bundle.l10n.json'), 'utf8')));
    for (const lang of ['zh-cn', 'zh-tw']) {
      const bundle = JSON.parse(fs.readFileSync(path.join(dir, `bundle.l10n.${lang}.json`), 'utf8'));
      const missing = english.filter((k) => typeof bundle[k] !== 'string');
      assert.deepStrictEqual(missing, [], `bundle.l10n.${lang}.json`);
    }
  });

  it('every problem and glossary message template of the core is in the English bundle', () => {
    const english = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.json'), 'utf8'));
    assert.deepStrictEqual([...Object.values(MESSAGE), ...Object.values(GLOSSARY_MESSAGE)].filter((t) => !(t in english)), []);
  });

  it('every OpenCC configuration\'s description (the Convert… picker) is in the English bundle', () => {
    const english = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.json'), 'utf8'));
    assert.deepStrictEqual(Object.values(CONFIGS).map((c) => c.description).filter((d) => !(d in english)), []);
  });

  it('each translation has the placeholders of its English string', () => {
    const dir = path.join(root, 'l10n');
    const english = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'bundle.l10n.json'), 'utf8')));
    for (const lang of ['zh-cn', 'zh-tw']) {
      const bundle = JSON.parse(fs.readFileSync(path.join(dir, `bundle.l10n.${lang}.json`), 'utf8'));
      const differ = english.filter((k) => typeof bundle[k] === 'string' && placeholders(bundle[k]) !== placeholders(k));
      assert.deepStrictEqual(differ, [], `bundle.l10n.${lang}.json`);
    }
  });

  it('every runtime vscode.l10n.t string in src/ is in the English bundle', () => {
    const english = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.json'), 'utf8'));
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const name of fs.readdirSync(dir)) {
        const p = path.join(dir, name);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) used.add(m[2].replace(/\\(.)/g, '$1'));
        }
      }
    };
    walk(path.join(root, 'src'));
    assert.ok(used.size > 10);
    assert.deepStrictEqual([...used].filter((s) => !(s in english)), []);
  });
});

describe('the CLI\'s own text (src/cli/translations.ts)', () => {
  const table = Object.entries(CLI_TRANSLATIONS);

  it('has a 简体中文 and a 繁體中文 translation of every template, with its placeholders', () => {
    assert.ok(table.length > 30, `found ${table.length} templates`);
    for (const [english, translation] of table) {
      for (const lang of ['zh-cn', 'zh-tw'] as const) {
        assert.ok(translation[lang].length > 0 && translation[lang] !== english, `${lang} of ${JSON.stringify(english)}`);
        assert.strictEqual(placeholders(translation[lang]), placeholders(english), `${lang} of ${JSON.stringify(english)}`);
      }
    }
  });

  it('keeps command and option names, FILE, CONFIG and README as they are typed', () => {
    const names = /(?<![\w-])--?[a-z][\w-]*|policy-lens|\b(?:analyze|convert|check)\b|\b[A-Z]{3,}\b/g;
    let checked = 0;
    for (const [english, translation] of table) {
      for (const name of english.match(names) ?? []) {
        for (const lang of ['zh-cn', 'zh-tw'] as const) assert.ok(translation[lang].includes(name), `${lang} of ${JSON.stringify(english)} lacks ${name}`);
        checked++;
      }
    }
    assert.ok(checked > 10, `checked ${checked} names`);
  });

  it('writes 简体中文 in Simplified forms only and 繁體中文 in Traditional forms only', function () {
    this.timeout(30_000); // the first conversion builds OpenCC's tables
    for (const [english, translation] of table) {
      assert.strictEqual(convertText(translation['zh-cn'], 't2s'), translation['zh-cn'], english);
      assert.strictEqual(convertText(translation['zh-tw'], 's2tw'), translation['zh-tw'], english);
    }
  });

  it('says what the extension\'s bundles say where a text is in both (the status bar\'s "mixed")', () => {
    for (const lang of ['zh-cn', 'zh-tw'] as const) {
      const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;
      const differ = table.filter(([english, translation]) => Object.hasOwn(bundle, english) && bundle[english] !== translation[lang]);
      assert.deepStrictEqual(differ, [], lang);
    }
  });
});
