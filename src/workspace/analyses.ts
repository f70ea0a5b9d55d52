import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/analysis';
import type { Settings } from './settings';
import type { WorkspaceGlossaries } from './glossaries';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

interface Entry {
  version: number;
  analysis: Analysis | undefined;
}

/**
 * One analysis per (document, version), computed on first request and shared by every feature;
 * dropped when the document closes, recomputed when glossaries or settings change.
 */
export class DocumentAnalyses implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly invalidated = new vscode.EventEmitter<void>();
  /** Fires when every cached analysis was dropped (glossary or settings changed). */
  readonly onDidInvalidate = this.invalidated.event;
  private readonly tooLargeNoticed = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly settings: Settings, private readonly glossaries: WorkspaceGlossaries) {
    const invalidate = (): void => {
      this.cache.clear();
      this.invalidated.fire();
    };
    this.disposables = [
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      glossaries.onDidChange(invalidate),
      settings.onDidChange(invalidate),
    ];
  }

  /** Whether Policy Lens annotates this document: an enabled language and some Chinese text. */
  isPolicyDocument(doc: vscode.TextDocument): boolean {
    return this.get(doc) !== undefined;
  }

  /** The analysis of the document's current version, or undefined when it is not a policy document. */
  get(doc: vscode.TextDocument): Analysis | undefined {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version) return hit.analysis;
    const analysis = this.compute(doc);
    this.cache.set(key, { version: doc.version, analysis });
    return analysis;
  }

  private compute(doc: vscode.TextDocument): Analysis | undefined {
    const s = this.settings.current;
    if (!s.languages.includes(doc.languageId)) return undefined;
    const text = doc.getText();
    if (text.length > s.maxFileSizeMB * 1024 * 1024) {
      this.noticeTooLarge(doc, s.maxFileSizeMB);
      return undefined;
    }
    if (!CJK.test(text)) return undefined;
    return analyze(text, { glossary: this.glossaries.current() });
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
    this.cache.clear();
  }
}
