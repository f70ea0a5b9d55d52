import * as vscode from 'vscode';
import { Glossary, workspaceGlossary } from '../core/terms/glossary';
import { builtinEntries } from '../core/terms/builtin';
import { loadGlossaryText } from '../core/terms/load';
import type { GlossaryEntry } from '../core/types';
import type { Settings } from './settings';

const DEFAULT_FILES = ['.policy-lens/glossary.json', '.policy-lens/glossary.yaml', '.policy-lens/glossary.yml'];

/**
 * The built-in glossary plus the workspace's glossary files, kept up to date as the files and the
 * `policyLens.glossaries` setting change. A broken file shows its errors in the Problems panel
 * (file, line, column) and its valid entries, and every other file, keep working.
 */
export class WorkspaceGlossaries implements vscode.Disposable {
  private glossary: Glossary | undefined;
  private loading: Promise<void> | undefined;
  /** Counts reloads: a load that a later reload overtook (it may have read the files before they changed) is dropped. */
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly errors = vscode.languages.createDiagnosticCollection('policy-lens-glossary');
  private readonly disposables: vscode.Disposable[] = [];
  private files: vscode.Uri[] = [];

  constructor(private readonly settings: Settings) {
    this.disposables.push(
      // Unsaved edits to a glossary count as soon as they are saved; the watcher covers other writers.
      vscode.workspace.onDidSaveTextDocument((d) => this.onFile(d.uri)),
      settings.onDidChange(() => this.loading && this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.loading && this.reload()),
    );
  }

  private onFile(uri: vscode.Uri): void {
    if (this.loading && this.isGlossaryFile(uri)) this.reload();
  }

  /** Files are watched from the first load on, not during activation (a recursive watcher costs ~6 ms there). */
  private watchFiles(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{json,yaml,yml}');
    const onFile = (uri: vscode.Uri): void => this.onFile(uri);
    this.disposables.push(watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile));
  }

  /** The glossary now: built-in entries at once, workspace files once they are read (then onDidChange fires). */
  current(): Glossary {
    if (!this.loading) this.reload();
    return this.glossary ?? (this.glossary = workspaceGlossary(builtinEntries, []));
  }

  /** Resolves when the workspace glossary files have been read (by the latest reload). */
  async ready(): Promise<void> {
    this.current();
    for (let p = this.loading; ; p = this.loading) {
      await p;
      if (p === this.loading) return;
    }
  }

  /** The glossary file uris in priority order (later override earlier). */
  glossaryFiles(): readonly vscode.Uri[] {
    return this.files;
  }

  private isGlossaryFile(uri: vscode.Uri): boolean {
    return this.candidateFiles().some((c) => c.toString() === uri.toString());
  }

  private candidateFiles(): vscode.Uri[] {
    const out: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const rel of [...DEFAULT_FILES, ...this.settings.current.glossaries]) {
        out.push(rel.startsWith('/') ? folder.uri.with({ path: rel }) : vscode.Uri.joinPath(folder.uri, rel));
      }
    }
    return out;
  }

  private reload(): void {
    if (!this.loading) this.watchFiles();
    const run = this.load(++this.generation).catch((e: unknown) => {
      console.error(`[policy-lens] glossary load failed: ${e instanceof Error ? e.stack : String(e)}`);
    });
    this.loading = run;
  }

  private async load(generation: number): Promise<void> {
    const found: vscode.Uri[] = [];
    const perFile: GlossaryEntry[][] = [];
    const problems: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const uri of this.candidateFiles()) {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue; // a missing optional file is not an error
      }
      found.push(uri);
      const file = uri.scheme === 'file' ? uri.fsPath : uri.toString();
      const { entries, errors } = loadGlossaryText(new TextDecoder().decode(bytes), file);
      perFile.push(entries);
      if (errors.length > 0) {
        problems.push([uri, errors.map((e) => {
          const pos = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
          // In the user's language: the core's English template is the key (l10n/bundle.l10n.*.json).
          const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), vscode.l10n.t(e.template, ...e.args),
            e.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
          d.source = 'Policy Lens';
          return d;
        })]);
      }
    }
    // Two changes in a row (a file created, then written) start two loads; the first may finish last, with
    // what it read before the second change.
    if (generation !== this.generation) return;
    this.errors.clear();
    for (const [uri, diagnostics] of problems) this.errors.set(uri, diagnostics);
    this.files = found;
    this.glossary = workspaceGlossary(builtinEntries, perFile);
    this.changed.fire();
  }

  dispose(): void {
    // A load still reading files must not apply its result to what is disposed here.
    this.generation++;
    for (const d of this.disposables) d.dispose();
    this.errors.dispose();
    this.changed.dispose();
  }
}
