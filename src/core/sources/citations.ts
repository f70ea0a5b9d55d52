import type { Citation, Span } from '../types';
import { sentenceBounds, sentenceIndexAt } from '../text/sentences';
import { findCues, type Cue } from './cues';
import { findSourceBlocks, sourceBlockAt, type SourceBlock } from './sourceLines';
import { firstNotBefore } from '../spans';

/**
 * For each figure span, the source the text cites for it, or null.
 *
 * The rule, in order:
 * 1. A figure that lies inside a cue (the 2023 in `《國家信息化發展報告(2023 年)》`) is part of the
 *    citation, not a claim: null.
 * 2. The nearest cue before the figure in the same sentence, carried across its commas and ；
 *    (`根據X發布的統計報告,2022年…8856 億美元,…59%…,到2022年,…39.6%。` gives X to all four).
 *    Never across 。！？ or a line end, never from a later sentence, never past the text's own reckoning
 *    (`以當時預測…`): after it, the nearest cue before it that states no intent (`江心怡表示，…`), else rules 3 and 4.
 * 3. Else a source label after the figure in the same sentence (`…增長59%（資料來源：國家統計局）`);
 *    other cues after a figure do not reach back.
 * 4. Else a `資料來源：` line below the figure's table or paragraph (see sourceLines.ts).
 *
 * Sentences are split once and each sentence's cues are found once, so the cost is linear in the
 * text plus a binary search per span. Spans out of bounds get null. Never throws.
 *
 * citeSources('瑞穗證券估計,英偉達控制著70%的市場。', [{ start: 13, end: 16 }])[0]?.publisher === '瑞穗證券'
 */
export function citeSources(text: string, spans: readonly Span[]): (Citation | null)[] {
  return spans.map(sourceCiter(text));
}

/**
 * `citeSources` one span at a time: the source `text` cites for each span asked about, by the same rules, the
 * sentences and their cues found as they are first needed. The incremental analyzer asks a few at a time.
 *
 * sourceCiter('瑞穗證券估計,英偉達控制著70%的市場。')({ start: 13, end: 16 })?.publisher === '瑞穗證券'
 */
export function sourceCiter(text: string): (span: Span) => Citation | null {
  const sentences = sentenceBounds(text);
  const cuesBySentence = new Map<number, Cue[]>();
  const labelBySentence = new Map<number, Citation | null>();
  let blocks: SourceBlock[] | undefined;

  const cuesOf = (index: number): Cue[] => {
    let cues = cuesBySentence.get(index);
    if (!cues) {
      cues = findCues(text, { start: sentences.starts[index], end: sentences.ends[index] });
      cuesBySentence.set(index, cues);
    }
    return cues;
  };

  return (span) => {
    if (!(span.start >= 0 && span.end <= text.length && span.start <= span.end)) return null;
    const index = sentenceIndexAt(sentences.starts, sentences.count, span.start);
    if (index >= 0 && span.start < sentences.ends[index]) {
      const cues = cuesOf(index);
      // Cues do not overlap and come in text order, so a binary search finds the first one ending
      // after the span starts (a linear scan made a long sentence full of cues quadratic).
      const next = firstNotBefore(cues, (cue) => cue.citation.end <= span.start);
      if (next < cues.length && cues[next].citation.start < span.end) return null;
      if (next > 0 && !cues[next - 1].stops) return cues[next - 1].citation;
      if (next === 0) {
        // No cue before the span: every cue is after it, so the first label of the sentence reaches back.
        let back = labelBySentence.get(index);
        if (back === undefined) labelBySentence.set(index, (back = cues.find((cue) => cue.pointsBack)?.citation ?? null));
        if (back) return back;
      } else {
        // The text's own reckoning before it: the nearest cue before that which states no intent (江心怡表示，…，
        // 美國曾表示將…，以當時預測…; 分析人士认为，以目前汇率计算…), or a label after it.
        for (let k = next - 2; k >= 0; k--) if (!cues[k].stops && !cues[k].intent) return cues[k].citation;
        for (let k = next; k < cues.length; k++) if (cues[k].pointsBack) return cues[k].citation;
      }
    }
    blocks ??= findSourceBlocks(text);
    return sourceBlockAt(blocks, span.start)?.citation ?? null;
  };
}
