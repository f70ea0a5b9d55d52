// Runs a mocha suite (a module exporting run()) inside a real VS Code extension host: code-server's
// Node extension host, driven by the web workbench in headless Chromium.
//   node test/host/runTests.mjs [--tests out/integration/suite] [--vsix policy-lens.vsix] [--timeout 300]
import { readFileSync, existsSync, mkdirSync, writeFileSync, cpSync, createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, makeRunDir, removeRunDir, startCodeServer, workbenchUrl, installVsix } from './codeServer.mjs';

/**
 * @param {{ tests: string, vsix?: string, timeoutSec?: number, label?: string, workspace?: string, restricted?: boolean }} opts
 *   With `vsix`, the package is installed into the host and loaded from there (no development path). With
 *   `restricted`, Workspace Trust is on and the folder is opened without being trusted: Restricted Mode.
 * @returns {Promise<{ passed: number, failed: number, exitCode: number, error?: string }>}
 */
export async function runHostSuite({ tests, vsix, timeoutSec = 300, label = 'integration', workspace, restricted = false }) {
  const { chromium } = await import('playwright-core');
  const runDir = makeRunDir();
  const results = join(runDir, 'results.json');
  // The workspace is copied so tests may write glossary files without touching the repository.
  const folder = join(runDir, 'workspace');
  cpSync(workspace ?? join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  if (vsix) installVsix(runDir, vsix);
  const server = await startCodeServer({
    runDir,
    extraEnv: { POLICY_LENS_TEST_RESULTS: results, POLICY_LENS_FIXTURES: join(ROOT, 'test', 'fixtures'), POLICY_LENS_ACTIVATION_SCHEDULE: '1' },
    userSettings: { 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': restricted,
      // Restricted Mode without the dialog that asks whether to trust the folder.
      ...(restricted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
      'extensions.autoCheckUpdates': false, 'telemetry.telemetryLevel': 'off' },
    workspaceTrust: restricted,
  });
  const t0 = Date.now();
  const hostLog = createWriteStream(join(runDir, 'extension-host.log'));
  let outcome = { exitCode: 1 };
  const ctx = await chromium.launchPersistentContext(join(runDir, 'chromium'), { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const workbenchLog = [];
    let finish;
    const done = new Promise((r) => (finish = r));
    const timer = setTimeout(() => finish({ timeout: true }), timeoutSec * 1000);
    // Extension-host console lines and the workbench's own log arrive through codeAutomationLog;
    // the call stack tells them apart.
    await page.exposeBinding('__policyLensLog', (_src, type, fromExtHost, args) => {
      if (fromExtHost) {
        const line = format(...args);
        hostLog.write(line + '\n');
        (type === 'error' ? console.error : console.log)(line);
      }
      else workbenchLog.push(`[${type}] ${args.join(' ')}`);
    });
    await page.exposeBinding('__policyLensExit', (_src, code) => finish({ code }));
    await page.addInitScript(() => {
      const show = (a) => (a instanceof Error ? a.stack : a && typeof a === 'object' ? JSON.stringify(a) : a);
      window.codeAutomationLog = (type, args) => {
        Error.stackTraceLimit = 40;
        window.__policyLensLog(type, new Error().stack.includes('$logExtensionHostMessage'), args.map(show));
      };
      window.codeAutomationExit = (code) => window.__policyLensExit(code);
    });
    page.on('pageerror', (e) => workbenchLog.push(`[pageerror] ${e.stack ?? e}`));
    page.on('crash', () => finish({ crash: true }));
    // VS Code runs extension tests only in development mode: with a .vsix, an empty driver extension
    // is the development extension and Policy Lens comes from the installed package.
    const extensionDevelopmentPath = vsix ? join(ROOT, 'test', 'host', 'packaged-driver') : ROOT;
    await page.goto(workbenchUrl(server.url, { folder, extensionDevelopmentPath, extensionTestsPath: resolve(tests) }),
      { waitUntil: 'domcontentloaded' });
    const end = await done;
    clearTimeout(timer);
    writeFileSync(join(runDir, 'workbench.log'), workbenchLog.join('\n'));
    if (end.timeout) outcome = { exitCode: 124, error: `TIMEOUT: the ${label} suite did not finish within ${timeoutSec}s (logs: ${runDir})` };
    else if (end.crash) outcome = { exitCode: 2, error: `the workbench page crashed (logs: ${runDir})` };
    else outcome = { exitCode: end.code };
  } finally {
    await ctx.close().catch(() => {});
    await server.stop();
    hostLog.end();
  }
  let counts = { passed: 0, failed: 0 };
  if (existsSync(results)) counts = JSON.parse(readFileSync(results, 'utf8'));
  else if (!outcome.error) outcome.error = `the ${label} suite wrote no results (exit ${outcome.exitCode}; logs: ${runDir})`;
  // A suite that could not run at all counts as one failure, so it can never look green.
  if (outcome.error && counts.failed === 0) counts.failed = 1;
  console.log(`# ${label}: ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  if (outcome.error) console.error(outcome.error);
  if (outcome.exitCode === 0 && counts.failed === 0) removeRunDir(runDir);
  else console.error(`# logs kept in ${runDir}`);
  return { ...counts, exitCode: outcome.exitCode, error: outcome.error };
}

/**
 * `runHostSuite` with the suite's console lines kept instead of printed (for the host benches, which print figures):
 * returns its result and the lines.
 */
export async function runHostSuiteQuietly(opts) {
  const lines = [];
  const log = console.log;
  console.log = (...args) => lines.push(args.join(' '));
  try {
    return { result: await runHostSuite(opts), lines };
  } finally {
    console.log = log;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
  mkdirSync(join(ROOT, '.vscode-test'), { recursive: true });
  const r = await runHostSuite({ tests: arg('--tests', join(ROOT, 'out', 'integration', 'suite')),
    vsix: arg('--vsix'), timeoutSec: Number(arg('--timeout', 300)) });
  process.exit(r.failed > 0 || r.exitCode !== 0 ? 1 : 0);
}
