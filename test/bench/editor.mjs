// Benchmarks how responsive the editor stays while Policy Lens analyses a 10 MB document: the production bundle
// (dist/extension.js), activated with activation.mjs's stand-in `vscode`, opens the corpus as a plaintext document;
// a provider is asked for its answer while a setImmediate loop measures the longest turn of the event loop (what
// keeps every other extension, and VS Code's requests, waiting). Then the same after a one-character edit, and a check
// that a first analysis overtaken by a newer version answers for the newer one.
//   node test/bench/editor.mjs      (after `node esbuild.mjs --production`; about 20–40 s)
// Prints one JSON line per figure: {"name","value","unit",...}. Exits 1, after an {"name","error"} line, when a
// provider gives no answer or fails, an overtaken analysis answers for the old text or changes its answer for the
// same version later, or a promise rejection goes unhandled.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EXTENSION, standInVscode } from './activation.mjs';
import { buildCorpus, ROOT, sampleArticle } from './corpus.mjs';
import { figure, gcOverlapMs, median, minorPageFaults, overlapMs, round, watchCollections } from './report.mjs';

const MB = 1024 * 1024;
/** One frame at 60 Hz: a turn of the event loop longer than this is a stutter a person can notice. */
const FRAME_MS = 16;
const EDITS = 3;
/** How long the bench watches the clock alone for the machine's own stalls (editor.stall.ms). */
const STALL_WATCH_MS = 2000;
/** Long enough for the features' 300 ms debounce timers to fire and their work to finish. */
const SETTLE_MS = 1000;
const HEADING = '第一章 基準測試插入的標題';

const require = createRequire(import.meta.url);
// A full collection on demand: see openAndFold.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
/** Every garbage collection of this process (start and end, ms on the performance.now() clock, and its kind). */
const { collections } = watchCollections();
/** Rejections nobody handled (a feature's `void promise` that failed): each one fails the benchmark at the end. */
const unhandled = [];
process.on('unhandledRejection', (e) => unhandled.push(e));

if (!existsSync(EXTENSION)) fail('editor', `${EXTENSION} is missing: run node esbuild.mjs --production first`);
{
  const cost = pageFaultCost();
  figure('editor.pageFault.us', cost.us, 'us', { faults: cost.faults, ms: cost.ms, what: 'writing fresh memory, a page at a time' });
  const stalls = await clockStalls(STALL_WATCH_MS);
  figure('editor.stall.ms', stalls.longest, 'ms', { over1ms: stalls.over1ms, stalledMs: stalls.stalledMs, gapsWithGc: stalls.withGc, watchedMs: STALL_WATCH_MS,
    what: 'the longest gap without a collection in it that a loop only reading the clock saw: the machine, not the code' });
}
const corpus = buildCorpus(10 * MB);
const small = buildCorpus(2 * MB);

const vscode = standInVscode();
const extension = require(EXTENSION);
extension.activate(vscode.context);
const provider = (method) => vscode.log.providers.find((p) => typeof p.provider[method] === 'function')?.provider;
const folding = provider('provideFoldingRanges');
const symbols = provider('provideDocumentSymbols');
if (!folding || !symbols) fail('editor', 'activate() registered no folding or no document-symbol provider');
const invalidated = provider('provideDocumentSemanticTokens')?.onDidChangeSemanticTokens;

// Warm-up on the sample article: builds the converters and the glossary, and lets the workspace glossary files load.
// Their loading drops every cached analysis and every analysis under way (the semantic-tokens provider says so): an
// analysis that took more than one slice then answers nothing, so the warm-up asks until it gets an answer, and the
// large document comes after.
const glossariesLoaded = invalidated ? new Promise((resolve) => invalidated(resolve)) : Promise.resolve();
const sample = vscode.textDocument(vscode.Uri.file(join(ROOT, 'test/fixtures/workspace/hangzhou-model.zh-Hant.txt')), sampleArticle('zh-Hant'));
vscode.openInEditor(sample);
// It is also the session's first policy document: what the editor goes through once, when the OpenCC
// dictionaries and converters are built on first use.
const warmUp = { ms: 0, asks: 0, answers: [] };
{
  const first = await whileResponsive(async () => {
    for (let ranges; !(ranges?.length > 0);) {
      if (warmUp.asks === 5) fail('editor.warmUp', `no folding ranges for the sample article in five asks (${JSON.stringify(warmUp.answers)})`);
      warmUp.asks++;
      ranges = await folding.provideFoldingRanges(sample, {}, vscode.cancellationToken);
      warmUp.answers.push(Array.isArray(ranges) ? ranges.length : String(ranges));
    }
  });
  warmUp.ms = round(first.ms);
  figure('editor.firstDocument.maxBlockMs', first.maxBlockMs, 'ms', { ...turnFigures(first), ms: warmUp.ms, once: 'dictionaries and converters built on first use' });
}
if (await Promise.race([glossariesLoaded.then(() => false), delay(10000).then(() => true)])) {
  console.error('editor: the workspace glossaries did not finish loading within 10 s; measuring anyway');
}
await delay(SETTLE_MS);

// ——— the first analysis of a 10 MB document ———
const doc = vscode.textDocument(vscode.Uri.file(join(ROOT, 'test/fixtures/workspace/bench-corpus-10MB.txt')), corpus.text);
const opened = await openAndFold(doc, 'editor.firstAnalysis', 'the 10 MB corpus');
figure('editor.firstAnalysis.maxBlockMs', opened.maxBlockMs, 'ms', { ...turnFigures(opened), settledMaxBlockMs: round(opened.settledMaxBlockMs) });
figure('editor.firstAnalysis.ms', opened.ms, 'ms', {
  bytes: corpus.bytes,
  utf16: corpus.chars,
  lines: doc.lineCount,
  foldingRanges: opened.result.length,
  warmUp,
});

// ——— the outline and the semantic tokens of that document ———
// VS Code asks for both as soon as the analysis is there (the Outline view, breadcrumbs, sticky scroll; the
// colouring): 12,000 headings and 130,000 terms and figures made into symbols and tokens.
const semanticTokens = provider('provideDocumentSemanticTokens');
const codeActions = provider('provideCodeActions');
const figuresView = vscode.log.treeViews[0]?.provider;
if (!semanticTokens || !codeActions || !figuresView) fail('editor', 'activate() registered no semantic-tokens, code-action or tree-data provider');
// The light bulb asks for quick fixes at every move of the cursor onto a problem: here a Traditional 這 in the
// corpus, whose majority is Simplified, so one of its 40,000 mixed-script runs, and the Convert all action.
// (The document's text, not the corpus's: the stand-in document keeps one kind of line break, as VS Code does.)
const docText = doc.getText();
const slip = docText.indexOf('這', docText.length >> 1);
const slipRange = new vscode.Range(doc.positionAt(slip), doc.positionAt(slip + 1));
for (const [name, ask, count] of [
  ['editor.symbols', () => symbols.provideDocumentSymbols(doc, vscode.cancellationToken), (r) => r?.length],
  ['editor.semanticTokens', () => semanticTokens.provideDocumentSemanticTokens(doc, vscode.cancellationToken), (r) => r?.data?.length / 5],
  ['editor.codeActions', () => codeActions.provideCodeActions(doc, slipRange, { diagnostics: [] }, vscode.cancellationToken),
    (r) => (r ?? []).filter((a) => /^Convert all \d+ mixed-script characters/.test(a.title)).length],
  // The Figures & Terms view of the active editor (this document): its figures grouped by section.
  ['editor.figuresView', () => figuresView.getChildren(), (r) => r?.[0]?.children?.length],
]) {
  const asked = await whileResponsive(ask);
  if (!(count(asked.result) > 0)) fail(name, `the provider answered ${JSON.stringify(asked.result)?.slice(0, 100)} for the 10 MB corpus`);
  const stray = name === 'editor.semanticTokens' ? strayToken(doc, asked.result.data) : undefined;
  if (stray) fail(name, `a token decoded from the data is not on its line's text: ${JSON.stringify(stray)}`);
  figure(`${name}.maxBlockMs`, asked.maxBlockMs, 'ms', { ...turnFigures(asked), ms: round(asked.ms), items: count(asked.result) });
}

// ——— one-character edits: the incremental update ———
const edits = [];
// The document's text, kept here as it is edited: doc.getText() copies all of it (tens of ms on 10 MB), which
// must not fall into, or just before, what is measured.
let current = corpus.text;
for (let k = 0; k < EDITS; k++) {
  // Each edit a little further on, on a Han character in the middle of the document.
  let at = (current.length >> 1) + k * 1500;
  while (!/\p{Script=Han}/u.test(current[at])) at++;
  current = current.slice(0, at) + '的' + current.slice(at);
  const version = doc.version;
  const edited = await whileResponsive(() => {
    vscode.editDocument(doc, at, 0, '的');
    return folding.provideFoldingRanges(doc, {}, vscode.cancellationToken);
  });
  if (doc.version !== version + 1 || !Array.isArray(edited.result) || edited.result.length === 0) {
    fail('editor.edit', `after an edit (version ${doc.version}) the folding provider answered ${JSON.stringify(edited.result)?.slice(0, 100)}`);
  }
  edits.push(edited);
}
figure('editor.edit.maxBlockMs', median(edits.map((e) => e.maxBlockMs)), 'ms', {
  goal: `<= ${FRAME_MS}`,
  edits: EDITS,
  each: edits.map((e) => round(e.maxBlockMs)),
  withoutGcMs: edits.map((e) => round(e.maxBlockMsWithoutGc)),
  over16ms: edits.map((e) => e.over),
  longest: edits.map((e) => e.longest),
  settledMaxBlockMs: edits.map((e) => round(e.settledMaxBlockMs)),
});
figure('editor.edit.ms', median(edits.map((e) => e.ms)), 'ms', {
  reference: round(opened.ms),
  ratio: round(median(edits.map((e) => e.ms)) / opened.ms),
  edits: EDITS,
  each: edits.map((e) => round(e.ms)),
});

// ——— the same first analysis on a draft in one script ———
// The corpus mixes Traditional and Simplified texts, so half a million characters are slips of the other script
// (40,000 mixed-script problems, one per run of them): the worst case. A real draft is written in one script; the
// corpus converted to Traditional (Taiwan) by opencc-js stands for it (the same text, 1,300 mixed-script problems).
{
  const OpenCC = require('opencc-js');
  const single = vscode.textDocument(vscode.Uri.file(join(ROOT, 'test/fixtures/workspace/bench-corpus-10MB.zh-Hant.txt')),
    OpenCC.Converter({ from: 'cn', to: 'tw' })(corpus.text));
  const first = await openAndFold(single, 'editor.firstAnalysis.singleScript', 'the Traditional corpus');
  figure('editor.firstAnalysis.singleScript.maxBlockMs', first.maxBlockMs, 'ms', { ...turnFigures(first), ms: round(first.ms) });
}

// ——— a first analysis overtaken by a newer version answers for the newer one ———
// After an edit VS Code and the features (status bar, diagnostics: 300 ms) ask again for the new version, while the
// overtaken analysis starts over; that second request comes at different points of it: 100 ms after the edit, then
// at half, 70 % and 85 % of the time the first round took to answer (late requests are the ones that have failed).
{
  const rounds = [await overtaken(100)];
  for (const share of [0.5, 0.7, 0.85]) rounds.push(await overtaken(Math.round(rounds[0].ms * share)));
  const ok = rounds.every((r) => r.ok);
  figure('editor.overtaken', median(rounds.map((r) => r.ms)), 'ms', { ok, bytes: small.bytes, rounds });
  const failed = rounds.find((r) => !r.ok);
  if (failed) {
    fail('editor.overtaken', failed.error ? `the document-symbol provider failed: ${failed.error}` : !failed.pendingAtEdit
      ? 'the first analysis of 2 MB finished within three turns of the event loop: nothing was overtaken'
      : `after version 2 put "${HEADING}" on line 1, asked for symbols before the edit and ${failed.askAgainMs} ms after it, `
        + `the provider answered ${JSON.stringify(failed.firstSymbol)} (${failed.symbols} symbols) and ${failed.symbolsAskedAgain} symbols`);
  }
}
await delay(SETTLE_MS); // the features' own debounced requests for version 2

for (const d of vscode.context.subscriptions) d.dispose();
if (unhandled.length > 0) {
  fail('editor.unhandledRejection', `${unhandled.length} promise rejections nobody handled, the first: ${describe(unhandled[0])}`);
}
if (vscode.log.unstubbed.size > 0) console.error(`editor: the stand-in vscode lacks ${[...vscode.log.unstubbed].join(', ')}`);
process.exit(0); // timers of the disposed features, if any, do not matter here

/**
 * Opens a new 2 MB document, asks for its symbols, and three turns later (its first analysis under way) inserts
 * HEADING at the top; `askAgainMs` after that edit asks again. Both answers must be version 2's: HEADING first, on
 * line 0, and the same symbols.
 */
async function overtaken(askAgainMs) {
  const doc = vscode.textDocument(vscode.Uri.file(join(ROOT, `test/fixtures/workspace/bench-corpus-2MB-${askAgainMs}.txt`)), small.text);
  vscode.openInEditor(doc);
  const t = performance.now();
  let answered = false;
  const asked = Promise.resolve(symbols.provideDocumentSymbols(doc, vscode.cancellationToken));
  asked.then(() => (answered = true), () => (answered = true));
  for (let turn = 0; turn < 3; turn++) await nextTurn();
  const pendingAtEdit = !answered;
  vscode.editDocument(doc, 0, 0, `${HEADING}\n`);
  await delay(askAgainMs);
  const askedAgain = Promise.resolve(symbols.provideDocumentSymbols(doc, vscode.cancellationToken));
  const [first, second] = await Promise.allSettled([asked, askedAgain]);
  const ms = performance.now() - t;
  const error = [first, second].find((r) => r.status === 'rejected')?.reason;
  const [result, again] = [first.value, second.value];
  const outline = (list) => JSON.stringify((list ?? []).map((x) => [x.name, x.range.start.line, x.children.length]));
  const top = Array.isArray(result) ? result[0] : undefined;
  const ok = !error && pendingAtEdit && doc.version === 2 && !small.text.includes(HEADING) && top?.name === HEADING
    && top.range.start.line === 0 && Array.isArray(again) && outline(again) === outline(result);
  return {
    askAgainMs,
    ok,
    ms: round(ms),
    pendingAtEdit,
    symbols: Array.isArray(result) ? result.length : null,
    symbolsAskedAgain: Array.isArray(again) ? again.length : null,
    firstSymbol: top ? { name: top.name, line: top.range.start.line } : null,
    ...(error ? { error: describe(error) } : {}),
  };
}

/** The first token (VS Code's five numbers, line and start relative to the token before) off its line, or with space at an end. */
function strayToken(document, data) {
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const text = line < document.lineCount ? document.lineAt(line).text.slice(char, char + data[i + 2]) : '';
    if (data[i + 2] === 0 || text.length !== data[i + 2] || text.trim() !== text) return { index: i / 5, line, char, length: data[i + 2], text };
  }
  return undefined;
}

/** Opens `document` as VS Code opens one and asks for its folding ranges while measuring the turns; fails without ranges. */
async function openAndFold(document, name, what) {
  // VS Code makes a document (its model, an array of line strings) before an extension hears of it; the stand-in
  // makes its 70,000 lines just before this. Left young, they are promoted by the first collections of the measured
  // turns, a scavenge of up to 30 ms on this machine. Two full collections first leave that out: the figure is the
  // extension's own turns. (In VS Code that promotion may still fall into the extension's first turns, or into
  // whatever runs first after the document opens: it is the document's cost, not the analysis's.)
  collectGarbage();
  collectGarbage();
  const measured = await whileResponsive(() => {
    // Opening fires what VS Code fires: the status bar, diagnostics and tree view start on the document too.
    vscode.openInEditor(document);
    return folding.provideFoldingRanges(document, {}, vscode.cancellationToken);
  });
  if (!Array.isArray(measured.result) || measured.result.length === 0) {
    fail(name, `the folding provider answered ${JSON.stringify(measured.result)?.slice(0, 100)} for ${what}`);
  }
  return measured;
}

/** The extra fields of a maxBlockMs figure. */
function turnFigures(measured) {
  return {
    goal: `<= ${FRAME_MS}`,
    withoutGcMs: round(measured.maxBlockMsWithoutGc),
    gcInLongTurnsMs: round(measured.gcInLongTurnsMs),
    pageFaultsInLongTurns: measured.pageFaultsInLongTurns,
    gcInLongTurns: measured.gcInLongTurns,
    over16ms: measured.over,
    longest: measured.longest,
    turns: measured.turns,
  };
}

/**
 * Runs `start` (which returns a provider's promise) while a setImmediate loop records every turn of the event loop:
 * the answer, the time until it came, the longest turn before it (maxBlockMs) and how many were longer than a frame;
 * then goes on watching for SETTLE_MS, while the features' debounced work (diagnostics, status bar) runs, and
 * reports the longest turn then too (settledMaxBlockMs).
 */
async function whileResponsive(start) {
  let last = performance.now();
  let maxBlockMs = 0;
  const over = [];
  /** [start, end, page faults] of each turn longer than a frame, and the longest of the others, until the answer. */
  const long = [];
  let maxShort = 0;
  let answered = false;
  let turns = 0;
  let watching = true;
  let faults = minorPageFaults();
  /** A turn from `last` to `now`. */
  const turn = (now) => {
    const gap = now - last;
    const faulted = minorPageFaults() - faults;
    maxBlockMs = Math.max(maxBlockMs, gap);
    if (gap > FRAME_MS) {
      over.push(gap);
      if (!answered) long.push([last, now, faulted]);
    } else if (!answered) maxShort = Math.max(maxShort, gap);
  };
  const tick = () => {
    const now = performance.now();
    turn(now);
    last = now;
    faults = minorPageFaults();
    turns++;
    if (watching) setImmediate(tick);
  };
  setImmediate(tick);
  const t = performance.now();
  last = t;
  faults = minorPageFaults();
  const result = await start();
  const answeredAt = performance.now();
  turn(answeredAt);
  answered = true;
  const longest = over.sort((a, b) => b - a).slice(0, 3).map(round);
  const answer = { result, ms: answeredAt - t, maxBlockMs, over: over.length, longest, turns };
  maxBlockMs = 0;
  last = answeredAt;
  await delay(SETTLE_MS);
  watching = false;
  // The turns again without the garbage collections that fell into them (the observer has reported them by now).
  const withoutGc = long.map(([a, b]) => b - a - gcOverlapMs(collections, a, b));
  const gcInLongTurnsMs = long.reduce((sum, [a, b], i) => sum + (b - a - withoutGc[i]), 0);
  // Memory the process wrote for the first time in them (V8's heap growing): see editor.pageFault.
  // A turn still running when the timer fired has not been recorded by a tick yet.
  const pageFaultsInLongTurns = long.map(([, , n]) => n);
  // Which collections they were: "minor 9.1" is a scavenge of the young generation that took 9.1 ms of the turn.
  const gcInLongTurns = long.map(([a, b]) => collections.filter((c) => c.end > a && c.start < b).map((c) => `${c.kind} ${round(overlapMs(c, a, b))}`));
  return { ...answer, maxBlockMsWithoutGc: Math.max(maxShort, ...withoutGc), gcInLongTurnsMs, pageFaultsInLongTurns, gcInLongTurns, settledMaxBlockMs: Math.max(maxBlockMs, performance.now() - last) };
}

/**
 * What a minor page fault costs on this machine, in microseconds: 8 MB of fresh memory written a word a page. On a
 * VM it can be many times a bare machine's; long turns of the event loop that hold many faults are the machine's.
 */
function pageFaultCost() {
  const faults = minorPageFaults();
  const t = performance.now();
  const fresh = new Int32Array(2 * MB);
  for (let i = 0; i < fresh.length; i += 1024) fresh[i] = 1;
  const ms = performance.now() - t;
  const n = minorPageFaults() - faults;
  return { us: n > 0 ? round((ms * 1000) / n) : null, faults: n, ms: round(ms) };
}

/**
 * Gaps a loop that does nothing but read the clock sees for `ms`, apart from those a garbage collection fell into (the
 * loop allocates the numbers it reads: young-generation collections come every few milliseconds). No page fault, no
 * work of ours: a gap over a millisecond is the kernel or the hypervisor running something else on this core. A turn
 * of the event loop may be that much longer than its work. Returns the longest such gap, how many were over 1 ms,
 * their sum, and how many gaps were left out for a collection.
 */
async function clockStalls(ms) {
  const gaps = [];
  let last = performance.now();
  const end = last + ms;
  for (let now = last; now < end; now = performance.now()) {
    if (now - last > 1) gaps.push([last, now]);
    last = now;
  }
  await delay(50); // the observer reports collections a little later
  const stalls = gaps.filter(([a, b]) => gcOverlapMs(collections, a, b) === 0).map(([a, b]) => b - a);
  return { longest: round(Math.max(0, ...stalls)), over1ms: stalls.length, stalledMs: round(stalls.reduce((x, y) => x + y, 0)), withGc: gaps.length - stalls.length };
}

function nextTurn() {
  return new Promise((resolve) => setImmediate(resolve));
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function fail(name, error) {
  console.log(JSON.stringify({ name, error }));
  process.exit(1);
}

/** An error's message and where it was thrown (the bundle is minified: the function names are short). */
function describe(e) {
  if (!(e instanceof Error)) return String(e);
  const at = e.stack?.split('\n').find((l) => /^\s+at /.test(l))?.trim();
  return `${e.name}: ${e.message}${at ? ` (${at})` : ''}`;
}
