import * as vscode from 'vscode';
import { spanAt } from '../core/spans';
import type { DocumentAnalyses } from '../workspace/analyses';
import type { GlossaryLocations } from './glossaryDocuments';

/** Go to Definition on a term opens its glossary entry (file and line, or the built-in glossary view). */
export function registerDefinition(selector: vscode.DocumentSelector, analyses: DocumentAnalyses, locations: GlossaryLocations): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(selector, {
    async provideDefinition(doc, position) {
      const a = await analyses.analysis(doc);
      const term = a && spanAt(a.terms, doc.offsetAt(position));
      const entry = term && a.glossary.get(term.id);
      return entry ? locations.locate(entry, doc.uri) : undefined;
    },
  });
}
