// `npm run bench`: builds dist/ for production, then runs each benchmark in its own node process, one after another.
//   node test/bench/run.mjs [activation] [editor] [analysis] [convert]     (all when none is named; about 2½–3 minutes)
// stdout carries only the benchmarks' JSON lines (one per figure; see test/bench/README.md); progress and anything
// else a benchmark prints go to stderr. Exits 1 when the build or any benchmark failed (crashed, or found wrong
// output); slowness alone never fails.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './corpus.mjs';

/** The dictionaries opencc-js ships, each of which the build writes to dist/opencc/<Name>.txt. */
const DICTIONARIES = readdirSync(join(ROOT, 'node_modules/opencc-js/dist/esm-lib/dict')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));

const BENCHES = ['activation', 'editor', 'analysis', 'convert'];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((b) => !BENCHES.includes(b));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHES.join(', ')}`);
  process.exit(2);
}
const benches = chosen.length > 0 ? BENCHES.filter((b) => chosen.includes(b)) : BENCHES;

const started = performance.now();
const snapshot = buildProduction();
const results = [];
for (const bench of benches) results.push(await runBench(bench, snapshot));
rmSync(snapshot, { recursive: true, force: true });

const failed = results.filter((r) => r.code !== 0);
for (const r of results) console.error(`bench ${r.bench}: ${r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`} in ${(r.ms / 1000).toFixed(1)} s`);
console.error(`bench: ${results.length - failed.length} ok, ${failed.length} failed, ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
process.exit(failed.length > 0 ? 1 : 0);

/**
 * Runs `node esbuild.mjs --production` and copies the bundles and their dictionaries (dist/opencc/) to a private
 * directory, so that a development build someone starts meanwhile (npm test, watch) does not swap what is
 * measured. Returns that directory.
 */
function buildProduction() {
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    } catch {
      console.log(JSON.stringify({ name: 'build', error: 'node esbuild.mjs --production failed' }));
      process.exit(1);
    }
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-dist-'));
    // The bundles read their OpenCC dictionaries from ./opencc/ on first use; nothing reads glossary.schema.json.
    for (const file of ['extension.js', 'cli.js', 'opencc']) {
      try {
        cpSync(join(ROOT, 'dist', file), join(dir, file), { recursive: true });
      } catch {
        // missing, or removed under us by a build started meanwhile: the check below retries
      }
    }
    const production = ['extension.js', 'cli.js'].every((f) => {
      if (!existsSync(join(dir, f))) return false;
      const source = readFileSync(join(dir, f), 'utf8');
      // Every dictionary must have been copied (a build started meanwhile empties dist/ first).
      return isMinified(source) && DICTIONARIES.every((name) => existsSync(join(dir, 'opencc', `${name}.txt`)));
    });
    if (production) return dir;
    rmSync(dir, { recursive: true, force: true });
    if (attempt === 3) {
      console.log(JSON.stringify({ name: 'build', error: 'dist/ was rebuilt for development while the benchmarks started (three times); try again' }));
      process.exit(1);
    }
  }
}

/** Minified bundles have few, long lines. */
function isMinified(source) {
  return source.length / (source.split('\n').length || 1) > 1000;
}

/** Runs test/bench/<bench>.mjs, passing its JSON lines to stdout and everything else to stderr. */
function runBench(bench, dist) {
  const t = performance.now();
  console.error(`bench ${bench}: running`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'test', 'bench', `${bench}.mjs`)], {
      cwd: ROOT,
      env: { ...process.env, POLICY_LENS_BENCH_DIST: dist },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let sawError = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      let parsed;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === 'object' && typeof parsed.name === 'string') {
        sawError ||= 'error' in parsed;
        console.log(line);
      } else {
        console.error(`${bench}: ${line}`);
      }
    });
    child.on('close', (code, signal) => {
      const exit = code ?? (signal ? 128 : 1);
      // A benchmark that printed an error line has failed even if it forgot to say so in its exit code.
      resolve({ bench, code: exit === 0 && sawError ? 1 : exit, ms: performance.now() - t });
    });
  });
}
