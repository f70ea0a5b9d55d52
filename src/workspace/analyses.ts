import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis';
import { IncrementalAnalyzer, firstUseSteps, type TextChange } from '../core/incremental/analyzer';
import { hasChinese } from '../core/text/chinese';
import type { Settings } from './settings';
import type { WorkspaceGlossaries } from './glossaries';
import { nextTurn, stepBetweenTurns } from '../core/steps';
import { TurnQueue } from './turns';

/**
 * Work between two turns of the event loop, so typing never waits long for an analysis. Short, because a V8
 * collection that falls into a slice (several milliseconds on a large document) lengthens that turn.
 */
const SLICE_MS = 2;
/** Lines read at a time by a first analysis (a range of lines is copied quickly; a whole large document is not). */
const PIECE_LINES = 2000;
/**
 * Edit events, and characters inserted by them, kept for a document nobody asked about lately; beyond
 * either its next analysis reads the whole text instead.
 */
const EDITS_KEPT = 2000;
const EDIT_CHARS_KEPT = 1024 * 1024;

interface Entry {
  /** Keeps the blocks of the last text it analysed: an edit re-analyses only what it touched. */
  analyzer: IncrementalAnalyzer;
  /** The latest finished analysis and the document version it is of. */
  analysis: Analysis | undefined;
  version: number;
  /** The run under way, if any; it ends with the analysis of the then current version. */
  running: Promise<Analysis | undefined> | undefined;
  /**
   * The edits since the version the analyzer last read (each VS Code change event, with the version it
   * made), so that an update reads only the changed lines instead of copying the whole document.
   * Undefined when one may be missing: the next run reads the whole text.
   */
  edits: { version: number; changes: TextChange[] }[] | undefined;
  /** A version found to hold no Chinese: not analysed, and not read again. */
  withoutChinese?: number;
  /** Characters the recorded edits insert. */
  editChars?: number;
}

/** The document's length in UTF-16 units, from its line starts (no copy of the text). */
function lengthOf(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

/**
 * The document's text a range of PIECE_LINES lines at a time, each piece with its line breaks (its last line's too, but
 * for the document's last line): the pieces joined are the document's text. It follows the edits made between two
 * reads (`follow`), so that a first analysis of a large document need not start again at each keystroke: an edit of
 * lines not read yet is read as it is; one of lines read is held, to be applied to the analysis once it ends.
 */
class PieceReader {
  /** Offset, in the document as it is now, of the next line to read. */
  private next = 0;
  /** The line break before `next` (2 for CRLF), which an edit must leave alone for `next` to stay a line start. */
  private breakLength = 0;
  private exhausted = false;
  /** The edits of lines read, in order, as changes of the text read. */
  readonly held: TextChange[] = [];

  constructor(private readonly doc: vscode.TextDocument) {}

  read(): string | undefined {
    if (this.exhausted) return undefined;
    const doc = this.doc;
    const line = doc.positionAt(this.next).line;
    const count = doc.lineCount;
    const to = Math.min(count, line + PIECE_LINES);
    const end = to < count ? new vscode.Position(to, 0) : doc.lineAt(count - 1).range.end;
    const text = doc.getText(new vscode.Range(new vscode.Position(line, 0), end));
    this.next += text.length;
    this.exhausted = to >= count;
    this.breakLength = text.endsWith('\r\n') ? 2 : text.endsWith('\n') || text.endsWith('\r') ? 1 : 0;
    return text;
  }

  /**
   * Follows one edit event's changes (applied in order, as VS Code reports them); false when one touches the line
   * break before the next line to read, or leaves that line no longer starting a line: the reading cannot go on.
   */
  follow(changes: readonly TextChange[]): boolean {
    for (const c of changes) {
      if (this.exhausted || c.offset + c.length <= this.next - this.breakLength) {
        this.held.push(c);
        this.next += c.text.length - c.length;
      } else if (c.offset < this.next) {
        return false;
      }
    }
    return this.exhausted || this.doc.positionAt(this.next).character === 0;
  }
}

/** A first analysis following edits: its reader, and the last version whose edits it has followed. */
interface Following {
  reader: PieceReader;
  version: number;
}

/**
 * The schemes of documents a person edits. Others are copies shown beside them (a `git:` original in a diff, a
 * conversion preview, an output channel): no analysis, so no problems listed for them.
 */
export const EDITED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/**
 * One analysis per (document, version), shared by every feature. Each document keeps an incremental
 * analyzer, so after an edit only the changed blocks are analysed again; the work runs in slices of a
 * few milliseconds between turns of the event loop. An update is handed the edits VS Code reported
 * since the last analysis, not the document's text: on a large document, `getText()` alone (a copy
 * of all of it) takes longer than a frame. If the edits do not add up to the document (its length and
 * line count are checked), the whole text is read and compared instead. A first analysis follows the edits made while
 * it runs (PieceReader) and applies them when it ends; one it cannot follow (an edit of the line break where its
 * reading has got to) drops it, and it starts again on the newer text. Everything is dropped when the document closes,
 * and recomputed when glossaries or settings change.
 */
export class DocumentAnalyses implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly invalidated = new vscode.EventEmitter<void>();
  /** Fires when every cached analysis was dropped (glossary or settings changed). */
  readonly onDidInvalidate = this.invalidated.event;
  private readonly tooLargeNoticed = new Set<string>();
  /** Documents skipped for their size, as they are now. */
  private readonly tooLarge = new Set<string>();
  private readonly disposables: vscode.Disposable[];
  /** The first-use tables, built or being built. */
  private firstUse: Promise<void> | undefined;
  /** Callers of `analysis()` that waited for a run go on one per turn. */
  private readonly turns = new TurnQueue();
  private disposed = false;

  constructor(private readonly settings: Settings, private readonly glossaries: WorkspaceGlossaries) {
    const invalidate = (): void => {
      this.entries.clear();
      // The size limit may have changed: the next analysis of each document says again.
      this.tooLarge.clear();
      this.invalidated.fire();
    };
    this.disposables = [
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.entries.delete(d.uri.toString());
        this.tooLarge.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.record(e)),
      glossaries.onDidChange(invalidate),
      settings.onDidChange(invalidate),
    ];
  }

  /** The analysis of the document's current version, or undefined when it is not a policy document. */
  async analysis(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isPolicyDocument(doc)) return undefined;
    // Before the first analyzer, whose glossary folds its terms with the variant table. (The first
    // time, a few turns go by: the document may have closed, or the setting changed, meanwhile.)
    await this.tablesBuilt();
    const key = doc.uri.toString();
    for (;;) {
      // Asked again each time round: a settings change (policyLens.languages) starts the loop over.
      if (doc.isClosed || this.disposed || !this.isPolicyDocument(doc)) return undefined;
      let entry = this.entries.get(key);
      if (!entry) {
        entry = { analyzer: this.newAnalyzer(), analysis: undefined, version: -1, running: undefined, edits: undefined };
        this.entries.set(key, entry);
      }
      if (entry.withoutChinese === doc.version) return undefined;
      if (entry.analysis && entry.version === doc.version) return entry.analysis;
      // One run per document at a time, shared by every caller: two updates on one analyzer would
      // cut up the same blocks. The run goes on until it has analysed the version current when it ends.
      const current = entry;
      current.running ??= this.run(current, doc).finally(() => (current.running = undefined));
      const result = await current.running;
      const settled = doc.version;
      // Every feature waits for a new analysis (folding, symbols, diagnostics, the status bar, the
      // tree view...): each goes on in a turn of the event loop of its own, not all in one long turn.
      await this.turns.take();
      if (doc.isClosed) return undefined;
      // Edited while waiting for the turn: the answer is for an older version; ask again.
      if (doc.version !== settled) continue;
      // Invalidated meanwhile (a glossary or a setting changed): analyse again with the new one.
      if (this.entries.get(key) !== current) continue;
      if (result === undefined || current.withoutChinese === doc.version) return undefined;
      if (current.version === doc.version) return current.analysis;
    }
  }

  /** A document of a language `policyLens.languages` lists, in a scheme a person edits. */
  private isPolicyDocument(doc: vscode.TextDocument): boolean {
    return EDITED_SCHEMES.includes(doc.uri.scheme) && this.settings.current.languages.includes(doc.languageId);
  }

  /**
   * The tables every analysis reads (variant folding, character tables: about 70 ms) and the warm-up of the
   * analysis (about 25 ms), done on first use in slices between turns of the event loop, once for all callers.
   */
  private tablesBuilt(): Promise<void> {
    this.firstUse ??= stepBetweenTurns(firstUseSteps(), SLICE_MS).catch((err: unknown) => {
      this.firstUse = undefined;
      throw err;
    });
    return this.firstUse;
  }

  private newAnalyzer(): IncrementalAnalyzer {
    return new IncrementalAnalyzer({ glossary: this.glossaries.current() });
  }

  /** Keeps a document's edits for its next update (in order: the event comes once per version). */
  private record(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry?.edits || e.contentChanges.length === 0) return;
    const changes = e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    entry.edits.push({ version: e.document.version, changes });
    entry.editChars = (entry.editChars ?? 0) + changes.reduce((n, c) => n + c.text.length, 0);
    if (entry.edits.length > EDITS_KEPT || entry.editChars > EDIT_CHARS_KEPT) entry.edits = undefined;
  }

  /**
   * The changes from the analyzer's version to `version`, taken from the entry; undefined when the
   * record does not reach from one to the other without a gap.
   */
  private takeChanges(entry: Entry, version: number): TextChange[] | undefined {
    const edits = entry.edits;
    entry.edits = [];
    entry.editChars = 0;
    if (!edits || entry.analysis === undefined) return undefined;
    const since = edits.filter((e) => e.version > entry.version);
    const through = since.filter((e) => e.version <= version);
    // Edits made after `version` (between reading it and now) wait for the next run.
    entry.edits = since.filter((e) => e.version > version);
    if (through.length !== version - entry.version || through.some((e, i) => e.version !== entry.version + i + 1)) {
      entry.edits = undefined;
      return undefined;
    }
    return through.flatMap((e) => e.changes);
  }

  private async run(entry: Entry, doc: vscode.TextDocument): Promise<Analysis | undefined> {
    for (;;) {
      const version = doc.version;
      const first = entry.analysis === undefined;
      let following: Following | undefined;
      const changes = first ? undefined : this.takeChanges(entry, version);
      let steps: Generator<void, Analysis, void>;
      // The size from the line starts: a document over the limit is never copied, nor analysed.
      const length = lengthOf(doc);
      if (!this.withinLimit(doc, length)) {
        // Whatever was analysed is let go; a smaller version is analysed afresh. (The entry stays: a
        // caller that finds its entry replaced would start over, again and again.)
        entry.analysis = undefined;
        entry.edits = undefined;
        entry.analyzer = this.newAnalyzer();
        return undefined;
      }
      if (changes) {
        steps = entry.analyzer.updateWith(changes, SLICE_MS);
      } else {
        // Records what comes after this version.
        entry.edits = [];
        if (entry.withoutChinese === version) return undefined;
        if (first) {
          // Read a range of lines at a time, never the whole document at once (doc.getText() of 10 MB
          // is a 35-50 ms copy); first make sure there is Chinese in it at all. The pieces read for
          // that are analysed first, then the rest.
          const reader = new PieceReader(doc);
          const scanned: string[] = [];
          const chinese = await this.hasChinese(doc, version, () => reader.read(), scanned);
          if (doc.isClosed || this.entries.get(doc.uri.toString()) !== entry) return undefined;
          if (chinese === undefined) continue;
          if (!chinese) return this.leftAlone(entry, version);
          steps = entry.analyzer.updateFromPieces(() => scanned.shift() ?? reader.read(), SLICE_MS);
          following = { reader, version };
        } else {
          // The edits since the last analysis are unknown: compare the whole text with it.
          const text = doc.getText();
          if (!hasChinese(text)) return this.leftAlone(entry, version);
          steps = entry.analyzer.update(text, SLICE_MS);
        }
      }
      let step: IteratorResult<void, Analysis>;
      try {
        step = steps.next();
      } catch (err) {
        // A change that does not fit the analyzer's text: read the whole text instead.
        if (!(err instanceof RangeError) || !changes) throw err;
        entry.edits = undefined;
        entry.analysis = undefined;
        entry.analyzer = this.newAnalyzer();
        continue;
      }
      let overtaken = false;
      while (!step.done) {
        await nextTurn();
        if (doc.isClosed || this.entries.get(doc.uri.toString()) !== entry) return undefined;
        // A first analysis follows the edits made meanwhile; one it cannot follow drops it (its analyzer holds
        // nothing else). An update of an analysis is cheap and leaves the analyzer consistent only when finished,
        // so it goes on.
        if (following && doc.version !== following.version && !this.follow(entry, following)) {
          entry.analyzer = this.newAnalyzer();
          overtaken = true;
          break;
        }
        step = steps.next();
      }
      if (overtaken || !step.done) continue;
      if (following && following.version !== version) {
        // Edited while it ran: it analysed the text as read, which is the last version followed less the edits of
        // lines already read. Those become that version's edits, so that the next round applies them as any update
        // (and checks the result against the document). Nobody is handed this analysis: its version is behind.
        const followed = following.version;
        entry.analysis = step.value;
        entry.version = followed - 1;
        entry.edits = [{ version: followed, changes: following.reader.held }, ...(entry.edits ?? []).filter((e) => e.version > followed)];
        continue;
      }
      if (changes && !this.fits(entry.analyzer, doc, version, length)) {
        // The edits did not add up to the document: analyse its text again (what differs is redone).
        // The result is not kept, so nobody is handed it meanwhile.
        entry.edits = undefined;
        continue;
      }
      entry.analysis = step.value;
      entry.version = version;
      // Edits can take the last Chinese character away: then the document is left alone like one opened so.
      entry.withoutChinese = entry.analyzer.hasChinese ? undefined : version;
      if (doc.version === version) return entry.withoutChinese === version ? undefined : step.value;
    }
  }

  /** Follows the edits recorded since `f.version`, in order; false when one is missing or cannot be followed. */
  private follow(entry: Entry, f: Following): boolean {
    if (!entry.edits) return false;
    for (const e of entry.edits) {
      if (e.version <= f.version) continue;
      if (e.version !== f.version + 1 || !f.reader.follow(e.changes)) return false;
      f.version = e.version;
    }
    return true;
  }

  /** Marks `version` as holding no Chinese: it is not analysed, nor read again. */
  private leftAlone(entry: Entry, version: number): undefined {
    entry.withoutChinese = version;
    entry.edits = undefined;
    return undefined;
  }

  /**
   * Whether the document has a Chinese character, reading its pieces with `read`, one per turn of the
   * event loop (most documents answer in the first), and keeping them in `scanned`; undefined if a newer
   * version came meanwhile.
   */
  private async hasChinese(doc: vscode.TextDocument, version: number, read: () => string | undefined, scanned: string[]): Promise<boolean | undefined> {
    for (let piece = read(); piece !== undefined; piece = read()) {
      scanned.push(piece);
      if (hasChinese(piece)) return true;
      await nextTurn();
      if (doc.isClosed || doc.version !== version) return undefined;
    }
    return false;
  }

  /**
   * Whether the analyzer's text has the document's length (`length`, read at `version`) and line count,
   * when the version is still current.
   */
  private fits(analyzer: IncrementalAnalyzer, doc: vscode.TextDocument, version: number, length: number): boolean {
    if (doc.version !== version) return true;
    return analyzer.lineCount === doc.lineCount && length === analyzer.textLength;
  }

  /** `policyLens.maxFileSizeMB` if the document's last analysis was skipped for being larger, else undefined. */
  sizeLimitExceeded(doc: vscode.TextDocument): number | undefined {
    return this.tooLarge.has(doc.uri.toString()) ? this.settings.current.maxFileSizeMB : undefined;
  }

  /** Whether `length` (UTF-16 units) is within `policyLens.maxFileSizeMB`; tells the user once per document if not. */
  private withinLimit(doc: vscode.TextDocument, length: number): boolean {
    const limit = this.settings.current.maxFileSizeMB;
    const key = doc.uri.toString();
    if (length <= limit * 1024 * 1024) {
      this.tooLarge.delete(key);
      return true;
    }
    this.tooLarge.add(key);
    this.noticeTooLarge(doc, limit);
    return false;
  }

  private noticeTooLarge(doc: vscode.TextDocument, limit: number): void {
    const key = doc.uri.toString();
    if (this.tooLargeNoticed.has(key)) return;
    this.tooLargeNoticed.add(key);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Policy Lens skips {0}: it is larger than policyLens.maxFileSizeMB ({1} MB).', doc.uri.path.split('/').pop() ?? key, limit),
    );
  }

  dispose(): void {
    // Callers still waiting get undefined; none starts an analysis again.
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
    this.invalidated.dispose();
    this.entries.clear();
  }
}
