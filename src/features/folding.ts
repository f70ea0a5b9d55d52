import * as vscode from 'vscode';
import { allSections, sectionTree } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
import { documentLength, sectionEnd } from './ranges';

/** A fold for each section: from its heading line to the line before the next heading of its level. */
export function registerFolding(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(selector, {
    async provideFoldingRanges(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const ranges: vscode.FoldingRange[] = [];
      for (const s of allSections(sectionTree(a.outline, documentLength(doc)))) {
        const first = doc.positionAt(s.heading.start).line;
        const last = sectionEnd(doc, s).line;
        if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
      }
      return ranges;
    },
  });
}
