import type { TargetScript } from './configs';
import { dictionaryPairs } from './converter';

const tables = new Map<'traditional' | 'simplified', Map<string, string[]>>();

/** A character table's single-character mappings, to the first candidate. */
function pairs(name: 'STCharacters' | 'TSCharacters'): Map<string, string> {
  const map = new Map<string, string>();
  for (const [source, targets] of dictionaryPairs(name)) {
    const first = targets.split(' ')[0];
    if (source.length === 1 && first.length === 1) map.set(source, first);
  }
  return map;
}

/**
 * Characters the target script writes more than one way, from OpenCC's two character tables: in
 * Traditional, 发 is 發 or 髮 and 干 is 幹 or 乾 (each folds back to it). When the conversion keeps a
 * character as it is (系), that is listed as one more choice where the choice is made.
 */
function candidates(target: 'traditional' | 'simplified'): Map<string, string[]> {
  let table = tables.get(target);
  if (!table) {
    const forward = pairs(target === 'traditional' ? 'STCharacters' : 'TSCharacters');
    const backward = pairs(target === 'traditional' ? 'TSCharacters' : 'STCharacters');
    const choices = new Map<string, Set<string>>();
    const add = (source: string, choice: string): void => {
      let set = choices.get(source);
      if (!set) choices.set(source, (set = new Set()));
      set.add(choice);
    };
    for (const [source, choice] of forward) add(source, choice);
    for (const [choice, source] of backward) if (choice !== source) add(source, choice);
    table = new Map([...choices].filter(([, set]) => set.size > 1).map(([c, set]) => [c, [...set]]));
    tables.set(target, table);
  }
  return table;
}

/** A place where the conversion chose one of several characters, for a person to confirm. */
export interface AmbiguousChoice {
  /** Offset in the converted text, where a choice is written back (`applyChoices`). */
  offset: number;
  original: string;
  converted: string;
  /** Every character the dictionary allows here, the chosen one included. */
  choices: string[];
  /** The converted line around the choice. */
  context: string;
}

/**
 * The characters of a conversion that OpenCC had to choose among several candidates for (发 → 發 or
 * 髮, 于 → 於 or 于), so that a person can review them. A line is read character by character against its
 * conversion, so only lines the conversion kept the length of are reviewed, and within them only the
 * characters that became one of their own candidates: a phrase that changes length (内存 → 記憶體) and one
 * that changes it back (方便面 → 泡麵) leave the characters between them facing others'. `convertChar`, the
 * conversion itself, also accepts a candidate's regional form (裏 → 裡 in Taiwan).
 *
 * ambiguousChoices('头发和发展', '頭髮和發展', 'traditional').map((c) => c.converted) → ['髮', '發']
 */
export function ambiguousChoices(original: string, converted: string, target: TargetScript, convertChar?: (c: string) => string): AmbiguousChoice[] {
  if (target === 'shinjitai') return [];
  const table = candidates(target);
  const out: AmbiguousChoice[] = [];
  const a = original.split('\n');
  const b = converted.split('\n');
  if (a.length !== b.length) return out;
  // Each character converted alone once per call.
  const regional = new Map<string, string>();
  const regionalForm = convertChar && ((x: string): string => regional.get(x) ?? regional.set(x, convertChar(x)).get(x)!);
  const pairsUp = (o: string, c: string, choices: readonly string[]): boolean =>
    c === o || choices.includes(c) || (regionalForm !== undefined && [o, ...choices].some((x) => regionalForm(x) === c));
  let offset = 0;
  for (let l = 0; l < a.length; l++) {
    const line = a[l];
    const into = b[l];
    if (line.length === into.length) {
      for (let i = 0; i < line.length; i++) {
        const choices = table.get(line[i]);
        if (!choices || !pairsUp(line[i], into[i], choices)) continue;
        out.push({
          offset: offset + i,
          original: line[i],
          converted: into[i],
          choices: choices.includes(into[i]) ? choices : [into[i], ...choices],
          context: into.slice(Math.max(0, i - 8), i + 9),
        });
      }
    }
    offset += into.length + 1;
  }
  return out;
}

/**
 * The converted text with some choices replaced: `replacements` maps an offset to the character to write.
 *
 * applyChoices('頭髮', new Map([[1, '發']])) === '頭發'
 */
export function applyChoices(converted: string, replacements: ReadonlyMap<number, string>): string {
  if (replacements.size === 0) return converted;
  const chars = converted.split('');
  for (const [offset, c] of replacements) if (offset < chars.length) chars[offset] = c;
  return chars.join('');
}
