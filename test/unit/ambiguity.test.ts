import * as assert from 'node:assert/strict';
import { convertText } from '../../src/core/convert';
import { ambiguousChoices, applyChoices } from '../../src/core/convert/ambiguity';

describe('ambiguous characters of a conversion', () => {
  it('lists the characters OpenCC chose among several (发 → 髮 in 头发, 發 in 发展)', () => {
    const original = '头发和发展\n干部的关系';
    const converted = convertText(original, 's2t');
    assert.equal(converted, '頭髮和發展\n幹部的關係');
    const choices = ambiguousChoices(original, converted, 'traditional');
    assert.deepEqual(choices.map((c) => [c.offset, c.original, c.converted]), [
      [1, '发', '髮'], [3, '发', '發'], [6, '干', '幹'], [10, '系', '係'],
    ]);
    assert.deepEqual([...choices[0].choices].sort(), ['發', '髮']);
    assert.ok(choices[3].choices.includes('繫'));
    assert.equal(choices[2].context, '幹部的關係');
  });

  it('skips lines whose length a phrase changed, and keeps the offsets of the other lines', () => {
    const original = '软件\n头发';
    const converted = convertText(original, 's2twp');
    assert.equal(converted.split('\n')[0], '軟體');
    const choices = ambiguousChoices(original, converted, 'traditional');
    assert.deepEqual(choices.map((c) => [c.offset, c.converted]), [[4, '髮']]);
  });

  it('writes the reviewer choices back into the converted text', () => {
    assert.equal(applyChoices('頭髮和發展', new Map([[1, '發']])), '頭發和發展');
    assert.equal(applyChoices('頭髮', new Map()), '頭髮');
  });

  it('reviews Traditional-to-Simplified choices too, and nothing for Japanese targets', () => {
    const choices = ambiguousChoices('乾隆', convertText('乾隆', 't2s'), 'simplified');
    assert.ok(choices.every((c) => c.choices.length > 1));
    assert.deepEqual(ambiguousChoices('發', '発', 'shinjitai'), []);
  });
});
