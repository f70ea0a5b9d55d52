// Benchmarks analyze() on the 10 MB fixture corpus against one regular-expression pass over the same text, times each
// stage of the analysis alone, times the IncrementalAnalyzer's update after one-character edits against a full
// analyze(), and times analyze() on the 13 KB sample article.
//   node test/bench/analysis.mjs        (from anywhere; about 30–60 s on 2 cores)
// Prints one JSON line per figure: {"name","value","unit","reference"?,"ratio"?,...}.
// Exits 1, after an {"name","error"} line, when the analysis breaks its own contract (a span whose text is not the
// input's slice, stages that disagree with analyze(), runs that disagree with each other, an incremental update that
// differs from analyze() of the edited text) or finds nothing at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { buildCorpus, ROOT, sampleArticle } from './corpus.mjs';
import { figure, gcOverlapMs, median, minorPageFaults, round, watchCollections } from './report.mjs';

const RUNS = 3;
/** The editor's slices (workspace/analyses.ts SLICE_MS). */
const EDITOR_SLICE_MS = 2;
/** How many lines the editor reads at a time from a document it has not analysed yet (workspace/analyses.ts PIECE_LINES). */
const EDITOR_PIECE_LINES = 2000;
const SAMPLE_RUNS = 20;
const MB = 1024 * 1024;

// The core, bundled the way esbuild.mjs bundles dist/ (node20, cjs, minified), from its sources: dist/cli.js does
// not export analyze() or the stage functions.
const work = mkdtempSync(join(tmpdir(), 'policy-lens-bench-analysis-'));
const bundle = join(work, 'analysis.cjs');
await esbuild.build({
  stdin: {
    contents: [
      `export { analyze, builtinGlossary } from './src/core/analysis';`,
      `export { definedTerms, withDefinedTerms } from './src/core/terms/defined';`,
      `export { findTerms } from './src/core/terms/matcher';`,
      `export { findFigures } from './src/core/figures/recognise';`,
      `export { citeSources } from './src/core/sources/citations';`,
      `export { findHeadings } from './src/core/outline/headings';`,
      `export { detectScript, findMixedScript, mixedScriptRuns } from './src/core/convert/scripts';`,
      `export { loadedDictionaries } from './src/core/convert/converter';`,
      `export { findTermFormProblems } from './src/core/terms/consistency';`,
      `export { findUnbalancedBrackets } from './src/core/text/brackets';`,
      `export { lineStarts } from './src/core/text/lines';`,
      `export { IncrementalAnalyzer } from './src/core/incremental/analyzer';`,
    ].join('\n'),
    resolveDir: ROOT,
    sourcefile: 'analysis-bench-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  outfile: bundle,
  logLevel: 'error',
});
const core = createRequire(import.meta.url)(bundle);
rmSync(work, { recursive: true, force: true });

// A full collection on demand, to weigh what an analysis keeps (the heap after it, less the heap before).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

/** The JS heap in use after a full collection, in bytes. */
function heapInUse() {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function fail(name, error) {
  console.log(JSON.stringify({ name, error }));
  process.exit(1);
}

/**
 * Hands out `text` `lines` lines at a time, each piece with its line breaks, then undefined: what
 * IncrementalAnalyzer.updateFromPieces reads.
 */
function linePieces(text, lines) {
  let at = 0;
  return () => {
    if (at >= text.length) return undefined;
    let end = at;
    for (let n = 0; n < lines && end < text.length; n++) {
      const lf = text.indexOf('\n', end);
      end = lf === -1 ? text.length : lf + 1;
    }
    const piece = text.slice(at, end);
    at = end;
    return piece;
  };
}

/** Runs `fn` once: its result, wall time and CPU time (user + system of this process) in ms. */
function measure(fn) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = fn();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Runs `fn` once to warm up, then `runs` times: the median wall time and the median CPU time in ms (on a busy
 * machine the CPU time stays near what the wall time would be on an idle one), every result, and the warm-up's
 * wall time.
 */
function timed(fn, runs = RUNS) {
  const first = measure(fn);
  const measured = Array.from({ length: runs }, () => measure(fn));
  return {
    ms: median(measured.map((m) => m.ms)),
    cpuMs: median(measured.map((m) => m.cpuMs)),
    results: [first.result, ...measured.map((m) => m.result)],
    warmUpMs: first.ms,
  };
}

/** The contract every span keeps: inside the input, and `text` exactly the input's slice. */
function checkSpans(name, input, spans) {
  for (const s of spans) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= input.length)) fail(name, `span out of range: ${JSON.stringify(s)}`);
    if (s.text !== undefined && s.text !== input.slice(s.start, s.end)) {
      fail(name, `span text ${JSON.stringify(s.text)} is not input.slice(${s.start}, ${s.end}) = ${JSON.stringify(input.slice(s.start, s.end))}`);
    }
  }
}

/** The parts of an analysis two runs must agree on, as a short fingerprint. */
function fingerprint(a) {
  const spans = (xs) => xs.map((x) => `${x.start}-${x.end}`).join(',');
  return [a.terms.length, a.figures.length, a.outline.length, a.problems.length, a.script,
    spans(a.figures.filter((_, i) => i % 97 === 0)), a.figures.filter((f) => f.source).length].join('|');
}

// ——— 10 MB corpus ———
const corpus = buildCorpus(10 * MB);
const text = corpus.text;
const sizeMB = corpus.bytes / MB;

// The reference: one global regular expression over the text, counting figure-like matches.
const FIGURE_LIKE = /[0-9０-９]+(?:[.．][0-9]+)?\s*(?:%|％|億|亿|万|萬|家)/g;
const regex = timed(() => {
  let n = 0;
  FIGURE_LIKE.lastIndex = 0;
  while (FIGURE_LIKE.exec(text) !== null) n++;
  return n;
});
const regexMatches = regex.results[0];
if (regexMatches === 0) fail('analysis.10MB', 'the reference regular expression found nothing: the corpus is broken');

const whole = timed(() => core.analyze(text));
const analysis = whole.results[0];
const prints = whole.results.map(fingerprint);
if (new Set(prints).size !== 1) fail('analysis.10MB', `runs disagree: ${prints.map((p) => p.slice(0, 60)).join(' / ')}`);
if (analysis.figures.length === 0 || analysis.terms.length === 0 || analysis.outline.length === 0) {
  fail('analysis.10MB', `found ${analysis.figures.length} figures, ${analysis.terms.length} terms, ${analysis.outline.length} headings in 10 MB of policy texts`);
}
checkSpans('analysis.10MB.terms', text, analysis.terms);
checkSpans('analysis.10MB.figures', text, analysis.figures);
checkSpans('analysis.10MB.outline', text, analysis.outline);
checkSpans('analysis.10MB.problems', text, analysis.problems);
checkSpans('analysis.10MB.sources', text, analysis.figures.map((f) => f.source).filter(Boolean));

const problemCounts = {};
for (const p of analysis.problems) problemCounts[p.code] = (problemCounts[p.code] ?? 0) + 1;
figure('analysis.10MB', sizeMB / (whole.ms / 1000), 'MB/s', {
  reference: round(sizeMB / (regex.ms / 1000)),
  ratio: round(whole.ms / regex.ms),
  cpuRatio: round(whole.cpuMs / regex.cpuMs),
  goal: 'ratio <= 3',
  ms: round(whole.ms),
  cpuMs: round(whole.cpuMs),
  referenceMs: round(regex.ms),
  referenceCpuMs: round(regex.cpuMs),
  referenceMatches: regexMatches,
  bytes: corpus.bytes,
  utf16: corpus.chars,
  documents: corpus.documents,
  rounds: corpus.rounds,
  script: analysis.script,
  terms: analysis.terms.length,
  figures: analysis.figures.length,
  sourced: analysis.figures.filter((f) => f.source).length,
  headings: analysis.outline.length,
  problems: problemCounts,
});
// The first analyze() of a process also builds the s2t and t2s converters and the glossary's matcher.
figure('analysis.10MB.firstCall', whole.warmUpMs, 'ms', { dictionaries: core.loadedDictionaries() });

// ——— each stage alone, fed what analyze() feeds it ———
const main = analysis.script === 'traditional' || analysis.script === 'simplified' ? analysis.script : undefined;
const glossary = core.withDefinedTerms(core.builtinGlossary(), core.definedTerms(text));
const figures = core.findFigures(text);
const stages = [
  ['definedTerms', () => core.definedTerms(text), (r) => r.length === analysis.definedTerms.length],
  ['terms', () => core.findTerms(text, glossary), (r) => r.length === analysis.terms.length],
  ['figures', () => core.findFigures(text), (r) => r.length === analysis.figures.length],
  ['sources', () => core.citeSources(text, figures), (r) => r.filter(Boolean).length === analysis.figures.filter((f) => f.source).length],
  ['outline', () => core.findHeadings(text), (r) => r.headings.length === analysis.outline.length],
  ['script', () => core.detectScript(text), (r) => r === analysis.script],
  // One problem per run of slips side by side (mixedScriptRuns), as analyze() reports them.
  ['mixedScript', () => (analysis.script === 'none' ? [] : core.mixedScriptRuns(text, core.findMixedScript(text, main, { accept: ['布', '占'] }))),
    (r) => r.length === (problemCounts['mixed-script'] ?? 0)],
  ['termForms', () => core.findTermFormProblems(analysis.terms, glossary), (r) => r.length === (problemCounts['term-form'] ?? 0)],
  ['brackets', () => core.findUnbalancedBrackets(text), (r) => r.length === (problemCounts['unbalanced-bracket'] ?? 0)],
  ['lineStarts', () => core.lineStarts(text), (r) => r.length === analysis.lineStarts.length],
];
// analyze() has warmed up the same code four times over, so no warm-up here; a stage that takes a second or more
// is timed once (three more runs of the mixed-script check alone would add half a minute), the others three times.
let stagesMs = 0;
let stagesCpuMs = 0;
for (const [stage, run, agrees] of stages) {
  const runs = [measure(run)];
  if (!agrees(runs[0].result)) fail(`analysis.10MB.stage.${stage}`, 'the stage alone disagrees with analyze() on the same text');
  while (runs[0].ms < 1000 && runs.length < RUNS) runs.push(measure(run));
  const ms = median(runs.map((r) => r.ms));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  stagesMs += ms;
  stagesCpuMs += cpuMs;
  figure(`analysis.10MB.stage.${stage}`, ms, 'ms', { cpuMs: round(cpuMs), share: round(cpuMs / whole.cpuMs), runs: runs.length });
}
// What the stages above do not cover: building, sorting and wording the problem list (one object per problem).
const restCpuMs = Math.max(0, whole.cpuMs - stagesCpuMs);
figure('analysis.10MB.stage.rest', Math.max(0, whole.ms - stagesMs), 'ms', { cpuMs: round(restCpuMs), share: round(restCpuMs / whole.cpuMs) });

// ——— one-character edits, analysed again by an IncrementalAnalyzer (what the editor does on each keystroke) ———
{
  const heapBefore = heapInUse();
  const analyzer = new core.IncrementalAnalyzer();
  const first = measure(() => analyzer.analyze(text));
  // What an open 10 MB document costs the extension host as long as it is open (its text is not counted: the
  // analyzer shares the string it was given; the editor holds the document's own text besides).
  figure('analysis.incremental.heapMB', (heapInUse() - heapBefore) / MB, 'MB', {
    textMB: round((text.length * 2) / MB),
    terms: first.result.terms.length,
    figures: first.result.figures.length,
    problems: first.result.problems.length,
  });
  if (fingerprint(first.result) !== prints[0]) fail('analysis.incremental.edit10MB', 'the first IncrementalAnalyzer.analyze() disagrees with analyze() on the corpus');
  const mid = text.length >> 1;
  const edits = [
    { at: mid, insert: '的' },
    { at: mid + 3000, replace: '了' },
    { at: mid - 5000, remove: true },
    { at: mid + 20000, insert: '5' },
    { at: text.length >> 2, insert: '，' },
    { at: (text.length >> 2) * 3, replace: '國' },
    { at: mid + 40000, insert: '\n' },
  ];
  // The first edit and the last (a line break: every later line moves) are checked against a full analyze().
  const checked = new Set([0, edits.length - 1]);
  const runs = [];
  let current = text;
  for (const [k, edit] of edits.entries()) {
    // As the editor does: the analyzer is told the change VS Code reports (offset, length, new text), not the new
    // text, which it never needs whole.
    const change = changeOf(current, edit);
    current = current.slice(0, change.offset) + change.text + current.slice(change.offset + change.length);
    const run = measure(() => analyzer.analyzeChanges([change]));
    runs.push({ ms: run.ms, cpuMs: run.cpuMs, blocksAnalysed: analyzer.report.blocksAnalysed, blocks: analyzer.report.blocks,
      redone: analyzer.report.redone, wholeOutline: analyzer.report.wholeOutline });
    // The analyzer moves its objects in place on the next update: compare before that.
    if (checked.has(k)) checkSameAnalysis(`analysis.incremental.edit10MB (edit ${k + 1}: ${describeEdit(edit)})`, run.result, core.analyze(current));
  }
  const ms = median(runs.map((r) => r.ms));
  figure('analysis.incremental.edit10MB', ms, 'ms', {
    reference: round(whole.ms),
    ratio: Math.round((ms / whole.ms) * 10000) / 10000,
    cpuRatio: Math.round((median(runs.map((r) => r.cpuMs)) / whole.cpuMs) * 10000) / 10000,
    goal: 'ratio <= 0.01',
    cpuMs: round(median(runs.map((r) => r.cpuMs))),
    edits: runs.length,
    editMs: runs.map((r) => round(r.ms)),
    blocksAnalysed: runs.map((r) => r.blocksAnalysed),
    blocks: runs[0].blocks,
    ...(runs.some((r) => r.redone.length > 0 || r.wholeOutline)
      ? { redone: runs.map((r) => r.redone), wholeOutline: runs.map((r) => r.wholeOutline) } : {}),
    firstMs: round(first.ms),
    checked: [...checked].map((k) => k + 1),
  });
}

/**
 * The change that inserts one character before, replaces one at or removes one at `edit.at` (moved onto a Han
 * character), as VS Code reports it: { offset, length, text }.
 */
function changeOf(text, edit) {
  let at = edit.at;
  while (at < text.length && !/\p{Script=Han}/u.test(text[at])) at++;
  if (edit.insert !== undefined) return { offset: at, length: 0, text: edit.insert };
  if (edit.replace !== undefined) {
    while (text[at] === edit.replace || !/\p{Script=Han}/u.test(text[at])) at++;
    return { offset: at, length: 1, text: edit.replace };
  }
  return { offset: at, length: 1, text: '' };
}

function describeEdit(edit) {
  const what = edit.insert !== undefined ? `insert ${JSON.stringify(edit.insert)}` : edit.replace !== undefined ? `replace by ${edit.replace}` : 'delete';
  return `${what} near ${edit.at}`;
}

/** Fails unless two analyses have the same terms, figures, outline and problems (compared as JSON, item by item). */
function checkSameAnalysis(name, got, want) {
  for (const field of ['terms', 'figures', 'outline', 'problems']) {
    const [g, w] = [got[field], want[field]];
    const n = Math.max(g.length, w.length);
    for (let i = 0; i < n; i++) {
      const [gj, wj] = [JSON.stringify(g[i]), JSON.stringify(w[i])];
      if (gj !== wj) fail(name, `${field}[${i}] differs from analyze(): ${gj?.slice(0, 300)} instead of ${wj?.slice(0, 300)} (${g.length} vs ${w.length} ${field})`);
    }
  }
}

// ——— the core's steps: a first analysis of the corpus at the editor's 2 ms slices, a turn of the event loop each ———
// What the core alone holds the thread for, without the editor bench's stand-in VS Code: the longest step, and how
// much of it was a garbage collection (V8's report) and fresh pages (minor page faults). The text comes as the editor
// gives a new document to the analyzer (workspace/analyses.ts): EDITOR_PIECE_LINES lines at a time, to
// updateFromPieces. It runs after the stages above, so the converters are built, the code is compiled and the heap
// has grown: a 10 MB draft opened after others, not the session's first (the editor bench measures that one).
{
  const { collections, stop } = watchCollections();
  const steps = [];
  const run = new core.IncrementalAnalyzer().updateFromPieces(linePieces(text, EDITOR_PIECE_LINES), EDITOR_SLICE_MS);
  let result;
  for (;;) {
    const faults = minorPageFaults();
    const t = performance.now();
    const step = run.next();
    const end = performance.now();
    steps.push({ t, end, faults: minorPageFaults() - faults });
    if (step.done) {
      result = step.value;
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // the observer reports collections a little later
  stop();
  const gcIn = ({ t, end }) => gcOverlapMs(collections, t, end);
  const longest = steps.reduce((a, b) => (b.end - b.t > a.end - a.t ? b : a));
  const withoutGc = Math.max(...steps.map((x) => x.end - x.t - gcIn(x)));
  figure('analysis.steps.maxStepMs', longest.end - longest.t, 'ms', {
    goal: '<= 16', sliceMs: EDITOR_SLICE_MS, steps: steps.length, over16ms: steps.filter((x) => x.end - x.t > 16).length,
    over8ms: steps.filter((x) => x.end - x.t > 8).length, gcInLongestMs: round(gcIn(longest)), pageFaultsInLongest: longest.faults,
    withoutGcMs: round(withoutGc), ms: round(steps[steps.length - 1].end - steps[0].t),
  });
  checkSameAnalysis('analysis.steps.maxStepMs', result, analysis);
}

// ——— the 13 KB sample article: what an editor pays per keystroke-debounced analysis ———
const sample = sampleArticle('zh-Hant');
const small = timed(() => core.analyze(sample), SAMPLE_RUNS);
const sampleAnalysis = small.results[0];
if (sampleAnalysis.figures.length === 0 || sampleAnalysis.terms.length === 0) {
  fail('analysis.sample13KB', `found ${sampleAnalysis.figures.length} figures and ${sampleAnalysis.terms.length} terms in the sample article`);
}
checkSpans('analysis.sample13KB.figures', sample, sampleAnalysis.figures);
checkSpans('analysis.sample13KB.terms', sample, sampleAnalysis.terms);
figure('analysis.sample13KB', small.ms, 'ms', {
  cpuMs: round(small.cpuMs),
  bytes: Buffer.byteLength(sample),
  runs: SAMPLE_RUNS,
  figures: sampleAnalysis.figures.length,
  terms: sampleAnalysis.terms.length,
  headings: sampleAnalysis.outline.length,
});
