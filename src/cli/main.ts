import { CONFIG_NAMES } from '../core/convert';
import { COMMAND_USAGE, UsageError, parseArgs } from './args';
import { translator, type Translate } from './l10n';
// Each command's module is loaded when the command runs: `convert` never evaluates the analysis
// engine, the glossary or the YAML parser, which keeps its start-up close to bare opencc-js.
const analyzeCommand = () => import('./analyzeCommand');
const convertCommand = () => import('./convertCommand');

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<Buffer>;
  /** The environment whose locale picks the language of the CLI's text (English without one; JSON is always English). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The `--help` text in the user's language; command, option and configuration names are as typed. */
function helpText(t: Translate): string {
  // A description may run over several lines; each is indented under its command.
  const describe = (text: string) => text.replace(/^/gm, '      ');
  return `policy-lens: ${t('key terms, cited figures, sources and outlines of Chinese policy texts')}

${t('Usage:')}
  ${COMMAND_USAGE.analyze}
${describe(t('Terms, figures with values and sources, outline and problems of a text.\n--json prints the machine-readable form (see README); - reads standard input.'))}
  ${COMMAND_USAGE.convert}
${describe(`${t('Converts between Simplified, Traditional, Taiwan and Hong Kong standards (OpenCC).')}\n${t('CONFIG: {0}', [CONFIG_NAMES.join(' ')])}`)}
  ${COMMAND_USAGE.check}
${describe(t('Reports problems (unsourced figures, mixed scripts, heading numbers, brackets)\nas FILE:LINE:COLUMN lines; exits 1 when any error or warning is found.'))}
  policy-lens --help | --version

${t('Exit codes: 0 ok, 1 problems found (check) or unreadable input, 2 usage error.')}
`;
}

declare const POLICY_LENS_VERSION: string | undefined;

/**
 * Runs one CLI invocation and returns its exit code.
 *
 * await runCli(['--help'], io) === 0
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  const t = translator(io.env);
  try {
    switch (command) {
      case undefined:
        // No command is a usage error: the usage goes to stderr, as for any other.
        io.stderr(helpText(t));
        return 2;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(helpText(t));
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
        throw new UsageError("unknown command '{0}'", command);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const known = command !== undefined && Object.hasOwn(COMMAND_USAGE, command);
      const synopsis = known ? t('Usage: {0}', [COMMAND_USAGE[command as keyof typeof COMMAND_USAGE]]) : t('Commands: {0}', [Object.keys(COMMAND_USAGE).join(', ')]);
      io.stderr(`policy-lens: ${t(e.template, e.args)}\n${synopsis}\n${t("Run 'policy-lens --help' for usage.")}\n`);
      return 2;
    }
    throw e;
  }
}
