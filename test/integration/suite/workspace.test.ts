import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activatedExtension, openText, readFixture, waitFor } from '../fixtures';

const HANT = readFixture('hangzhou-model.zh-Hant.txt');

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n')
    .replace(/\\(.)/g, '$1');
}

async function hoverOn(doc: vscode.TextDocument, needle: string): Promise<string> {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, needle);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 1)));
}

type Api = { figuresAndTerms: vscode.TreeDataProvider<unknown>; statusItem: { text: string; command?: string | vscode.Command } };

describe('workspace glossaries, links, definitions and views', () => {
  let api: Api;
  const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;
  const glossaryUri = (): vscode.Uri => vscode.Uri.joinPath(folder(), '.policy-lens', 'glossary.json');
  const write = (text: string) => vscode.workspace.fs.writeFile(glossaryUri(), new TextEncoder().encode(text));

  before(async () => {
    api = (await activatedExtension()).exports as Api;
  });

  after(async () => {
    await vscode.workspace.fs.delete(glossaryUri()).then(undefined, () => undefined);
  });

  it('picks up a workspace glossary file without a reload, and its entries override the built-in ones', async () => {
    const doc = await openText(HANT);
    await write(JSON.stringify({ terms: [
      { term: '算谷', aliases: [], definition: '以算力為核心的產業集聚區。', source: { title: '杭州模式:DeepSeek與中國算谷', url: 'https://example.org/book' } },
      { term: '護城河', aliases: [], definition: '工作區覆寫的定義。' },
      { term: '國家信息化發展報告', aliases: [], definition: '國家互聯網信息辦公室的年度報告。', source: { title: '國家信息化發展報告(2023 年)', url: 'https://www.cac.gov.cn/' } },
    ] }, null, 2));
    const text = await waitFor('the workspace definition in the hover', async () => {
      const t = await hoverOn(doc, '護城河');
      return t.includes('工作區覆寫的定義') ? t : undefined;
    });
    assert.match(text, /glossary\.json:\d+/, 'the hover says which file defines it');
    const algo = await hoverOn(doc, '算谷》');
    assert.match(algo, /以算力為核心的產業集聚區/);
  });

  it('goes to the glossary entry on Go to Definition (workspace file, then built-in view)', async () => {
    const doc = await openText(HANT);
    await waitFor('workspace glossary loaded', async () => ((await hoverOn(doc, '算谷》')).includes('產業集聚區') ? true : undefined));
    const at = (needle: string) => doc.positionAt(HANT.indexOf(needle) + 1);
    const ws = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at('護城河'));
    const wsUri = ws?.[0] && ('uri' in ws[0] ? ws[0].uri : ws[0].targetUri);
    assert.strictEqual(wsUri?.path, glossaryUri().path);
    const builtin = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at('算力小鎮'));
    const loc = builtin?.[0] as vscode.Location;
    assert.strictEqual(loc.uri.scheme, 'policy-lens-glossary');
    const view = await vscode.workspace.openTextDocument(loc.uri);
    assert.match(view.lineAt(loc.range.start.line).text, /"term": "算力小鎮"/);
  });

  it('links a 《title》 the glossary knows to its source URL', async () => {
    const doc = await openText(HANT);
    const links = await waitFor('document links', async () => {
      const l = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
      return l && l.length > 0 ? l : undefined;
    });
    const link = links.find((l) => doc.getText(l.range) === '國家信息化發展報告(2023 年)');
    assert.ok(link, links.map((l) => doc.getText(l.range)).join(' | '));
    assert.strictEqual(link.target?.toString(), 'https://www.cac.gov.cn/');
    assert.ok(links.every((l) => ['http', 'https', 'file'].includes(l.target!.scheme)));
  });

  it('shows a broken glossary file as problems with line and column, and keeps the other entries working', async () => {
    const doc = await openText(HANT);
    await write('{\n  "terms": [\n    { "term": "算谷", "definition": 42 },\n    { "term": "護城河", "aliases": [], "definition": "仍然有效的定義。" }\n  ]\n}\n');
    const diags = await waitFor('glossary diagnostics', () => {
      const d = vscode.languages.getDiagnostics(glossaryUri());
      return d.length > 0 ? d : undefined;
    });
    assert.ok(diags.some((d) => d.range.start.line === 2 && /definition/.test(d.message)), diags.map((d) => `${d.range.start.line}:${d.message}`).join('\n'));
    await waitFor('the valid entry still applies', async () => ((await hoverOn(doc, '護城河')).includes('仍然有效的定義') ? true : undefined));
  });

  it('colours terms and figures with semantic tokens from its legend', async () => {
    const doc = await openText(HANT);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.deepStrictEqual(legend?.tokenTypes, ['policyTerm', 'policyFigure']);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    const decoded: { line: number; char: number; length: number; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push({ line, char, length: tokens.data[i + 2], type: legend.tokenTypes[tokens.data[i + 3]] });
    }
    const text = (t: (typeof decoded)[number]) => doc.lineAt(t.line).text.slice(t.char, t.char + t.length);
    assert.ok(decoded.some((t) => t.type === 'policyFigure' && text(t) === '8856 億美元'));
    assert.ok(decoded.some((t) => t.type === 'policyTerm' && text(t) === '數字鐵幕'));
    // Every token of the article, decoded from its deltas, lies on its line and covers text, no space at either end.
    assert.ok(decoded.length > 100, `${decoded.length} tokens`);
    const stray = decoded.filter((t) => t.length === 0 || text(t).length !== t.length || text(t).trim() !== text(t));
    assert.deepStrictEqual(stray, []);
  });

  it('exports the figure table as CSV', async () => {
    await openText(HANT);
    const table = await vscode.commands.executeCommand<vscode.TextDocument>('policyLens.exportFigureTable', 'csv');
    assert.ok(table);
    const lines = table.getText().split('\n');
    assert.strictEqual(lines[0], 'figure,kind,value,unit,approx,source,line');
    assert.ok(lines.includes('8856 億美元,amount,885600000000,USD,no,美國國家科學與工程統計中心,26'), lines.slice(0, 30).join('\n'));
  });

  it('lists the figures by section and the terms with counts in the Figures & Terms view', async () => {
    await openText(HANT);
    const roots = (await api.figuresAndTerms.getChildren()) ?? [];
    const items = await Promise.all(roots.map((r) => api.figuresAndTerms.getTreeItem(r)));
    assert.deepStrictEqual(items.map((i) => String(i.label).replace(/ \(\d+\)$/, '')), ['Figures', 'Terms']);
    const sections = (await api.figuresAndTerms.getChildren(roots[0])) ?? [];
    const sectionLabels = await Promise.all(sections.map(async (s) => String((await api.figuresAndTerms.getTreeItem(s)).label)));
    assert.ok(sectionLabels.includes('杭州模式的科技“護城河”'), sectionLabels.join(' | '));
    const figures = (await api.figuresAndTerms.getChildren(sections[sectionLabels.indexOf('杭州模式的科技“護城河”')])) ?? [];
    const first = await Promise.all(figures.map((f) => api.figuresAndTerms.getTreeItem(f)));
    const unsourced = first.find((i) => i.label === '4 266家');
    assert.ok(unsourced, first.map((i) => i.label).join(' | '));
    assert.strictEqual((unsourced.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.strictEqual(unsourced.command?.command, 'vscode.open');
    const terms = await Promise.all(((await api.figuresAndTerms.getChildren(roots[1])) ?? []).map((t) => api.figuresAndTerms.getTreeItem(t)));
    assert.ok(terms.some((t) => t.label === '杭州模式' && /^×\d+$/.test(String(t.description))));
  });
});

describe('status bar and settings', () => {
  let api: Api;
  before(async () => {
    api = (await activatedExtension()).exports as Api;
  });

  it('shows the script and the number of unsourced figures of the active document, opening the view on click', async () => {
    await openText(HANT);
    const text = await waitFor('the status bar text', () => (api.statusItem.text.includes('繁') ? api.statusItem.text : undefined));
    assert.match(text, /\$\(warning\) \d+/);
    assert.strictEqual(api.statusItem.command, 'policyLens.figuresView.focus');
    await openText(readFixture('hangzhou-model.zh-Hans.txt'));
    await waitFor('简 for the Simplified copy', () => (api.statusItem.text.includes('简') ? true : undefined));
  });

  it('follows a settings change without a reload (unsourced-figure problems switched off and on)', async () => {
    const doc = await openText(HANT);
    const unsourced = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'unsourced-figure').length;
    await waitFor('unsourced-figure problems', () => (unsourced() > 0 ? true : undefined));
    const config = vscode.workspace.getConfiguration('policyLens');
    await config.update('diagnostics.unsourcedFigures', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('no unsourced-figure problems', () => (unsourced() === 0 ? true : undefined));
      assert.ok(vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'mixed-script'), 'the other problems stay');
    } finally {
      await config.update('diagnostics.unsourcedFigures', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('unsourced-figure problems back', () => (unsourced() > 0 ? true : undefined));
  });
});

describe('another real policy text: a State Council opinion (国发〔2023〕16号)', () => {
  it('nests （一） under 一、 in the outline and reads its figures', async () => {
    const doc = await openText(readFixture('outline/neimenggu-opinion.zh-Hans.txt'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const first = symbols?.[0];
    assert.ok(first, 'an outline');
    assert.strictEqual(first.name, '一、总体要求');
    assert.deepStrictEqual(first.children.map((c) => c.name), ['(一)指导思想', '(二)工作原则']);
    assert.strictEqual(first.kind, vscode.SymbolKind.Class);
  });

  it('does not duplicate Markdown headings of a Markdown law text, and adds its 第X条 articles', async () => {
    const doc = await openText(readFixture('outline/pipl-excerpt.zh-Hans.md'), 'markdown');
    // The built-in Markdown extension lists the # headings once it has started; Policy Lens adds the articles.
    const names = await waitFor('the Markdown outline', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const out: string[] = [];
      const walk = (s: vscode.DocumentSymbol[]) => s.forEach((x) => (out.push(x.name), walk(x.children)));
      walk(symbols ?? []);
      return out.some((n) => n.includes('总则')) ? out : undefined;
    }, 30_000);
    assert.strictEqual(names.filter((n) => n.includes('总则')).length, 1, names.join(' | '));
    assert.ok(names.some((n) => n.startsWith('第二十九条')), 'the articles are in the outline');
  });
});
