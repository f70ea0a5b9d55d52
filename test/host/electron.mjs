// `npm run test:electron`: the same integration suite in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code. Offline it stops at once and says why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './codeServer.mjs';

const VERSION = process.env.POLICY_LENS_VSCODE_VERSION ?? '1.100.3';
try {
  const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
} catch (e) {
  console.error(`test:electron needs to download VS Code ${VERSION} from update.code.visualstudio.com, which cannot be reached here (${e.cause?.code ?? e.message}).`);
  console.error('Run `npm test` instead: it runs the same suite in code-server\'s extension host.');
  process.exit(1);
}
execFileSync(process.execPath, ['esbuild.mjs', '--tests'], { cwd: ROOT, stdio: 'inherit' });
const { runTests } = await import('@vscode/test-electron');
const workspace = mkdtempSync(join(tmpdir(), 'policy-lens-ws-'));
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: VERSION,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out', 'integration', 'suite'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { POLICY_LENS_FIXTURES: join(ROOT, 'test', 'fixtures'), POLICY_LENS_ACTIVATION_SCHEDULE: '1' },
  });
} catch (e) {
  console.error(`integration tests failed: ${e.message ?? e}`);
  process.exit(1);
}
