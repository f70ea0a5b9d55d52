import { readFile } from 'node:fs/promises';
import { CliError, NestedText, type CliArg } from './l10n';
import type { CliTemplate } from './translations';
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
  try {
    return await (path === '-' ? io.stdin() : readFile(path));
  } catch (e) {
    throw new InputError('cannot read {0}: {1}', inputName(path), fileFailure(e));
  }
}

const FILE_FAILURES: Readonly<Record<string, CliTemplate>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
};

/** Why a file could not be read or written, in words for the common causes; otherwise Node's own message. */
export function fileFailure(e: unknown): CliArg {
  const reason = FILE_FAILURES[(e as NodeJS.ErrnoException).code ?? ''];
  return reason ? new NestedText(reason) : (e as Error).message;
}

/**
 * A named input for `analyze` and `check`. A line break written as a lone CR (old Mac files) is read as an LF, as VS
 * Code's editor reads it: the analysis counts lines by LF, and the text keeps its length, so offsets stay the file's.
 */
export async function readInput(path: string, io: CliIO): Promise<InputText> {
  return { name: inputName(path), text: decodeText(await readBytes(path, io)).replace(/\r(?!\n)/g, '\n') };
}

/** How messages name an input: its path, or <stdin> for '-'. */
export function inputName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}
