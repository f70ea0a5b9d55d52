import * as vscode from 'vscode';
import { figureTable, type TableFormat } from '../core/figures/table';
import type { DocumentAnalyses } from '../workspace/analyses';
import type { WorkspaceGlossaries } from '../workspace/glossaries';
import type { GlossaryLocations } from './glossaryDocuments';

/** Export figure table: the active document's figures as a Markdown or CSV table in a new editor. */
export async function exportFigureTable(analyses: DocumentAnalyses, format?: unknown): Promise<vscode.TextDocument | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !(await analyses.analysis(editor.document))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: open a Chinese policy document to export its figures.'));
    return undefined;
  }
  const chosen: TableFormat | undefined = format === 'markdown' || format === 'csv' ? format
    : (await vscode.window.showQuickPick([
      { label: 'Markdown', format: 'markdown' as const },
      { label: 'CSV', format: 'csv' as const },
    ], { title: vscode.l10n.t('Export figure table') }))?.format;
  if (!chosen) return undefined;
  // Read after the pick, and tabulated with no wait in between: an analysis is brought up to date in place when a
  // newer version of its document is analysed, so one held across the pick could mix two versions.
  const a = await analyses.analysis(editor.document);
  if (!a) return undefined;
  const doc = await vscode.workspace.openTextDocument({ content: figureTable(a, chosen), language: chosen === 'csv' ? 'plaintext' : 'markdown' });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
  return doc;
}

/** Show glossary: every term of the built-in and workspace glossaries; picking one opens its entry. */
export async function showGlossary(glossaries: WorkspaceGlossaries, locations: GlossaryLocations): Promise<void> {
  await glossaries.ready();
  const picks = glossaries.current().entries.map((entry) => ({
    label: entry.term,
    description: [entry.category, entry.aliases.join('、')].filter(Boolean).join(' · '),
    detail: entry.definition,
    entry,
  }));
  const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Policy Lens glossary'), matchOnDescription: true, matchOnDetail: true });
  const location = pick && locations.locate(pick.entry);
  if (location) await vscode.window.showTextDocument(location.uri, { selection: location.range });
}
