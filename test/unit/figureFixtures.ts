import * as fs from 'fs';
import * as path from 'path';
import type { Figure } from '../../src/core/types';

const fixtures = path.join(__dirname, '..', 'fixtures');
// Bundled tests run from a temporary folder: fall back to the repository layout.
const fixtureRoot = fs.existsSync(fixtures) ? fixtures : path.resolve(process.cwd(), 'test', 'fixtures');

/** A fixture text by its path under test/fixtures. */
export const readFixture = (name: string): string => fs.readFileSync(path.join(fixtureRoot, name), 'utf8');

/** A figure as `analyze --json` tells a reader about it: text, kind, value, range and unit. */
export type Reading = [string, string, number | null, [number, number] | null, string | null];

/** The readings of `figures`, in order. */
export const readingsOf = (figures: readonly Figure[]): Reading[] => figures.map((f) => [f.text, f.kind, f.value, f.range, f.unit]);
