import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_IDS } from '../../src/commandIds';
import { GLOSSARY_MESSAGE, MESSAGE } from '../../src/core/messages';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json'].map((f) => ({
  file: f,
  strings: JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as Record<string, string>,
}));

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

  it('each translation has the placeholders of its English string', () => {
    const dir = path.join(root, 'l10n');
    const placeholders = (s: string): string => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(' ');
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
