// The benchmark corpus: real policy texts from test/fixtures, shuffled round after round into one large text.
//   import { buildCorpus } from './corpus.mjs';  buildCorpus(10 * 1024 * 1024) → { text, bytes, documents, ... }
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURES = join(ROOT, 'test', 'fixtures');

/** The 13 KB sample article, in the script named ('zh-Hant' or 'zh-Hans'). */
export function sampleArticle(script = 'zh-Hant') {
  return readFileSync(join(FIXTURES, `hangzhou-model.${script}.txt`), 'utf8');
}

/**
 * Every real text among the fixtures, as { path, text }: the sample article in both scripts, then each *.txt and *.md
 * in test/fixtures/<folder>/ (READMEs are descriptions, not texts; a file with the same content as one already
 * taken is left out, so the workspace copy of the sample article does not weigh twice).
 */
export function corpusDocuments() {
  const paths = [join(FIXTURES, 'hangzhou-model.zh-Hant.txt'), join(FIXTURES, 'hangzhou-model.zh-Hans.txt')];
  for (const folder of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (/^README\.md$/i.test(name) || !/\.(txt|md)$/.test(name)) continue;
      paths.push(join(dir, name));
    }
  }
  const seen = new Set();
  const documents = [];
  for (const path of paths) {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    if (seen.has(text) || !/[\u4e00-\u9fff]/.test(text)) continue;
    seen.add(text);
    documents.push({ path: relative(ROOT, path), text });
  }
  return documents;
}

/** A small deterministic generator (mulberry32), so every run benchmarks the same corpus. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * At least `bytes` bytes of UTF-8: every document once per round, each round in a new (seeded) order, documents
 * separated by a blank line, ending at the end of a whole document. Both scripts are in it, as in a collection
 * of Taiwanese and mainland texts, so the mixed-script check has real work.
 */
export function buildCorpus(bytes = 10 * 1024 * 1024, seed = 20250301) {
  const pieces = corpusDocuments().map((d) => d.text.replace(/\s+$/, '') + '\n\n');
  const random = seededRandom(seed);
  const parts = [];
  let size = 0;
  let rounds = 0;
  while (size < bytes) {
    const order = pieces.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      if (size >= bytes) break;
      parts.push(pieces[i]);
      size += Buffer.byteLength(pieces[i]);
    }
    rounds++;
  }
  const text = parts.join('');
  return { text, bytes: Buffer.byteLength(text), chars: text.length, documents: pieces.length, rounds };
}
