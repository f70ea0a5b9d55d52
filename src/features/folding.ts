import * as vscode from 'vscode';
import { allSections, sectionEnds, sectionTree } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
import { documentLength, sectionEnd, sectionEndLine } from './ranges';

/** A fold for each section: from its heading line to the line before the next heading of its level. */
export function registerFolding(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(selector, {
    async provideFoldingRanges(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const ranges: vscode.FoldingRange[] = [];
      const starts = a.lineStarts.length === doc.lineCount ? a.lineStarts : undefined;
      if (!starts) {
        // Lines from the document when the analysis counts them otherwise (lone CRs).
        for (const s of allSections(sectionTree(a.outline, documentLength(doc)))) {
          const first = doc.positionAt(s.heading.start).line;
          const last = sectionEnd(doc, s).line;
          if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
        }
        return ranges;
      }
      // The same sections straight from the flat outline and the analysis's lines (a 10 MB draft has
      // thousands of headings; no tree, no positions).
      const outline = a.outline;
      const ends = sectionEnds(outline, documentLength(doc));
      for (let k = 0; k < outline.length; k++) {
        const h = outline[k];
        const first = h.line - 1;
        const last = sectionEndLine(starts, { heading: h, end: ends[k], children: [] });
        if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
      }
      return ranges;
    },
  });
}
