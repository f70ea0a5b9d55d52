import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis';
import type { Figure, GlossaryEntry, TermMatch } from '../core/types';
import { spanAt } from '../core/spans';
import { FIGURE_KIND_LABEL } from '../core/figures/describe';
import { describeFigureValue } from './figureValues';
import { scriptForms, scriptFormsReady } from '../core/convert/forms';
import type { DocumentAnalyses } from '../workspace/analyses';
import { offsetRange } from './ranges';
import { escapeMarkdown, inertMarkdown, safeLink } from './markdown';

/** Hovers on glossary terms (definition, forms, source) and on figures (value, kind, cited source). */
export function registerHover(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(doc, position, token) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const offset = doc.offsetAt(position);
      const figure = spanAt(a.figures, offset);
      const term = spanAt(a.terms, offset);
      if (!figure && !term) return undefined;
      const parts: vscode.MarkdownString[] = [];
      let start = Infinity;
      let end = -Infinity;
      if (term) {
        // The converters that write a term's forms, built between turns on the first hover (not in one long one).
        // Meanwhile the document may have changed: the analysis's offsets are then not its offsets.
        const version = doc.version;
        await scriptFormsReady();
        if (token.isCancellationRequested || doc.version !== version) return undefined;
        const entry = a.glossary.get(term.id);
        if (entry) parts.push(termHover(term, entry, a));
        [start, end] = [term.start, term.end];
      }
      if (figure) {
        parts.push(figureHover(figure, doc));
        [start, end] = [Math.min(start, figure.start), Math.max(end, figure.end)];
      }
      return new vscode.Hover(parts, offsetRange(doc, start, end));
    },
  });
}

function termHover(term: TermMatch, entry: GlossaryEntry, a: Analysis): vscode.MarkdownString {
  const md = inertMarkdown();
  md.appendMarkdown(`**${escapeMarkdown(entry.term)}**`);
  if (entry.category) md.appendMarkdown(` · ${escapeMarkdown(entry.category)}`);
  if (term.text !== entry.term) md.appendMarkdown(` (${escapeMarkdown(vscode.l10n.t('written here as {0}', term.text))})`);
  md.appendMarkdown('\n\n');
  md.appendMarkdown(escapeMarkdown(entry.definition));
  md.appendMarkdown('\n\n');
  const forms = scriptForms(entry.term);
  md.appendMarkdown([
    `简体 ${escapeMarkdown(forms.simplified)}`,
    `繁體 ${escapeMarkdown(forms.traditional)}`,
    `臺灣 ${escapeMarkdown(forms.taiwan)}`,
    `香港 ${escapeMarkdown(forms.hongKong)}`,
  ].join(' · '));
  if (entry.aliases.length > 0) {
    md.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Also: {0}', entry.aliases.join('、')))}`);
  }
  if (entry.source) {
    const s = entry.source;
    const details = [s.publisher, s.date].filter((x): x is string => !!x).map(escapeMarkdown).join(', ');
    md.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Source:'))} ${safeLink(`《${s.title}》`, s.url)}${details ? ` — ${details}` : ''}`);
  }
  const see = a.glossary.see(entry).map((e) => e.term);
  if (see.length > 0) md.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('See also: {0}', see.join('、')))}`);
  md.appendMarkdown(`\n\n_${escapeMarkdown(vscode.l10n.t('Defined in: {0}', definedIn(entry)))}_`);
  return md;
}

/** Where an entry comes from, as a person would look for it. */
function definedIn(entry: GlossaryEntry): string {
  switch (entry.origin.kind) {
    case 'builtin':
      return vscode.l10n.t('built-in glossary');
    case 'document':
      return vscode.l10n.t('this document, line {0}', entry.origin.line ?? '?');
    case 'file':
      return `${entry.origin.file ?? '?'}:${entry.origin.line ?? '?'}`;
  }
}

function figureHover(f: Figure, doc: vscode.TextDocument): vscode.MarkdownString {
  const md = inertMarkdown();
  md.appendMarkdown(`**${escapeMarkdown(f.text)}** · ${escapeMarkdown(vscode.l10n.t(FIGURE_KIND_LABEL[f.kind]))}`);
  const value = describeFigureValue(f);
  if (value) {
    const extra = [value.scientific, value.equivalent].filter((x): x is string => !!x).join(' = ');
    md.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Value: {0}', value.plain))}${extra ? ` (${escapeMarkdown(extra)})` : ''}`);
  }
  const approx = f.bound === 'lower' ? vscode.l10n.t('at least (lower bound)')
    : f.bound === 'upper' ? vscode.l10n.t('at most (upper bound)')
    : f.approx ? vscode.l10n.t('approximate') : vscode.l10n.t('exact');
  md.appendMarkdown(` · ${escapeMarkdown(approx)}`);
  md.appendMarkdown('\n\n');
  if (f.source) {
    const line = doc.positionAt(f.source.start).line + 1;
    const target = doc.uri.scheme === 'untitled' ? undefined : doc.uri.with({ fragment: `L${line}` });
    const by = [f.source.publisher, f.source.title && `《${f.source.title}》`].filter((x): x is string => !!x).join(' ');
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Source:'))} ${escapeMarkdown(by || f.source.text)}`);
    md.appendMarkdown(`\n\n> ${escapeMarkdown(f.source.text)} — ${safeLink(vscode.l10n.t('line {0}', line), target)}`);
  } else {
    md.appendMarkdown(`$(warning) ${escapeMarkdown(vscode.l10n.t('No source cited'))}`);
    md.supportThemeIcons = true;
  }
  return md;
}
