import * as vscode from 'vscode';
import type { Problem } from '../core/types';
import type { DocumentAnalyses } from '../workspace/analyses';
import { offsetRange } from './ranges';
import { ProviderSlices } from './slices';
import { problemEnabled, type Settings } from '../workspace/settings';

const DEBOUNCE_MS = 300;
/** Problems between two readings of the clock. */
const ITEMS_PER_CLOCK_READING = 16;

const SEVERITY: Readonly<Record<Problem['severity'], vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function toDiagnostic(doc: vscode.TextDocument, p: Problem): vscode.Diagnostic {
  // The core's English template is the key of the message in the user's language (l10n/bundle.l10n.*.json).
  const d = new vscode.Diagnostic(offsetRange(doc, p.start, p.end), vscode.l10n.t(p.template, ...p.args), SEVERITY[p.severity]);
  d.source = 'Policy Lens';
  d.code = p.code;
  return d;
}

/**
 * Problems panel entries for policy documents: debounced while typing, published only for the
 * version they were computed from, cleared when the document closes.
 */
export function registerDiagnostics(analyses: DocumentAnalyses, settings: Settings): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('policy-lens');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The latest publish of each document: an earlier one still running (a settings change started another) writes nothing. */
  const latest = new Map<string, number>();
  let publishes = 0;
  let disposed = false;

  const publish = async (doc: vscode.TextDocument, version: number): Promise<void> => {
    if (doc.isClosed || doc.version !== version) return; // a newer version has its own turn
    const key = doc.uri.toString();
    const id = ++publishes;
    latest.set(key, id);
    const current = (): boolean => !disposed && !doc.isClosed && doc.version === version && latest.get(key) === id;
    const a = await analyses.analysis(doc);
    if (!current()) return;
    const s = settings.current.diagnostics;
    if (!a || !s.enabled) {
      collection.delete(doc.uri);
      return;
    }
    const shown: vscode.Diagnostic[] = [];
    // Problems are turned into diagnostics a slice at a time: a draft full of slips has hundreds of
    // thousands, and positionAt for each of them at once would stall the extension host. A message may cost
    // more than a position: the first one read in a block writes the suggestions of its mixed-script runs.
    const slices = new ProviderSlices(doc, undefined, ITEMS_PER_CLOCK_READING);
    try {
      for (const p of a.problems) {
        if (problemEnabled(p.code, s)) {
          if (shown.length >= s.maxProblems) break;
          shown.push(toDiagnostic(doc, p));
        }
        if (slices.due()) {
          await slices.next();
          if (!current()) return;
        }
      }
    } catch (e) {
      if (e instanceof vscode.CancellationError) return; // a newer version has its own turn
      throw e;
    }
    collection.set(doc.uri, shown);
  };
  const publishLogged = (doc: vscode.TextDocument, version: number): void => {
    publish(doc, version).catch((e: unknown) => {
      console.error(`[policy-lens] problems of ${doc.uri.toString()} not listed: ${e instanceof Error ? e.stack : String(e)}`);
    });
  };
  const schedule = (doc: vscode.TextDocument, delay = DEBOUNCE_MS): void => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    const version = doc.version;
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      publishLogged(doc, version);
    }, delay));
  };
  const all = (): void => vscode.workspace.textDocuments.forEach((d) => schedule(d, 0));

  all();
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      timers.delete(d.uri.toString());
      latest.delete(d.uri.toString());
      collection.delete(d.uri);
    }),
    analyses.onDidInvalidate(all),
    {
      dispose: () => {
        disposed = true;
        timers.forEach((t) => clearTimeout(t));
      },
    },
  );
}
