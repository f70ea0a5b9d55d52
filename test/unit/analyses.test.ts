import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { analyze, builtinGlossary } from '../../src/core/analysis';
import { DocumentAnalyses } from '../../src/workspace/analyses';
import type { WorkspaceGlossaries } from '../../src/workspace/glossaries';
import type { Settings } from '../../src/workspace/settings';
import { nextTurn } from '../../src/core/steps';
import { EventEmitter, StandInDocument, Uri, window } from './standIn/vscode';

// DocumentAnalyses in node, on the stand-in `vscode` (test/unit/standIn/vscode.ts).
const SAMPLE = readFileSync(join(process.cwd(), 'test/fixtures/hangzhou-model.zh-Hant.txt'), 'utf8');

function newAnalyses(): DocumentAnalyses {
  const never = new EventEmitter<void>().event;
  const settings = { current: { languages: ['plaintext'], maxFileSizeMB: 20 }, onDidChange: never } as unknown as Settings;
  const glossaries = { current: () => builtinGlossary(), onDidChange: never } as unknown as WorkspaceGlossaries;
  return new DocumentAnalyses(settings, glossaries);
}

let documents = 0;
function open(text: string): StandInDocument {
  return new StandInDocument(Uri.file(`/test/document-${++documents}.txt`), text);
}

/** Counts turns of the event loop until stopped. */
function turnCounter(): { now: () => number; stop: () => void; onTurn: (f: () => void) => void } {
  let turn = 0;
  let running = true;
  const hooks: (() => void)[] = [];
  const tick = (): void => {
    turn++;
    for (const h of hooks) h();
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { now: () => turn, stop: () => (running = false), onTurn: (f) => hooks.push(f) };
}

describe('DocumentAnalyses', () => {
  let analyses: DocumentAnalyses;
  beforeEach(() => (analyses = newAnalyses()));
  afterEach(() => analyses.dispose());

  it('answers the features waiting for one analysis one per turn of the event loop, all with that analysis', async () => {
    const doc = open(SAMPLE);
    const counter = turnCounter();
    const answers = await Promise.all(['folding', 'symbols', 'diagnostics'].map(async () => {
      const a = await analyses.analysis(doc as unknown as vscode.TextDocument);
      return { a, turn: counter.now() };
    }));
    counter.stop();
    assert.ok(answers[0].a && answers[0].a.figures.length > 0);
    assert.ok(answers.every(({ a }) => a === answers[0].a), 'one analysis for all');
    const turns = answers.map(({ turn }) => turn);
    assert.ok(turns[0] < turns[1] && turns[1] < turns[2], `turns ${turns.join(', ')}`);
  });

  it('answers for the version made while a feature waited for its turn, not the one analysed', async () => {
    // Version 1 has no Chinese (no analysis); version 2, made just after the run ended, has.
    const doc = open('hello world, nothing to analyse here.\n');
    const counter = turnCounter();
    const entries = (analyses as unknown as { entries: Map<string, { withoutChinese?: number }> }).entries;
    counter.onTurn(() => {
      if (doc.version === 1 && entries.get(doc.uri.toString())?.withoutChinese === 1) doc.edit(0, doc.getText().length, '據統計，杭州的算力增長了35%。\n');
    });
    const answers = await Promise.all([0, 1, 2].map(() => analyses.analysis(doc as unknown as vscode.TextDocument)));
    counter.stop();
    assert.equal(doc.version, 2, 'the edit came while the callers waited');
    for (const a of answers) {
      assert.ok(a, 'an analysis of version 2, not the undefined of version 1');
      assert.equal(a.figures[0]?.text, '35%');
    }
  });

  it('answers nothing for a document closed meanwhile, and keeps nothing of it', async () => {
    const doc = open(SAMPLE);
    const asked = analyses.analysis(doc as unknown as vscode.TextDocument);
    doc.close();
    assert.equal(await asked, undefined);
    assert.equal((analyses as unknown as { entries: Map<string, unknown> }).entries.size, 0);
  });

  it('lets nothing of a document closed while the first-use tables are built into its cache (fresh process)', function () {
    this.timeout(30000);
    // The tables are built once per process: this process has them already, so a fresh one runs the case.
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-analyses-'));
    try {
      const root = process.cwd();
      const entry = join(dir, 'probe.ts');
      writeFileSync(entry, `
        import { builtinGlossary } from ${JSON.stringify(join(root, 'src/core/analysis'))};
        import { DocumentAnalyses } from ${JSON.stringify(join(root, 'src/workspace/analyses'))};
        import { EventEmitter, StandInDocument, Uri } from ${JSON.stringify(join(root, 'test/unit/standIn/vscode'))};
        const never = new EventEmitter<void>().event;
        const analyses = new DocumentAnalyses({ current: { languages: ['plaintext'], maxFileSizeMB: 20 }, onDidChange: never } as any,
          { current: () => builtinGlossary(), onDidChange: never } as any);
        const doc = new StandInDocument(Uri.file('/a.txt'), '據統計，杭州的算力增長了35%。\\n');
        let turns = 0;
        const tick = () => { turns++; if (turns === 2) doc.close(); if (turns < 1000) setImmediate(tick); };
        setImmediate(tick);
        analyses.analysis(doc as any).then((a) => {
          const reopened = new StandInDocument(Uri.file('/a.txt'), '據統計，杭州的算力增長了35%。\\n');
          return analyses.analysis(reopened as any).then((b) => {
            console.log(JSON.stringify({ closedAt: 2, answeredAt: turns, answer: a === undefined ? null : 'analysis',
              entries: [...(analyses as any).entries.keys()], reopened: b ? b.figures.map((f: any) => f.text) : null }));
          });
        });`);
      const bundle = join(dir, 'probe.js');
      execFileSync(join(root, 'node_modules/.bin/esbuild'), [entry, '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`,
        '--log-level=error', `--alias:vscode=${join(root, 'test/unit/standIn/vscode.ts')}`]);
      const report = JSON.parse(execFileSync(process.execPath, [bundle], { encoding: 'utf8' })) as
        { answeredAt: number; answer: string | null; entries: string[]; reopened: string[] | null };
      assert.ok(report.answeredAt > 2, `answered at turn ${report.answeredAt}: the tables took more than two turns`);
      assert.equal(report.answer, null);
      assert.deepEqual(report.reopened, ['35%'], 'the document opened again under the same name gets its analysis');
      assert.deepEqual(report.entries, ['file:///a.txt'], 'only the reopened document is kept');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('DocumentAnalyses and the documents it annotates', () => {
  const current = { languages: ['plaintext'], maxFileSizeMB: 20 };
  const settingsChanged = new EventEmitter<void>();
  let analyses: DocumentAnalyses;
  const entries = (): string[] => [...(analyses as unknown as { entries: Map<string, unknown> }).entries.keys()];
  beforeEach(() => {
    current.languages = ['plaintext'];
    current.maxFileSizeMB = 20;
    const never = new EventEmitter<void>().event;
    analyses = new DocumentAnalyses({ current, onDidChange: settingsChanged.event } as unknown as Settings,
      { current: () => builtinGlossary(), onDidChange: never } as unknown as WorkspaceGlossaries);
  });
  afterEach(() => analyses.dispose());

  it('answers nothing, and keeps nothing, for a document whose language leaves policyLens.languages during its analysis', async () => {
    const doc = open(SAMPLE.repeat(4));
    const asked = analyses.analysis(doc as unknown as vscode.TextDocument);
    while (entries().length === 0) await nextTurn(); // its analysis has started
    current.languages = ['markdown'];
    settingsChanged.fire();
    assert.equal(await asked, undefined);
    assert.deepEqual(entries(), []);
  });

  it('answers nothing for a copy shown beside a document (a git: original, a conversion preview)', async () => {
    for (const scheme of ['git', 'policy-lens-preview']) {
      const copy = new StandInDocument(Uri.from({ scheme, path: '/draft.txt' }), SAMPLE);
      assert.equal(await analyses.analysis(copy as unknown as vscode.TextDocument), undefined, scheme);
    }
    assert.ok(await analyses.analysis(open(SAMPLE) as unknown as vscode.TextDocument), 'a file: document of the same text has one');
  });

  it('skips a document over policyLens.maxFileSizeMB with one notice however often it is asked for, and reads it once the limit is raised', async () => {
    current.maxFileSizeMB = SAMPLE.length / 2 / (1024 * 1024);
    const doc = open(SAMPLE);
    const shownBefore = window.messages.length;
    assert.equal(await analyses.analysis(doc as unknown as vscode.TextDocument), undefined);
    assert.equal(await analyses.analysis(doc as unknown as vscode.TextDocument), undefined);
    doc.edit(0, 0, '的');
    assert.equal(await analyses.analysis(doc as unknown as vscode.TextDocument), undefined);
    const shown = window.messages.slice(shownBefore);
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0], /document-\d+\.txt/);
    assert.match(shown[0], /policyLens\.maxFileSizeMB/);
    assert.equal(analyses.sizeLimitExceeded(doc as unknown as vscode.TextDocument), current.maxFileSizeMB);
    current.maxFileSizeMB = 20;
    settingsChanged.fire();
    assert.ok(await analyses.analysis(doc as unknown as vscode.TextDocument), 'analysed once the limit is raised');
    assert.equal(analyses.sizeLimitExceeded(doc as unknown as vscode.TextDocument), undefined);
  });

  it('answers nothing once disposed, and starts no analysis again for the callers still waiting', async () => {
    const doc = open(SAMPLE.repeat(4));
    const asked = analyses.analysis(doc as unknown as vscode.TextDocument);
    while (entries().length === 0) await nextTurn();
    analyses.dispose();
    assert.equal(await asked, undefined);
    assert.deepEqual(entries(), []);
    assert.equal(await analyses.analysis(open(SAMPLE) as unknown as vscode.TextDocument), undefined);
  });
});

describe('a first analysis of a large document while the user types', () => {
  // Short lines, so that a few hundred kilobytes span many of the pieces a first analysis reads (2,000 lines each).
  const LINES = SAMPLE.split('\n').filter((l) => l.length > 0).flatMap((l) => l.match(/[^。]+。?/g) ?? []);
  const INSERTS = ['的', '據統計，', '增長了35%。', '\n', '\r\n', '一、總體要求\n', '（資料來源：國家統計局）', '数据', 'abc'];
  let analyses: DocumentAnalyses;
  beforeEach(() => (analyses = newAnalyses()));
  afterEach(() => analyses.dispose());

  /** A seeded generator of numbers in [0, 1). */
  const seeded = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);

  for (let seed = 1; seed <= 3; seed++) {
    it(`answers while edits keep coming, with what analyze() gives for the version it answers for (seed ${seed})`, async function () {
      this.timeout(120_000);
      const random = seeded(seed);
      const lines = Array.from({ length: 30000 }, (_, i) => LINES[(i * 7 + seed) % LINES.length]);
      const text0 = lines.join(seed % 2 === 0 ? '\r\n' : '\n');
      // How many turns of the event loop a first analysis of this text takes here, left alone; the edits then come
      // four times as often, so that a first analysis started again at each edit could never end.
      const alone = newAnalyses();
      let turns = 0;
      let finished = false;
      void alone.analysis(open(text0) as unknown as vscode.TextDocument).then(() => (finished = true));
      for (; !finished && turns < 100_000; turns++) await nextTurn();
      alone.dispose();
      const every = Math.max(3, Math.floor(turns / 4));
      const doc = open(text0);
      let answer: { version: number; ok: boolean } | undefined;
      const asked = analyses.analysis(doc as unknown as vscode.TextDocument).then((a) => {
        answer = { version: doc.version, ok: !!a && JSON.stringify([a.terms, a.figures, a.outline, a.problems, a.lineStarts]) ===
          JSON.stringify((({ terms, figures, outline, problems, lineStarts }) => [terms, figures, outline, problems, lineStarts])(analyze(doc.getText()))) };
      });
      // A keystroke every `every` turns (a turn holds a 2 ms slice of analysis), anywhere in the text.
      let edits = 0;
      for (; edits < 60 && !answer; edits++) {
        for (let t = 0; t < every && !answer; t++) await nextTurn();
        if (answer) break;
        const text = doc.getText();
        const at = Math.floor(random() * text.length);
        const length = random() < 0.3 ? Math.min(text.length - at, Math.floor(random() * 4)) : 0;
        doc.edit(at, length, INSERTS[Math.floor(random() * INSERTS.length)]);
      }
      // Before this change a first analysis started again at each edit: no answer came until the edits stopped.
      assert.ok(answer, `no answer while ${edits} edits came, one every ${every} turns (a first analysis alone takes ${turns})`);
      await asked;
      assert.ok(answer.ok, `the answer for version ${answer.version} differs from analyze() of its text`);
      assert.ok(edits > 0, 'edits came while the first analysis ran');
    });
  }
});
