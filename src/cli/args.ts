import { CliError } from './l10n';

/** A usage mistake: printed with the usage line and exit code 2. */
export class UsageError extends CliError {}

/** The one-line synopsis of each command, shared by `--help` and usage errors. */
export const COMMAND_USAGE = {
  analyze: 'policy-lens analyze [--json] [--glossary FILE]... FILE|-',
  convert: 'policy-lens convert --to CONFIG [-o FILE] [FILE|-]',
  check: 'policy-lens check [--glossary FILE]... FILE...',
} as const;

export interface ParsedArgs {
  positionals: string[];
  /** Repeatable options keep every value in order. */
  options: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Parses `argv` against the options a subcommand accepts; anything else is a UsageError.
 *
 * parseArgs(['--json', 'a.txt'], { flags: ['--json'], options: [] }).positionals → ['a.txt']
 */
export function parseArgs(argv: readonly string[], spec: { flags: readonly string[]; options: readonly string[] }): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      // -h is --help wherever --help is accepted.
      const name = a === '-h' && spec.flags.includes('--help') ? '--help' : eq > 0 ? a.slice(0, eq) : a;
      if (spec.flags.includes(name) && eq < 0) {
        parsed.flags.add(name);
      } else if (spec.options.includes(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError('{0} needs a value', name);
        parsed.options.set(name, [...(parsed.options.get(name) ?? []), value]);
      } else {
        throw new UsageError('unknown option {0}', a);
      }
    } else {
      parsed.positionals.push(a);
    }
  }
  return parsed;
}
