import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis';
import { nextTurn } from '../core/steps';

/** Work a provider does in one turn of the event loop before VS Code's other requests get theirs. */
const SLICE_MS = 2;

/**
 * Spreads a provider's long loop over turns of the event loop, as the analysis is spread: on a 10 MB draft
 * the outline has 12,000 headings and the semantic tokens 130,000 terms and figures. In the loop,
 * `if (slices.due()) await slices.next();` costs a counter until the slice is used up, then waits a turn.
 * A request cancelled meanwhile, or whose document changed, ends with a CancellationError: a newer version's
 * analysis updates the lists the loop reads in place.
 */
export class ProviderSlices {
  private start = performance.now();
  private count = 0;
  private readonly version: number;

  /** `itemsPerCheck`: how many calls of `due()` go by between two readings of the clock (cheap items: many). */
  constructor(
    private readonly doc: vscode.TextDocument,
    private readonly token?: vscode.CancellationToken,
    private readonly itemsPerCheck = 256,
  ) {
    this.version = doc.version;
  }

  due(): boolean {
    return ++this.count % this.itemsPerCheck === 0 && performance.now() - this.start > SLICE_MS;
  }

  /**
   * Runs `steps` (a core generator, each step a batch of work) to the end, reading the clock after every step,
   * and returns its value: the same slices as the loop above, for work the core already cuts into steps.
   */
  async run<T>(steps: Generator<void, T, void>): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - this.start > SLICE_MS) await this.next();
    }
  }

  async next(): Promise<void> {
    await nextTurn();
    if (this.token?.isCancellationRequested || this.doc.version !== this.version) throw new vscode.CancellationError();
    this.start = performance.now();
  }
}

/**
 * What a provider builds from an analysis, once per analysis (and variant, such as the language of the document),
 * shared by every request that comes while it is built or after: the Outline view, breadcrumbs and sticky scroll
 * ask for the same version's symbols at once. A build that fails (cancelled by an edit) is forgotten.
 */
export class BuiltPerAnalysis<T> {
  private readonly builds = new WeakMap<Analysis, Map<string, Promise<T>>>();

  get(a: Analysis, variant: string, build: () => Promise<T>): Promise<T> {
    let byVariant = this.builds.get(a);
    if (!byVariant) this.builds.set(a, (byVariant = new Map()));
    let built = byVariant.get(variant);
    if (!built) {
      const promise = build();
      byVariant.set(variant, (built = promise));
      promise.catch(() => {
        if (byVariant!.get(variant) === promise) byVariant!.delete(variant);
      });
    }
    return built;
  }
}
