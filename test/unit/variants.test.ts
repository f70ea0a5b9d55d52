import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { foldChar, foldTable, foldVariants } from '../../src/core/text/variants';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8');

/** Any UTF-16 text, lone surrogates included, weighted towards CJK and full-width forms. */
const anyUtf16 = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0xff01, max: 0xff5e }),
    ),
    { maxLength: 60 },
  )
  .map((units) => String.fromCharCode(...units));

describe('foldVariants', () => {
  const sameForm: [string, string][] = [
    ['護城河', '护城河'],
    ['數據要素', '数据要素'],
    ['關係', '關系'],
    ['關系', '关系'],
    ['裡', '裏'],
    ['裏', '里'],
    ['臺灣', '台湾'],
    ['著力', '着力'],
    ['衞生', '衛生'], // Hong Kong 衞 and OpenCC's standard 衛
    ['衛生', '卫生'],
    ['税收', '稅收'], // Hong Kong 税
    ['公眾參與', '公衆參與'], // Taiwan 眾 and OpenCC's standard 衆
    ['公衆參與', '公众参与'],
    ['阿里雲', '阿里云'],
    ['ＥＦＬＯＰＳ', 'eflops'],
    ['DeepSeek', 'deepseek'],
  ];
  for (const [a, b] of sameForm) {
    it(`folds ${a} and ${b} to the same text`, () => {
      assert.equal(foldVariants(a), foldVariants(b));
    });
  }

  it('keeps words that OpenCC keeps apart different', () => {
    assert.notEqual(foldVariants('數據'), foldVariants('數字'));
    assert.notEqual(foldVariants('算力'), foldVariants('算法'));
  });

  it('folds the Traditional and the Simplified sample article to the same text', () => {
    const hant = fixture('hangzhou-model.zh-Hant.txt');
    const hans = fixture('hangzhou-model.zh-Hans.txt');
    assert.equal(hant.length, hans.length);
    assert.notEqual(hant, hans);
    assert.equal(foldVariants(hant), foldVariants(hans));
  });

  it('folds full-width ASCII to half-width and Latin letters to lower case', () => {
    assert.equal(foldVariants('ＨＢＭ（３Ｅ）'), 'hbm(3e)');
    assert.equal(foldVariants('AI芯片'), foldVariants('ai芯片'));
  });

  it('leaves surrogate pairs, lone surrogates and unmapped characters as they are', () => {
    assert.equal(foldVariants('𠀀'), '𠀀');
    assert.equal(foldVariants('a\ud800b\udc00'), 'a\ud800b\udc00');
    assert.equal(foldVariants('——《》、。'), '——《》、。');
  });

  it('folds one unit with foldChar as foldVariants does', () => {
    assert.equal(foldChar('臺'), foldVariants('臺'));
    assert.equal(foldChar('Ｈ'), 'h');
    assert.equal(foldChar('ab'), 'ab');
    assert.equal(foldTable()['臺'.charCodeAt(0)], '台'.charCodeAt(0));
  });

  it('folds texts longer than one internal chunk completely', () => {
    const long = '護'.repeat(10000);
    assert.equal(foldVariants(long), '护'.repeat(10000));
  });

  it('keeps the length of any text and is idempotent', () => {
    fc.assert(
      fc.property(anyUtf16, (text) => {
        const folded = foldVariants(text);
        assert.equal(folded.length, text.length);
        assert.equal(foldVariants(folded), folded);
      }),
      { numRuns: 500 },
    );
  });
});
