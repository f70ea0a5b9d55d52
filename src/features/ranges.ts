import * as vscode from 'vscode';
import type { Section } from '../core/outline/sections';

/** The editor range of a core span (UTF-16 offsets, end exclusive). */
export function offsetRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** The document's length in UTF-16 units, without copying its text. */
export function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

/** Where a section ends in the editor: before the line break that ends it, never before its heading. */
export function sectionEnd(doc: vscode.TextDocument, s: Section): vscode.Position {
  const pos = doc.positionAt(s.end);
  if (pos.character === 0 && pos.line > 0 && s.end > s.heading.end) return doc.lineAt(pos.line - 1).range.end;
  return pos;
}
