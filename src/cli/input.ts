import { readFile } from 'node:fs/promises';
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

export class InputError extends Error {}

export async function readInput(path: string, io: CliIO): Promise<InputText> {
  if (path === '-') return { name: '<stdin>', text: decodeText(await io.stdin()) };
  try {
    return { name: path, text: decodeText(await readFile(path)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
}
