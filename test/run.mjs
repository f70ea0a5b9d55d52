// `npm test`: builds, runs the unit suite in node and the integration suite in a real VS Code
// extension host (development mode, in Restricted Mode, then once from the packaged .vsix), and ends with the line
// `N passed, N failed` over all of them. Exits non-zero when anything failed or could not run.
//   node test/run.mjs [--unit] [--integration]
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { ROOT } from './host/codeServer.mjs';

const onlyUnit = process.argv.includes('--unit');
const onlyIntegration = process.argv.includes('--integration');
const totals = { passed: 0, failed: 0 };

function jsFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? jsFiles(p, suffix) : p.endsWith(suffix) ? [p] : [];
  }).sort();
}

function step(label, fn) {
  try {
    return fn();
  } catch (e) {
    console.error(`${label} failed: ${e.message}`);
    totals.failed += 1;
    return undefined;
  }
}

const node = process.execPath;
const built = step('build', () => {
  execFileSync(node, ['esbuild.mjs', '--tests'], { cwd: ROOT, stdio: 'inherit' });
  return true;
});

if (built && !onlyIntegration) {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 30_000 });
  for (const f of jsFiles(join(ROOT, 'out', 'unit'), '.test.js')) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  console.log(`# unit: ${stats.passes} passed, ${stats.failures} failed`);
  totals.passed += stats.passes;
  totals.failed += stats.failures;
}

if (built && !onlyUnit) {
  const { runHostSuite } = await import('./host/runTests.mjs');
  const installed = step('test host install', () => {
    execFileSync('bash', [join(ROOT, 'test', 'host', 'install.sh')], { cwd: ROOT, stdio: 'inherit' });
    return true;
  });
  if (installed) {
    const dev = await runHostSuite({ tests: join(ROOT, 'out', 'integration', 'suite'), label: 'integration (development)' });
    totals.passed += dev.passed;
    totals.failed += dev.failed;
    const restricted = await runHostSuite({ tests: join(ROOT, 'out', 'integration', 'restricted'), label: 'integration (Restricted Mode)', restricted: true });
    totals.passed += restricted.passed;
    totals.failed += restricted.failed;
    const vsix = join(ROOT, '.vscode-test', 'policy-lens-test.vsix');
    const packaged = step('packaging', () => {
      execFileSync(node, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links',
        '--skip-license', '-o', vsix], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
      return true;
    });
    if (packaged) {
      const pkg = await runHostSuite({ tests: join(ROOT, 'out', 'integration', 'packaged'), vsix, label: 'integration (packaged .vsix)' });
      totals.passed += pkg.passed;
      totals.failed += pkg.failed;
    }
    // vsce's prepublish rebuilt dist/ for production; put the development build back.
    execFileSync(node, ['esbuild.mjs', '--tests'], { cwd: ROOT, stdio: 'ignore' });
  }
}

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
