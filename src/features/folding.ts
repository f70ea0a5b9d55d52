import * as vscode from 'vscode';
import { sectionLastLines } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
import type { Analysis } from '../core/analysis';
import { BuiltPerAnalysis } from './slices';
import { documentLength } from './ranges';

/**
 * A fold for each section: from its heading line to the line before the next heading of its level.
 * Lines come from the analysis, whose line starts are the document's (VS Code gives every line an LF
 * or CRLF end, which is what the analysis counts); no positions are made, as a 10 MB draft has
 * thousands of sections.
 */
export function registerFolding(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  /** The folds of each analysis: every editor that shows the document asks for them. */
  const built = new BuiltPerAnalysis<vscode.FoldingRange[]>();
  return vscode.languages.registerFoldingRangeProvider(selector, {
    async provideFoldingRanges(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      return built.get(a, '', async () => sectionFolds(a, documentLength(doc)));
    },
  });
}

/** The folds of the sections of an analysis of a text of `textLength`. */
function sectionFolds(a: Analysis, textLength: number): vscode.FoldingRange[] {
  const lastLines = sectionLastLines(a.outline, a.lineStarts, textLength);
  const ranges: vscode.FoldingRange[] = [];
  a.outline.forEach((h, k) => {
    if (lastLines[k] > h.line - 1) ranges.push(new vscode.FoldingRange(h.line - 1, lastLines[k], vscode.FoldingRangeKind.Region));
  });
  return ranges;
}
