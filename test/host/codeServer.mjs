// Starts code-server (VS Code 1.100.3's server and web workbench) on 127.0.0.1 with a throwaway
// profile, and opens the workbench in headless Chromium. Shared by the test runner and `npm start`.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const HOST_DIR = process.env.POLICY_LENS_HOST_DIR ?? join(ROOT, '.vscode-test', 'code-server');
const ENTRY = join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.POLICY_LENS_CHROMIUM ?? '/usr/bin/chromium';

/** Explains what is missing instead of failing somewhere deep in code-server. */
export function checkHostInstalled() {
  const missing = [];
  if (!existsSync(ENTRY)) missing.push(`code-server (${ENTRY})`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new Error(`the test host is not installed: ${missing.join(', ')}. Run \`npm run host:install\` (as root for apt).`);
  }
}

/** A fresh folder for one run: HOME, user data, extensions, Chromium profile. */
export function makeRunDir() {
  const base = join(ROOT, '.vscode-test', 'runs');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'run-'));
  for (const sub of ['home', 'user-data', 'extensions', 'chromium']) mkdirSync(join(dir, sub));
  return dir;
}

function serverEnv(runDir, extraEnv) {
  const home = join(runDir, 'home');
  return {
    ...process.env,
    ...extraEnv,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    SHELL: '/bin/sh',
  };
}

/** Installs a .vsix into the run's extensions folder with code-server's own CLI. */
export function installVsix(runDir, vsix) {
  execFileSync(process.execPath, [ENTRY, '--extensions-dir', join(runDir, 'extensions'),
    '--user-data-dir', join(runDir, 'user-data'), '--install-extension', vsix, '--force'],
  { env: serverEnv(runDir, {}), stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

/**
 * Starts code-server and resolves once /healthz answers.
 * @returns {{ url: string, stop: () => Promise<void>, log: string }}
 */
export async function startCodeServer({ runDir, port = 0, extraEnv = {}, userSettings, timeoutMs = 60_000, workspaceTrust = false }) {
  checkHostInstalled();
  const log = join(runDir, 'server.log');
  writeFileSync(join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');
  if (userSettings) {
    const dir = join(runDir, 'user-data', 'User');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(userSettings, null, 2));
  }
  const { openSync } = await import('node:fs');
  const out = openSync(log, 'a');
  const child = spawn(process.execPath, [ENTRY, '--config', join(runDir, 'config.yaml'), '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--user-data-dir', join(runDir, 'user-data'),
    '--extensions-dir', join(runDir, 'extensions')],
  { env: serverEnv(runDir, extraEnv), stdio: ['ignore', out, out], detached: true });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + 5000;
    while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!exited) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited during start-up; see ${log}:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(log, 'utf8'));
    if (m) {
      try {
        const res = await fetch(`${m[1]}/healthz`);
        if (res.ok) return { url: m[1], stop, log };
      } catch { /* not yet */ }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`code-server did not answer within ${timeoutMs / 1000}s; see ${log}`);
}

/** The workbench URL that opens `folder` and, optionally, runs a test suite in the extension host. */
export function workbenchUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${new URL(base).host}${p}`;
  const payload = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Headless Chromium flags: root needs --no-sandbox; the rest stop it from calling out to a closed network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'];

export function removeRunDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}
