import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis';
import { IncrementalAnalyzer } from '../core/incremental/analyzer';
import type { Settings } from './settings';
import type { WorkspaceGlossaries } from './glossaries';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Work between two turns of the event loop, so typing never waits long for an analysis. */
const SLICE_MS = 8;

interface Entry {
  /** Keeps the blocks of the last text it analysed: an edit re-analyses only what it touched. */
  analyzer: IncrementalAnalyzer;
  /** The latest finished analysis and the document version it is of. */
  analysis: Analysis | undefined;
  version: number;
  /** The run under way, if any; it ends with the analysis of the then current version. */
  running: Promise<Analysis | undefined> | undefined;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * One analysis per (document, version), shared by every feature. Each document keeps an incremental
 * analyzer, so after an edit only the changed blocks are analysed again; the work runs in slices of a
 * few milliseconds between turns of the event loop. A first analysis that a newer version overtakes
 * is dropped and started again on the newer text. Everything is dropped when the document closes,
 * and recomputed when glossaries or settings change.
 */
export class DocumentAnalyses implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly invalidated = new vscode.EventEmitter<void>();
  /** Fires when every cached analysis was dropped (glossary or settings changed). */
  readonly onDidInvalidate = this.invalidated.event;
  private readonly tooLargeNoticed = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly settings: Settings, private readonly glossaries: WorkspaceGlossaries) {
    const invalidate = (): void => {
      this.entries.clear();
      this.invalidated.fire();
    };
    this.disposables = [
      vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())),
      glossaries.onDidChange(invalidate),
      settings.onDidChange(invalidate),
    ];
  }

  /** The analysis of the document's current version, or undefined when it is not a policy document. */
  async analysis(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.settings.current.languages.includes(doc.languageId)) return undefined;
    const key = doc.uri.toString();
    for (;;) {
      let entry = this.entries.get(key);
      if (!entry) {
        entry = { analyzer: this.newAnalyzer(), analysis: undefined, version: -1, running: undefined };
        this.entries.set(key, entry);
      }
      if (entry.analysis && entry.version === doc.version) return entry.analysis;
      // One run per document at a time, shared by every caller: two updates on one analyzer would
      // cut up the same blocks. The run goes on until it has analysed the version current when it ends.
      const current = entry;
      current.running ??= this.run(current, doc).finally(() => (current.running = undefined));
      const result = await current.running;
      if (doc.isClosed) return undefined;
      // Invalidated meanwhile (a glossary or a setting changed): analyse again with the new one.
      if (this.entries.get(key) !== current) continue;
      if (result === undefined) return undefined;
      if (current.version === doc.version) return current.analysis;
    }
  }

  private newAnalyzer(): IncrementalAnalyzer {
    return new IncrementalAnalyzer({ glossary: this.glossaries.current() });
  }

  private async run(entry: Entry, doc: vscode.TextDocument): Promise<Analysis | undefined> {
    for (;;) {
      const version = doc.version;
      const text = doc.getText();
      if (!this.annotates(doc, text)) return undefined;
      const first = entry.analysis === undefined;
      const steps = entry.analyzer.update(text, SLICE_MS);
      let step = steps.next();
      let overtaken = false;
      while (!step.done) {
        await nextTurn();
        if (doc.isClosed || this.entries.get(doc.uri.toString()) !== entry) return undefined;
        // A first analysis can be dropped half way (its analyzer holds nothing else); an update of an
        // analysis is cheap and leaves the analyzer consistent only when finished, so it goes on.
        if (first && doc.version !== version) {
          entry.analyzer = this.newAnalyzer();
          overtaken = true;
          break;
        }
        step = steps.next();
      }
      if (overtaken || !step.done) continue;
      entry.analysis = step.value;
      entry.version = version;
      if (doc.version === version) return step.value;
    }
  }

  /** An enabled language, within the size limit, with some Chinese text. */
  private annotates(doc: vscode.TextDocument, text: string): boolean {
    const limit = this.settings.current.maxFileSizeMB;
    if (text.length > limit * 1024 * 1024) {
      this.noticeTooLarge(doc, limit);
      return false;
    }
    return CJK.test(text);
  }

  private noticeTooLarge(doc: vscode.TextDocument, limit: number): void {
    const key = doc.uri.toString();
    if (this.tooLargeNoticed.has(key)) return;
    this.tooLargeNoticed.add(key);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Policy Lens skips {0}: it is larger than policyLens.maxFileSizeMB ({1} MB).', doc.uri.path.split('/').pop() ?? key, limit),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.invalidated.dispose();
    this.entries.clear();
  }
}
