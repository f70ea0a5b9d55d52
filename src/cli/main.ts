import { CONFIG_NAMES } from '../core/convert';
import { COMMAND_USAGE, UsageError, parseArgs } from './args';
// Each command's module is loaded when the command runs: `convert` never evaluates the analysis
// engine, the glossary or the YAML parser, which keeps its start-up close to bare opencc-js.
const analyzeCommand = () => import('./analyzeCommand');
const convertCommand = () => import('./convertCommand');

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<Buffer>;
  /** The environment whose locale picks the language of problems and glossary errors (English without one). */
  env?: Readonly<Record<string, string | undefined>>;
}

export const USAGE = `policy-lens: key terms, cited figures, sources and outlines of Chinese policy texts

Usage:
  ${COMMAND_USAGE.analyze}
      Terms, figures with values and sources, outline and problems of a text.
      --json prints the machine-readable form (see README); - reads standard input.
  ${COMMAND_USAGE.convert}
      Converts between Simplified, Traditional, Taiwan and Hong Kong standards (OpenCC).
      CONFIG: ${CONFIG_NAMES.join(' ')}
  ${COMMAND_USAGE.check}
      Reports problems (unsourced figures, mixed scripts, heading numbers, brackets)
      as FILE:LINE:COLUMN lines; exits 1 when any error or warning is found.
  policy-lens --help | --version

Exit codes: 0 ok, 1 problems found (check) or unreadable input, 2 usage error.
`;

declare const POLICY_LENS_VERSION: string | undefined;

/**
 * Runs one CLI invocation and returns its exit code.
 *
 * await runCli(['--help'], io) === 0
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        // No command is a usage error: the usage goes to stderr, as for any other.
        io.stderr(USAGE);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      case '--version':
      case '-v':
        io.stdout(`${typeof POLICY_LENS_VERSION === 'string' ? POLICY_LENS_VERSION : 'dev'}\n`);
        return 0;
      case 'analyze':
        return await (await analyzeCommand()).runAnalyze(parseArgs(rest, { flags: ['--json', '--help'], options: ['--glossary'] }), io);
      case 'convert':
        return await (await convertCommand()).runConvert(parseArgs(rest, { flags: ['--help'], options: ['--to', '-o', '--output'] }), io);
      case 'check':
        return await (await analyzeCommand()).runCheck(parseArgs(rest, { flags: ['--help'], options: ['--glossary'] }), io);
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const known = command !== undefined && Object.hasOwn(COMMAND_USAGE, command);
      const usage = known ? `Usage: ${COMMAND_USAGE[command as keyof typeof COMMAND_USAGE]}\n` : `Commands: ${Object.keys(COMMAND_USAGE).join(', ')}\n`;
      io.stderr(`policy-lens: ${e.message}\n${usage}Run 'policy-lens --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
}
