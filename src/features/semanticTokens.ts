import * as vscode from 'vscode';
import { needsSource } from '../core/analysis';
import type { DocumentAnalyses } from '../workspace/analyses';

/** Custom types fall back to standard ones (package.json semanticTokenTypes), so every theme colours them. */
const LEGEND = new vscode.SemanticTokensLegend(['policyTerm', 'policyFigure'], ['unsourced', 'approximate', 'defined']);

/** Glossary terms and figures in every enabled language, on top of (or without) a grammar. */
export function registerSemanticTokens(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    async provideDocumentSemanticTokens(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      // Tokens must come in document order: merge the two sorted lists.
      let i = 0;
      let j = 0;
      const push = (start: number, end: number, type: number, mods: number): void => {
        const from = doc.positionAt(start);
        const to = doc.positionAt(end);
        // A token may not span lines; these never do, but a defensive cut keeps the builder valid.
        if (from.line !== to.line) return;
        builder.push(from.line, from.character, to.character - from.character, type, mods);
      };
      while (i < a.terms.length || j < a.figures.length) {
        const t = a.terms[i];
        const f = a.figures[j];
        if (f === undefined || (t !== undefined && t.start < f.start)) {
          if (!f || t.end <= f.start) {
            const entry = a.glossary.get(t.id);
            push(t.start, t.end, 0, entry?.origin.kind === 'document' ? 0b100 : 0);
          }
          i++;
        } else {
          const mods = (needsSource(f) && !f.source ? 0b001 : 0) | (f.approx ? 0b010 : 0);
          push(f.start, f.end, 1, mods);
          // Terms inside a figure (EFLOPS in its gloss) are left to the figure token.
          while (i < a.terms.length && a.terms[i].start < f.end) i++;
          j++;
        }
      }
      return builder.build();
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LEGEND),
    analyses.onDidInvalidate(() => changed.fire()),
  );
}
