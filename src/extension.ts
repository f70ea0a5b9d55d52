import * as vscode from 'vscode';
import { COMMAND_IDS, type CommandHandler, type CommandId } from './commandIds';
import { Settings } from './workspace/settings';
import { WorkspaceGlossaries } from './workspace/glossaries';
import { DocumentAnalyses, EDITED_SCHEMES } from './workspace/analyses';
import { registerHover } from './features/hover';
import { registerLinks } from './features/links';
import { registerDefinition } from './features/definition';
import { registerDocumentSymbols } from './features/symbols';
import { registerFolding } from './features/folding';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerDiagnostics } from './features/diagnostics';
import { registerCodeActions } from './features/codeActions';
import { FiguresAndTerms, registerFiguresView } from './features/treeView';
import { createStatusItem, registerStatusBar } from './features/statusBar';
import { GlossaryLocations } from './features/glossaryDocuments';
import { exportFigureTable, showGlossary } from './features/figureCommands';
import { PreviewDocuments, convertCommandHandlers } from './features/convertCommands';
import { activationClock, type ActivationCost } from './activationCost';

/**
 * Documents of every language in every scheme a person edits; each feature asks DocumentAnalyses
 * whether a document is one Policy Lens annotates (policyLens.languages, and some Chinese text),
 * so changing the setting needs no re-registration.
 */
const SELECTOR: vscode.DocumentSelector = EDITED_SCHEMES.map((scheme) => ({ scheme }));

/** What Policy Lens offers other extensions (and its integration tests): the Figures & Terms data, and what activate() cost. */
export interface PolicyLensApi extends ActivationCost {
  figuresAndTerms: vscode.TreeDataProvider<unknown>;
  /** The status bar item: script and unsourced figures of the active document. */
  statusItem: Pick<vscode.StatusBarItem, 'text' | 'tooltip' | 'command'>;
}

/** Wires the features into the extension's lifetime; each line is one feature. Nothing is computed here. */
export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const cost = activationClock();
  const settings = new Settings();
  const glossaries = new WorkspaceGlossaries(settings);
  const analyses = new DocumentAnalyses(settings, glossaries);
  const locations = new GlossaryLocations(glossaries);
  const previews = new PreviewDocuments();
  const figuresAndTerms = new FiguresAndTerms(analyses);
  const statusItem = createStatusItem();
  const handlers: Record<CommandId, CommandHandler> = {
    ...convertCommandHandlers({ settings, glossaries, previews }),
    'policyLens.exportFigureTable': (format?: unknown) => exportFigureTable(analyses, format),
    'policyLens.showGlossary': () => showGlossary(glossaries, locations),
  };
  context.subscriptions.push(
    settings,
    glossaries,
    analyses,
    locations,
    previews,
    registerHover(SELECTOR, analyses),
    registerLinks(SELECTOR, analyses),
    registerDefinition(SELECTOR, analyses, locations),
    registerDocumentSymbols(SELECTOR, analyses),
    registerFolding(SELECTOR, analyses),
    registerSemanticTokens(SELECTOR, analyses),
    registerDiagnostics(analyses, settings),
    registerCodeActions(SELECTOR, analyses, settings),
    registerFiguresView(analyses, figuresAndTerms),
    registerStatusBar(analyses, statusItem),
    ...COMMAND_IDS.map((id) => vscode.commands.registerCommand(id, handlers[id])),
  );
  return { figuresAndTerms, statusItem, ...cost() };
}

export function deactivate(): void {
  // Every feature is a disposable in context.subscriptions; nothing else to release.
}
