import * as vscode from 'vscode';
import type { HeadingKind } from '../core/types';
import { sectionTree, type Section } from '../core/outline/sections';
import type { DocumentAnalyses } from '../workspace/analyses';
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
  return vscode.languages.registerDocumentSymbolProvider(selector, {
    async provideDocumentSymbols(doc) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const outline = doc.languageId === 'markdown' ? a.outline.filter((h) => h.kind !== 'markdown') : a.outline;
      const toSymbol = (s: Section): vscode.DocumentSymbol => {
        const h = s.heading;
        const full = new vscode.Range(doc.positionAt(h.start), sectionEnd(doc, s));
        const title = offsetRange(doc, h.titleStart, h.titleEnd);
        const name = [h.number, h.title.trim()].filter((x) => !!x).join(h.number && /[、．.）)]$/.test(h.number) ? '' : ' ') || '…';
        const symbol = new vscode.DocumentSymbol(name, '', SYMBOL_KIND[h.kind], full, full.contains(title) ? title : full);
        symbol.children = s.children.map(toSymbol);
        return symbol;
      };
      return sectionTree(outline, documentLength(doc)).map(toSymbol);
    },
  }, { label: 'Policy Lens' });
}
