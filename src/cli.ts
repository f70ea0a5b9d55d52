#!/usr/bin/env node
/**
 * policy-lens: the command line on the same core as the extension.
 *   policy-lens analyze [--json] [--glossary FILE]... FILE|-
 *   policy-lens convert --to CONFIG [-o FILE] [FILE|-]
 *   policy-lens check [--glossary FILE]... FILE...
 */
import { translator } from './cli/l10n';
import { runCli } from './cli/main';

// A reader that stops early (`policy-lens check … | head`) closes the pipe: stop quietly, no stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readStdin(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`policy-lens: ${translator(process.env)('internal error: {0}', [err instanceof Error ? err.message : String(err)])}\n`);
    process.exitCode = 70;
  },
);

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}
