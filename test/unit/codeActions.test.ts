import * as assert from 'node:assert/strict';
import { analyze, builtinGlossary } from '../../src/core/analysis';
import { registerCodeActions } from '../../src/features/codeActions';
import { DocumentAnalyses } from '../../src/workspace/analyses';
import type { WorkspaceGlossaries } from '../../src/workspace/glossaries';
import type { Settings } from '../../src/workspace/settings';
import { EventEmitter, providers, Range, StandInDocument, Uri, type CodeAction } from './standIn/vscode';

type Provider = { provideCodeActions(doc: unknown, range: Range): Promise<CodeAction[] | undefined> };

describe('quick fixes', () => {
  let analyses: DocumentAnalyses;
  let registration: { dispose(): void };
  const diagnostics = { enabled: true, unsourcedFigures: true, mixedScript: true, termConsistency: true, headingNumbers: true, brackets: true, dates: true, maxProblems: 1000 };
  const current = { languages: ['plaintext'], maxFileSizeMB: 20, diagnostics: { ...diagnostics } };
  beforeEach(() => {
    current.diagnostics = { ...diagnostics };
    const never = new EventEmitter<void>().event;
    const settings = { current, onDidChange: never } as unknown as Settings;
    analyses = new DocumentAnalyses(settings, { current: () => builtinGlossary(), onDidChange: never } as unknown as WorkspaceGlossaries);
    registration = registerCodeActions([], analyses, settings);
  });
  afterEach(() => {
    registration.dispose();
    analyses.dispose();
  });

  let documents = 0;
  /** The quick fixes offered at [start, end) of `text`, and the text each one's edit makes. */
  async function fixesAt(text: string, start: number, end = start + 1): Promise<{ title: string; result: string }[]> {
    const doc = new StandInDocument(Uri.file(`/fixes-${++documents}.txt`), text);
    const provider = providers.get('codeActions') as Provider;
    const actions = await provider.provideCodeActions(doc, new Range(doc.positionAt(start), doc.positionAt(end))) ?? [];
    return actions.filter((a) => a.edit).map((a) => {
      let result = text;
      for (const e of [...a.edit!.edits].sort((x, y) => doc.offsetAt(y.range.start) - doc.offsetAt(x.range.start))) {
        result = result.slice(0, doc.offsetAt(e.range.start)) + e.newText + result.slice(doc.offsetAt(e.range.end));
      }
      return { title: a.title, result };
    });
  }

  it('offers the document\'s own form where the slip is the glossary\'s form (a Traditional draft slipping into 阿里云)', async () => {
    const text = '阿里雲是全球排名第三的雲廠商。杭州還擁有阿里云。阿里雲的算力很強。\n';
    const fixes = await fixesAt(text, text.indexOf('阿里云'), text.indexOf('阿里云') + 3);
    const form = fixes.find((f) => f.title.includes('阿里雲'));
    assert.ok(form, JSON.stringify(fixes));
    assert.equal(form.title, "Write '阿里雲', as elsewhere in this document");
    assert.equal(form.result, text.replace('阿里云', '阿里雲'));
    assert.ok(fixes.every((f) => f.result !== text), `no fix leaves the text as it is: ${JSON.stringify(fixes)}`);
  });

  it('still offers the glossary\'s form where the slip is another form', async () => {
    const text = '杭州還擁有阿里云。阿里雲是全球排名第三的雲廠商，阿里云的算力很強。\n';
    const at = text.indexOf('阿里雲');
    const fixes = await fixesAt(text, at, at + 3);
    assert.deepEqual(fixes.find((f) => f.title.startsWith('Use the glossary form')), {
      title: "Use the glossary form '阿里云'", result: text.replace('阿里雲', '阿里云'),
    });
  });

  it('offers no fix for a kind of problem switched off in the settings (no light bulb for what is not listed)', async () => {
    const text = '這種高效的政策執行力，为杭州構建科技競爭力提供了制度保障。全市算力增長了35%。\n';
    const slip = text.indexOf('为');
    const figure = text.indexOf('35%');
    assert.ok((await fixesAt(text, slip)).length > 0 && (await fixesAt(text, figure, figure + 3)).length > 0, 'offered when on');
    current.diagnostics = { ...diagnostics, mixedScript: false, unsourcedFigures: false };
    assert.deepEqual(await fixesAt(text, slip), []);
    assert.deepEqual(await fixesAt(text, figure, figure + 3), []);
    current.diagnostics = { ...diagnostics, enabled: false };
    assert.deepEqual(await fixesAt(text, 0, text.length), []);
  });

  for (const [what, sentence] of [
    ['a sentence ending in 。', '全市算力增長了35%。'],
    ['a quotation closed after its 。', '他說：「全市算力增長了35%。」'],
    ['a sentence with no 。 at the line end', '全市算力增長了35%'],
    ['a figure in the middle of its sentence', '全市算力增長了35%，居全國前列。'],
  ] as const) {
    it(`puts the source placeholder where, filled in, it cites the figure: ${what}`, async () => {
      const text = `導語\n${sentence}\n下一段。\n`;
      const at = text.indexOf('35%');
      const placeholder = (await fixesAt(text, at, at + 3)).find((f) => f.title.includes('資料來源'));
      assert.ok(placeholder);
      assert.equal(placeholder.title, 'Insert a source placeholder （資料來源：） at the end of this sentence');
      const filled = placeholder.result.replace('（資料來源：）', '（資料來源：國家統計局）');
      const figure = analyze(filled).figures.find((f) => f.text === '35%');
      assert.equal(figure?.source?.text, '資料來源：國家統計局', filled);
    });
  }
});

