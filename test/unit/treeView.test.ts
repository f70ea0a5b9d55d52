import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/analysis';
import { FiguresAndTerms, registerFiguresView } from '../../src/features/treeView';
import { DocumentAnalyses } from '../../src/workspace/analyses';
import type { WorkspaceGlossaries } from '../../src/workspace/glossaries';
import type { Settings } from '../../src/workspace/settings';
import { EventEmitter, StandInDocument, Uri, window } from './standIn/vscode';

describe('the Figures & Terms view', () => {
  it('shows the active document as it is now when shown again after edits made while it was hidden', async () => {
    const never = new EventEmitter<void>().event;
    const analyses = new DocumentAnalyses({ current: { languages: ['plaintext'], maxFileSizeMB: 20 }, onDidChange: never } as unknown as Settings,
      { current: () => builtinGlossary(), onDidChange: never } as unknown as WorkspaceGlossaries);
    const doc = new StandInDocument(Uri.file('/view.txt'), '據統計，全市算力增長了35%。\n');
    Object.assign(window, { activeTextEditor: { document: doc } });
    const provider = new FiguresAndTerms(analyses);
    let refreshes = 0;
    provider.onDidChangeTreeData(() => refreshes++);
    const registration = registerFiguresView(analyses, provider);
    const view = window.treeViews[window.treeViews.length - 1];
    try {
      const label = async (): Promise<string | undefined> => {
        const [figures] = await provider.getChildren();
        return provider.getTreeItem(figures).label as string;
      };
      assert.equal(await label(), 'Figures (1)');
      view.setVisible(false);
      doc.edit(doc.getText().length, 0, '其中數據中心佔了20%。\n');
      await new Promise((resolve) => setTimeout(resolve, 600)); // past the view's 500 ms debounce
      assert.equal(refreshes, 0, 'nothing is rebuilt for a hidden view');
      view.setVisible(true);
      assert.equal(refreshes, 1, 'shown again, the view asks for its tree again');
      assert.equal(await label(), 'Figures (2)');
      view.setVisible(false);
      view.setVisible(true);
      assert.equal(refreshes, 1, 'nothing changed while it was hidden: nothing to rebuild');
    } finally {
      registration.dispose();
      analyses.dispose();
    }
  });

  it('lets the tree of a closed document go when no policy document is active', async () => {
    const never = new EventEmitter<void>().event;
    const analyses = new DocumentAnalyses({ current: { languages: ['plaintext'], maxFileSizeMB: 20 }, onDidChange: never } as unknown as Settings,
      { current: () => builtinGlossary(), onDidChange: never } as unknown as WorkspaceGlossaries);
    const provider = new FiguresAndTerms(analyses);
    const kept = (): unknown => (provider as unknown as { last?: unknown }).last;
    try {
      const doc = new StandInDocument(Uri.file('/closed.txt'), '據統計，全市算力增長了35%。\n');
      Object.assign(window, { activeTextEditor: { document: doc } });
      assert.equal((await provider.getChildren()).length, 2);
      assert.ok(kept());
      doc.close();
      Object.assign(window, { activeTextEditor: undefined });
      assert.deepEqual(await provider.getChildren(), []);
      assert.equal(kept(), undefined);
    } finally {
      analyses.dispose();
    }
  });
});
