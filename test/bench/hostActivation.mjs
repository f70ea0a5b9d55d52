// Where activate() spends its time in a real VS Code extension host (code-server, as the integration suite runs it):
// runs the suite's activation test alone, `runs` times, each time with a CPU profile of activate() (PROFILE_ENV in
// src/activationCost.ts), and splits each profile's time into our code, VS Code's (the API calls activate() makes),
// garbage collection, the profiler's own start and stop, and other (V8's "(program)", "(idle)").
//   node test/bench/hostActivation.mjs [runs=5]      (about 20 s a run; not part of `npm run bench`)
// Prints one JSON line per run and one of medians. A sample counts for the innermost frame that is ours or VS Code's:
// node's own functions count for whoever called them. The profiler asks for a sample every 50 µs, but on a busy
// machine its thread and the host's wait for a core, so a run may hold only a few samples (`samples`), and a sample
// stands for the whole gap to the next one: the split is coarse, and the sum is wall time, not time on a core. The
// figure is the time the profiler watched (its start and stop fall outside it, though their samples are in the
// profile); the suite's own line (`reported`) is read inside it, so it too leaves them out, but both are slowed by the
// sampling.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../host/codeServer.mjs';
import { runHostSuiteQuietly } from '../host/runTests.mjs';
import { figure, median, round } from './report.mjs';

const RUNS = Number(process.argv[2] ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`hostActivation: runs must be a whole number from 1 (not ${process.argv[2]})`);
  process.exit(2);
}
/** The functions of src/activationCost.ts that start and stop the profiler: their samples are the profiler's. */
const PROFILER_FUNCTIONS = new Set(['startProfile', 'stopProfile']);
const TEST = 'activates when a Chinese plain-text document is opened';

/** The milliseconds of one profile, by who was running. */
export function splitProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const split = { ours: 0, vscode: 0, gc: 0, profiler: 0, other: 0 };
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    split[whose(profile.samples[i], byId, parent)] += ms;
  }
  return split;
}

function whose(id, byId, parent) {
  let decided;
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url } = byId.get(at).callFrame;
    if (PROFILER_FUNCTIONS.has(functionName) && url.endsWith('/dist/extension.js')) return 'profiler';
    if (decided) continue;
    if (functionName === '(garbage collector)') return 'gc';
    if (url.endsWith('/dist/extension.js')) decided = 'ours';
    else if (url.includes('extensionHost') || url.includes('/vs/')) decided = 'vscode';
  }
  return decided ?? 'other';
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  execFileSync(process.execPath, ['esbuild.mjs', '--tests'], { cwd: ROOT, stdio: 'inherit' });
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const folder = mkdtempSync(join(tmpdir(), 'policy-lens-activation-'));
    process.env.POLICY_LENS_ACTIVATION_PROFILE = folder;
    process.env.POLICY_LENS_TEST_GREP = TEST;
    const { result, lines } = await runHostSuiteQuietly({ tests: join(ROOT, 'out', 'integration', 'suite'), label: 'activation' });
    const files = readdirSync(folder).filter((f) => f.endsWith('.cpuprofile'));
    if (result.passed !== 1 || result.failed !== 0 || files.length !== 1) {
      console.error(lines.join('\n'));
      console.error(`hostActivation: run ${r + 1} ran ${result.passed} passed, ${result.failed} failed and wrote ${files.length} profiles (${folder})`);
      process.exit(1);
    }
    const profile = JSON.parse(readFileSync(join(folder, files[0]), 'utf8'));
    const profiledMs = Number(/-([\d.]+)\.cpuprofile$/.exec(files[0])[1]);
    const split = splitProfile(profile);
    rmSync(folder, { recursive: true });
    runs.push({ profiledMs, ...split });
    // The suite's own line: wall time, and the thread's run and wait, all with the profiler in them.
    const reported = lines.find((l) => l.startsWith('# activate() took'));
    figure('host.activation.profile', profiledMs, 'ms', {
      run: r + 1, ...Object.fromEntries(Object.entries(split).map(([k, v]) => [`${k}Ms`, round(v)])),
      samples: profile.samples.length, reported: reported?.slice(2),
    });
  }
  const med = (key) => round(median(runs.map((x) => x[key])));
  figure('host.activation.profile.median', median(runs.map((x) => x.profiledMs)), 'ms', {
    runs: RUNS, oursMs: med('ours'), vscodeMs: med('vscode'), gcMs: med('gc'), otherMs: med('other'), profilerMs: med('profiler'),
    goal: '<= 10', what: 'activate() as the profiler watched it, slowed by its sampling',
  });
}
