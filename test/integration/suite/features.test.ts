import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activatedExtension, openText, readFixture, waitFor } from '../fixtures';

const HANT = readFixture('hangzhou-model.zh-Hant.txt');
const HANS = readFixture('hangzhou-model.zh-Hans.txt');

/** The hover as a reader sees it: Markdown escapes removed. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n')
    .replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function hoverAt(doc: vscode.TextDocument, needle: string, nth = 0, delta = 1): Promise<string> {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} is in the document`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + delta));
  return hoverText(hovers ?? []);
}

function flatten(symbols: vscode.DocumentSymbol[], depth = 0): { name: string; depth: number; kind: vscode.SymbolKind }[] {
  return symbols.flatMap((s) => [{ name: s.name, depth, kind: s.kind }, ...flatten(s.children, depth + 1)]);
}

describe('editor features on the sample article', () => {
  let hant: vscode.TextDocument;
  let hans: vscode.TextDocument;

  before(async () => {
    await activatedExtension();
    hant = await openText(HANT);
    hans = await openText(HANS);
  });

  it('explains 護城河 on hover with its definition, its four script forms and where it is defined', async () => {
    const text = await hoverAt(hant, '護城河');
    assert.match(text, /\*\*護城河\*\*/);
    assert.match(text, /简体 护城河/);
    assert.match(text, /繁體 護城河/);
    assert.match(text, /built-in glossary/);
    assert.match(text, /杭州模式/, 'the source names the book');
  });

  it('finds the same term in the Simplified copy (护城河 = 護城河)', async () => {
    const text = await hoverAt(hans, '护城河');
    assert.match(text, /\*\*護城河\*\*/);
  });

  it('gives 8856 億美元 its value and links it to 美國國家科學與工程統計中心', async () => {
    const text = await hoverAt(hant, '8856 億美元');
    assert.match(text, /885,600,000,000 USD/);
    assert.match(text, /8\.856 × 10¹¹/);
    assert.match(text, /美國國家科學與工程統計中心/);
  });

  it('reads 230 百億億次浮點運算/秒(EFLOPS) as 230 EFLOPS, cited from 國家信息化發展報告', async () => {
    const text = await hoverAt(hant, '230 百億億次');
    assert.match(text, /230 EFLOPS/);
    assert.match(text, /國家信息化發展報告/);
  });

  it('says so when a figure cites no source (4 266家)', async () => {
    const text = await hoverAt(hant, '4 266家');
    assert.match(text, /No source cited/);
  });

  it('outlines the article: 導語, the three section headings and the figure captions nested under them', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', hant.uri);
    const flat = flatten(symbols ?? []);
    const names = flat.map((s) => s.name);
    for (const expected of ['導語', '科技競爭的三大核心要素:算力、算法和數據資源', '戰略的高度,取決于政策的穩定性', '杭州模式的科技“護城河”']) {
      assert.ok(names.includes(expected), `outline has ${expected}: ${names.join(' | ')}`);
    }
    const caption = flat.find((s) => s.name.includes('AI三大要素'));
    assert.ok(caption, 'the caption 圖1-1 is in the outline');
    assert.ok(caption.depth > 0, 'a caption nests under its section');
    assert.strictEqual(caption.kind, vscode.SymbolKind.Event);
    assert.strictEqual(names.filter((n) => n.startsWith('戰略的高度')).length, 1, 'the repeated sentence ending with 。 is not a heading');
  });

  it('folds each section of the article', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', hant.uri);
    const headingLine = HANT.split('\n').findIndex((l) => l === '杭州模式的科技“護城河”');
    assert.ok((ranges ?? []).some((r) => r.start === headingLine && r.end > headingLine + 5), `a fold starts at line ${headingLine}`);
  });

  it('reports the Simplified slips of the Traditional article (取決于, 生產關系) and fixes one with a quick fix', async () => {
    const doc = await openText(HANT);
    const diags = await waitFor('mixed-script diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.code === 'mixed-script');
      return d.length > 0 ? d : undefined;
    });
    const at = (needle: string, offset: number) => doc.positionAt(HANT.indexOf(needle) + offset);
    const yu = diags.find((d) => d.range.start.isEqual(at('取決于', 2)));
    assert.ok(yu, `于 in 取決于 is reported: ${diags.map((d) => doc.getText(d.range)).join('')}`);
    // The message goes through vscode.l10n.t with the core's template as its key (English here).
    assert.strictEqual(yu.message, "'于' is a Simplified form in a Traditional text; Traditional: '於'.");
    assert.ok(diags.some((d) => d.range.start.isEqual(at('生產關系', 3))), '系 in 生產關系 is reported');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, yu.range);
    const fix = (actions ?? []).find((a) => a.title.includes("'於'"));
    assert.ok(fix?.edit, `a quick fix replaces 于 with 於: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.getText(new vscode.Range(at('取決于', 0), at('取決于', 3))), '取決於');
    assert.ok((actions ?? []).some((a) => /Convert all \d+ mixed-script characters to Traditional/.test(a.title)));
  });

  it('converts every slip of the document with the Convert all quick fix, its edit made when it is picked', async () => {
    const doc = await openText(HANT);
    const first = await waitFor('a mixed-script diagnostic', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'mixed-script'));
    const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, first.range);
    const all = (actions: vscode.CodeAction[] | undefined) => (actions ?? []).find((a) => /^Convert all \d+ mixed-script characters to Traditional$/.test(a.title));
    assert.ok(all(offered), (offered ?? []).map((a) => a.title).join(' | '));
    assert.strictEqual(all(offered)?.edit, undefined, 'no edit until the action is resolved');
    // VS Code resolves an action when it is picked; the command does so for the first N it returns.
    const resolved = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, first.range, undefined, 10);
    const fix = all(resolved);
    assert.ok(fix?.edit, 'the resolved action has its edit');
    assert.strictEqual(fix.title, all(offered)?.title);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('取決於') && doc.getText().includes('生產關係'), 'the slips of the article are converted');
    await waitFor('no mixed-script diagnostic left', () => (vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'mixed-script') ? undefined : true));
  });

  it('names the majority script in Convert all when a text mixes both', async () => {
    // The Simplified copy of the article with a part of the Traditional one pasted in: mixed, mostly Simplified.
    const text = `${readFixture('hangzhou-model.zh-Hans.txt').slice(0, 2000)}\n${HANT.slice(0, 800)}\n`;
    const doc = await openText(text);
    const slip = await waitFor('a mixed-script diagnostic in the pasted part', () => vscode.languages.getDiagnostics(doc.uri)
      .find((d) => d.code === 'mixed-script' && doc.offsetAt(d.range.start) > 2000));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, slip.range);
    const titles = (actions ?? []).map((a) => a.title);
    assert.ok(titles.some((t) => /^Convert all \d+ mixed-script characters to Simplified$/.test(t)), titles.join(' | '));
  });

  it('reports a clause pasted in Simplified as one problem and converts it with one quick fix', async () => {
    const text = `${HANT.slice(0, 200)}\n他說：这个系统很好。\n`;
    const doc = await openText(text);
    const start = doc.positionAt(text.indexOf('这个系统'));
    const run = await waitFor('mixed-script diagnostic for 这个系统', () => vscode.languages.getDiagnostics(doc.uri)
      .find((d) => d.code === 'mixed-script' && d.range.start.isEqual(start)));
    assert.strictEqual(doc.getText(run.range), '这个系统');
    assert.strictEqual(run.message, "'这个系统' has 3 Simplified forms in a Traditional text; Traditional: '這個系統'.");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, run.range);
    const fix = (actions ?? []).find((a) => a.title === "Replace '这个系统' with '這個系統'");
    assert.ok(fix?.edit, `a quick fix converts the clause: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.lineAt(start.line).text, '他說：這個系統很好。');
  });

  it('names a long pasted sentence in its quick fix by its first characters, and converts all of it', async () => {
    const sentence = '这是一个非常长的句子，用来检验这个系统如何处理很长的简体字段落。';
    const text = `${HANT.slice(0, 2000)}\n他說：${sentence}\n`;
    const doc = await openText(text);
    const start = doc.positionAt(text.indexOf(sentence));
    const run = await waitFor('one mixed-script diagnostic for the sentence', () => vscode.languages.getDiagnostics(doc.uri)
      .find((d) => d.code === 'mixed-script' && d.range.start.isEqual(start)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, run.range);
    const fix = (actions ?? []).find((a) => a.title.startsWith("Replace '这是一个非常长的句子，用来检验…' with '這是一個非常長的句子，用來檢驗…'"));
    assert.ok(fix?.edit, `a quick fix with a short title: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.lineAt(start.line).text, '他說：這是一個非常長的句子，用來檢驗這個系統如何處理很長的簡體字段落。');
  });

  it('reports a figure without a source as information and offers a 資料來源 placeholder', async () => {
    const doc = await openText(HANT);
    const diag = await waitFor('unsourced-figure diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'unsourced-figure' && doc.getText(d.range) === '4 266家'));
    assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(diag.message, 'No source is cited for 4 266家.');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const fix = (actions ?? []).find((a) => a.title.includes('資料來源'));
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('市企業研發中心4 266家（資料來源：）。'), 'the placeholder ends the sentence, before its 。');
  });

  it('clears its diagnostics when the document is closed', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '一、總則\n二、目的\n四、範圍\n', language: 'plaintext' });
    await vscode.window.showTextDocument(doc);
    const skip = await waitFor('heading-skip diagnostic', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'heading-skip'));
    // A template that uses one argument twice ({1}).
    assert.strictEqual(skip.message, 'Heading numbers skip from 二、 to 四、: expected 三、, found 四、');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('diagnostics cleared', () => (vscode.languages.getDiagnostics(doc.uri).length === 0 ? true : undefined));
  });

  it('shows a year before the common era in words in its hover, not as a negative number', async () => {
    const doc = await openText('秦朝建立於公元前221年，東漢為公元25至220年。\n');
    const bce = await hoverAt(doc, '公元前221年', 0, 4);
    assert.ok(bce.includes('Value: 221 BCE'), bce);
    const period = await hoverAt(doc, '公元25至220年', 0, 3);
    assert.ok(period.includes('Value: 25–220'), period);
  });

  it('leaves a document without Chinese alone', async () => {
    const doc = await openText('The quick brown fox, 2024, 59%.\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 28));
    assert.strictEqual(hoverText(hovers ?? []).includes('percentage'), false);
  });
});

describe('a large document', () => {
  it('answers for the newest version when an edit overtakes the first analysis', async () => {
    await activatedExtension();
    const doc = await openText(HANT.repeat(120)); // ~1.6 M characters: analysed in slices
    const editor = vscode.window.activeTextEditor!;
    const stale = vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '一、新增的總則\n')));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.strictEqual(symbols?.[0]?.name, '一、新增的總則');
    await stale;
    const hover = await hoverAt(doc, '8856 億美元', 100);
    assert.match(hover, /885,600,000,000 USD/);
  });
});
