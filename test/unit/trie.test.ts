import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Trie as OpenccTrie } from 'opencc-js/types/core';
import { DictionaryTrie } from '../../src/core/convert/trie';
import { expectedTrieEdges, openccDictionary } from '../../src/core/convert/converter';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Trie } = require('opencc-js/core') as { Trie: new () => OpenccTrie };

/** Both tries filled with the same pairs, in order. */
function bothOf(pairs: readonly (readonly [string, string])[]): [DictionaryTrie, OpenccTrie] {
  const ours = new DictionaryTrie();
  const theirs = new Trie();
  for (const [key, value] of pairs) {
    ours.addWord(key, value);
    theirs.addWord(key, value);
  }
  return [ours, theirs];
}

describe('DictionaryTrie', () => {
  it('replaces the longest key at each position, and a later entry for a key wins', () => {
    const [trie] = bothOf([['软', '軟'], ['软件', '軟體'], ['件', '件X'], ['软件', '軟件']]);
    assert.equal(trie.convert('用软件和软盘的零件'), '用軟件和軟盘的零件X');
  });

  it('gives the value of exactly a key, and none of a prefix, a longer text or the empty string', () => {
    const [trie] = bothOf([['软件', '軟體'], ['软件包', '軟體包'], ['软件', '軟件']]);
    assert.equal(trie.get('软件'), '軟件');
    assert.equal(trie.get('软件包'), '軟體包');
    for (const key of ['软', '软件包们', '', '件']) assert.equal(trie.get(key), undefined, key);
  });

  it('matches keys and values outside the BMP, and passes a lone surrogate through', () => {
    const [trie] = bothOf([['𠮷', '吉'], ['𠮷野', '吉野家'], ['家', '𠀀']]);
    assert.equal(trie.convert('𠮷野\ud842回家𠮷'), '吉野家\ud842回𠀀吉');
    assert.equal(trie.match('a𠮷野', 1), 4);
    assert.equal(trie.lastValue, '吉野家');
    assert.equal(trie.match('a𠮷野', 0), -1);
  });

  it('passes an ideographic description sequence no key starts through whole, even over a key inside it', () => {
    const [trie] = bothOf([['氵', '水'], ['青', '靑']]);
    assert.equal(trie.convert('⿰氵青 氵青 ⿰氵'), '⿰氵青 水靑 ⿰水');
  });

  it('cuts a text into keys and the stretches between them', () => {
    const [trie] = bothOf([['一个', '一個'], ['个人', '個人']]);
    assert.deepEqual(trie.segment('这是一个人的事'), ['这是', '一个', '人的事']);
  });

  it('grows past its first tables and keeps every one of 20,000 keys', () => {
    const pairs: [string, string][] = [];
    for (let k = 0; k < 20000; k++) pairs.push([String.fromCodePoint(0x4e00 + (k % 5000), 0x4e00 + Math.floor(k / 5000)), `v${k}`]);
    const [trie] = bothOf(pairs);
    for (const [key, value] of pairs) {
      assert.equal(trie.match(key, 0), key.length, key);
      assert.equal(trie.lastValue, value, key);
    }
    assert.ok(trie.size.edges > 20000 && trie.size.nodes === trie.size.edges + 1, JSON.stringify(trie.size));
  });

  it('writes its table in steps before its words when asked, and a filled trie is left as it is', () => {
    const pairs: [string, string][] = [['软件', '軟體'], ['软', '軟'], ['𠮷野', '吉野家']];
    const prepared = new DictionaryTrie(100000);
    const steps = [...prepared.prepare()].length;
    assert.ok(steps >= 4, `${steps} pauses`);
    for (const [key, value] of pairs) prepared.addWord(key, value);
    assert.equal([...prepared.prepare()].length, 0);
    assert.equal(prepared.convert('用软件和软盘去𠮷野'), '用軟體和軟盘去吉野家');
  });

  it('converts and segments as opencc-js\'s Trie on random dictionaries and texts (property)', () => {
    const unit = fc.constantFrom('甲', '乙', '丙', '丁', '𠮷', '⿰', '⿲', ' ', '\n', 'a', '\ud842');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.array(unit, { maxLength: 3 }).map((u) => u.join(''))), { maxLength: 30 }), fc.array(unit, { maxLength: 60 }), (pairs, text) => {
        const [ours, theirs] = bothOf(pairs);
        const s = text.join('');
        assert.equal(ours.convert(s), theirs.convert(s));
        assert.deepEqual(ours.segment(s), theirs.segment(s));
      }),
      { numRuns: 500 },
    );
  });

  it('converts the STPhrases dictionary\'s own keys as opencc-js\'s Trie does, within the edges expected of it', () => {
    const pairs = openccDictionary('STPhrases').split('|').map((entry) => {
      const [key, value] = entry.split(' ');
      return [key, value] as const;
    });
    const [ours, theirs] = bothOf(pairs);
    // The converters size their tables from this estimate, so that none is placed again as it grows.
    assert.ok(expectedTrieEdges(['STPhrases']) >= ours.size.edges, `${expectedTrieEdges(['STPhrases'])} < ${ours.size.edges}`);
    const text = pairs.filter((_, k) => k % 11 === 0).map(([key]) => key).join('，');
    assert.equal(ours.convert(text), theirs.convert(text));
    assert.deepEqual(ours.segment(text), theirs.segment(text));
  });
});
