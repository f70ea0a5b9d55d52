// Benchmarks Policy Lens's conversion core against bare opencc-js, each in its own node process.
//   node test/bench/convert.mjs        (from the repository root, after `node esbuild.mjs --production`; about 1 min)
// The cold 20 KB figure runs the command line as shipped (dist/cli.js, or $POLICY_LENS_BENCH_DIST/cli.js when
// test/bench/run.mjs passes its snapshot of dist/); the others use a bundle of src/core/convert built here.
// Prints one JSON line per figure: {"name","value","unit","reference","ratio"}; ratio = value / reference.
// Exits 1, after an {"name", "error"} line, when our output differs from opencc-js's by one byte.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const cli = join(process.env.POLICY_LENS_BENCH_DIST ?? join(root, 'dist'), 'cli.js');
if (!existsSync(cli)) {
  console.log(JSON.stringify({ name: 'convert', error: `${cli} is missing: run node esbuild.mjs --production first` }));
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
const bundle = join(work, 'convert.cjs');
// Loaded before a cold process's own code (node --require): reports its peak RSS on stderr as it exits.
const peakReporter = join(work, 'peak.cjs');
writeFileSync(peakReporter, `process.on('exit', () => require('fs').writeSync(2, '\\n' + JSON.stringify({ peakMB: process.resourceUsage().maxRSS / 1024 }) + '\\n'));`);

await esbuild.build({
  entryPoints: [join(root, 'src/core/convert/index.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'error',
});

const sample = readFileSync(join(root, 'test/fixtures/hangzhou-model.zh-Hans.txt'), 'utf8');
/** Whole lines of `sample`, repeated, until they hold at least `bytes` bytes of UTF-8. */
function repeatTo(bytes) {
  const lines = sample.split(/(?<=\n)/);
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length];
    parts.push(line);
    size += Buffer.byteLength(line);
  }
  return parts.join('');
}
const bigFile = join(work, 'big.txt');
const draftFile = join(work, 'draft.txt');
writeFileSync(bigFile, repeatTo(10 * 1024 * 1024));
writeFileSync(draftFile, repeatTo(20 * 1024));

/** Runs `source` (CommonJS) in a fresh node from the repository root; it prints one JSON line. */
function child(source, label) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--input-type=commonjs', '-e', source], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) fail(label, `child exited ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const lines = run.stdout.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]), wallMs };
}

function fail(name, error) {
  console.log(JSON.stringify({ name, error }));
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

function figure(name, value, unit, reference) {
  const round = (x) => Math.round(x * 10) / 10;
  console.log(JSON.stringify({ name, value: round(value), unit, reference: round(reference), ratio: Math.round((value / reference) * 1000) / 1000 }));
}

// opencc-js's ESM build, loaded from CommonJS the way node 20 allows: dynamic import.
const openccPrelude = `const load = import('opencc-js').then((m) => m.default);`;
const peak = `process.resourceUsage().maxRSS / 1024`;

// 10 MB through s2twp: ours chunked (the editor's path) and whole, opencc-js bare; outputs written for comparison.
const ours = child(
  `const fs = require('fs');
   const c = require(${JSON.stringify(bundle)});
   const text = fs.readFileSync(${JSON.stringify(bigFile)}, 'utf8');
   let t = performance.now(); c.converterFor('s2twp'); const buildMs = performance.now() - t;
   t = performance.now();
   c.convertTextInChunks(text, 's2twp').then((out) => {
     const chunkedMs = performance.now() - t;
     t = performance.now(); const whole = c.convertText(text, 's2twp'); const wholeMs = performance.now() - t;
     if (whole !== out) throw new Error('chunked and whole conversions differ');
     fs.writeFileSync(${JSON.stringify(join(work, 'ours.txt'))}, out);
     console.log(JSON.stringify({ buildMs, chunkedMs, wholeMs, peakMB: ${peak} }));
   });`,
  'convert.s2twp.10MB',
);
const bare = child(
  `const fs = require('fs');
   ${openccPrelude}
   load.then((OpenCC) => {
     const text = fs.readFileSync(${JSON.stringify(bigFile)}, 'utf8');
     let t = performance.now(); const convert = OpenCC.Converter({ from: 'cn', to: 'twp' }); const buildMs = performance.now() - t;
     t = performance.now(); const out = convert(text); const ms = performance.now() - t;
     fs.writeFileSync(${JSON.stringify(join(work, 'opencc.txt'))}, out);
     console.log(JSON.stringify({ buildMs, ms, peakMB: ${peak} }));
   });`,
  'convert.s2twp.10MB',
);
if (!readFileSync(join(work, 'ours.txt')).equals(readFileSync(join(work, 'opencc.txt')))) {
  fail('convert.s2twp.10MB', 'our s2twp output differs from opencc-js Converter({ from: "cn", to: "twp" })');
}
figure('convert.s2twp.10MB', ours.chunkedMs, 'ms', bare.ms);
figure('convert.s2twp.10MB.whole', ours.wholeMs, 'ms', bare.ms);
figure('convert.s2twp.10MB.peakRSS', ours.peakMB, 'MB', bare.peakMB);
figure('convert.s2twp.build', ours.buildMs, 'ms', bare.buildMs);

// A 20 KB draft, cold: process start to converted output on stdout; the median of three runs each.
// Ours is the shipped command line (`policy-lens convert --to s2twp FILE`), bare opencc-js a one-line script.
/** Runs node with `args` from the repository root: wall time, stdout (the converted text) and the peak RSS. */
function cold(args, label) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', peakReporter, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const errLines = run.stderr.trim().split('\n');
  if (run.status !== 0) fail(label, `child exited ${run.status}: ${errLines.slice(-3).join(' | ')}`);
  return { out: run.stdout, wallMs, peakMB: JSON.parse(errLines[errLines.length - 1]).peakMB };
}
const median = (runs) => runs.map((r) => r.wallMs).sort((x, y) => x - y)[1];
const coldRuns = (args) => [0, 1, 2].map(() => cold(args, 'convert.cold.20KB'));
const coldOurs = coldRuns([cli, 'convert', '--to', 's2twp', draftFile]);
const coldBare = coldRuns([
  '--input-type=module',
  '-e',
  `import OpenCC from 'opencc-js';
   import { readFileSync } from 'node:fs';
   process.stdout.write(OpenCC.Converter({ from: 'cn', to: 'twp' })(readFileSync(${JSON.stringify(draftFile)}, 'utf8')));`,
]);
if (coldOurs[0].out !== coldBare[0].out) fail('convert.cold.20KB', 'cold 20 KB outputs differ (dist/cli.js convert --to s2twp vs opencc-js)');
figure('convert.cold.20KB', median(coldOurs), 'ms', median(coldBare));
figure('convert.cold.20KB.peakRSS', coldOurs[0].peakMB, 'MB', coldBare[0].peakMB);

// The figure: the whole process on 10 MB, `policy-lens convert --to s2twp FILE` against a bare
// opencc-js script doing the same (start, read, build, convert, write to stdout); the median of three each.
const bigOurs = [0, 1, 2].map(() => cold([cli, 'convert', '--to', 's2twp', bigFile], 'convert.process.10MB'));
const bigBare = [0, 1, 2].map(() => cold([
  '--input-type=module',
  '-e',
  `import OpenCC from 'opencc-js';
   import { readFileSync } from 'node:fs';
   process.stdout.write(OpenCC.Converter({ from: 'cn', to: 'twp' })(readFileSync(${JSON.stringify(bigFile)}, 'utf8')));`,
], 'convert.process.10MB'));
if (bigOurs[0].out !== bigBare[0].out) fail('convert.process.10MB', 'whole-process 10 MB outputs differ (dist/cli.js convert --to s2twp vs opencc-js)');
figure('convert.process.10MB', median(bigOurs), 'ms', median(bigBare));
figure('convert.process.10MB.peakRSS', bigOurs[0].peakMB, 'MB', bigBare[0].peakMB);

// First-use build time of every configuration, each in a fresh process, against opencc-js's Converter.
const configs = child(`console.log(JSON.stringify({ names: require(${JSON.stringify(bundle)}).CONFIG_NAMES }))`, 'configs').names;
for (const name of configs) {
  const ourBuild = child(
    `const c = require(${JSON.stringify(bundle)});
     const t = performance.now(); c.converterFor(${JSON.stringify(name)}); const ms = performance.now() - t;
     console.log(JSON.stringify({ ms, info: c.CONFIGS[${JSON.stringify(name)}] }));`,
    `convert.build.${name}`,
  );
  const { from, to } = ourBuild.info;
  const bareBuild = child(
    `${openccPrelude}
     load.then((OpenCC) => {
       const t = performance.now(); OpenCC.Converter({ from: ${JSON.stringify(from)}, to: ${JSON.stringify(to)} }); const ms = performance.now() - t;
       console.log(JSON.stringify({ ms }));
     });`,
    `convert.build.${name}`,
  );
  figure(`convert.build.${name}`, ourBuild.ms, 'ms', bareBuild.ms);
}

rmSync(work, { recursive: true, force: true });
