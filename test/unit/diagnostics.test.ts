import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinGlossary } from '../../src/core/analysis';
import { nextTurn } from '../../src/core/steps';
import { registerDiagnostics } from '../../src/features/diagnostics';
import { DocumentAnalyses } from '../../src/workspace/analyses';
import type { WorkspaceGlossaries } from '../../src/workspace/glossaries';
import type { Settings } from '../../src/workspace/settings';
import { EventEmitter, languages, StandInDocument, Uri, workspace } from './standIn/vscode';

const SAMPLE = readFileSync(join(process.cwd(), 'test/fixtures/hangzhou-model.zh-Hant.txt'), 'utf8');

/** The diagnostics registration on a fresh DocumentAnalyses, with the documents open, and the collection it lists problems in. */
function listing(docs: StandInDocument[]) {
  const current = {
    languages: ['plaintext'], maxFileSizeMB: 20,
    diagnostics: { enabled: true, unsourcedFigures: true, mixedScript: true, termConsistency: true, headingNumbers: true, brackets: true, dates: true, maxProblems: 1000 },
  };
  const settingsChanged = new EventEmitter<void>();
  const settings = { current, onDidChange: settingsChanged.event } as unknown as Settings;
  const never = new EventEmitter<void>().event;
  const analyses = new DocumentAnalyses(settings, { current: () => builtinGlossary(), onDidChange: never } as unknown as WorkspaceGlossaries);
  workspace.textDocuments = docs;
  const create = languages.createDiagnosticCollection;
  let collection: Map<string, unknown[]> | undefined;
  languages.createDiagnosticCollection = () => (collection = create());
  const registration = registerDiagnostics(analyses, settings);
  languages.createDiagnosticCollection = create;
  const entries = (): number => (analyses as unknown as { entries: Map<string, unknown> }).entries.size;
  const dispose = (): void => {
    registration.dispose();
    analyses.dispose();
    workspace.textDocuments = [];
  };
  return { current, changeSettings: () => settingsChanged.fire(), analyses, problems: collection!, entries, dispose };
}

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextTurn();
}

describe('Problems listed for policy documents', () => {
  it('lists the problems of a policy document', async () => {
    const doc = new StandInDocument(Uri.file('/d/listed.txt'), SAMPLE);
    const l = listing([doc]);
    try {
      while (!l.problems.has(doc.uri.toString())) await nextTurn();
      assert.ok(l.problems.get(doc.uri.toString())!.length > 0);
    } finally {
      l.dispose();
    }
  });

  it('lists none for a document whose language leaves policyLens.languages while its problems are being listed', async () => {
    const doc = new StandInDocument(Uri.file('/d/language.txt'), SAMPLE.repeat(4));
    const l = listing([doc]);
    try {
      while (l.entries() === 0) await nextTurn(); // the first listing waits for the analysis
      l.current.languages = ['markdown'];
      l.changeSettings(); // every document is listed again, and this one is no policy document now
      await turns(2000);
      assert.equal(l.problems.get(doc.uri.toString()), undefined, `${l.problems.get(doc.uri.toString())?.length} problems listed`);
    } finally {
      l.dispose();
    }
  });

  it('lists none for a document whose language leaves policyLens.languages once its problems are being written', async () => {
    const doc = new StandInDocument(Uri.file('/d/late.txt'), SAMPLE.repeat(40));
    const l = listing([doc]);
    const analysed = (): boolean => [...(l.analyses as unknown as { entries: Map<string, { analysis?: unknown }> }).entries.values()].some((e) => e.analysis);
    try {
      while (!analysed()) await nextTurn();
      await nextTurn(); // the listing has its analysis and writes the problems, a slice per turn
      l.current.languages = ['markdown'];
      l.changeSettings();
      await turns(2000);
      assert.equal(l.problems.get(doc.uri.toString()), undefined, `${l.problems.get(doc.uri.toString())?.length} problems listed`);
    } finally {
      l.dispose();
    }
  });

  it('lists none for a copy shown beside a document (the git: original of a diff)', async () => {
    const copy = new StandInDocument(Uri.from({ scheme: 'git', path: '/d/draft.txt' }), SAMPLE);
    const doc = new StandInDocument(Uri.file('/d/draft.txt'), SAMPLE);
    const l = listing([copy, doc]);
    try {
      while (!l.problems.has(doc.uri.toString())) await nextTurn();
      await turns(50);
      assert.deepEqual([...l.problems.keys()], [doc.uri.toString()]);
    } finally {
      l.dispose();
    }
  });

  it('leaves no promise rejected when the extension is deactivated while problems are being listed', async () => {
    const rejected: unknown[] = [];
    const onRejection = (e: unknown): void => void rejected.push(e);
    process.on('unhandledRejection', onRejection);
    const doc = new StandInDocument(Uri.file('/d/deactivated.txt'), SAMPLE.repeat(4));
    const l = listing([doc]);
    try {
      while (l.entries() === 0) await nextTurn();
      l.dispose(); // context.subscriptions in extension.ts's order: the analyses, then the diagnostics
      await new Promise((resolve) => setTimeout(resolve, 500));
      await turns(200);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    assert.deepEqual(rejected.map(String), []);
  });
});

