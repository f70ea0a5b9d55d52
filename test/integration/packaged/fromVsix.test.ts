import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openText, readFixture, waitFor } from '../fixtures';

describe('Policy Lens installed from its .vsix', () => {
  it('is loaded from the extensions folder, not the repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.ok(ext.extensionPath.split(path.sep).includes('extensions'), `extension path ${ext.extensionPath}`);
    assert.strictEqual(ext.packageJSON.main, './dist/extension.js');
  });

  it('activates on a Chinese document from the packaged bundle', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await openText(readFixture('hangzhou-model.zh-Hant.txt'));
    await waitFor('activation from the .vsix', () => (ext.isActive ? true : undefined));
  });

  it('reads the OpenCC dictionaries the package carries: a mixed-script slip is found, a conversion runs', async () => {
    const text = readFixture('hangzhou-model.zh-Hant.txt');
    const doc = await openText(text);
    // The slip check builds the s2t converter, phrase index and piece tables from dist/opencc/*.txt.
    const yu = await waitFor('mixed-script diagnostic for 于 in 取決于', () => vscode.languages.getDiagnostics(doc.uri)
      .find((d) => d.code === 'mixed-script' && d.range.start.isEqual(doc.positionAt(text.indexOf('取決于') + 2))));
    assert.strictEqual(yu.message, "'于' is a Simplified form in a Traditional text; Traditional: '於'.");
    const simplified = await openText('數據要素市場\n');
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.convert.t2s'), true);
    assert.strictEqual(simplified.getText(), '数据要素市场\n');
  });
});
