import * as vscode from 'vscode';
import { sectionLastLineSteps } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
import type { Analysis } from '../core/analysis';
import { BuiltPerAnalysis, ProviderSlices } from './slices';
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
      return built.get(a, '', () => sectionFolds(doc, a));
    },
  });
}

/**
 * The folds of the sections of an analysis of `doc`, a few milliseconds at a time: 12,000 sections of a 10 MB draft
 * took 10 ms in one turn when the code was cold. An edit meanwhile ends the build with a CancellationError.
 */
async function sectionFolds(doc: vscode.TextDocument, a: Analysis): Promise<vscode.FoldingRange[]> {
  const slices = new ProviderSlices(doc, undefined, 256);
  const lastLines = await slices.run(sectionLastLineSteps(a.outline, a.lineStarts, documentLength(doc)));
  const { FoldingRange, FoldingRangeKind } = vscode;
  const ranges: vscode.FoldingRange[] = [];
  for (let k = 0; k < a.outline.length; k++) {
    const first = a.outline[k].line - 1;
    if (lastLines[k] > first) ranges.push(new FoldingRange(first, lastLines[k], FoldingRangeKind.Region));
    if (slices.due()) await slices.next();
  }
  return ranges;
}
