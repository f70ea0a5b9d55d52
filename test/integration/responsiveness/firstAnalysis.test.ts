import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { activatedExtension } from '../fixtures';

/**
 * How long the extension host's event loop was held while Policy Lens answered, measured inside the real host:
 * node's event-loop delay monitor (a timer every millisecond; its longest delay is the longest the loop was held,
 * give or take the resolution), V8's collections meanwhile, and the host process's minor page faults. Everything the
 * host runs counts, VS Code's own work as well as ours. test/bench/hostResponsiveness.mjs writes the workspace
 * (the sample article and a 10 MB corpus) and prints what this writes to POLICY_LENS_BENCH_RESULTS.
 */
interface Held {
  /** The longest the loop was held, in ms. */
  maxMs: number;
  /** The 99th percentile of the delays, in ms. */
  p99Ms: number;
  /** Garbage collection meanwhile, in ms, and the longest one. */
  gcMs: number;
  longestGcMs: number;
  pageFaults: number;
  /** Until the answer, in ms. */
  ms: number;
}

async function whileHeld<T>(ask: () => Thenable<T>): Promise<{ answer: T; held: Held }> {
  const collections: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) collections.push(e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const faults = process.resourceUsage().minorPageFault;
  const started = performance.now();
  delay.enable();
  const answer = await ask();
  delay.disable();
  const ms = performance.now() - started;
  const pageFaults = process.resourceUsage().minorPageFault - faults;
  await new Promise((resolve) => setTimeout(resolve, 50)); // the observer reports collections a little later
  observer.disconnect();
  // The monitor's delays count from when its timer was due: a turn held for t ms shows as about t - 1.
  const held: Held = {
    maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6,
    gcMs: collections.reduce((a, b) => a + b, 0), longestGcMs: Math.max(0, ...collections), pageFaults, ms,
  };
  return { answer, held };
}

describe('responsiveness in the real extension host', () => {
  it('answers for the sample article, then a 10 MB draft, and says how long the host was held meanwhile', async () => {
    const out = process.env.POLICY_LENS_BENCH_RESULTS;
    assert.ok(out, 'POLICY_LENS_BENCH_RESULTS is set by test/bench/hostResponsiveness.mjs');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder, 'a workspace folder is open');
    await activatedExtension();
    // A hover waits for the document's analysis and answers in a few bytes: what is measured is the analysis, not
    // VS Code carrying a large answer (5,000 folding ranges, 2,895 symbols) to the window and, for this test's
    // executeCommand, back into this host. The folding ranges, asked afterwards, show the analysis was done.
    // Where to hover is found before the clock starts: getText() and positionAt() on 10 MB hold this host's loop for
    // 15–25 ms by themselves (the test's own work, which a profile found inside the measured window).
    const onTerm = (doc: vscode.TextDocument) => doc.positionAt(doc.getText().indexOf('杭州模式') + 1);
    const hover = (doc: vscode.TextDocument, at: vscode.Position) => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const folds = async (doc: vscode.TextDocument) => (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)).length;
    const results: Record<string, Held & { hovers: number; folds: number }> = {};

    // The session's first policy document: dictionaries and converters are built on first use.
    const sample = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'hangzhou-model.zh-Hant.txt'));
    const sampleAt = onTerm(sample);
    const first = await whileHeld(() => hover(sample, sampleAt));
    results.firstDocument = { ...first.held, hovers: first.answer.length, folds: await folds(sample) };
    assert.ok(results.firstDocument.hovers > 0 && results.firstDocument.folds > 0, JSON.stringify(results.firstDocument));

    // A 10 MB draft, opened as a file (VS Code reads it and hands it to the host), then hovered.
    const corpus = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'bench-corpus-10MB.txt'));
    const corpusAt = onTerm(corpus);
    const analysed = await whileHeld(() => hover(corpus, corpusAt));
    results.firstAnalysis = { ...analysed.held, hovers: analysed.answer.length, folds: await folds(corpus) };
    assert.ok(results.firstAnalysis.hovers > 0 && results.firstAnalysis.folds > 1000, JSON.stringify(results.firstAnalysis));

    writeFileSync(out, JSON.stringify(results));
  });
});
