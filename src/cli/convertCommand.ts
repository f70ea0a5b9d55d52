import { readFile, writeFile } from 'node:fs/promises';
import { CONFIG_NAMES, convertText, isConfigName } from '../core/convert';
import { COMMAND_USAGE, UsageError, type ParsedArgs } from './args';
import { InputError } from './input';
import type { CliIO } from './main';

/**
 * `policy-lens convert --to CONFIG [-o FILE] [FILE|-]`. The bytes are decoded as UTF-8 and only
 * Chinese characters change: a BOM, line endings and every other character pass through.
 */
export async function runConvert(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.flags.has('--help')) {
    io.stdout(`Usage: ${COMMAND_USAGE.convert}\nCONFIG: ${CONFIG_NAMES.join(' ')}\n`);
    return 0;
  }
  const to = args.options.get('--to');
  if (!to || to.length !== 1) throw new UsageError(`convert needs one --to CONFIG (one of: ${CONFIG_NAMES.join(', ')})`);
  const config = to[0];
  if (!isConfigName(config)) throw new UsageError(`unknown configuration '${config}'; valid: ${CONFIG_NAMES.join(', ')}`);
  if (args.positionals.length > 1) throw new UsageError('convert takes at most one FILE');
  const outputs = [...(args.options.get('-o') ?? []), ...(args.options.get('--output') ?? [])];
  if (outputs.length > 1) throw new UsageError('give -o FILE once');
  const path = args.positionals[0] ?? '-';
  let text: string;
  try {
    // Decoded keeping a BOM, so that it is written back as it came.
    const bytes = path === '-' ? await io.stdin() : await readFile(path).catch((e: NodeJS.ErrnoException) => {
      throw new InputError(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr(`policy-lens: ${e.message}\n`);
    return 1;
  }
  const converted = convertText(text, config);
  // `-o -` is standard output, as `-` is standard input.
  if (outputs.length === 1 && outputs[0] !== '-') {
    try {
      await writeFile(outputs[0], converted);
    } catch (e) {
      io.stderr(`policy-lens: cannot write ${outputs[0]}: ${(e as Error).message}\n`);
      return 1;
    }
  } else {
    io.stdout(converted);
  }
  return 0;
}
