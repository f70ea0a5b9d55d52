import * as vscode from 'vscode';
import { builtinEntries } from '../core/terms/builtin';
import type { GlossaryEntry } from '../core/types';
import type { WorkspaceGlossaries } from '../workspace/glossaries';

const SCHEME = 'policy-lens-glossary';
const BUILTIN_GLOSSARY_URI = vscode.Uri.from({ scheme: SCHEME, path: '/built-in glossary.json' });

/** The built-in glossary rendered in the workspace glossary format, with the line of each term. */
function renderBuiltin(): { text: string; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  const out = ['{', '  "terms": ['];
  builtinEntries.forEach((e, i) => {
    const fields = { term: e.term, aliases: e.aliases, definition: e.definition, category: e.category, source: e.source, see: e.see };
    const body = JSON.stringify(fields, null, 2).split('\n').map((l) => `    ${l}`);
    lines.set(e.term, out.length + 1); // the line of "term", just under the object's "{" (0-based)
    out.push(...body);
    if (i < builtinEntries.length - 1) out[out.length - 1] += ',';
  });
  out.push('  ]', '}');
  return { text: out.join('\n') + '\n', lines };
}

/** A read-only view of the built-in glossary, and where any entry is defined. */
export class GlossaryLocations implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private rendered: ReturnType<typeof renderBuiltin> | undefined;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

  constructor(private readonly glossaries: WorkspaceGlossaries) {}

  provideTextDocumentContent(): string {
    return (this.rendered ??= renderBuiltin()).text;
  }

  /** The file and line where an entry is defined; built-in entries open the read-only view. */
  locate(entry: GlossaryEntry, documentUri?: vscode.Uri): vscode.Location | undefined {
    const at = (line: number): vscode.Position => new vscode.Position(Math.max(0, line), 0);
    switch (entry.origin.kind) {
      case 'builtin': {
        const line = (this.rendered ??= renderBuiltin()).lines.get(entry.term) ?? 0;
        return new vscode.Location(BUILTIN_GLOSSARY_URI, at(line));
      }
      case 'document':
        return documentUri ? new vscode.Location(documentUri, at((entry.origin.line ?? 1) - 1)) : undefined;
      case 'file': {
        const file = entry.origin.file;
        if (!file) return undefined;
        const uri = this.glossaries.glossaryFiles().find((u) => u.fsPath === file || u.toString() === file)
          ?? (file.includes('://') ? vscode.Uri.parse(file) : vscode.Uri.file(file));
        return new vscode.Location(uri, at((entry.origin.line ?? 1) - 1));
      }
    }
  }

  dispose(): void {
    this.registration.dispose();
  }
}
