import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { findFigures } from '../../src/core/figures/recognise';
import type { Figure } from '../../src/core/types';

const fixtures = path.join(__dirname, '..', 'fixtures');
// Bundled tests run from a temporary folder: fall back to the repository layout.
const fixtureRoot = fs.existsSync(fixtures) ? fixtures : path.resolve(process.cwd(), 'test', 'fixtures');
const read = (name: string): string => fs.readFileSync(path.join(fixtureRoot, name), 'utf8');

/** Text, kind, value, range and unit of each figure: what `analyze --json` tells a reader about it. */
const readings = (figures: Figure[]): [string, string, number | null, [number, number] | null, string | null][] =>
  figures.map((f) => [f.text, f.kind, f.value, f.range, f.unit]);

describe('figure units', () => {
  describe('percentage points written pct', () => {
    it('reads the six pct of the Shengang power report as percentage points, with or without a space', () => {
      const points = findFigures(read('sources/shengang-power-2019.zh-Hans.txt')).filter((f) => f.unit === 'percentage point');
      assert.deepEqual(readings(points), [
        ['3.3pct', 'percent', 3.3, null, 'percentage point'],
        ['4.1 pct', 'percent', 4.1, null, 'percentage point'],
        ['0.7pct', 'percent', 0.7, null, 'percentage point'],
        ['0.4pct', 'percent', 0.4, null, 'percentage point'],
        ['9.6 pct', 'percent', 9.6, null, 'percentage point'],
        ['6.3pct', 'percent', 6.3, null, 'percentage point'],
      ]);
    });

    it('reads 2-3pct and 提升2pcts as percentage points, not pct that begins a longer Latin word (pctile)', () => {
      assert.deepEqual(readings(findFigures('毛利率回落2-3pct，净利率提升2pcts。')), [
        ['2-3pct', 'percent', null, [2, 3], 'percentage point'],
        ['2pcts', 'percent', 2, null, 'percentage point'],
      ]);
      assert.deepEqual(readings(findFigures('位于90 pctile，样本为10pctl。')), []);
    });
  });
});
