import * as vscode from 'vscode';

/** Every `policyLens.*` setting, read in one place and typed. */
export interface PolicyLensSettings {
  languages: string[];
  glossaries: string[];
  diagnostics: {
    enabled: boolean;
    unsourcedFigures: boolean;
    mixedScript: boolean;
    termConsistency: boolean;
    headingNumbers: boolean;
    brackets: boolean;
    dates: boolean;
    /** At most this many problems per document reach the Problems panel. */
    maxProblems: number;
  };
  convert: {
    protect: string[];
    phrases: Record<string, string>;
    protectTitles: boolean;
    keepGlossaryForms: boolean;
  };
  maxFileSizeMB: number;
}

function read(): PolicyLensSettings {
  const c = vscode.workspace.getConfiguration('policyLens');
  const list = (key: string, dflt: string[]): string[] => {
    const v = c.get<unknown>(key);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : dflt;
  };
  const phrases = c.get<unknown>('convert.phrases');
  return {
    languages: list('languages', ['plaintext', 'markdown', 'policy']),
    glossaries: list('glossaries', []),
    diagnostics: {
      enabled: c.get<boolean>('diagnostics.enabled', true),
      unsourcedFigures: c.get<boolean>('diagnostics.unsourcedFigures', true),
      mixedScript: c.get<boolean>('diagnostics.mixedScript', true),
      termConsistency: c.get<boolean>('diagnostics.termConsistency', true),
      headingNumbers: c.get<boolean>('diagnostics.headingNumbers', true),
      brackets: c.get<boolean>('diagnostics.brackets', true),
      dates: c.get<boolean>('diagnostics.dates', true),
      maxProblems: Math.max(0, c.get<number>('diagnostics.maxProblems', 1000)),
    },
    convert: {
      protect: list('convert.protect', []),
      phrases: phrases && typeof phrases === 'object' && !Array.isArray(phrases)
        ? Object.fromEntries(Object.entries(phrases).filter((e): e is [string, string] => typeof e[1] === 'string'))
        : {},
      protectTitles: c.get<boolean>('convert.protectTitles', false),
      keepGlossaryForms: c.get<boolean>('convert.keepGlossaryForms', true),
    },
    maxFileSizeMB: c.get<number>('maxFileSizeMB', 20),
  };
}

/**
 * The current settings and an event when any `policyLens.*` setting changes. They are read on first
 * use, not during activation: the extension host's first getConfiguration call costs ~20 ms.
 */
export class Settings implements vscode.Disposable {
  private value: PolicyLensSettings | undefined;
  private readonly changed = new vscode.EventEmitter<PolicyLensSettings>();
  readonly onDidChange = this.changed.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('policyLens')) return;
    this.value = undefined;
    this.changed.fire(this.current);
  });

  get current(): PolicyLensSettings {
    return (this.value ??= read());
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}

/** The setting that switches each problem code on; a code not listed is always on. */
const PROBLEM_SETTING: ReadonlyMap<string, Exclude<keyof PolicyLensSettings['diagnostics'], 'enabled' | 'maxProblems'>> = new Map([
  ['unsourced-figure', 'unsourcedFigures'],
  ['mixed-script', 'mixedScript'],
  ['term-form', 'termConsistency'],
  ['heading-skip', 'headingNumbers'],
  ['heading-repeat', 'headingNumbers'],
  ['heading-order', 'headingNumbers'],
  ['heading-level-jump', 'headingNumbers'],
  ['unbalanced-bracket', 'brackets'],
  ['impossible-date', 'dates'],
] as const);

/** Whether the settings switch a problem code on: its diagnostics are listed and its quick fixes offered. */
export function problemEnabled(code: string, s: PolicyLensSettings['diagnostics']): boolean {
  const setting = PROBLEM_SETTING.get(code);
  return s.enabled && (setting === undefined || s[setting]);
}
