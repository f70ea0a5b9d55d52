import * as vscode from 'vscode';
import { sectionEnds } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
import { documentLength, sectionEndLine } from './ranges';

/**
 * A fold for each section: from its heading line to the line before the next heading of its level.
 * Lines come from the analysis, whose line starts are the document's (VS Code gives every line an LF
 * or CRLF end, which is what the analysis counts); no positions are made, as a 10 MB draft has
 * thousands of sections.
 */
export function registerFolding(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(selector, {
    async provideFoldingRanges(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const ranges: vscode.FoldingRange[] = [];
      const ends = sectionEnds(a.outline, documentLength(doc));
      a.outline.forEach((h, k) => {
        const first = h.line - 1;
        const last = sectionEndLine(a.lineStarts, h, ends[k]);
        if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
      });
      return ranges;
    },
  });
}
