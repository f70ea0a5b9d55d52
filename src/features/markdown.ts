import * as vscode from 'vscode';

/**
 * Untrusted text (documents, glossaries) as inert Markdown: every character Markdown or HTML gives a meaning to is
 * escaped, so a glossary cannot inject links, images, HTML or command URIs, nor a heading (a line of === under
 * another) or a code block (a line indented by four spaces or a tab). Spaces inside a line stay spaces
 * (MarkdownString.appendText would turn them into &nbsp; and stop long lines from wrapping); the indent of a line
 * with text becomes no-break spaces, which Markdown does not read as indentation, and a line of spaces alone stays
 * blank, parting two paragraphs.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:=]/g, '\\$&')
    .replace(/^[ \t]+(?=[^ \t\r\n])/gm, (indent) => indent.replace(/ /g, NO_BREAK_SPACE).replace(/\t/g, NO_BREAK_SPACE.repeat(4)))
    .replace(/\r\n?|\n/g, '  \n');
}

const NO_BREAK_SPACE = '\u00a0';

/** Only these schemes become links; everything else is shown as text. */
const LINK_SCHEMES = new Set(['http', 'https', 'file']);

/**
 * A Markdown link to `target` labelled `label`, or the escaped label alone when the target is not
 * an http, https or file URI, or when the workspace is untrusted.
 */
export function safeLink(label: string, target: string | vscode.Uri | undefined): string {
  const text = escapeMarkdown(label);
  if (!target || !vscode.workspace.isTrusted) return text;
  let uri: vscode.Uri;
  try {
    uri = typeof target === 'string' ? vscode.Uri.parse(target, true) : target;
  } catch {
    return text;
  }
  if (!LINK_SCHEMES.has(uri.scheme)) return text;
  return `[${text}](${uri.toString(true).replace(/[()\s<>]/g, encodeURIComponent)})`;
}

/** A hover that renders Markdown but never runs commands or HTML. */
export function inertMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
