import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activatedExtension, openText, readFixture } from '../fixtures';

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
