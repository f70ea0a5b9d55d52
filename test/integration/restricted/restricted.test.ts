import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activatedExtension, openText, readFixture, waitFor } from '../fixtures';

const HANT = readFixture('hangzhou-model.zh-Hant.txt');

function hoverMarkdown(hovers: vscode.Hover[] | undefined): vscode.MarkdownString[] {
  return (hovers ?? []).flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c));
}

describe('Restricted Mode (an untrusted workspace)', () => {
  const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;
  const glossaryUri = (): vscode.Uri => vscode.Uri.joinPath(folder(), '.policy-lens', 'glossary.json');

  after(async () => {
    await vscode.workspace.fs.delete(glossaryUri()).then(undefined, () => undefined);
  });

  it('runs in a folder VS Code does not trust', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'this suite must run in Restricted Mode');
    const ext = await activatedExtension();
    assert.ok(ext.isActive, 'Policy Lens declares limited support and activates');
  });

  it('reads a workspace glossary as data, but shows its source as text: no link, no command, no HTML', async () => {
    await activatedExtension();
    await vscode.workspace.fs.writeFile(glossaryUri(), new TextEncoder().encode(JSON.stringify({ terms: [
      { term: '算谷', definition: '受限模式下的工作區定義。', source: { title: '杭州模式:DeepSeek與中國算谷', url: 'https://example.org/book' } },
      { term: '護城河', definition: '<img src=x onerror=alert(1)> [點我](command:workbench.action.quit) 工作區覆寫。' },
    ] })));
    const doc = await openText(HANT);
    const at = (needle: string) => doc.positionAt(HANT.indexOf(needle) + 1);
    const markdown = await waitFor('the workspace definition in the hover', async () => {
      const md = hoverMarkdown(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('算谷》')));
      return md.some((m) => m.value.includes('受限模式下的工作區定義')) ? md : undefined;
    });
    const text = markdown.map((m) => m.value).join('\n');
    assert.ok(text.includes('DeepSeek'), `the source's title is in the hover: ${text}`);
    assert.ok(!text.includes('example.org'), `the workspace URL is not in the hover: ${text}`);
    assert.ok(markdown.every((m) => m.isTrusted !== true && m.supportHtml !== true), 'hover Markdown is never trusted and never renders HTML');

    // Text from a glossary is escaped: its Markdown link and HTML stay text.
    const moat = hoverMarkdown(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('護城河')));
    const moatText = moat.map((m) => m.value).join('\n');
    assert.match(moatText, /工作區覆寫/);
    assert.ok(!/\]\(command:/.test(moatText), `no command link: ${moatText}`);
    assert.ok(!moatText.includes('<img'), `no raw HTML: ${moatText}`);

    const links = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri)) ?? [];
    assert.ok(links.every((l) => !l.target?.toString().includes('example.org')), 'no document link from the workspace glossary');
  });
});
