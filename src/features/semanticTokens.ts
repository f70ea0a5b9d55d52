import * as vscode from 'vscode';
import { needsSource, type Analysis } from '../core/analysis';
import { forwardLineOf } from '../core/text/lines';
import type { DocumentAnalyses } from '../workspace/analyses';
import { BuiltPerAnalysis, ProviderSlices } from './slices';

/** Custom types fall back to standard ones (package.json semanticTokenTypes), so every theme colours them. */
const LEGEND = new vscode.SemanticTokensLegend(['policyTerm', 'policyFigure'], ['unsourced', 'approximate', 'defined']);

/** Glossary terms and figures in every enabled language, on top of (or without) a grammar. */
export function registerSemanticTokens(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  /** The tokens of each analysis: VS Code asks again for the same version (another editor, a theme change). */
  const built = new BuiltPerAnalysis<vscode.SemanticTokens>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    async provideDocumentSemanticTokens(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      return built.get(a, '', () => semanticTokens(doc, a));
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LEGEND),
    analyses.onDidInvalidate(() => changed.fire()),
  );
}

/** The terms and figures of an analysis as VS Code's semantic tokens, a few milliseconds at a time. */
async function semanticTokens(doc: vscode.TextDocument, a: Analysis): Promise<vscode.SemanticTokens> {
  const slices = new ProviderSlices(doc);
  const starts = documentLineStarts(doc, a.lineStarts);
  const lineOf = forwardLineOf(starts);
  // VS Code's encoding, written straight into a typed array sized for every term and figure: its
  // SemanticTokensBuilder copies a plain array of 650,000 numbers for a 10 MB draft in one turn.
  const data = new Uint32Array((a.terms.length + a.figures.length) * 5);
  let n = 0;
  let lastLine = 0;
  let lastStart = 0;
  const push = (start: number, end: number, type: number, mods: number): void => {
    const line = lineOf(start);
    // A token may not span lines (a glossary form written with a line break would): such a one is left out.
    if (lineOf(end) !== line) return;
    const character = start - starts[line];
    if (line < lastLine || (line === lastLine && character < lastStart)) return;
    data[n++] = line - lastLine;
    data[n++] = line === lastLine ? character - lastStart : character;
    data[n++] = end - start;
    data[n++] = type;
    data[n++] = mods;
    lastLine = line;
    lastStart = character;
  };
  // Tokens must come in document order: merge the two sorted lists.
  let i = 0;
  let j = 0;
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
    if (slices.due()) await slices.next();
  }
  return new vscode.SemanticTokens(data.subarray(0, n));
}

/**
 * The document's line starts: the analysis's, which split at \n as VS Code does (it keeps one kind of line
 * break per document), or, should the line counts differ, the document's own.
 */
function documentLineStarts(doc: vscode.TextDocument, analysed: readonly number[]): readonly number[] {
  if (doc.lineCount === analysed.length) return analysed;
  return Array.from({ length: doc.lineCount }, (_, line) => doc.offsetAt(new vscode.Position(line, 0)));
}
