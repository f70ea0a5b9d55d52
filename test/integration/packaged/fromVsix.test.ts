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
});
