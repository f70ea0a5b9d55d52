import type { GlossaryEntry } from '../types';
import { foldVariants } from '../text/variants';

/** A `see` reference that names no entry of the glossary. */
export interface DanglingReference {
  entry: GlossaryEntry;
  ref: string;
}

/**
 * The set of terms the matcher looks for and hovers explain. Entries are keyed by the folded
 * form of their `term`, so 阿里雲 and 阿里云, or 數據要素 and 数据要素, are the same entry: a later
 * entry with the same folded term replaces the earlier one. Layer built-in entries first,
 * then workspace files in order, then document definitions — the last word wins.
 *
 * new Glossary([...builtinEntries, ...workspaceEntries]).lookup('护城河')?.term === '護城河'
 */
export class Glossary {
  /** In priority order: an entry beats every entry before it. */
  readonly entries: readonly GlossaryEntry[];
  private readonly byTerm = new Map<string, GlossaryEntry>();
  private readonly byForm = new Map<string, GlossaryEntry>();

  constructor(entries: Iterable<GlossaryEntry>) {
    for (const entry of entries) {
      const key = foldVariants(entry.term);
      if (key.length === 0) continue;
      // Delete first so the replacing entry moves to the end: insertion order is priority order.
      this.byTerm.delete(key);
      this.byTerm.set(key, entry);
    }
    this.entries = [...this.byTerm.values()];
    for (const entry of this.entries) {
      for (const alias of entry.aliases) {
        const form = foldVariants(alias);
        // An alias never takes a form that is another entry's own term.
        if (form.length > 0 && !this.byTerm.has(form)) this.byForm.set(form, entry);
      }
    }
    for (const [form, entry] of this.byTerm) this.byForm.set(form, entry);
  }

  /** The entry whose term is `term` in any script (阿里雲 finds 阿里云). */
  get(term: string): GlossaryEntry | undefined {
    return this.byTerm.get(foldVariants(term));
  }

  /** The entry a written form stands for: its term or one of its aliases, in any script. */
  lookup(form: string): GlossaryEntry | undefined {
    return this.byForm.get(foldVariants(form));
  }

  /**
   * Every form the matcher should look for, folded, with the entry it stands for. A form belongs to
   * one entry only: its own term first, otherwise the last entry listing it as an alias.
   */
  forms(): ReadonlyMap<string, GlossaryEntry> {
    return this.byForm;
  }

  /** The entries `entry.see` points to, in order; names that resolve to nothing are skipped. */
  see(entry: GlossaryEntry): GlossaryEntry[] {
    const out: GlossaryEntry[] = [];
    for (const ref of entry.see ?? []) {
      const target = this.lookup(ref);
      if (target && target !== entry && !out.includes(target)) out.push(target);
    }
    return out;
  }

  /** `see` references that name no term or alias of this glossary. */
  danglingReferences(): DanglingReference[] {
    const out: DanglingReference[] = [];
    for (const entry of this.entries) for (const ref of entry.see ?? []) if (!this.lookup(ref)) out.push({ entry, ref });
    return out;
  }

  /**
   * A new glossary with `entries` layered on top. With `keepExisting`, entries whose term is
   * already known are ignored instead of replacing it.
   *
   * builtin.extend(fileEntries).get('護城河')?.origin.kind === 'file'
   */
  extend(entries: readonly GlossaryEntry[], options: { keepExisting?: boolean } = {}): Glossary {
    const added = options.keepExisting ? entries.filter((e) => !this.get(e.term)) : entries;
    return added.length === 0 ? this : new Glossary([...this.entries, ...added]);
  }
}

/**
 * The glossary of a workspace: built-in entries (unless turned off), then each glossary file's
 * entries in the order the files are listed, later files overriding earlier ones.
 *
 * workspaceGlossary(builtinEntries, [loadGlossaryText(text, file).entries])
 */
export function workspaceGlossary(
  builtin: readonly GlossaryEntry[],
  files: readonly (readonly GlossaryEntry[])[],
): Glossary {
  return new Glossary([...builtin, ...files.flat()]);
}
