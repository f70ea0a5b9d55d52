#!/usr/bin/env node
/**
 * policy-lens: the command line on the same core as the extension.
 *   policy-lens analyze [--json] [--glossary FILE]... FILE|-
 *   policy-lens convert --to CONFIG [-o FILE] [FILE|-]
 *   policy-lens check [--glossary FILE]... FILE...
 */
import { fstatSync } from 'node:fs';
import { translator } from './cli/l10n';
import { fileFailure } from './cli/input';
import { runCli } from './cli/main';

// A reader that stops early (`policy-lens check … | head`) closes the pipe: nothing more is written, and the command
// runs to its end, so that its exit code still says what it found. Any other failure to write (a full disk) is
// reported, without a stack trace, and the exit code is 1.
let readerGone = false;
let writeFailure: unknown;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') readerGone = true;
  else writeFailure ??= err;
});

runCli(process.argv.slice(2), {
  stdout: (s) => {
    if (!readerGone && writeFailure === undefined) process.stdout.write(s);
  },
  stderr: (s) => process.stderr.write(s),
  stdin: () => readStdin(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
    // A failed write may be reported (its 'error' event) only after this: the stream keeps the error it failed with.
    process.stdout.write('', () => {
      const failed = process.stdout.errored as NodeJS.ErrnoException | null;
      if (failed && failed.code !== 'EPIPE') writeFailure ??= failed;
      reportWriteFailure();
    });
  },
  (err: unknown) => {
    process.stderr.write(`policy-lens: ${translator(process.env)('internal error: {0}', [err instanceof Error ? err.message : String(err)])}\n`);
    process.exitCode = 70;
  },
);

function reportWriteFailure(): void {
  if (writeFailure === undefined) return;
  process.stderr.write(`policy-lens: ${translator(process.env)('cannot write {0}: {1}', ['<stdout>', fileFailure(writeFailure)])}\n`);
  process.exitCode = 1;
}

function readStdin(): Promise<Buffer> {
  // Node reads a directory on standard input (`< dir`) as an empty text: say what it is instead.
  if (isDirectory(0)) return Promise.reject(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

function isDirectory(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false; // fstat failed: reading says what is wrong
  }
}
