import * as vscode from 'vscode';
import { CONFIGS, CONFIG_NAMES, converterReady, convertText, convertTextInChunks, isConfigName, type ConfigName, type ProtectOptions } from '../core/convert';
import type { CommandHandler, ConvertCommandId } from '../commandIds';
import { CONVERT_COMMAND_CONFIGS } from '../core/convert/commandConfigs';
import { glossaryPhrasesInSlices } from '../core/convert/glossaryForms';
import { ambiguousChoices, applyChoices } from '../core/convert/ambiguity';
import type { Settings } from '../workspace/settings';
import type { WorkspaceGlossaries } from '../workspace/glossaries';

/** Above this many characters a conversion runs in chunks with a progress notification and a cancel button. */
const CHUNKED_ABOVE = 256 * 1024;
const PREVIEW_SCHEME = 'policy-lens-preview';

interface Target {
  editor: vscode.TextEditor;
  version: number;
  ranges: vscode.Range[];
  texts: string[];
}

/** What a conversion command reads: the non-empty selections, or else the whole document. */
function readTarget(editor: vscode.TextEditor): Target {
  const doc = editor.document;
  const selected = editor.selections.filter((s) => !s.isEmpty);
  const ranges = selected.length > 0
    ? selected.map((s) => new vscode.Range(s.start, s.end))
    : [new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end)];
  return { editor, version: doc.version, ranges, texts: ranges.map((r) => doc.getText(r)) };
}

/** What a conversion leaves alone or writes its own way; the user's phrases win over the glossary's forms. */
async function protectOptions(deps: ConvertDeps, t: Target, config: ConfigName): Promise<ProtectOptions> {
  const c = deps.settings.current.convert;
  const glossary = c.keepGlossaryForms ? await glossaryPhrasesInSlices(t.texts, deps.glossaries.current(), config) : [];
  return { words: c.protect, phrases: [...glossary, ...Object.entries(c.phrases)], titles: c.protectTitles };
}

export interface ConvertDeps {
  settings: Settings;
  glossaries: WorkspaceGlossaries;
  previews: PreviewDocuments;
}

/** Converts the target's texts; undefined when the user cancelled. */
async function convertTarget(t: Target, config: ConfigName, protect: ProtectOptions): Promise<string[] | undefined> {
  await converterReady(config); // built between turns of the event loop, not in the first conversion's
  const total = t.texts.reduce((n, s) => n + s.length, 0);
  if (total <= CHUNKED_ABOVE) return t.texts.map((s) => convertText(s, config, { protect }));
  return vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('Policy Lens: converting ({0})', config),
    cancellable: true,
  }, async (progress, token) => {
    const out: string[] = [];
    let done = 0;
    let reported = 0;
    for (const text of t.texts) {
      const converted = await convertTextInChunks(text, config, {
        protect,
        isCancelled: () => token.isCancellationRequested || t.editor.document.version !== t.version,
        onProgress: (n) => {
          const pct = Math.floor(((done + n) / total) * 100);
          if (pct > reported) progress.report({ increment: pct - reported });
          reported = Math.max(reported, pct);
        },
      });
      if (converted === undefined) return undefined;
      out.push(converted);
      done += text.length;
    }
    return out;
  });
}

/**
 * Applies converted texts as one edit (one undo step), but only to the version that was read:
 * if the document changed meanwhile, nothing is applied and the user is told.
 */
async function applyConversion(t: Target, converted: readonly string[]): Promise<boolean> {
  const doc = t.editor.document;
  if (doc.isClosed) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Policy Lens: the document was closed during the conversion, so nothing was applied.'));
    return false;
  }
  if (doc.version !== t.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Policy Lens: the document changed during the conversion, so nothing was applied. Run the conversion again.'));
    return false;
  }
  if (converted.every((s, i) => s === t.texts[i])) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Lens: nothing to convert'), 3000);
    return true;
  }
  // The editor the conversion started from may be gone (a preview tab the diff took over): edit the
  // document in any editor that shows it, or show it again. The edit checks the version it was read at.
  const editor = vscode.window.visibleTextEditors.find((e) => e === t.editor)
    ?? vscode.window.visibleTextEditors.find((e) => e.document === doc)
    ?? (await vscode.window.showTextDocument(doc, { viewColumn: t.editor.viewColumn, preview: false }));
  if (doc.version !== t.version) return applyConversion(t, converted);
  const applied = await editor.edit((b) => t.ranges.forEach((r, i) => b.replace(r, converted[i])));
  // VS Code refuses an edit it cannot make (a read-only document, one changed meanwhile): say so, do not fail quietly.
  if (!applied) void vscode.window.showWarningMessage(vscode.l10n.t('Policy Lens: VS Code did not apply the conversion; the document is unchanged.'));
  return applied;
}

/** Closes the diff tabs that show the preview `uri`. */
async function closePreview(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === uri.toString());
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}

async function convertActiveEditor(deps: ConvertDeps, config: ConfigName): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: open a document to convert.'));
    return false;
  }
  const target = readTarget(editor);
  const converted = await convertTarget(target, config, await protectOptions(deps, target, config));
  return converted === undefined ? notConverted(target) : applyConversion(target, converted);
}

/** Whether the document the target was read from has changed or closed since. */
function isStale(t: Target): boolean {
  return t.editor.document.isClosed || t.editor.document.version !== t.version;
}

/** Tells why a conversion was abandoned: the document changed or closed (a warning), or the user cancelled. */
async function notConverted(t: Target): Promise<boolean> {
  if (isStale(t)) return applyConversion(t, []);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Lens: conversion cancelled'), 3000);
  return false;
}

async function pickConfig(title: string): Promise<ConfigName | undefined> {
  const pick = await vscode.window.showQuickPick(
    CONFIG_NAMES.map((name) => ({ label: name, description: vscode.l10n.t(CONFIGS[name].description), name })),
    { title, placeHolder: vscode.l10n.t('OpenCC configuration'), matchOnDescription: true },
  );
  return pick?.name;
}

/** The conversion commands: one per common configuration, "Convert…", and "Convert with preview…". */
export function convertCommandHandlers(deps: ConvertDeps): Record<ConvertCommandId, CommandHandler> {
  const perConfig = Object.fromEntries(CONVERT_COMMAND_CONFIGS.map((config) =>
    [`policyLens.convert.${config}`, () => convertActiveEditor(deps, config)])) as Record<`policyLens.convert.${(typeof CONVERT_COMMAND_CONFIGS)[number]}`, CommandHandler>;
  return { ...perConfig, 'policyLens.convert': async (arg?: unknown) => {
    const config = isConfigName(arg) ? arg : await pickConfig(vscode.l10n.t('Convert with OpenCC'));
    return config ? convertActiveEditor(deps, config) : false;
  }, 'policyLens.convertWithPreview': async (arg?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const config = isConfigName(arg) ? arg : await pickConfig(vscode.l10n.t('Convert with preview'));
    if (!config) return false;
    const target = readTarget(editor);
    const converted = await convertTarget(target, config, await protectOptions(deps, target, config));
    // The preview is the document now with the conversion of what was read: the two must be one version.
    if (converted === undefined || isStale(target)) return notConverted(target);
    const previewText = previewOf(editor.document, target, converted);
    const uri = deps.previews.show(editor.document.uri, config, previewText);
    const name = editor.document.uri.path.split('/').pop() ?? '';
    await vscode.commands.executeCommand('vscode.diff', editor.document.uri, uri,
      vscode.l10n.t('{0} ↔ {1} (preview)', name, config), { preview: true, viewColumn: editor.viewColumn });
    const apply = vscode.l10n.t('Apply');
    const choices = target.texts.map((text, i) => ambiguousChoices(text, converted[i], CONFIGS[config].target, (c) => convertText(c, config)));
    const count = choices.reduce((n, c) => n + c.length, 0);
    const review = vscode.l10n.t('Review {0} ambiguous characters…', count);
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('Apply the {0} conversion to {1}?', config, name), apply, ...(count > 0 ? [review] : []), vscode.l10n.t('Discard'));
    await closePreview(uri);
    deps.previews.forget(uri);
    if (answer === review) {
      const reviewed = await reviewChoices(converted, choices);
      return reviewed ? applyConversion(target, reviewed) : false;
    }
    if (answer !== apply) return false;
    return applyConversion(target, converted);
  } };
}

/**
 * Per-change review of the characters OpenCC chose among several (发 → 發/髮, 干 → 幹/乾, 系 → 係/繫):
 * a person unticks the choices that are wrong and picks the right character for each of them.
 * Returns the converted texts with those choices, or undefined when the review was cancelled.
 */
async function reviewChoices(converted: readonly string[], choices: ReturnType<typeof ambiguousChoices>[]): Promise<string[] | undefined> {
  const items = choices.flatMap((list, piece) => list.map((c) => ({
    label: `${c.converted} ← ${c.original}`,
    description: vscode.l10n.t('also: {0}', c.choices.filter((x) => x !== c.converted).join(' ')),
    detail: c.context,
    picked: true,
    piece,
    choice: c,
  })));
  const kept = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Untick the characters the conversion chose wrongly'),
    matchOnDetail: true,
  });
  if (!kept) return undefined;
  const replacements = converted.map(() => new Map<number, string>());
  for (const item of items.filter((i) => !kept.includes(i))) {
    const pick = await vscode.window.showQuickPick(item.choice.choices.filter((x) => x !== item.choice.converted).concat(item.choice.original)
      .filter((x, i, all) => all.indexOf(x) === i), { title: vscode.l10n.t('Which character for {0}?', item.choice.context) });
    if (pick === undefined) return undefined;
    replacements[item.piece].set(item.choice.offset, pick);
  }
  return converted.map((text, i) => applyChoices(text, replacements[i]));
}

/** The whole document as it would read after the conversion. */
function previewOf(doc: vscode.TextDocument, t: Target, converted: readonly string[]): string {
  const order = t.ranges.map((r, i) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end), text: converted[i] }))
    .sort((a, b) => a.start - b.start);
  const text = doc.getText();
  let out = '';
  let at = 0;
  for (const p of order) {
    out += text.slice(at, p.start) + p.text;
    at = p.end;
  }
  return out + text.slice(at);
}

/** Read-only documents holding conversion previews for the diff editor. */
export class PreviewDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  show(source: vscode.Uri, config: ConfigName, text: string): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'document';
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${config}/${name}`, query: String(Date.now()) });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  forget(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
  }

  dispose(): void {
    this.registration.dispose();
    this.texts.clear();
  }
}
