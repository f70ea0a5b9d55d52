import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { CONFIG_NAMES, CONFIGS, converterReady, isConverterBuilt } from '../../src/core/convert';
import { convertCommandHandlers, PreviewDocuments } from '../../src/features/convertCommands';
import { commands, l10n, Position, StandInDocument, Uri, window, workspace } from './standIn/vscode';

/** An editor on `doc`, the active one, with the [start, end) offsets selected (none: the whole document is converted). */
function activeEditorOn(doc: StandInDocument, selected: [number, number][] = []): void {
  const position = (offset: number): Position => {
    const before = doc.getText().slice(0, offset).split('\n');
    return new Position(before.length - 1, before[before.length - 1].length);
  };
  const editor = {
    document: doc,
    viewColumn: 1,
    selections: selected.map(([s, e]) => ({ start: position(s), end: position(e), isEmpty: s === e })),
    /** Applies the replacements as VS Code does: all against the version the edit started from. */
    edit: async (build: (b: { replace(r: vscode.Range, text: string): void }) => void): Promise<boolean> => {
      const replacements: [number, number, string][] = [];
      build({ replace: (r, text) => replacements.push([doc.offsetAt(r.start), doc.offsetAt(r.end), text]) });
      for (const [s, e, text] of replacements.sort((a, b) => b[0] - a[0])) doc.edit(s, e - s, text);
      return true;
    },
  };
  Object.assign(window, { activeTextEditor: editor, visibleTextEditors: [editor] });
}

const handlers = (previews: PreviewDocuments) => convertCommandHandlers({
  settings: { current: { convert: { keepGlossaryForms: false, protect: [], phrases: {}, protectTitles: false } } },
  glossaries: {},
  previews,
} as never);

const diffs = () => commands.executed.filter((c) => c.id === 'vscode.diff');

describe('conversion commands keep the edits made while they run, and say why they did nothing', () => {
  let previews: PreviewDocuments;
  beforeEach(() => {
    previews = new PreviewDocuments();
    window.warnings.length = 0;
    window.statusMessages.length = 0;
    commands.executed.length = 0;
    window.duringProgress = () => undefined;
    window.answer = () => undefined;
  });
  afterEach(() => previews.dispose());

  // First in this file: the s2hk converter is not built yet, so the command waits turns of the event loop for it.
  it('shows no preview, and warns, when the document changes while the converter is being built', async () => {
    assert.equal(isConverterBuilt('s2hk'), false, 'the premise: s2hk is built by this test');
    const doc = new StandInDocument(Uri.file('/draft.md'), '头发干了\n第二行');
    activeEditorOn(doc, [[0, 4]]);
    setImmediate(() => doc.edit(0, 0, 'XY')); // typed while the converter is built
    assert.equal(await handlers(previews)['policyLens.convertWithPreview']('s2hk'), false);
    assert.equal(diffs().length, 0, 'no preview of a version that is gone');
    assert.equal(window.warnings.length, 1, JSON.stringify(window.warnings));
    assert.equal(doc.getText(), 'XY头发干了\n第二行');
  });

  it('abandons Convert with preview, with a warning and no diff, when the document changes during a long conversion', async () => {
    await converterReady('s2t');
    const doc = new StandInDocument(Uri.file('/big.md'), '头发\n'.repeat(100_000)); // chunked: over 256 K characters
    activeEditorOn(doc);
    window.duringProgress = () => doc.edit(0, 0, '我');
    assert.equal(await handlers(previews)['policyLens.convertWithPreview']('s2t'), false);
    assert.equal(diffs().length, 0);
    assert.equal(window.warnings.length, 1, JSON.stringify([window.warnings, window.statusMessages]));
    assert.ok(doc.getText().startsWith('我头发\n头发'), 'the edit is kept and nothing was converted');
  });

  it('abandons the plain conversion the same way', async () => {
    await converterReady('s2t');
    const doc = new StandInDocument(Uri.file('/big.md'), '头发\n'.repeat(100_000));
    activeEditorOn(doc);
    window.duringProgress = () => doc.edit(0, 0, '我');
    assert.equal(await handlers(previews)['policyLens.convert.s2t'](), false);
    assert.equal(window.warnings.length, 1);
    assert.ok(doc.getText().startsWith('我头发\n头发'));
  });

  it('previews the document with the selection converted, and applies it when Apply is chosen', async () => {
    const doc = new StandInDocument(Uri.file('/draft.md'), '头发干了\n第二行');
    activeEditorOn(doc, [[0, 4]]);
    let shown: string | undefined;
    window.answer = (_message, items) => {
      const [diff] = diffs();
      shown = workspace.contentProviders.get('policy-lens-preview')?.provideTextDocumentContent(diff.args[1] as Uri);
      return items[0]; // Apply
    };
    assert.equal(await handlers(previews)['policyLens.convertWithPreview']('s2t'), true);
    assert.equal(shown, '頭髮幹了\n第二行', 'the preview: the selection converted (OpenCC writes 干了 as 幹了), the rest as it is');
    assert.equal(doc.getText(), '頭髮幹了\n第二行');
  });

  it('warns, rather than failing quietly, when VS Code does not apply the conversion (a read-only document)', async () => {
    const doc = new StandInDocument(Uri.file('/read-only.md'), '头发\n');
    activeEditorOn(doc);
    Object.assign(window.activeTextEditor as object, { edit: async () => false });
    assert.equal(await handlers(previews)['policyLens.convert.s2t'](), false);
    assert.deepEqual(window.warnings, ['Policy Lens: VS Code did not apply the conversion; the document is unchanged.']);
    assert.equal(doc.getText(), '头发\n');
  });

  it('describes each configuration in the picker in the user\'s language (繁體中文)', async () => {
    const zhTw = JSON.parse(readFileSync(join(process.cwd(), 'l10n', 'bundle.l10n.zh-tw.json'), 'utf8')) as Record<string, string>;
    const t = l10n.t;
    let offered: { label: string; description?: string }[] = [];
    Object.assign(l10n, { t: (message: string, ...args: unknown[]) => t(zhTw[message] ?? message, ...args) });
    Object.assign(window, { showQuickPick: async (items: typeof offered) => ((offered = items), undefined) });
    try {
      assert.equal(await handlers(previews)['policyLens.convert'](), false);
    } finally {
      Object.assign(l10n, { t });
    }
    assert.deepEqual(offered.map((i) => i.label), [...CONFIG_NAMES]);
    for (const item of offered) {
      const english = CONFIGS[item.label as keyof typeof CONFIGS].description;
      assert.ok(zhTw[english] && item.description === zhTw[english], `${item.label}: ${item.description}`);
    }
  });
});
