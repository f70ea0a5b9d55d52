import type { Problem, TermMatch } from '../types';
import type { Glossary } from './glossary';
import { foldVariants } from '../text/variants';
import { MESSAGE, type MessageTemplate } from '../messages';
import { quietProblemOf } from '../problems';

/**
 * One glossary term written in more than one form in a document (阿里云 here, 阿里雲 there):
 * every occurrence in a form other than the most common one is reported, with the glossary's
 * canonical form as the suggestion, or the document's most common form where the occurrence is
 * the glossary's form already (a Traditional draft that writes 阿里雲 and slips into 阿里云 once).
 *
 * findTermFormProblems(findTerms(text, g), g)[0].code === 'term-form'
 */
export function findTermFormProblems(terms: readonly TermMatch[], glossary: Glossary): Problem[] {
  const byId = new Map<string, Map<string, TermMatch[]>>();
  for (const m of terms) {
    const entry = glossary.get(m.id);
    if (!entry) continue;
    // Spellings that fold to the same text are one form in different scripts; an alias that is
    // another word (HBM beside 高帶寬存儲器) folds differently and is not an inconsistency.
    const formKey = `${m.id}\u0000${foldVariants(m.text)}`;
    let spellings = byId.get(formKey);
    if (!spellings) byId.set(formKey, (spellings = new Map()));
    const list = spellings.get(m.text);
    if (list) list.push(m);
    else spellings.set(m.text, [m]);
  }
  const problems: Problem[] = [];
  for (const [key, spellings] of byId) {
    if (spellings.size < 2) continue;
    const id = key.slice(0, key.indexOf('\u0000'));
    const ranked = [...spellings].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
    const main = ranked[0][0];
    const canonical = glossary.get(id)?.term ?? id;
    for (const [, matches] of ranked.slice(1)) for (const m of matches) problems.push(termFormProblem(m, main, canonical));
  }
  return problems;
}

/** The problem for one occurrence written otherwise than the document's main spelling; shared with the incremental analyzer. */
export function termFormProblem(m: Pick<TermMatch, 'text' | 'start' | 'end'>, main: string, canonical: string): Problem {
  return new TermFormProblem(m, main, canonical);
}

/** Its message is written when read: a draft that mixes two spellings of a common term has thousands of these. */
class TermFormProblem extends quietProblemOf('term-form', 'warning') {
  readonly #text: string;
  readonly #main: string;
  readonly #canonical: string;

  constructor(m: Pick<TermMatch, 'text' | 'start' | 'end'>, main: string, canonical: string) {
    super(m.start, m.end);
    this.#text = m.text;
    this.#main = main;
    this.#canonical = canonical;
  }

  /** The glossary's form; where that is the slip itself, replacing it by itself fixes nothing: the document's form. */
  override get suggestion(): string {
    return this.#text === this.#canonical ? this.#main : this.#canonical;
  }

  get template(): MessageTemplate {
    return MESSAGE.termForm;
  }

  get args(): string[] {
    return [this.#text, this.#main, this.#canonical];
  }
}
