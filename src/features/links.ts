import * as vscode from 'vscode';
import { foldVariants } from '../core/text/variants';
import type { DocumentAnalyses } from '../workspace/analyses';
import { offsetRange } from './ranges';
import { ProviderSlices } from './slices';

const LINKABLE = /^(https?|file):/i;

/**
 * Links on 《titles》 whose source a glossary knows (its entries' source titles with a URL). In an
 * untrusted workspace no link comes from workspace glossaries: their URLs stay text in hovers.
 */
export function registerLinks(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerDocumentLinkProvider(selector, {
    async provideDocumentLinks(doc, token) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const urls = new Map<string, string>();
      for (const e of a.glossary.entries) {
        const url = e.source?.url;
        if (!url || !LINKABLE.test(url)) continue;
        if (e.origin.kind !== 'builtin' && !vscode.workspace.isTrusted) continue;
        urls.set(foldVariants(e.source!.title), url);
      }
      if (urls.size === 0) return [];
      // A 10 MB draft cites a few thousand titles: a few milliseconds at a time.
      const slices = new ProviderSlices(doc, token, 64);
      const links: vscode.DocumentLink[] = [];
      for (const title of a.titles) {
        if (slices.due()) await slices.next();
        const url = urls.get(foldVariants(title.text));
        if (!url) continue;
        const link = new vscode.DocumentLink(offsetRange(doc, title.start, title.end), vscode.Uri.parse(url));
        link.tooltip = url;
        links.push(link);
      }
      return links;
    },
  });
}
