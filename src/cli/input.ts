import { readFile } from 'node:fs/promises';
import { CliError } from './l10n';
import type { CliIO } from './main';

/** A named input text: a file, or standard input for '-'. */
export interface InputText {
  name: string;
  text: string;
}

/** Undecodable bytes become U+FFFD rather than an error; a UTF-8 BOM is dropped, as editors do. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** An input that cannot be read: printed naming it, exit code 1. */
export class InputError extends CliError {}

/** The bytes of a file, or of standard input for '-'; a file that cannot be read is an InputError that says why. */
export async function readBytes(path: string, io: CliIO): Promise<Uint8Array> {
  if (path === '-') return io.stdin();
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('cannot read {0}: no such file', path);
    if (code === 'EISDIR') throw new InputError('cannot read {0}: is a directory', path);
    throw new InputError('cannot read {0}: {1}', path, (e as Error).message);
  }
}

export async function readInput(path: string, io: CliIO): Promise<InputText> {
  return { name: path === '-' ? '<stdin>' : path, text: decodeText(await readBytes(path, io)) };
}
