import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, builtinGlossary } from '../../src/core/analysis';
import { figureTable } from '../../src/core/figures/table';
import { exportFigureTable } from '../../src/features/figureCommands';
import { DocumentAnalyses } from '../../src/workspace/analyses';
import type { WorkspaceGlossaries } from '../../src/workspace/glossaries';
import type { Settings } from '../../src/workspace/settings';
import { EventEmitter, StandInDocument, Uri, window, workspace } from './standIn/vscode';

const SAMPLE = readFileSync(join(process.cwd(), 'test/fixtures/hangzhou-model.zh-Hant.txt'), 'utf8');

describe('Export figure table', () => {
  let analyses: DocumentAnalyses;
  beforeEach(() => {
    const never = new EventEmitter<void>().event;
    analyses = new DocumentAnalyses(
      { current: { languages: ['plaintext'], maxFileSizeMB: 20 }, onDidChange: never } as unknown as Settings,
      { current: () => builtinGlossary(), onDidChange: never } as unknown as WorkspaceGlossaries);
    workspace.opened.length = 0;
  });
  afterEach(() => analyses.dispose());

  it('exports one version of the document when it changes, and is analysed, while the format is being picked', async () => {
    const doc = new StandInDocument(Uri.file('/export.txt'), SAMPLE);
    // A definition the document then gives: every block redoes its terms, the lines below it move.
    const inserted = '本辦法所稱「數據要素」，是指資料。\n';
    Object.assign(window, {
      activeTextEditor: { document: doc },
      // Meanwhile something other than typing (a formatter, a reload from disk) changes the document, and another
      // feature (diagnostics, the status bar) asks for the new version's analysis.
      showQuickPick: async (items: { format: string }[]) => {
        doc.edit(0, 0, inserted);
        await analyses.analysis(doc as never);
        return items.find((i) => i.format === 'csv');
      },
    });
    await exportFigureTable(analyses);
    assert.equal(workspace.opened.length, 1);
    const exported = workspace.opened[0].content;
    assert.equal(exported, figureTable(analyze(inserted + SAMPLE), 'csv'), 'the table of the version after the pick, every row');
    assert.notEqual(exported, figureTable(analyze(SAMPLE), 'csv'));
  });
});
