import * as vscode from 'vscode';
import { needsSource, type Analysis } from '../core/analysis';
import { describeFigureValue } from './figureValues';
import type { Figure, TermMatch } from '../core/types';
import type { DocumentAnalyses } from '../workspace/analyses';
import { offsetRange } from './ranges';
import { BuiltPerAnalysis, ProviderSlices } from './slices';

/** Figures and terms keep offsets: a range is made only for an item VS Code shows (a draft has tens of thousands). */
type Node =
  | { kind: 'group'; label: string; children: Node[]; icon: string; collapsed?: boolean }
  | { kind: 'figure'; figure: Figure; doc: vscode.TextDocument }
  | { kind: 'term'; id: string; count: number; doc: vscode.TextDocument; first: TermMatch };

/** Above this many figures, section groups start collapsed: VS Code resolves every item of an expanded group. */
const EXPANDED_FIGURES_MAX = 300;

/** The active document's figures grouped by section, and its terms with counts, in the Explorer. */
export class FiguresAndTerms implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  /** The top of the tree for each analysis: refreshed on every change of editor, it is built once per version. */
  private readonly roots = new BuiltPerAnalysis<Node[]>();
  /** The last tree built, shown again while a newer one is overtaken by an edit. */
  private last: { doc: vscode.TextDocument; roots: Node[] } | undefined;

  constructor(private readonly analyses: DocumentAnalyses) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'group' ? node.children : [];
    const doc = vscode.window.activeTextEditor?.document;
    const a = doc && (await this.analyses.analysis(doc));
    if (!doc || !a) {
      // No policy document (its own closed, say): its tree, tens of megabytes for a large draft, is let go.
      this.last = undefined;
      return [];
    }
    try {
      const roots = await this.roots.get(a, '', () => treeRoots(doc, a));
      this.last = { doc, roots };
      return roots;
    } catch (e) {
      // Edited meanwhile: the refresh after the edit builds the new tree; until then the last one stays.
      if (!(e instanceof vscode.CancellationError)) throw e;
      return this.last?.doc === doc ? this.last.roots : [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, node.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    // Figures and terms are the analysis's own objects, which an update moves with the text.
    const { start, end } = node.kind === 'term' ? node.first : node.figure;
    const selection = offsetRange(node.doc, start, end);
    const open: vscode.Command = { command: 'vscode.open', title: '', arguments: [node.doc.uri, { selection, preserveFocus: false }] };
    if (node.kind === 'term') {
      const item = new vscode.TreeItem(node.id);
      item.description = `×${node.count}`;
      item.iconPath = new vscode.ThemeIcon('symbol-key');
      item.command = open;
      return item;
    }
    const f = node.figure;
    const item = new vscode.TreeItem(f.text);
    const value = describeFigureValue(f);
    const source = f.source ? f.source.publisher ?? (f.source.title ? `《${f.source.title}》` : f.source.text) : undefined;
    item.description = [value?.plain, source ? `← ${source}` : undefined].filter(Boolean).join('  ');
    const unsourced = needsSource(f) && !f.source;
    item.iconPath = new vscode.ThemeIcon(unsourced ? 'warning' : f.source ? 'pass' : 'symbol-number');
    item.tooltip = unsourced ? vscode.l10n.t('No source cited') : source;
    item.command = open;
    return item;
  }
}

/** The two groups at the top: a 10 MB draft has 70,000 figures and 60,000 terms to group, in slices as its analysis. */
async function treeRoots(doc: vscode.TextDocument, a: Analysis): Promise<Node[]> {
  const slices = new ProviderSlices(doc);
  const figures = await figureGroups(doc, a, slices);
  const terms = await termNodes(doc, a, slices);
  return [
    { kind: 'group', label: vscode.l10n.t('Figures ({0})', a.figures.length), icon: 'symbol-number', children: figures },
    { kind: 'group', label: vscode.l10n.t('Terms ({0})', terms.length), icon: 'book', children: terms },
  ];
}

/** Figures under the heading of the section they stand in ("Before the first heading" otherwise). */
async function figureGroups(doc: vscode.TextDocument, a: Analysis, slices: ProviderSlices): Promise<Node[]> {
  const groups: Node[] = [];
  let h = -1;
  let current: Extract<Node, { kind: 'group' }> | undefined;
  for (const f of a.figures) {
    let moved = false;
    while (h + 1 < a.outline.length && a.outline[h + 1].start <= f.start) {
      h++;
      moved = true;
    }
    if (!current || moved) {
      const heading = h >= 0 ? a.outline[h] : undefined;
      const label = heading ? [heading.number, heading.title].filter(Boolean).join(' ') : vscode.l10n.t('Before the first heading');
      current = { kind: 'group', label, icon: 'symbol-namespace', children: [], collapsed: a.figures.length > EXPANDED_FIGURES_MAX };
      groups.push(current);
    }
    current.children.push({ kind: 'figure', figure: f, doc });
    if (slices.due()) await slices.next();
  }
  return groups;
}

async function termNodes(doc: vscode.TextDocument, a: Analysis, slices: ProviderSlices): Promise<Node[]> {
  const first = new Map<string, { count: number; term: TermMatch }>();
  for (const t of a.terms) {
    const seen = first.get(t.id);
    if (seen) seen.count++;
    else first.set(t.id, { count: 1, term: t });
    if (slices.due()) await slices.next();
  }
  return [...first].sort((x, y) => y[1].count - x[1].count).map(([id, v]) => ({
    kind: 'term' as const, id, count: v.count, doc, first: v.term,
  }));
}

export function registerFiguresView(analyses: DocumentAnalyses, provider = new FiguresAndTerms(analyses)): vscode.Disposable {
  const view = vscode.window.createTreeView('policyLens.figuresView', { treeDataProvider: provider, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The active document changed while the view was hidden: VS Code shows the old tree again unless told. */
  let missed = false;
  return vscode.Disposable.from(
    view,
    vscode.window.onDidChangeActiveTextEditor(() => provider.refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== vscode.window.activeTextEditor?.document || e.contentChanges.length === 0) return;
      if (!view.visible) {
        missed = true;
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => provider.refresh(), 500);
    }),
    view.onDidChangeVisibility((e) => {
      if (!e.visible || !missed) return;
      missed = false;
      provider.refresh();
    }),
    analyses.onDidInvalidate(() => provider.refresh()),
    { dispose: () => clearTimeout(timer) },
  );
}
