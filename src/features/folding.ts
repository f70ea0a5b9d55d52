import * as vscode from 'vscode';
import { allSections, sectionTree } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
import { documentLength, sectionEnd, sectionEndLine } from './ranges';

/** A fold for each section: from its heading line to the line before the next heading of its level. */
export function registerFolding(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(selector, {
    async provideFoldingRanges(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const ranges: vscode.FoldingRange[] = [];
      // Lines from the analysis when they are the document's (they are unless it has lone CRs).
      const starts = a.lineStarts.length === doc.lineCount ? a.lineStarts : undefined;
      for (const s of allSections(sectionTree(a.outline, documentLength(doc)))) {
        const first = starts ? s.heading.line - 1 : doc.positionAt(s.heading.start).line;
        const last = starts ? sectionEndLine(starts, s) : sectionEnd(doc, s).line;
        if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
      }
      return ranges;
    },
  });
}
