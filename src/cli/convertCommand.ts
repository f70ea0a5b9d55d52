import { writeFile } from 'node:fs/promises';
import { CONFIG_NAMES, convertText, isConfigName } from '../core/convert';
import { COMMAND_USAGE, UsageError, type ParsedArgs } from './args';
import { InputError, fileFailure, readBytes } from './input';
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
    // Decoded keeping a BOM, so that it is written back as it came.
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readBytes(path, io));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr(`policy-lens: ${t(e.template, e.args)}\n`);
    return 1;
  }
  const converted = convertText(text, config);
  // `-o -` is standard output, as `-` is standard input.
  if (outputs.length === 1 && outputs[0] !== '-') {
    try {
      await writeFile(outputs[0], converted);
    } catch (e) {
      io.stderr(`policy-lens: ${t('cannot write {0}: {1}', [outputs[0], fileFailure(e)])}\n`);
      return 1;
    }
  } else {
    io.stdout(converted);
  }
  return 0;
}
