/**
 * The problem messages the core writes, in English. Each template is also the key of its translation in
 * l10n/bundle.l10n*.json: the editor shows `vscode.l10n.t(problem.template, ...problem.args)`, in the
 * user's language, and the CLI the English `message`.
 */
export const MESSAGE = {
  simplifiedInTraditional: "'{0}' is a Simplified form in a Traditional text; Traditional: '{1}'.",
  traditionalInSimplified: "'{0}' is a Traditional form in a Simplified text; Simplified: '{1}'.",
  unsourcedFigure: 'No source is cited for {0}.',
  termForm: "'{0}' is also written '{1}' in this document (glossary form: {2}).",
  markdownLevelJump: 'Heading level jumps from {0} to {1}: expected {2}',
  numberedLevelJump: 'Heading level jumps from {0} to {1}: expected a {2} heading in between',
  headingRepeat: "Heading number {0} repeats the previous heading's number: expected {1}, found {0}",
  headingSkip: 'Heading numbers skip from {0} to {1}: expected {2}, found {1}',
  headingOrder: 'Heading number {0} goes back after {1}: expected {2}, found {0}',
  bracketNotClosedBefore: "'{0}' is not closed by '{1}' before '{2}'",
  bracketNotClosed: "'{0}' is not closed by '{1}' in this paragraph",
  bracketNotOpened: "'{0}' has no opening '{1}'",
} as const;

export type MessageTemplate = (typeof MESSAGE)[keyof typeof MESSAGE];

/** `template` with {0}, {1} … replaced by `args` (as vscode.l10n.t does). */
export function formatMessage(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

/** The `message`, `template` and `args` fields of a problem. */
export function says(template: MessageTemplate, ...args: (string | number)[]): { message: string; template: MessageTemplate; args: (string | number)[] } {
  return { message: formatMessage(template, args), template, args };
}
