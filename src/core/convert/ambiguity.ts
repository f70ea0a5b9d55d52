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
  /** Offset in both the original and the converted text (only length-preserving lines are reviewed). */
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
 * 髮, 于 → 於 or 于), so that a person can review them. Lines whose length the conversion changed
 * (phrase substitutions such as 软件 → 軟體) are not reviewed: their offsets no longer line up.
 *
 * ambiguousChoices('头发和发展', '頭髮和發展', 'traditional').map((c) => c.converted) → ['髮', '發']
 */
export function ambiguousChoices(original: string, converted: string, target: TargetScript): AmbiguousChoice[] {
  if (target === 'shinjitai') return [];
  const table = candidates(target);
  const out: AmbiguousChoice[] = [];
  const a = original.split('\n');
  const b = converted.split('\n');
  if (a.length !== b.length) return out;
  let offset = 0;
  for (let l = 0; l < a.length; l++) {
    const line = a[l];
    if (line.length === b[l].length) {
      for (let i = 0; i < line.length; i++) {
        const choices = table.get(line[i]);
        if (!choices) continue;
        out.push({
          offset: offset + i,
          original: line[i],
          converted: b[l][i],
          choices: choices.includes(b[l][i]) ? choices : [b[l][i], ...choices],
          context: b[l].slice(Math.max(0, i - 8), i + 9),
        });
      }
    }
    offset += line.length + 1;
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
