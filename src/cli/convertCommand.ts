import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CONFIG_NAMES, convertText, isConfigName } from '../core/convert';
import { COMMAND_USAGE, UsageError, type ParsedArgs } from './args';
import { InputError, fileFailure, inputName, readBytes } from './input';
import { translator } from './l10n';
import type { CliIO } from './main';

/**
 * `policy-lens convert --to CONFIG [-o FILE] [FILE|-]`. The bytes are decoded as UTF-8 and only
 * Chinese characters change: a BOM, line endings and every other character pass through.
 */
export async function runConvert(args: ParsedArgs, io: CliIO): Promise<number> {
  const t = translator(io.env);
  if (args.flags.has('--help')) {
    io.stdout(`${t('Usage: {0}', [COMMAND_USAGE.convert])}\n${t('CONFIG: {0}', [CONFIG_NAMES.join(' ')])}\n`);
    return 0;
  }
  const to = args.options.get('--to');
  if (!to || to.length !== 1) throw new UsageError('convert needs one --to CONFIG (one of: {0})', CONFIG_NAMES.join(', '));
  const config = to[0];
  if (!isConfigName(config)) throw new UsageError("unknown configuration '{0}'; valid: {1}", config, CONFIG_NAMES.join(', '));
  if (args.positionals.length > 1) throw new UsageError('convert takes at most one FILE');
  const outputs = [...(args.options.get('-o') ?? []), ...(args.options.get('--output') ?? [])];
  if (outputs.length > 1) throw new UsageError('give -o FILE once');
  const path = args.positionals[0] ?? '-';
  let text: string;
  try {
    // Decoded keeping a BOM, so that it is written back as it came; bytes that are not UTF-8 (a Big5 or GBK file)
    // are refused, not turned into U+FFFD: the output would lose them.
    text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(await readBytes(path, io));
  } catch (e) {
    const reason = e instanceof InputError ? t(e.template, e.args) : e instanceof TypeError ? t('{0} is not UTF-8 text: nothing was converted', [inputName(path)]) : undefined;
    if (reason === undefined) throw e;
    io.stderr(`policy-lens: ${reason}\n`);
    return 1;
  }
  const converted = convertText(text, config);
  // `-o -` is standard output, as `-` is standard input.
  if (outputs.length === 1 && outputs[0] !== '-') {
    try {
      await writeWhole(outputs[0], converted);
    } catch (e) {
      io.stderr(`policy-lens: ${t('cannot write {0}: {1}', [outputs[0], fileFailure(e)])}\n`);
      return 1;
    }
  } else {
    io.stdout(converted);
  }
  return 0;
}

/**
 * Writes `file` whole or not at all: into a new file beside it, renamed over it once written, so that a failed write
 * (a full disk) leaves the old file as it was, even when it is the input. The file keeps its permissions.
 */
async function writeWhole(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.policy-lens-${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    const mode = await stat(file).then((s) => s.mode & 0o7777, () => undefined);
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, file);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}
