import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activatedExtension, openText, readFixture, waitFor } from '../fixtures';

const HANT = readFixture('hangzhou-model.zh-Hant.txt');

describe('conversion commands', () => {
  before(activatedExtension);

  it('converts the selection only, as one undo step', async () => {
    const doc = await openText('数据要素市场\n保持不变的简体\n');
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 6);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.convert.s2t'), true);
    assert.strictEqual(doc.getText(), '數據要素市場\n保持不变的简体\n');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), '数据要素市场\n保持不变的简体\n');
  });

  it('converts the whole document when nothing is selected (s2twp uses Taiwan phrases)', async () => {
    const doc = await openText('软件和鼠标\r\n`软件` 不变\r\n');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.convert.s2twp'), true);
    assert.strictEqual(doc.getText(), '軟體和滑鼠\r\n`软件` 不變\r\n', 'code spans are protected; CRLF is kept');
  });

  it('keeps a glossary term in its glossary form (数据要素 → 數據要素 under s2twp, not 資料要素)', async () => {
    const doc = await openText('培育数据要素市场，完善数据产权制度。\n');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.convert.s2twp'), true);
    assert.ok(doc.getText().startsWith('培育數據要素市場'), doc.getText());
  });

  it('converts the Traditional article to Simplified and back through the palette command with an argument', async () => {
    const doc = await openText(HANT);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.convert', 't2s'), true);
    assert.ok(doc.getText().includes('护城河'));
    assert.ok(!doc.getText().includes('護城河'));
  });

  it('shows a preview diff first and converts only once the notification\'s Apply is chosen', async () => {
    const doc = await openText('发展经济，头发干了。\n');
    const done = vscode.commands.executeCommand<boolean>('policyLens.convertWithPreview', 's2t');
    // The diff's right side is the read-only preview of the converted document; the document is unchanged meanwhile.
    const preview = await waitFor('the preview diff', () =>
      vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d.uri.scheme === 'policy-lens-preview'));
    assert.strictEqual(preview.getText(), '發展經濟，頭髮幹了。\n');
    assert.strictEqual(doc.getText(), '发展经济，头发干了。\n');
    // "Apply" is the notification's first (primary) button; ask until the toast is there to take it.
    const applied = await waitFor('the conversion applied from the notification', async () => {
      await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      return Promise.race([done, new Promise<undefined>((r) => setTimeout(() => r(undefined), 200))]);
    });
    assert.strictEqual(applied, true);
    assert.strictEqual(doc.getText(), '發展經濟，頭髮幹了。\n');
    // The diff took the place of the document's preview tab: it is closed again, the document shown and changed.
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'policy-lens-preview'), 'the preview diff is closed');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === doc), 'the document is shown');
  });

  it('applies nothing when the document changes during a long conversion, and keeps the edit', async () => {
    const big = HANT.repeat(300); // ~4 MB: converted in chunks with a progress notification
    const doc = await openText(big);
    const editor = vscode.window.activeTextEditor!;
    const running = vscode.commands.executeCommand<boolean>('policyLens.convert.t2s');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '用戶的修改')));
    assert.strictEqual(await running, false, 'the conversion was abandoned');
    assert.ok(doc.getText().startsWith('用戶的修改IPP評論'), 'the edit is kept and nothing was converted');
    assert.ok(doc.getText().includes('護城河'));
  });
});
