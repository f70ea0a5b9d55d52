// How long the real VS Code extension host (code-server, as the integration suite runs it) is held while Policy Lens
// answers a hover: on the session's first policy document, then on a 10 MB draft (the editor bench's corpus, opened
// as a file), which waits for its first analysis. The host side is test/integration/responsiveness/; it measures with
// node's event-loop delay monitor, so everything the host runs meanwhile counts: VS Code's own work, its built-in
// extensions', and garbage collection of the whole host's heap, as well as ours.
//   node test/bench/hostResponsiveness.mjs [runs=3]      (about a minute a run; not part of `npm run bench`)
// Prints one JSON line per figure and run, and one of medians. The extension is the development build (`--tests`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../host/codeServer.mjs';
import { runHostSuiteQuietly } from '../host/runTests.mjs';
import { buildCorpus } from './corpus.mjs';
import { figure, median, round } from './report.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const FRAME_MS = 16;
const MB = 1024 * 1024;

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!Number.isInteger(RUNS) || RUNS < 1) {
    console.error(`hostResponsiveness: runs must be a whole number from 1 (not ${process.argv[2]})`);
    process.exit(2);
  }
  execFileSync(process.execPath, ['esbuild.mjs', '--tests'], { cwd: ROOT, stdio: 'inherit' });
  const workspace = mkdtempSync(join(tmpdir(), 'policy-lens-responsiveness-'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'hangzhou-model.zh-Hant.txt'), join(workspace, 'hangzhou-model.zh-Hant.txt'));
  writeFileSync(join(workspace, 'bench-corpus-10MB.txt'), buildCorpus(10 * MB).text);
  const runs = [];
  try {
    for (let r = 0; r < RUNS; r++) {
      const out = join(workspace, '..', `${workspace.split('/').pop()}-results-${r}.json`);
      process.env.POLICY_LENS_BENCH_RESULTS = out;
      const { result, lines } = await runHostSuiteQuietly({ tests: join(ROOT, 'out', 'integration', 'responsiveness'), label: 'responsiveness', workspace, timeoutSec: 900 });
      if (result.passed !== 1 || result.failed !== 0) {
        console.error(lines.join('\n'));
        console.error(`hostResponsiveness: run ${r + 1}: ${result.passed} passed, ${result.failed} failed`);
        process.exit(1);
      }
      const measured = JSON.parse(readFileSync(out, 'utf8'));
      rmSync(out);
      runs.push(measured);
      for (const [what, m] of Object.entries(measured)) {
        figure(`host.${what}.maxHeldMs`, m.maxMs, 'ms', {
          run: r + 1, goal: `<= ${FRAME_MS}`, p99Ms: round(m.p99Ms), gcMs: round(m.gcMs), longestGcMs: round(m.longestGcMs),
          pageFaults: m.pageFaults, ms: round(m.ms), hovers: m.hovers, folds: m.folds,
        });
      }
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  for (const what of Object.keys(runs[0])) {
    figure(`host.${what}.maxHeldMs.median`, median(runs.map((m) => m[what].maxMs)), 'ms', {
      runs: RUNS, goal: `<= ${FRAME_MS}`, each: runs.map((m) => round(m[what].maxMs)), longestGcMs: runs.map((m) => round(m[what].longestGcMs)),
    });
  }
}
