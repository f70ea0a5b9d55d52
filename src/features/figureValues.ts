import * as vscode from 'vscode';
import { describeValue, type ValueDescription } from '../core/figures/describe';
import type { Figure } from '../core/types';

/** `describeValue` in the editor's language: a year before the common era as 公元前221年 / 西元前221年 / 221 BCE. */
export function describeFigureValue(f: Figure): ValueDescription | undefined {
  // The literal, not BEFORE_ERA: the manifest test finds the strings the bundles must hold in the calls' literals.
  return describeValue(f, (year) => vscode.l10n.t('{0} BCE', year));
}
