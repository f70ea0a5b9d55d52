import type { GlossaryEntry } from '../types';
import { lineOf, lineStarts } from '../text/lines';
import { foldVariants } from '../text/variants';
import type { Glossary } from './glossary';

/** Category of a term the document defines itself: （以下簡稱「X」）, 本辦法所稱X，是指…. */
export const DEFINED_IN_TEXT = '文中定義';
/** Category of an abbreviation the document glosses: AMD(超威半導體公司), 公共政策研究院(IPP). */
export const ABBREVIATED_IN_TEXT = '文中縮寫';

// （以下簡稱「數據局」） （以下简称“X”） (以下簡稱"X") （簡稱《辦法》） （以下稱X） (下称“草案”)
const shortName =
  /[（(]\s*(?:(?:以下|下文|下)?(?:簡稱|简称|統稱|统称)|(?:以下|下文|下)(?:稱|称))(?:為|为)?\s*(?:[「“"『《‘]([^」”"』》’\n]{1,30})[」”"』》’]|([^）)\s，,。；;「」“”"《》]{1,20}))\s*[）)]/gu;
// 本意見所稱公共數據，是指… 本办法所称数据是指…
const statedMeaning =
  /本(?:意見|意见|辦法|办法|條例|条例|規定|规定|細則|细则|決定|决定|通知|方案|規劃|规划|規則|规则|指引|指南|準則|准则|標準|标准|綱要|纲要|文件|法|章|節|节|條|条|款)中?所(?:稱|称)的?\s*[「“"]?([^，,。；;：:、\n「」“”"]{1,30}?)[」”"]?\s*[，,]?\s*(?:是指|係指|系指|指)/gu;
// AMD(超威半導體公司) HBM（高帶寬存儲器）: a Latin abbreviation glossed in brackets.
const glossedAbbreviation = /(?<![A-Za-z0-9])([A-Z][A-Z0-9&\-]{0,8}[A-Z0-9])\s*[（(]\s*([^（）()\n]{2,40}?)\s*[）)]/gu;
// 公共政策研究院(IPP) High Bandwidth Memory (HBM): a name followed by its abbreviation.
const namedAbbreviation = /(\S)\s*[（(]\s*([A-Z][A-Z0-9&\-]{0,8}[A-Z0-9])\s*[）)]/gu;

const han = /\p{Script=Han}/u;
// Brackets that refer or annotate rather than gloss: (見圖1-1) (注：…) (以下簡稱…).
const notAGloss = /^(?:見|见|參見|参见|如|下同|注|註|即|含|包括|以下|簡稱|简称|單位|单位|\d)/u;

/**
 * Terms the text defines for itself, as glossary entries (origin 'document', line of the
 * definition, the defining sentence as definition): （以下簡稱「X」） and 本辦法所稱X，是指… get
 * category {@link DEFINED_IN_TEXT}; Latin abbreviations glossed in brackets — AMD(超威半導體公司),
 * 研究院(IPP), High Bandwidth Memory (HBM) — get {@link ABBREVIATED_IN_TEXT}, with the gloss as an alias
 * when its extent is certain. The first definition of a term wins.
 *
 * definedTerms('國家數據局（以下簡稱「數據局」）負責…')[0] → { term: '數據局', category: '文中定義', … }
 */
export function definedTerms(text: string): GlossaryEntry[] {
  const starts = lineStarts(text);
  const found: { at: number; entry: GlossaryEntry }[] = [];
  const add = (at: number, term: string, aliases: string[], category: string) => {
    const trimmed = term.trim();
    if (trimmed.length === 0) return;
    found.push({
      at,
      entry: {
        term: trimmed,
        aliases,
        definition: sentenceAround(text, at),
        category,
        origin: { kind: 'document', line: lineOf(starts, at) + 1 },
      },
    });
  };

  for (const m of text.matchAll(shortName)) {
    const term = m[1] ?? m[2];
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // A 《title》 right before the bracket is the full name the short one stands for.
    const title = /《([^《》\n]{1,38})》\s*$/u.exec(before);
    add(m.index + m[0].indexOf(term), term, title && title[1] !== term ? [title[1]] : [], DEFINED_IN_TEXT);
  }
  for (const m of text.matchAll(statedMeaning)) add(m.index + m[0].indexOf(m[1], 3), m[1], [], DEFINED_IN_TEXT);
  for (const m of text.matchAll(glossedAbbreviation)) {
    const gloss = m[2].trim();
    if (!han.test(gloss) || notAGloss.test(gloss)) continue;
    add(m.index, m[1], [gloss], ABBREVIATED_IN_TEXT);
  }
  for (const m of text.matchAll(namedAbbreviation)) {
    const abbreviation = m[2];
    const at = m.index + m[0].lastIndexOf(abbreviation);
    if (han.test(m[1]) || /[》」”]/u.test(m[1])) add(at, abbreviation, [], ABBREVIATED_IN_TEXT);
    else if (/[A-Za-z]/.test(m[1])) {
      const name = spelledOut(text.slice(Math.max(0, m.index - 120), m.index + 1), abbreviation);
      if (name) add(at, abbreviation, [name], ABBREVIATED_IN_TEXT);
    }
  }

  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: GlossaryEntry[] = [];
  for (const { entry } of found) {
    const key = foldVariants(entry.term);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

/**
 * The glossary for one document: terms it defines explicitly override the glossary's,
 * abbreviations it merely glosses are added only where the glossary has no such term.
 *
 * withDefinedTerms(glossary, definedTerms(text)) === glossary when the text defines nothing new
 */
export function withDefinedTerms(glossary: Glossary, defined: readonly GlossaryEntry[]): Glossary {
  return glossary
    .extend(defined.filter((e) => e.category === DEFINED_IN_TEXT))
    .extend(
      defined.filter((e) => e.category !== DEFINED_IN_TEXT),
      { keepExisting: true },
    );
}

/** The words before `(ABBR)` whose initials spell it: 'High Bandwidth Memory' for HBM. */
function spelledOut(before: string, abbreviation: string): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  const letters = abbreviation.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || words.length < letters.length) return undefined;
  const candidate = words.slice(words.length - letters.length);
  const initials = candidate.map((w) => w.charAt(0).toUpperCase()).join('');
  return initials === letters && /^[A-Za-z]/.test(candidate[0]) ? candidate.join(' ') : undefined;
}

/** The sentence around an offset, up to 。！？； or a line break, trimmed. */
function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[。！？!?\n]/u.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !/[。！？!?；;\n]/u.test(text[end])) end++;
  if (end < text.length && text[end] !== '\n') end++;
  const sentence = text.slice(start, end).trim();
  return sentence.length > 300 ? sentence.slice(0, 299) + '…' : sentence;
}
