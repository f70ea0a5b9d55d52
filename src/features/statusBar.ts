import * as vscode from 'vscode';
import { needsSource } from '../core/analysis';
import type { DocumentAnalyses } from '../workspace/analyses';

/** The status bar item Policy Lens shows for policy documents. */
export function createStatusItem(): vscode.StatusBarItem {
  return vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
}

/** Script of the active policy document (繁/简/mixed) and how many figures cite no source; opens the view. */
export function registerStatusBar(analyses: DocumentAnalyses, item: vscode.StatusBarItem): vscode.Disposable {
  item.name = 'Policy Lens';
  item.command = 'policyLens.figuresView.focus';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const a = editor && (await analyses.analysis(editor.document));
    if (editor !== vscode.window.activeTextEditor) return; // another editor took over meanwhile
    if (!a) {
      const limit = editor && analyses.sizeLimitExceeded(editor.document);
      if (limit !== undefined) {
        // Skipped, not broken: say so where the user looks for it.
        item.text = '$(book) $(circle-slash)';
        item.tooltip = vscode.l10n.t('Policy Lens skips this document: it is larger than policyLens.maxFileSizeMB ({0} MB).', limit);
        item.show();
      } else item.hide();
      return;
    }
    const script = a.script === 'traditional' ? '繁' : a.script === 'simplified' ? '简' : a.script === 'mixed' ? vscode.l10n.t('mixed') : '—';
    const unsourced = a.figures.filter((f) => needsSource(f) && !f.source).length;
    item.text = `$(book) ${script}${unsourced > 0 ? ` $(warning) ${unsourced}` : ''}`;
    item.tooltip = vscode.l10n.t('Policy Lens: {0} figures, {1} without a cited source, {2} terms. Click to open Figures & Terms.',
      a.figures.length, unsourced, a.terms.length);
    item.show();
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  // Not during activate(): the first analysis of an already open document must not delay activation.
  later();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && later()),
    analyses.onDidInvalidate(() => void update()),
    { dispose: () => clearTimeout(timer) },
  );
}
