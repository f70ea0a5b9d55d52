/**
 * The part of the `vscode` API that src/workspace/analyses.ts and glossaries.ts use, for unit tests in node (esbuild
 * maps the `vscode` import here for test/unit). Documents are `StandInDocument`s, edited by `edit()`, which fires the
 * change event as VS Code does (the new version first, then the event); `close()` fires the close event. Files are
 * `files` (path → text), read by `workspace.fs.readFile` after `files.delay(path)` when one is set; `watchers` are
 * the file watchers created, whose events a test fires.
 */
type Listener<T> = (e: T) => void;

export class Disposable {
  constructor(private readonly release: () => void = () => undefined) {}
  static from(...disposables: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => disposables.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.release();
  }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
  translate(lines: number, characters: number): Position {
    return new Position(this.line + lines, this.character + characters);
  }
}

export class Range {
  constructor(readonly start: Position, readonly end: Position) {}
  isEqual(other: Range): boolean {
    return this.start.line === other.start.line && this.start.character === other.start.character
      && this.end.line === other.end.line && this.end.character === other.end.character;
  }
}

export class CodeActionKind {
  static readonly QuickFix = new CodeActionKind('quickfix');
  constructor(readonly value: string) {}
}

/** The replacements of an edit, in order, with their ranges. */
export class WorkspaceEdit {
  readonly edits: { uri: Uri; range: Range; newText: string }[] = [];
  replace(uri: Uri, range: Range, newText: string): void {
    this.edits.push({ uri, range, newText });
  }
  insert(uri: Uri, position: Position, newText: string): void {
    this.edits.push({ uri, range: new Range(position, position), newText });
  }
}

export class CodeAction {
  edit?: WorkspaceEdit;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  constructor(readonly title: string, readonly kind?: CodeActionKind) {}
}

export class Uri {
  private constructor(private readonly value: string, readonly path: string, readonly scheme = 'file') {}
  static file(path: string): Uri {
    return new Uri(`file://${path}`, path);
  }
  /** A uri of another scheme (a preview's), as `Uri.from` makes one. */
  static from(parts: { scheme: string; path: string; query?: string }): Uri {
    return new Uri(`${parts.scheme}:${parts.path}${parts.query ? `?${parts.query}` : ''}`, parts.path, parts.scheme);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return Uri.file([base.path, ...parts].join('/').replace(/\/+/g, '/'));
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { path: string }): Uri {
    return Uri.file(change.path);
  }
  toString(): string {
    return this.value;
  }
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class CancellationError extends Error {
  constructor() {
    super('Canceled');
    this.name = 'Canceled';
  }
}

export class Diagnostic {
  source?: string;
  code?: string;
  constructor(readonly range: Range, readonly message: string, readonly severity = DiagnosticSeverity.Error) {}
}

/** Files by path; `delay(path)` holds the next read of that file until the returned function is called. */
export const files = Object.assign(new Map<string, string>(), {
  held: new Map<string, Promise<void>>(),
  delay(path: string): () => void {
    let release = (): void => undefined;
    files.held.set(path, new Promise<void>((resolve) => (release = resolve)));
    return release;
  },
});

class FileSystemWatcher extends Disposable {
  readonly changed = new EventEmitter<Uri>();
  readonly created = new EventEmitter<Uri>();
  readonly deleted = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;
  readonly onDidCreate = this.created.event;
  readonly onDidDelete = this.deleted.event;
}

export const watchers: FileSystemWatcher[] = [];

interface ChangeEvent {
  document: StandInDocument;
  contentChanges: { rangeOffset: number; rangeLength: number; text: string }[];
}

const changed = new EventEmitter<ChangeEvent>();
const closed = new EventEmitter<StandInDocument>();
/** Fires `workspace.onDidOpenTextDocument`; a test also adds the document to `workspace.textDocuments`. */
export const documentOpened = new EventEmitter<StandInDocument>();
/** Fires `window.onDidChangeActiveTextEditor`. */
export const activeEditorChanged = new EventEmitter<unknown>();

const never = new EventEmitter<never>().event;

export const workspace = {
  textDocuments: [] as StandInDocument[],
  onDidOpenTextDocument: documentOpened.event,
  onDidChangeTextDocument: changed.event,
  onDidCloseTextDocument: closed.event,
  onDidSaveTextDocument: never,
  onDidChangeWorkspaceFolders: never,
  workspaceFolders: [{ uri: Uri.file('/workspace'), name: 'workspace', index: 0 }],
  /** Content providers by scheme (the preview documents'). */
  contentProviders: new Map<string, { provideTextDocumentContent(uri: Uri): string | undefined }>(),
  registerTextDocumentContentProvider(scheme: string, provider: { provideTextDocumentContent(uri: Uri): string | undefined }): Disposable {
    workspace.contentProviders.set(scheme, provider);
    return new Disposable(() => workspace.contentProviders.delete(scheme));
  },
  /** Untitled documents opened with content (an exported table), in order. */
  opened: [] as { content: string; language: string }[],
  async openTextDocument(options: { content: string; language: string }): Promise<{ content: string; language: string }> {
    workspace.opened.push(options);
    return options;
  },
  createFileSystemWatcher(): FileSystemWatcher {
    const watcher = new FileSystemWatcher();
    watchers.push(watcher);
    return watcher;
  },
  fs: {
    async readFile(uri: Uri): Promise<Uint8Array> {
      const held = files.held.get(uri.path);
      files.held.delete(uri.path);
      // What is read is the file as it is when the read starts, as a real read of a file that is then rewritten.
      const text = files.get(uri.path);
      await held;
      if (text === undefined) throw new Error(`ENOENT: ${uri.path}`);
      return new TextEncoder().encode(text);
    },
  },
};

/** The providers registered, by kind ('codeActions'), the latest of each. */
export const providers = new Map<string, unknown>();

export const languages = {
  registerCodeActionsProvider(_selector: unknown, provider: unknown): Disposable {
    providers.set('codeActions', provider);
    return new Disposable(() => providers.delete('codeActions'));
  },
  getDiagnostics: (): Diagnostic[] => [],
  /** A collection that, as VS Code's, throws when used after it was disposed. */
  createDiagnosticCollection(): Map<string, Diagnostic[]> & { set(uri: Uri, d: Diagnostic[]): void; dispose(): void } {
    const map = new Map<string, Diagnostic[]>();
    const set = map.set.bind(map);
    const remove = map.delete.bind(map);
    const clear = map.clear.bind(map);
    let disposed = false;
    const alive = (): void => {
      if (disposed) throw new Error('DiagnosticCollection was disposed');
    };
    return Object.assign(map, {
      set: (uri: Uri | string, d: Diagnostic[]) => (alive(), set(uri.toString(), d)),
      delete: (uri: Uri | string) => (alive(), remove(uri.toString())),
      clear: () => (alive(), clear()),
      dispose: () => {
        clear();
        disposed = true;
      },
    }) as never;
  },
};

/** Messages shown; a test sets `answer` (the button an information message gets) and the editor, picks and progress it needs. */
export const window = {
  showInformationMessage: async (message: string, ...items: string[]): Promise<string | undefined> => {
    window.messages.push(message);
    return window.answer(message, items);
  },
  showWarningMessage: async (message: string): Promise<undefined> => {
    window.warnings.push(message);
    return undefined;
  },
  setStatusBarMessage: (message: string): Disposable => {
    window.statusMessages.push(message);
    return new Disposable();
  },
  messages: [] as string[],
  warnings: [] as string[],
  statusMessages: [] as string[],
  answer: (_message: string, _items: string[]): string | undefined => undefined,
  activeTextEditor: undefined as unknown,
  visibleTextEditors: [] as unknown[],
  showQuickPick: async (): Promise<unknown> => undefined,
  showTextDocument: async (): Promise<unknown> => undefined,
  /** Runs the task with a token nobody cancels; `window.duringProgress` runs a turn after the task starts. */
  withProgress: async <T>(_options: unknown, task: (progress: { report(value: unknown): void }, token: { isCancellationRequested: boolean }) => Promise<T>): Promise<T> => {
    const running = task({ report: () => undefined }, { isCancellationRequested: false });
    setImmediate(() => window.duringProgress());
    return running;
  },
  duringProgress: (): void => undefined,
  onDidChangeActiveTextEditor: activeEditorChanged.event,
  /** The tree views created, each with its visibility a test sets and announces (`setVisible`). */
  treeViews: [] as { id: string; visible: boolean; setVisible(visible: boolean): void }[],
  createTreeView(id: string) {
    const visibility = new EventEmitter<{ visible: boolean }>();
    const view = {
      id,
      visible: true,
      onDidChangeVisibility: visibility.event,
      setVisible(visible: boolean): void {
        view.visible = visible;
        visibility.fire({ visible });
      },
      dispose: () => visibility.dispose(),
    };
    window.treeViews.push(view);
    return view;
  },
  tabGroups: { all: [] as { tabs: unknown[] }[], close: async (): Promise<boolean> => true },
};

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class TreeItem {
  description?: string;
  iconPath?: unknown;
  tooltip?: string;
  command?: unknown;
  constructor(readonly label: string, readonly collapsibleState = TreeItemCollapsibleState.None) {}
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}

export class TabInputTextDiff {
  constructor(readonly original: Uri, readonly modified: Uri) {}
}

/** Commands run: `vscode.diff` calls are recorded with their arguments. */
export const commands = {
  executed: [] as { id: string; args: unknown[] }[],
  executeCommand: async (id: string, ...args: unknown[]): Promise<undefined> => {
    commands.executed.push({ id, args });
    return undefined;
  },
};

export const l10n = {
  t: (message: string, ...args: unknown[]): string => message.replace(/\{(\d+)\}/g, (_, k: string) => String(args[Number(k)])),
};

/** A text document as the analyses read it: lines, offsets, ranges of text, a version and a language. */
export class StandInDocument {
  version = 1;
  isClosed = false;

  constructor(readonly uri: Uri, private text: string, readonly languageId = 'plaintext') {}

  private get starts(): number[] {
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineAt(line: number): { range: Range; text: string } {
    const starts = this.starts;
    const start = starts[line];
    let end = line + 1 < starts.length ? starts[line + 1] - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return { range: new Range(new Position(line, 0), new Position(line, end - start)), text: this.text.slice(start, end) };
  }

  offsetAt(position: Position): number {
    return Math.min(this.starts[position.line] + position.character, this.text.length);
  }

  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const line = before.split('\n').length - 1;
    return new Position(line, before.length - (before.lastIndexOf('\n') + 1));
  }

  getText(range?: Range): string {
    if (!range) return this.text;
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /** Replaces [offset, offset + length) with `text`: a new version, then the change event. */
  edit(offset: number, length: number, text: string): void {
    this.text = this.text.slice(0, offset) + text + this.text.slice(offset + length);
    this.version++;
    changed.fire({ document: this, contentChanges: [{ rangeOffset: offset, rangeLength: length, text }] });
  }

  close(): void {
    this.isClosed = true;
    closed.fire(this);
  }
}
