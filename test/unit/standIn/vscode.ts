/**
 * The part of the `vscode` API that src/workspace/analyses.ts uses, for unit tests in node (esbuild maps the
 * `vscode` import here for test/unit). Documents are `StandInDocument`s, edited by `edit()`, which fires the change
 * event as VS Code does (the new version first, then the event); `close()` fires the close event.
 */
type Listener<T> = (e: T) => void;

export class Disposable {
  constructor(private readonly release: () => void = () => undefined) {}
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
}

export class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}

export class Uri {
  private constructor(private readonly value: string, readonly path: string) {}
  static file(path: string): Uri {
    return new Uri(`file://${path}`, path);
  }
  toString(): string {
    return this.value;
  }
}

interface ChangeEvent {
  document: StandInDocument;
  contentChanges: { rangeOffset: number; rangeLength: number; text: string }[];
}

const changed = new EventEmitter<ChangeEvent>();
const closed = new EventEmitter<StandInDocument>();

export const workspace = {
  onDidChangeTextDocument: changed.event,
  onDidCloseTextDocument: closed.event,
};

export const window = {
  showInformationMessage: async (message: string): Promise<undefined> => {
    window.messages.push(message);
    return undefined;
  },
  messages: [] as string[],
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

  lineAt(line: number): { range: Range } {
    const starts = this.starts;
    const start = starts[line];
    let end = line + 1 < starts.length ? starts[line + 1] - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return { range: new Range(new Position(line, 0), new Position(line, end - start)) };
  }

  offsetAt(position: Position): number {
    return Math.min(this.starts[position.line] + position.character, this.text.length);
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
