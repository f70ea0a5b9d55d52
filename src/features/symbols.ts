import * as vscode from 'vscode';
import type { HeadingKind } from '../core/types';
import { sectionTreeSteps, type Section } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
import type { Analysis } from '../core/analysis';
import { BuiltPerAnalysis, ProviderSlices } from './slices';
import { documentLength, offsetRange, sectionEnd } from './ranges';

/** Distinct icons in the Outline view for each kind of heading. */
const SYMBOL_KIND: Readonly<Record<HeadingKind, vscode.SymbolKind>> = {
  part: vscode.SymbolKind.Package,
  chapter: vscode.SymbolKind.Module,
  section: vscode.SymbolKind.Namespace,
  article: vscode.SymbolKind.Field,
  gbt: vscode.SymbolKind.Class,
  markdown: vscode.SymbolKind.String,
  caption: vscode.SymbolKind.Event,
  matter: vscode.SymbolKind.Key,
  plain: vscode.SymbolKind.String,
};

/**
 * Outline, breadcrumbs and Go to Symbol: headings nested by level. In Markdown the built-in
 * provider already lists `#` headings, so only Policy Lens's own kinds are added there.
 */
export function registerDocumentSymbols(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  /** The symbols of each analysis: the outline, breadcrumbs and sticky scroll each ask for the same version. */
  const built = new BuiltPerAnalysis<vscode.DocumentSymbol[]>();
  return vscode.languages.registerDocumentSymbolProvider(selector, {
    async provideDocumentSymbols(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      return built.get(a, doc.languageId, () => documentSymbols(doc, a));
    },
  }, { label: 'Policy Lens' });
}

/** The headings of an analysis as nested symbols, a few milliseconds at a time. */
async function documentSymbols(doc: vscode.TextDocument, a: Analysis): Promise<vscode.DocumentSymbol[]> {
  const outline = doc.languageId === 'markdown' ? a.outline.filter((h) => h.kind !== 'markdown') : a.outline;
  const slices = new ProviderSlices(doc, undefined, 16);
  const toSymbol = (s: Section): vscode.DocumentSymbol => {
    const h = s.heading;
    const full = new vscode.Range(doc.positionAt(h.start), sectionEnd(doc, s));
    const title = offsetRange(doc, h.titleStart, h.titleEnd);
    const name = [h.number, h.title.trim()].filter((x) => !!x).join(h.number && /[、．.）)]$/.test(h.number) ? '' : ' ') || '…';
    return new vscode.DocumentSymbol(name, '', SYMBOL_KIND[h.kind], full, full.contains(title) ? title : full);
  };
  // Depth first with a stack of its own, so that the work can pause between any two headings.
  const symbols: vscode.DocumentSymbol[] = [];
  const stack = [{ sections: await slices.run(sectionTreeSteps(outline, documentLength(doc))), next: 0, into: symbols }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next === top.sections.length) {
      stack.pop();
      continue;
    }
    const section = top.sections[top.next++];
    const symbol = toSymbol(section);
    top.into.push(symbol);
    if (section.children.length > 0) stack.push({ sections: section.children, next: 0, into: symbol.children });
    if (slices.due()) await slices.next();
  }
  return symbols;
}
