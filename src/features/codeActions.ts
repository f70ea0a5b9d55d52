import * as vscode from 'vscode';
import { mixedScriptSlips, type Analysis } from '../core/analysis';
import type { Problem } from '../core/types';
import { BuiltPerAnalysis, ProviderSlices } from './slices';
import { spansIn } from '../core/spans';
import { sentenceWordsEnd, splitSentences } from '../core/text/sentences';
import type { DocumentAnalyses } from '../workspace/analyses';
import { problemEnabled, type Settings } from '../workspace/settings';
import { offsetRange } from './ranges';

/**
 * Quick fixes for Policy Lens problems: the other script's character (one, or all in the document),
 * the glossary's canonical form of a term (or the document's own, where the glossary's is the slip), and a 資料來源
 * placeholder at the end of an unsourced figure's sentence, before its 。.
 */
export function registerCodeActions(selector: vscode.DocumentSelector, analyses: DocumentAnalyses, settings: Settings): vscode.Disposable {
  /**
   * The mixed-script problems of each analysis and their characters, gathered once in slices (the light bulb asks at
   * every move of the cursor; a 10 MB draft has 86,000 problems to look through).
   */
  const slips = new BuiltPerAnalysis<{ problems: Problem[]; count: number }>();
  const slipsOf = (doc: vscode.TextDocument, a: Analysis) =>
    slips.get(a, '', async () => {
      const slices = new ProviderSlices(doc);
      const problems: Problem[] = [];
      let count = 0;
      for (const p of a.problems) {
        // Not `p.suggestion`: a block writes its runs' suggestions only when one is read, and Convert all reads them
        // only when it is picked.
        const slip = mixedScriptSlips(p);
        if (slip) {
          problems.push(p);
          count += slip.count;
        }
        if (slices.due()) await slices.next();
      }
      return { problems, count };
    });
  const currentSlips = async (doc: vscode.TextDocument): Promise<readonly Problem[] | undefined> => {
    const a = await analyses.analysis(doc);
    return a && (await slipsOf(doc, a)).problems;
  };
  return vscode.languages.registerCodeActionsProvider(selector, {
    async provideCodeActions(doc, range) {
      const a = await analyses.analysis(doc);
      if (!a) return undefined;
      const start = doc.offsetAt(range.start);
      const end = Math.max(doc.offsetAt(range.end), start + 1);
      const actions: vscode.CodeAction[] = [];
      let offeredAll = false;
      for (const p of spansIn(a.problems, start, end)) {
        // A kind of problem switched off in the settings is neither listed nor offered a fix: no light bulb for it.
        if (!problemEnabled(p.code, settings.current.diagnostics)) continue;
        if (p.code === 'mixed-script' && p.suggestion) {
          const [from, to] = [doc.getText(problemRange(doc, p)), p.suggestion].map(shortened);
          actions.push(replaceAction(doc, p, vscode.l10n.t("Replace '{0}' with '{1}'", from, to), true));
          if (!offeredAll) {
            offeredAll = true;
            const { problems, count } = await slipsOf(doc, a);
            if (problems.length > 1) actions.push(new ConvertAll(doc, problems, count));
          }
        } else if (p.code === 'term-form' && p.suggestion) {
          // The glossary's form (the problem's third argument), or, where that is written already, the document's.
          const title = p.suggestion === p.args[2]
            ? vscode.l10n.t("Use the glossary form '{0}'", p.suggestion)
            : vscode.l10n.t("Write '{0}', as elsewhere in this document", p.suggestion);
          actions.push(replaceAction(doc, p, title, true));
        } else if (p.code === 'unsourced-figure') {
          actions.push(sourcePlaceholder(doc, p, a));
        }
      }
      return actions;
    },

    async resolveCodeAction(action, token) {
      if (!(action instanceof ConvertAll)) return action;
      const { doc } = action;
      // Edited since it was offered: the runs of the version now open, never those of the one it was offered for.
      const problems = doc.version === action.version ? action.problems : await currentSlips(doc);
      if (!problems) return action;
      // Only now, when it is picked: a draft full of slips has tens of thousands of runs to replace.
      const edit = new vscode.WorkspaceEdit();
      const slices = new ProviderSlices(doc, token);
      for (const p of problems) {
        edit.replace(doc.uri, problemRange(doc, p), p.suggestion!);
        if (slices.due()) await slices.next();
      }
      action.edit = edit;
      return action;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

/** Every mixed-script run of a document version converted to its script; the edit is made when the action is picked. */
class ConvertAll extends vscode.CodeAction {
  readonly version: number;

  constructor(readonly doc: vscode.TextDocument, readonly problems: readonly Problem[], count: number) {
    // The runs' own target: in a mixed text, the majority's script, whatever the document is called.
    const target = mixedScriptSlips(problems[0])?.target === 'simplified' ? vscode.l10n.t('Simplified') : vscode.l10n.t('Traditional');
    super(vscode.l10n.t('Convert all {0} mixed-script characters to {1}', count, target), vscode.CodeActionKind.QuickFix);
    this.version = doc.version;
  }
}

function problemRange(doc: vscode.TextDocument, p: Problem): vscode.Range {
  return offsetRange(doc, p.start, p.end);
}

function diagnosticFor(doc: vscode.TextDocument, p: Problem): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === p.code && d.range.isEqual(problemRange(doc, p)));
}

function replaceAction(doc: vscode.TextDocument, p: Problem, title: string, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(doc.uri, problemRange(doc, p), p.suggestion!);
  action.diagnostics = diagnosticFor(doc, p);
  action.isPreferred = preferred;
  return action;
}

/** A run of text short enough for a menu: a long pasted sentence by its first characters. */
function shortened(text: string): string {
  const chars = Array.from(text);
  return chars.length <= TITLE_CHARS ? text : `${chars.slice(0, TITLE_CHARS - 1).join('')}…`;
}

const TITLE_CHARS = 16;

function sourcePlaceholder(doc: vscode.TextDocument, p: Problem, a: Analysis): vscode.CodeAction {
  // Sentences never cross a line end, so the figure's line is all the text needed.
  const line = doc.lineAt(doc.positionAt(p.end).line);
  const lineStart = doc.offsetAt(line.range.start);
  const sentence = splitSentences(line.text).find((s) => lineStart + s.end >= p.end);
  // Inside the sentence, before its 。: a source after it would belong to the next sentence, and cite nothing here.
  const at = Math.max(p.end, lineStart + (sentence ? sentenceWordsEnd(line.text, sentence) : line.text.trimEnd().length));
  const label = a.script === 'simplified' ? '（资料来源：）' : '（資料來源：）';
  const action = new vscode.CodeAction(vscode.l10n.t('Insert a source placeholder {0} at the end of this sentence', label), vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(doc.uri, doc.positionAt(at), label);
  action.diagnostics = diagnosticFor(doc, p);
  return action;
}
