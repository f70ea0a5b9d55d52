import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'policylens.policy-lens';

/** The repository's test/fixtures folder, passed in by the harness. */
export function fixturePath(name: string): string {
  const dir = process.env.POLICY_LENS_FIXTURES;
  if (!dir) throw new Error('POLICY_LENS_FIXTURES is not set: run the suite through test/host/runTests.mjs');
  return path.join(dir, name);
}

export function readFixture(name: string): string {
  return fs.readFileSync(fixturePath(name), 'utf8');
}

/** Opens fixture text as an untitled document of `language` and shows it. */
export async function openText(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ content, language });
  await vscode.window.showTextDocument(doc);
  return doc;
}

export async function activatedExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded in this host`);
  await ext.activate();
  return ext;
}

/** Polls `probe` until it returns a value other than undefined, or fails with `what` after the deadline. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
