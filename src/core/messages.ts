/**
 * The problem messages the core writes, in English. Each template is also the key of its translation in
 * l10n/bundle.l10n*.json: the editor shows `vscode.l10n.t(problem.template, ...problem.args)`, in the
 * user's language, and the CLI the English `message`.
 */
export const MESSAGE = {
  simplifiedInTraditional: "'{0}' is a Simplified form in a Traditional text; Traditional: '{1}'.",
  traditionalInSimplified: "'{0}' is a Traditional form in a Simplified text; Simplified: '{1}'.",
  simplifiedRunInTraditional: "'{0}' has {1} Simplified forms in a Traditional text; Traditional: '{2}'.",
  traditionalRunInSimplified: "'{0}' has {1} Traditional forms in a Simplified text; Simplified: '{2}'.",
  unsourcedFigure: 'No source is cited for {0}.',
  impossibleDate: '{0} is not a real date: month {1} of {2} has {3} days.',
  impossibleDayOfMonth: '{0} is not a real date: month {1} has {2} days.',
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

/** The messages of a glossary file's problems (loadGlossaryText), shown in the editor on the file's lines. */
export const GLOSSARY_MESSAGE = {
  unreadable: 'could not read the glossary: {0}',
  tooDeep: 'brackets nest more than {0} levels deep here: a glossary needs four at most',
  yaml: 'YAML: {0}',
  duplicateKey: 'key "{0}" is given twice in this mapping; the first is read',
  tabIndent: 'YAML does not allow tabs as indentation: indent with spaces',
  yamlUnclosedQuote: 'a string opened with {0} is not closed: add the closing {0}',
  yamlItemIndent: 'expected a list item ("- ") here: the keys of one entry start in the same column',
  yamlKeyWithoutValue: 'a key must be followed by ":" and its value',
  yamlKeyOnOneLine: 'a key must be on one line, ending with ":"',
  yamlNestedOnOneLine: 'a value cannot hold "key: value" on its key\'s line: put the value in quotes, or check this line\'s indentation',
  yamlStructure: 'this line does not fit the lines above it: check its indentation and its "- "',
  yamlFlowNotClosed: 'a list or mapping opened with {0} is not closed with {1} (or its next lines are not indented under its key)',
  yamlMultipleDocuments: 'the file holds more than one YAML document (a "---" or "..." line): a glossary file is one document',
  yamlUnexpected: 'unexpected text here: check the quotes, brackets and indentation of this line',
  yamlBadEscape: 'invalid escape {0} in a "…" string: write \\\\ for a backslash, or use \'…\' quotes',
  yamlReservedStart: 'a value cannot start with {0}: put it in quotes',
  jsonUnterminatedString: 'invalid JSON: unterminated string',
  jsonControlCharacter: 'invalid JSON: control character in string',
  jsonUnicodeEscape: 'invalid JSON: invalid \\u escape',
  jsonEscape: 'invalid JSON: invalid escape',
  jsonTrailingComma: 'invalid JSON: trailing comma',
  jsonPropertyName: 'invalid JSON: expected a property name in double quotes, found {0}',
  jsonColon: "invalid JSON: expected ':', found {0}",
  jsonObjectEnd: "invalid JSON: expected ',' or '}', found {0}",
  jsonArrayEnd: "invalid JSON: expected ',' or ']', found {0}",
  jsonUnexpected: 'invalid JSON: unexpected {0}',
  jsonAfterValue: 'invalid JSON: unexpected {0} after the JSON value',
  jsonEndOfFile: 'invalid JSON: the file ends before the JSON value does',
  noTerms: 'the file has no "terms" list',
  topLevel: 'the top level must be a mapping with a "terms" list',
  unknownTopProperty: 'unknown property "{0}" (ignored)',
  missingTerms: 'missing "terms" list',
  termsNotList: '"terms" must be a list',
  duplicateTerm: 'duplicate term "{0}" (also on line {1}); the later entry wins',
  entryNotMapping: '{0} must be a mapping with "term" and "definition"',
  unknownEntryProperty: '{0}: unknown property "{1}" (ignored)',
  termRequired: '{0}.term is required',
  termNotString: '{0}.term must be a non-empty string',
  termLineBreak: '{0}.term must be on one line (a term is found within a line)',
  definitionRequired: '{0}.definition is required',
  definitionNotString: '{0}.definition must be a string',
  categoryNotString: '{0}.category must be a string',
  sourceNotMapping: '{0}.source must be a mapping with a "title"',
  unknownSourceProperty: '{0}.source: unknown property "{1}" (ignored)',
  titleRequired: '{0}.source.title is required',
  titleNotString: '{0}.source.title must be a string',
  sourceFieldNotString: '{0}.source.{1} must be a string',
  urlNotString: '{0}.source.url must be a string',
  urlNotHttp: '{0}.source.url must be an http(s) URL (url ignored)',
  notStringList: '{0}.{1} must be a list of strings',
  emptyListItem: '{0}.{1}[{2}] must be a non-empty string',
  listItemLineBreak: '{0}.{1}[{2}] must be on one line (a term is found within a line)',
} as const;

export type MessageTemplate = (typeof MESSAGE)[keyof typeof MESSAGE] | (typeof GLOSSARY_MESSAGE)[keyof typeof GLOSSARY_MESSAGE];

/** A message, in English and as its template and arguments. */
export type Says = { message: string; template: MessageTemplate; args: (string | number)[] };

/** `template` with {0}, {1} … replaced by `args` (as vscode.l10n.t does). */
export function formatMessage(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

/** The `message`, `template` and `args` fields of a problem. */
export function says(template: MessageTemplate, ...args: (string | number)[]): Says {
  return { message: formatMessage(template, args), template, args };
}
