import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension';
import { SCHEDULE_ENV } from '../../../src/activationCost';
import { EXTENSION_ID, openText, readFixture, waitFor } from '../fixtures';

describe('Policy Lens in a real VS Code extension host', () => {
  it('runs in the Node extension host of VS Code 1.100', () => {
    console.log(`vscode ${vscode.version}, ${vscode.env.appName}, uiKind=${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote=${vscode.env.remoteName}, node ${process.version}`);
    assert.ok(process.argv.includes('--type=extensionHost'), 'tests run inside the extension host process');
    assert.match(vscode.version, /^1\.100\./);
  });

  it('activates when a Chinese plain-text document is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    await openText(readFixture('hangzhou-model.zh-Hant.txt'));
    await waitFor('activation', () => (ext.isActive ? true : undefined));
    assert.strictEqual(ext.extensionPath.includes('.vscode-test'), false, 'loaded from the development folder');
    const { activationMs, activationCpuMs, activationThreadMs, activationWaitMs } = ext.exports as PolicyLensApi;
    assert.ok(activationMs > 0 && activationCpuMs >= 0);
    // Linux says how long the host's thread ran and how long it waited for a core (updated at the scheduler's ticks),
    // when the harness asks for it.
    if (process.platform === 'linux' && process.env[SCHEDULE_ENV] === '1') {
      assert.ok(activationThreadMs !== undefined && activationWaitMs !== undefined, 'Linux gives the thread\'s schedule');
      assert.ok(activationThreadMs >= 0 && activationWaitMs >= 0, JSON.stringify({ activationMs, activationThreadMs, activationWaitMs }));
    }
    // While the workbench starts, the host may wait for one of the two cores: the wall time counts that wait too.
    const thread = activationThreadMs === undefined ? '' : `; this thread ran ${activationThreadMs.toFixed(2)} ms and waited ${activationWaitMs!.toFixed(2)} ms for a core`;
    console.log(`# activate() took ${activationMs.toFixed(2)} ms in the extension host (${activationCpuMs.toFixed(2)} ms of the process's CPU time${thread})`);
  });

  it('contributes the policy language for .policy files', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('policy'));
    const doc = await vscode.workspace.openTextDocument({ content: '一、總則', language: 'policy' });
    assert.strictEqual(doc.languageId, 'policy');
  });
});
