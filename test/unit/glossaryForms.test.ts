import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/analysis';
import { convertText } from '../../src/core/convert';
import { glossaryPhrases, glossaryPhrasesInSlices } from '../../src/core/convert/glossaryForms';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Glossary } from '../../src/core/terms/glossary';
import { turnCounter } from './turnCounter';

describe('glossary forms in conversion', () => {
  const glossary = builtinGlossary();

  it('keeps 數據要素 under s2twp, where OpenCC alone writes the Taiwan phrase 資料要素', () => {
    const text = '培育数据要素市场';
    assert.equal(convertText(text, 's2twp'), '培育資料要素市場');
    const phrases = glossaryPhrases(text, glossary, 's2twp');
    assert.deepEqual(phrases, [['数据要素', '數據要素']]);
    assert.equal(convertText(text, 's2twp', { protect: { phrases } }), '培育數據要素市場');
  });

  it('writes a term in the Simplified form its entry gives when converting to Simplified', () => {
    const g = new Glossary([{ term: '阿里雲', aliases: ['阿里云'], definition: '雲計算公司。', origin: { kind: 'builtin' } }]);
    assert.deepEqual(glossaryPhrases('杭州擁有阿里雲。', g, 't2s'), [['阿里雲', '阿里云']]);
  });

  it('leaves terms whose forms are in neither script to OpenCC, and Japanese targets alone', () => {
    const g = new Glossary([{ term: 'HBM', aliases: [], definition: '高帶寬存儲器。', origin: { kind: 'builtin' } }]);
    assert.deepEqual(glossaryPhrases('HBM 芯片', g, 's2t'), [['HBM', 'HBM']]);
    assert.deepEqual(glossaryPhrases('数据要素', glossary, 't2jp'), []);
  });

  it('gives, read in slices between turns, the pairs of each whole text (fixtures of both scripts, several slices each)', async () => {
    const fixtures = join(process.cwd(), 'test', 'fixtures');
    const hant = readFileSync(join(fixtures, 'hangzhou-model.zh-Hant.txt'), 'utf8');
    const hans = readFileSync(join(fixtures, 'hangzhou-model.zh-Hans.txt'), 'utf8');
    // Long enough for several slices; a Latin form (HBM, AMD) and a line end next to forms at slice ends.
    const texts = [hant.repeat(30), hans.repeat(30) + '\nHBM\nAMD', 'HBM 芯片\r\n数据要素'];
    for (const config of ['s2twp', 't2s', 's2t'] as const) {
      const counter = turnCounter();
      const sliced = await glossaryPhrasesInSlices(texts, glossary, config);
      counter.stop();
      const turns = counter.now();
      assert.deepEqual(sliced, texts.flatMap((t) => glossaryPhrases(t, glossary, config)), config);
      assert.ok(sliced.length > 0, config);
      assert.ok(turns >= 4, `${turns} turns for ${config}`);
    }
  });
});
