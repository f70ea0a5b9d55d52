import { readFile } from 'node:fs/promises';
import { analyze, type Analysis } from '../core/analysis';
import type { Citation, Figure, Heading, Problem } from '../core/types';
import { workspaceGlossary, type Glossary } from '../core/terms/glossary';
import { builtinEntries } from '../core/terms/builtin';
import { formatGlossaryError, loadGlossaryText } from '../core/terms/load';
import { lineOf } from '../core/text/lines';
import { BEFORE_ERA, describeValue, FIGURE_KIND_LABEL } from '../core/figures/describe';
import { COMMAND_USAGE, UsageError, type ParsedArgs } from './args';
import { InputError, decodeText, fileFailure, readInput, type InputText } from './input';
import type { CliIO } from './main';
import { translator, type Translate } from './l10n';

/** Loads --glossary files over the built-in glossary; any error names the file, line and column. */
async function loadGlossaries(files: readonly string[], io: CliIO, t: Translate): Promise<Glossary | undefined> {
  const perFile = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = decodeText(await readFile(file));
    } catch (e) {
      io.stderr(`policy-lens: ${t('cannot read glossary {0}: {1}', [file, fileFailure(e)])}\n`);
      failed = true;
      continue;
    }
    const { entries, errors } = loadGlossaryText(text, file);
    for (const err of errors) io.stderr(`${formatGlossaryError(err, t(err.template, err.args))}\n`);
    if (errors.some((e) => e.severity !== 'warning')) failed = true;
    perFile.push(entries);
  }
  return failed ? undefined : workspaceGlossary(builtinEntries, perFile);
}

/** The JSON contract of `policy-lens analyze --json` (README: "CLI"): these keys and no others. */
export interface AnalysisJson {
  terms: { id: string; text: string; start: number; end: number; line: number }[];
  figures: {
    text: string; start: number; end: number; line: number; kind: Figure['kind']; value: number | null;
    range: [number, number] | null; unit: string | null; approx: boolean;
    /** Only when the text bounds the figure: 超過/逾/以上 'lower', 不到/以下 'upper'. */
    bound?: 'lower' | 'upper';
    source: { text: string; start: number; end: number; title?: string; publisher?: string } | null;
  }[];
  outline: { title: string; level: number; kind: Heading['kind']; start: number; end: number; line: number }[];
  problems: { code: string; message: string; start: number; end: number; severity: Problem['severity'] }[];
}

/** The `analyze --json` object of an analysis. */
export function analysisJson(a: Analysis): AnalysisJson {
  return {
    terms: a.terms.map((t) => ({ id: t.id, text: t.text, start: t.start, end: t.end, line: t.line })),
    figures: a.figures.map((f) => ({
      text: f.text, start: f.start, end: f.end, line: f.line, kind: f.kind, value: f.value, range: f.range,
      unit: f.unit, approx: f.approx, ...(f.bound ? { bound: f.bound } : {}),
      source: f.source ? sourceJson(f.source) : null,
    })),
    outline: a.outline.map((h) => ({ title: h.title, level: h.level, kind: h.kind, start: h.start, end: h.end, line: h.line })),
    problems: a.problems.map((p) => ({ code: p.code, message: p.message, start: p.start, end: p.end, severity: p.severity })),
  };
}

function sourceJson(c: Citation): NonNullable<AnalysisJson['figures'][number]['source']> {
  const { text, start, end, title, publisher } = c;
  return { text, start, end, ...(title !== undefined ? { title } : {}), ...(publisher !== undefined ? { publisher } : {}) };
}

function table(a: Analysis, input: InputText, t: Translate): string {
  const summary = [input.name, a.terms.length, a.figures.length, a.outline.length, a.problems.length, t(a.script)];
  const out: string[] = [`# ${t('{0}: {1} terms, {2} figures, {3} headings, {4} problems (script: {5})', summary)}`];
  out.push('', `## ${t('Outline')}`);
  for (const h of a.outline) out.push(`${String(h.line).padStart(5)}  ${'  '.repeat(h.level - 1)}${h.title}  [${t(h.kind)}]`);
  out.push('', `## ${t('Figures')}`);
  for (const f of a.figures) {
    const v = describeValue(f, (year) => t(BEFORE_ERA, [year]));
    const src = f.source ? `← ${f.source.publisher ?? ''}${f.source.title ? `《${f.source.title}》` : ''}`.trim() : t('(no source)');
    out.push(`${String(f.line).padStart(5)}  ${f.text}  ${t(FIGURE_KIND_LABEL[f.kind])}${v ? ` = ${v.plain}` : ''}${f.approx ? ' ≈' : ''}  ${f.source ? (src === '←' ? `← ${f.source.text}` : src) : src}`);
  }
  out.push('', `## ${t('Terms')}`);
  const counts = new Map<string, number[]>();
  for (const term of a.terms) counts.set(term.id, [...(counts.get(term.id) ?? []), term.line]);
  for (const [id, lines] of [...counts].sort((x, y) => y[1].length - x[1].length)) {
    out.push(`  ${id} ×${lines.length}  ${t('(lines {0})', [[...new Set(lines)].join(t(', '))])}`);
  }
  out.push('', `## ${t('Problems')}`);
  for (const p of a.problems) out.push(`${String(lineOf(a.lineStarts, p.start) + 1).padStart(5)}  ${p.severity}  ${p.code}: ${t(p.template, p.args)}`);
  return out.join('\n') + '\n';
}

export async function runAnalyze(args: ParsedArgs, io: CliIO): Promise<number> {
  const t = translator(io.env);
  if (args.flags.has('--help')) {
    io.stdout(`${t('Usage: {0}', [COMMAND_USAGE.analyze])}\n`);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('analyze takes exactly one FILE (or - for standard input)');
  const glossary = await loadGlossaries(args.options.get('--glossary') ?? [], io, t);
  if (!glossary) return 1;
  let input: InputText;
  try {
    input = await readInput(args.positionals[0], io);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`policy-lens: ${t(e.template, e.args)}\n`);
      return 1;
    }
    throw e;
  }
  const a = analyze(input.text, { glossary });
  // JSON keeps the English message: it is for programs.
  io.stdout(args.flags.has('--json') ? `${JSON.stringify(analysisJson(a), null, 2)}\n` : table(a, input, t));
  return 0;
}

export async function runCheck(args: ParsedArgs, io: CliIO): Promise<number> {
  const t = translator(io.env);
  if (args.flags.has('--help')) {
    io.stdout(`${t('Usage: {0}', [COMMAND_USAGE.check])}\n`);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError('check needs at least one FILE');
  if (args.positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const glossary = await loadGlossaries(args.options.get('--glossary') ?? [], io, t);
  if (!glossary) return 1;
  let found = 0;
  let unreadable = false;
  for (const path of args.positionals) {
    let input: InputText;
    try {
      input = await readInput(path, io);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`policy-lens: ${t(e.template, e.args)}\n`);
      unreadable = true;
      continue;
    }
    const a = analyze(input.text, { glossary });
    for (const p of a.problems) {
      const line = lineOf(a.lineStarts, p.start);
      io.stdout(`${input.name}:${line + 1}:${p.start - a.lineStarts[line] + 1}: ${p.severity}: ${t(p.template, p.args)} [${p.code}]\n`);
      if (p.severity === 'error' || p.severity === 'warning') found++;
    }
  }
  return found > 0 || unreadable ? 1 : 0;
}
