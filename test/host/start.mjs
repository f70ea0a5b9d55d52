// `npm start [-- --port N]`: builds Policy Lens, starts VS Code (code-server) on 127.0.0.1 with the
// extension loaded from this folder and the sample article open, and prints the URL. Ctrl-C stops it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, makeRunDir, removeRunDir, startCodeServer } from './codeServer.mjs';

const i = process.argv.indexOf('--port');
const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`npm start: --port needs a port number (got ${process.argv[i + 1]})`);
  process.exit(2);
}
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
execFileSync('bash', [join(ROOT, 'test', 'host', 'install.sh')], { cwd: ROOT, stdio: 'inherit' });

const workspace = join(ROOT, '.vscode-test', 'sample-workspace');
mkdirSync(workspace, { recursive: true });
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true, force: false, errorOnExist: false });
const runDir = makeRunDir();
const server = await startCodeServer({ runDir, port, userSettings: { 'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'git.openRepositoryInParentFolders': 'never' } });
const host = new URL(server.url).host;
const payload = [['extensionDevelopmentPath', `vscode-remote://${host}${ROOT}`],
  ['openFile', `vscode-remote://${host}${join(workspace, 'hangzhou-model.zh-Hant.txt')}`],
  ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`\nPolicy Lens is running in VS Code ${'1.100.3'} (code-server) at:\n\n  ${url}\n\nOpen it in a browser; the sample article is opened for you. Ctrl-C stops the server.`);
console.log(`(Rebuild with \`npm run watch\` in another terminal and reload the window to pick up changes.)`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping code-server…');
  await server.stop();
  removeRunDir(runDir);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
