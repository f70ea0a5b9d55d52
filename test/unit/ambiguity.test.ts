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

  it('gives offsets in the converted text, after a line a phrase made longer (内存 → 記憶體)', () => {
    const original = '内存\n头发';
    const converted = convertText(original, 's2twp');
    assert.equal(converted, '記憶體\n頭髮');
    const [choice] = ambiguousChoices(original, converted, 'traditional');
    assert.deepEqual([choice.offset, choice.original, choice.converted], [5, '发', '髮']);
    assert.equal(applyChoices(converted, new Map([[choice.offset, '發']])), '記憶體\n頭發');
  });

  it('reviews only the characters that face their own conversion in a line two phrases shifted and restored', () => {
    // 内存 → 記憶體 and 方便面 → 泡麵 keep the line's length, but 头发 between them faces 體頭.
    const original = '内存头发方便面';
    const converted = convertText(original, 's2twp');
    assert.equal(converted, '記憶體頭髮泡麵');
    const choices = ambiguousChoices(original, converted, 'traditional');
    assert.deepEqual(choices.map((c) => [c.offset, c.original, c.converted]), [[6, '面', '麵']]);
    for (const c of choices) assert.equal(converted[c.offset], c.converted);
  });

  it('takes a candidate\'s regional form from the conversion itself (台球 → 枱球 in Hong Kong)', () => {
    const converted = convertText('台球', 's2hk');
    assert.equal(converted, '枱球');
    assert.deepEqual(ambiguousChoices('台球', converted, 'traditional'), []);
    const [choice] = ambiguousChoices('台球', converted, 'traditional', (c) => convertText(c, 's2hk'));
    assert.deepEqual([choice.offset, choice.original, choice.converted], [0, '台', '枱']);
    assert.ok(choice.choices.includes('臺') && choice.choices.includes('檯'), choice.choices.join(''));
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
