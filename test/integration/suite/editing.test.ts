import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activatedExtension, openText, readFixture, waitFor } from '../fixtures';

const HANT = readFixture('hangzhou-model.zh-Hant.txt');
const OPINION = readFixture('outline/neimenggu-opinion.zh-Hans.txt');

/** What the outline, folding and hovers show, as plain data: equal for equal analyses. */
async function features(doc: vscode.TextDocument): Promise<unknown> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
  const flat = (list: vscode.DocumentSymbol[]): unknown[] =>
    list.flatMap((s) => [[s.name, s.kind, s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character], ...flat(s.children)]);
  const folds = ((await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)) ?? [])
    .map((f) => [f.start, f.end]);
  const text = doc.getText();
  const hovers: string[] = [];
  for (const needle of ['8856 億美元', '75%', '護城河', '4 266家']) {
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 1));
    // Links into the document name it (Untitled-N): the two documents differ only there.
    hovers.push((found ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/Untitled-\d+/g, 'Untitled-N'));
  }
  return { symbols: flat(symbols), folds, hovers };
}

/** Problems by place, code and message, sorted: the Problems view's content. */
function problems(doc: vscode.TextDocument): string[] {
  return vscode.languages.getDiagnostics(doc.uri).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message.replace(/Untitled-\d+/g, 'Untitled-N')}`).sort();
}

describe('editing: what an edited document shows equals what the same text shows when opened fresh', () => {
  before(async () => {
    await activatedExtension();
  });

  it('after typing, a multi-place edit, a deleted line and an undo, on a long draft (analysed from the edits VS Code reports)', async () => {
    const doc = await openText(`${HANT}\n${OPINION}\n${HANT}`);
    const editor = vscode.window.activeTextEditor!;
    await features(doc); // the first analysis, from the whole text
    const text = () => doc.getText();
    // Typing, one character at a time, in the middle of a paragraph.
    const typeAt = doc.positionAt(text().indexOf('護城河') + 3);
    assert.ok(await editor.edit((b) => b.insert(typeAt, '的')));
    await features(doc);
    assert.ok(await editor.edit((b) => b.insert(typeAt.translate(0, 1), '確')));
    await features(doc);
    // One edit in two places (one change event with two changes): a figure changed, a heading put in.
    const figure = doc.positionAt(text().indexOf('70%'));
    const heading = doc.positionAt(text().indexOf(OPINION));
    assert.ok(await editor.edit((b) => {
      b.replace(new vscode.Range(figure, figure.translate(0, 2)), '75');
      b.insert(heading, '第九章 新增的一章\n');
    }));
    assert.ok(text().includes('75%~ 95%') && text().includes('第九章 新增的一章'));
    await features(doc);
    // A whole line removed, then the removal undone.
    const line = doc.lineAt(doc.positionAt(text().indexOf('8856 億美元')).line);
    assert.ok(await editor.edit((b) => b.delete(line.rangeIncludingLineBreak)));
    await features(doc);
    await vscode.commands.executeCommand('undo');
    assert.ok(text().includes('8856 億美元'));

    const fresh = await openText(text());
    assert.deepStrictEqual(await features(doc), await features(fresh));
    // Diagnostics come 300 ms after the last change; both documents settle to the same list.
    const settled = await waitFor('the same problems in both documents', () => {
      const [a, b] = [problems(doc), problems(fresh)];
      return a.length > 0 && JSON.stringify(a) === JSON.stringify(b) ? a : undefined;
    });
    assert.ok(settled.some((p) => p.includes('unsourced-figure')));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = JSON.stringify(symbols);
    assert.ok(names.includes('第九章 新增的一章'), 'the heading put in is in the outline');
  });
});

describe('policyLens.maxFileSizeMB', () => {
  const config = () => vscode.workspace.getConfiguration('policyLens');
  type Api = { statusItem: { text: string; tooltip?: string | vscode.MarkdownString } };

  after(async () => {
    await config().update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
  });

  it('skips a larger document (no outline, a status bar sign that says why) and analyses it again when the limit is raised', async () => {
    const api = (await activatedExtension()).exports as Api;
    // 1 MB (the setting's minimum) counts 1,048,576 characters; the copies of the sample article make 1.1 million.
    await config().update('maxFileSizeMB', 1, vscode.ConfigurationTarget.Global);
    const doc = await openText(HANT.repeat(Math.ceil((1.1 * 1024 * 1024) / HANT.length)));
    assert.ok(doc.getText().length > 1024 * 1024);
    const none = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.strictEqual(none?.length ?? 0, 0, 'no outline for a skipped document');
    const tooltip = await waitFor('the skipped sign in the status bar', () =>
      api.statusItem.text.includes('$(circle-slash)') ? String(typeof api.statusItem.tooltip === 'string' ? api.statusItem.tooltip : api.statusItem.tooltip?.value) : undefined);
    assert.match(tooltip, /maxFileSizeMB/);
    assert.match(tooltip, /\(1 MB\)/);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri), []);

    await config().update('maxFileSizeMB', 2, vscode.ConfigurationTarget.Global);
    await waitFor('the script in the status bar again', () => (api.statusItem.text.includes('繁') ? true : undefined));
    // Folding ranges, not symbols: VS Code may answer a symbol request for this version from its outline cache.
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.ok((folds?.length ?? 0) > 0, 'folding ranges once the limit is raised');
  });

  it('skips a document an edit takes over the limit, and analyses it again once the edit is undone', async () => {
    const api = (await activatedExtension()).exports as Api;
    await config().update('maxFileSizeMB', 1, vscode.ConfigurationTarget.Global);
    const doc = await openText(HANT);
    const editor = vscode.window.activeTextEditor!;
    await waitFor('the sample article analysed', () => (api.statusItem.text.includes('繁') ? true : undefined));
    const paste = HANT.repeat(Math.ceil((1.1 * 1024 * 1024) / HANT.length));
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), paste)));
    await waitFor('the skipped sign after the paste', () => (api.statusItem.text.includes('$(circle-slash)') ? true : undefined));
    const none = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.strictEqual(none?.length ?? 0, 0, 'nothing for the oversized version');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), HANT);
    await waitFor('the script in the status bar after the undo', () => (api.statusItem.text.includes('繁') ? true : undefined));
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.ok((folds?.length ?? 0) > 0);
  });
});

describe('a document that loses its Chinese', () => {
  it('is left alone once an edit takes the last Chinese character away, and analysed again when some comes back', async () => {
    await activatedExtension();
    const doc = await openText('一、總體要求\n加強數據要素市場建設。\n');
    const editor = vscode.window.activeTextEditor!;
    const folds = () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri).then((f) => f?.length ?? 0);
    assert.ok((await folds()) > 0);
    const all = new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
    assert.ok(await editor.edit((b) => b.replace(all, '1. General\nPlain English only (59%).\n')));
    assert.strictEqual(await folds(), 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 21));
    assert.strictEqual((hovers ?? []).length, 0, 'no hover on 59% in a document without Chinese');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '一、總體要求\n')));
    assert.ok((await folds()) > 0);
  });
});
