// Benchmarks loading and activating the production extension bundle (dist/extension.js) in fresh node processes,
// with a stand-in `vscode` module, and checks that activation loads no OpenCC dictionary and no glossary.
//   node test/bench/activation.mjs      (after `node esbuild.mjs --production`; 10–30 s: 16 fresh processes)
// Prints one JSON line per figure: {"name","value","unit",...}. Exits 1, after an {"name","error"} line, when activation
// throws, loads a dictionary or a glossary, or the probe that watches for them cannot see them load afterwards either.
//
// How the loading is observed, without changing the bundle: V8's precise block coverage (node:inspector, Profiler
// domain) is switched on before the bundle is required. esbuild wraps each opencc-js dictionary module in a lazy
// initialiser that holds the dictionary's text as one string literal; the literal is found in the bundle by the
// dictionary's first entries (read from node_modules/opencc-js), and the execution count of the innermost covered
// range around it says whether that initialiser ran. The same is done for the Glossary constructor (found by its
// `byTerm.delete(` statement), and the stand-in vscode records every workspace.fs.readFile (how glossary files are read).
// After the check the probe opens a document (active-editor change, then the folding provider) and expects to see
// dictionaries and the glossary load, so a probe that has gone blind fails instead of passing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { ROOT, sampleArticle } from './corpus.mjs';

const DIST = process.env.POLICY_LENS_BENCH_DIST ?? join(ROOT, 'dist');
const EXTENSION = join(DIST, 'extension.js');
const CLI = join(DIST, 'cli.js');
const RUNS = 7;
const ACTIVATE_GOAL_MS = 10;
/** A statement of the Glossary constructor; property names survive minification. */
const GLOSSARY_MARKER = 'byTerm.delete(';

const require = createRequire(import.meta.url);
let failures = 0;

if (process.argv[2] === '--child') await child(process.argv[3], process.argv.includes('--with-document'));
else parent();

// ——— the parent: sizes, fresh processes, figures ———

function parent() {
  for (const file of [EXTENSION, CLI]) {
    if (!existsSync(file)) fail('activation', `${file} is missing: run node esbuild.mjs --production first`);
  }
  if (existsSync(`${EXTENSION}.map`) || !isMinified(readFileSync(EXTENSION, 'utf8'))) {
    console.error(`activation: ${EXTENSION} looks like a development build; the figures below are not the production bundle's`);
  }
  figure('bundle.extension.size', statSync(EXTENSION).size, 'bytes');
  figure('bundle.cli.size', statSync(CLI).size, 'bytes');

  for (const withDocument of [false, true]) {
    const suffix = withDocument ? '.withDocument' : '';
    const runs = Array.from({ length: RUNS }, () => run('time', withDocument));
    const first = runs[0];
    figure(`activation.require${suffix}`, median(runs.map((r) => r.requireMs)), 'ms', { runs: RUNS });
    figure(`activation.activate${suffix}`, median(runs.map((r) => r.activateMs)), 'ms', {
      goal: ACTIVATE_GOAL_MS,
      runs: RUNS,
      max: round(Math.max(...runs.map((r) => r.activateMs))),
      subscriptions: first.subscriptions,
      commands: first.commands,
      ...(first.unstubbed.length > 0 ? { unstubbed: first.unstubbed } : {}),
    });

    const probe = run('probe', withDocument);
    const lazy = {
      dictionariesBundled: probe.dictionariesBundled.length,
      dictionariesLoaded: probe.atActivation.dictionaries,
      glossaryBuilt: probe.atActivation.glossaryBuilt,
      glossaryFilesRead: probe.atActivation.filesRead,
    };
    const loadedSomething = lazy.dictionariesLoaded.length > 0 || lazy.glossaryBuilt || lazy.glossaryFilesRead.length > 0;
    // The control: whatever activation did not load, opening a document must; the probe has to see it happen.
    const probeSaw = probe.atActivation.dictionaries.length + probe.afterOpening.dictionaries.length > 0
      && (probe.atActivation.glossaryBuilt || probe.afterOpening.glossaryBuilt);
    figure(`activation.lazyLoading${suffix}`, lazy.dictionariesLoaded.length, 'dictionaries', {
      ...lazy,
      afterOpeningADocument: probe.afterOpening,
      ok: !loadedSomething && probeSaw,
    });
    if (loadedSomething) {
      fail(`activation.lazyLoading${suffix}`, `activate()${withDocument ? ' with a policy document in the active editor' : ''} loaded `
        + `${lazy.dictionariesLoaded.length} OpenCC dictionaries (${lazy.dictionariesLoaded.join(', ') || 'none'}), `
        + `${lazy.glossaryBuilt ? 'built a Glossary' : 'built no Glossary'}, read ${lazy.glossaryFilesRead.length} glossary files`, { later: true });
    }
    if (!probeSaw) {
      fail(`activation.lazyLoading${suffix}`, 'the probe saw no dictionary or no Glossary load even after a document was opened and '
        + `folded (${JSON.stringify(probe.afterOpening)}): it can no longer observe the bundle; see the top of activation.mjs`, { later: true });
    }
  }
  process.exit(failures > 0 ? 1 : 0);
}

/** Runs this script as a child in a fresh node; returns the JSON it prints last. */
function run(mode, withDocument) {
  const args = [new URL(import.meta.url).pathname, '--child', mode, ...(withDocument ? ['--with-document'] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: process.env, maxBuffer: 16 * 1024 * 1024 });
  const lines = (r.stdout ?? '').trim().split('\n').filter(Boolean);
  let last;
  try {
    last = lines.length > 0 ? JSON.parse(lines[lines.length - 1]) : undefined;
  } catch {
    last = undefined;
  }
  if (r.status !== 0 || last === undefined || last.error) {
    const why = last?.error ?? r.stderr.trim().split('\n').slice(-4).join(' | ');
    fail(`activation.${mode}${withDocument ? '.withDocument' : ''}`, `child exited ${r.status}: ${why}`);
  }
  return last;
}

function fail(name, error, { later = false } = {}) {
  console.log(JSON.stringify({ name, error }));
  failures++;
  if (!later) process.exit(1);
}

function figure(name, value, unit, extra = {}) {
  console.log(JSON.stringify({ name, value: round(value), unit, ...extra }));
}

function round(x) {
  return x >= 100 ? Math.round(x) : Math.round(x * 100) / 100;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Minified bundles have few, long lines. */
function isMinified(source) {
  return source.length / (source.split('\n').length || 1) > 1000;
}

// ——— the child: one activation in this process ———

async function child(mode, withDocument) {
  try {
    const session = mode === 'probe' ? startCoverage() : undefined;
    const vscode = standInVscode();
    const sample = vscode.textDocument(vscode.Uri.file(join(ROOT, 'test/fixtures/workspace/hangzhou-model.zh-Hant.txt')), sampleArticle('zh-Hant'));
    if (withDocument) vscode.openInEditor(sample);
    const context = extensionContext(vscode);

    let t = performance.now();
    const extension = require(EXTENSION);
    const requireMs = performance.now() - t;
    t = performance.now();
    extension.activate(context);
    const activateMs = performance.now() - t;

    if (mode === 'time') {
      const result = { requireMs, activateMs, subscriptions: context.subscriptions.length, commands: vscode.log.commands.length, unstubbed: [...vscode.log.unstubbed] };
      for (const d of context.subscriptions) d.dispose();
      extension.deactivate?.();
      print(result);
      return;
    }

    const bundle = readFileSync(EXTENSION, 'utf8').replace(/^\uFEFF/, '');
    const markers = probeMarkers(bundle);
    const atActivation = { ...loadedSince(session, markers), filesRead: [...vscode.log.filesRead] };
    vscode.log.filesRead.length = 0;

    // The control: open a document, as a person would, and see the same probe notice what that loads.
    if (!withDocument) vscode.openInEditor(sample);
    const folding = vscode.log.providers.find((p) => typeof p.provider.provideFoldingRanges === 'function');
    await folding?.provider.provideFoldingRanges(sample, {}, vscode.cancellationToken);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the glossary files are read asynchronously
    const afterOpening = { ...loadedSince(session, markers), filesRead: [...vscode.log.filesRead], folded: folding !== undefined };
    for (const d of context.subscriptions) d.dispose();
    print({ dictionariesBundled: markers.dictionaries.map((d) => d.name), atActivation, afterOpening });
    process.exit(0); // timers of the disposed features, if any, do not matter here
  } catch (e) {
    print({ error: e instanceof Error ? e.stack.split('\n').slice(0, 4).join(' | ') : String(e) });
    process.exit(1);
  }
}

function print(value) {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** A connected inspector session with precise block coverage on, from now on. */
function startCoverage() {
  const { Session } = require('node:inspector');
  const session = new Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  return session;
}

/** The in-process inspector answers synchronously. */
function post(session, method, params) {
  let error;
  let result;
  session.post(method, params, (e, r) => {
    error = e;
    result = r;
  });
  if (error) throw error;
  if (result === undefined) throw new Error(`${method}: the inspector did not answer synchronously`);
  return result;
}

/**
 * Where, in the bundle's text, each dictionary's string literal and the Glossary constructor are.
 * A dictionary whose literal is not in the bundle is not bundled, so cannot load.
 */
function probeMarkers(bundle) {
  const dictDir = join(ROOT, 'node_modules/opencc-js/dist/esm-lib/dict');
  const dictionaries = [];
  for (const file of readdirSync(dictDir).filter((f) => f.endsWith('.js')).sort()) {
    const source = readFileSync(join(dictDir, file), 'utf8');
    const literal = /export\s+default\s+"([^"]*)"/.exec(source);
    if (!literal) throw new Error(`cannot read the dictionary literal of opencc-js/dict/${file}`);
    const at = literalOffset(bundle, literal[1].split('|'));
    if (at === -2) throw new Error(`the text of ${file} occurs more than once in the bundle; the probe cannot tell which is which`);
    if (at >= 0) dictionaries.push({ name: file.replace(/\.js$/, ''), at });
  }
  const glossaryAt = bundle.indexOf(GLOSSARY_MARKER);
  if (glossaryAt < 0 || bundle.indexOf(GLOSSARY_MARKER, glossaryAt + 1) >= 0) {
    throw new Error(`'${GLOSSARY_MARKER}' should occur once in ${EXTENSION} (the Glossary constructor); update GLOSSARY_MARKER in activation.mjs`);
  }
  if (dictionaries.length === 0) throw new Error('no opencc-js dictionary literal found in the bundle; the probe cannot observe them');
  return { dictionaries, glossaryAt };
}

/**
 * Offset of the string literal holding `entries` joined by '|' (written raw, or \u-escaped as esbuild writes it):
 * found by its first entries, more of them while several literals start alike. -1 when absent, -2 when ambiguous.
 */
function literalOffset(bundle, entries) {
  for (const n of [3, 12, 48, entries.length]) {
    const whole = n >= entries.length;
    const head = entries.slice(0, n).join('|');
    const found = new Set();
    let several = false;
    for (const form of new Set([head, escaped(head, true), escaped(head, false)])) {
      for (const quote of ['"', '`', "'"]) {
        const needle = quote + form + (whole ? quote : '');
        const at = bundle.indexOf(needle);
        if (at < 0) continue;
        if (bundle.indexOf(needle, at + 1) >= 0) several = true;
        found.add(at);
      }
    }
    if (found.size === 0) return -1;
    if (found.size === 1 && !several) return [...found][0];
    if (whole) return -2;
  }
  return -2;
}

/** `text` with every non-ASCII character as a \u escape (\u{…} beyond the BMP). */
function escaped(text, upper) {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0);
    if (code < 0x80) return c;
    const hex = upper ? code.toString(16).toUpperCase() : code.toString(16);
    if (code < 0x100) return `\\x${hex}`;
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  }).join('');
}

/** Which dictionaries were loaded and whether a Glossary was built since the last call (taking coverage resets it). */
function loadedSince(session, markers) {
  const { result } = post(session, 'Profiler.takePreciseCoverage');
  const script = result.find((s) => s.url === `file://${EXTENSION}` || s.url === EXTENSION);
  if (!script) throw new Error(`no coverage for ${EXTENSION}`);
  const ranges = script.functions.flatMap((f) => f.ranges);
  /** The count of the innermost range around `offset`: how often the code there ran. */
  const countAt = (offset) => {
    let best;
    for (const r of ranges) {
      if (r.startOffset <= offset && offset < r.endOffset && (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset)) best = r;
    }
    return best?.count ?? 0;
  };
  return {
    dictionaries: markers.dictionaries.filter((d) => countAt(d.at) > 0).map((d) => d.name),
    glossaryBuilt: countAt(markers.glossaryAt) > 0,
  };
}

function extensionContext(vscode) {
  const memento = () => ({ get: (_k, d) => d, update: async () => {}, keys: () => [], setKeysForSync: () => {} });
  return {
    subscriptions: [],
    extensionPath: ROOT,
    extensionUri: vscode.Uri.file(ROOT),
    extensionMode: 1,
    globalState: memento(),
    workspaceState: memento(),
    storageUri: undefined,
    globalStorageUri: vscode.Uri.file('/tmp/policy-lens-bench-storage'),
    logUri: vscode.Uri.file('/tmp/policy-lens-bench-log'),
    asAbsolutePath: (p) => join(ROOT, p),
    environmentVariableCollection: { replace() {}, append() {}, prepend() {}, get() {}, forEach() {}, delete() {}, clear() {} },
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => ({ dispose() {} }) },
  };
}

// ——— the stand-in `vscode` module: what activate() and the features touch, recording what matters ———

/** Installs a `vscode` module for require() and returns it (with `log`, `textDocument` and `openInEditor` for the bench). */
function standInVscode() {
  const Module = require('node:module');
  const log = { commands: [], providers: [], filesRead: [], unstubbed: new Set() };

  class Disposable {
    constructor(callOnDispose) {
      this.callOnDispose = callOnDispose;
    }
    static from(...disposables) {
      return new Disposable(() => disposables.forEach((d) => d?.dispose?.()));
    }
    dispose() {
      const f = this.callOnDispose;
      this.callOnDispose = undefined;
      f?.();
    }
  }

  class EventEmitter {
    listeners = new Set();
    event = (listener, thisArg, disposables) => {
      const bound = listener.bind(thisArg);
      this.listeners.add(bound);
      const d = new Disposable(() => this.listeners.delete(bound));
      disposables?.push(d);
      return d;
    };
    fire(value) {
      for (const l of [...this.listeners]) l(value);
    }
    dispose() {
      this.listeners.clear();
    }
  }

  class Uri {
    constructor(scheme, authority, path, query, fragment) {
      Object.assign(this, { scheme, authority: authority ?? '', path: path || '/', query: query ?? '', fragment: fragment ?? '' });
    }
    get fsPath() {
      return this.path;
    }
    with(change) {
      return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
    }
    toString() {
      return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
    }
    toJSON() {
      return { scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment };
    }
    static file(path) {
      return new Uri('file', '', path);
    }
    static from(c) {
      return new Uri(c.scheme, c.authority, c.path, c.query, c.fragment);
    }
    static parse(value) {
      const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
      if (!m) throw new Error(`not a URI: ${value}`);
      return new Uri(m[1], m[2], m[3], m[4], m[5]);
    }
    static joinPath(base, ...segments) {
      return base.with({ path: posix.join(base.path, ...segments) });
    }
  }

  class Position {
    constructor(line, character) {
      this.line = line;
      this.character = character;
    }
    translate(lineDelta = 0, characterDelta = 0) {
      return new Position(this.line + lineDelta, this.character + characterDelta);
    }
    compareTo(o) {
      return this.line - o.line || this.character - o.character;
    }
    isBefore(o) {
      return this.compareTo(o) < 0;
    }
    isEqual(o) {
      return this.compareTo(o) === 0;
    }
  }

  class Range {
    constructor(a, b, c, d) {
      [this.start, this.end] = typeof a === 'number' ? [new Position(a, b), new Position(c, d)] : [a, b];
    }
    get isEmpty() {
      return this.start.isEqual(this.end);
    }
    contains(x) {
      const r = x instanceof Range ? x : new Range(x, x);
      return this.start.compareTo(r.start) <= 0 && r.end.compareTo(this.end) <= 0;
    }
    isEqual(o) {
      return this.start.isEqual(o.start) && this.end.isEqual(o.end);
    }
  }

  /** A plain holder for what a constructor was given: enough for classes activate() only creates. */
  const holder = (...fields) => class {
    constructor(...args) {
      fields.forEach((f, i) => (this[f] = args[i]));
    }
  };

  class SemanticTokensBuilder {
    data = [];
    push(...args) {
      this.data.push(...(args.length === 5 ? args : []));
    }
    build() {
      return { data: new Uint32Array(this.data) };
    }
  }

  class MarkdownString {
    constructor(value = '', supportThemeIcons = false) {
      Object.assign(this, { value, supportThemeIcons, isTrusted: false });
    }
    appendMarkdown(s) {
      this.value += s;
      return this;
    }
    appendText(s) {
      this.value += s;
      return this;
    }
    appendCodeblock(s) {
      this.value += `\n\`\`\`\n${s}\n\`\`\`\n`;
      return this;
    }
  }

  class CodeActionKind {
    constructor(value) {
      this.value = value;
    }
    append(part) {
      return new CodeActionKind(`${this.value}.${part}`);
    }
    static QuickFix = new CodeActionKind('quickfix');
    static Refactor = new CodeActionKind('refactor');
    static Source = new CodeActionKind('source');
  }

  class WorkspaceEdit {
    edits = [];
    replace(uri, range, text) {
      this.edits.push({ uri, range, text });
    }
    insert(uri, position, text) {
      this.edits.push({ uri, range: new Range(position, position), text });
    }
  }

  const enumOf = (names, start = 0) => Object.fromEntries(names.map((n, i) => [n, i + start]));
  const events = new Map();
  /** The `event` of one named emitter, so a feature subscribing to onDidX can be sent X by the bench. */
  const eventNamed = (name) => {
    if (!events.has(name)) events.set(name, new EventEmitter());
    return events.get(name).event;
  };
  const fire = (name, value) => events.get(name)?.fire(value);

  const diagnosticCollection = (name) => {
    const entries = new Map();
    return {
      name,
      set: (uri, ds) => (uri instanceof Uri || typeof uri?.toString === 'function' ? entries.set(String(uri), ds) : undefined),
      delete: (uri) => entries.delete(String(uri)),
      clear: () => entries.clear(),
      get: (uri) => entries.get(String(uri)),
      has: (uri) => entries.has(String(uri)),
      forEach: (f) => entries.forEach((ds, uri) => f(Uri.parse(uri), ds)),
      dispose: () => entries.clear(),
    };
  };
  const registration = (kind) => (...args) => {
    const provider = args.find((a, i) => i > 0 && a && typeof a === 'object' && !Array.isArray(a)) ?? args[1];
    log.providers.push({ kind, provider });
    return new Disposable(() => {});
  };

  const workspaceFolder = { uri: Uri.file(join(ROOT, 'test/fixtures/workspace')), name: 'workspace', index: 0 };
  const openDocuments = [];
  let activeTextEditor;

  const languages = {
    createDiagnosticCollection: diagnosticCollection,
    getDiagnostics: () => [],
    registerHoverProvider: registration('hover'),
    registerDocumentLinkProvider: registration('links'),
    registerDefinitionProvider: registration('definition'),
    registerDocumentSymbolProvider: registration('symbols'),
    registerFoldingRangeProvider: registration('folding'),
    registerDocumentSemanticTokensProvider: registration('semanticTokens'),
    registerCodeActionsProvider: registration('codeActions'),
    registerCompletionItemProvider: registration('completion'),
    registerReferenceProvider: registration('references'),
    registerRenameProvider: registration('rename'),
  };
  const workspace = {
    get workspaceFolders() {
      return [workspaceFolder];
    },
    get textDocuments() {
      return [...openDocuments];
    },
    isTrusted: true,
    name: 'workspace',
    getConfiguration: () => ({ get: (_key, dflt) => dflt, has: () => false, inspect: () => undefined, update: async () => {} }),
    createFileSystemWatcher: () => ({
      onDidChange: eventNamed('watcher.change'),
      onDidCreate: eventNamed('watcher.create'),
      onDidDelete: eventNamed('watcher.delete'),
      dispose() {},
    }),
    registerTextDocumentContentProvider: registration('textDocumentContent'),
    fs: {
      readFile: async (uri) => {
        log.filesRead.push(String(uri));
        return readFileSync(uri.fsPath);
      },
      stat: async (uri) => statSync(uri.fsPath),
    },
    openTextDocument: async (arg) => textDocument(Uri.parse('untitled:Untitled-1'), arg?.content ?? '', arg?.language),
    getWorkspaceFolder: () => workspaceFolder,
    asRelativePath: (p) => String(p),
  };
  const window = {
    get activeTextEditor() {
      return activeTextEditor;
    },
    get visibleTextEditors() {
      return activeTextEditor ? [activeTextEditor] : [];
    },
    createStatusBarItem: (...args) => ({ id: typeof args[0] === 'string' ? args[0] : undefined, text: '', show() {}, hide() {}, dispose() {} }),
    createTreeView: (id, options) => ({
      id,
      options,
      visible: false,
      onDidChangeVisibility: eventNamed(`treeView.${id}.visibility`),
      onDidExpandElement: eventNamed(`treeView.${id}.expand`),
      onDidCollapseElement: eventNamed(`treeView.${id}.collapse`),
      onDidChangeSelection: eventNamed(`treeView.${id}.selection`),
      reveal: async () => {},
      dispose() {},
    }),
    createOutputChannel: (name) => ({ name, append() {}, appendLine() {}, show() {}, clear() {}, dispose() {} }),
    showInformationMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showErrorMessage: async () => undefined,
    setStatusBarMessage: () => new Disposable(() => {}),
    showQuickPick: async () => undefined,
    showTextDocument: async () => activeTextEditor,
    withProgress: (_options, task) => task({ report() {} }, cancellationToken),
  };
  const commands = {
    registerCommand: (id, handler) => {
      log.commands.push({ id, handler });
      return new Disposable(() => {});
    },
    executeCommand: async () => undefined,
  };
  const l10n = {
    t: (message, ...args) => {
      const text = typeof message === 'string' ? message : message.message;
      const values = args.length === 1 && args[0] && typeof args[0] === 'object' ? args[0] : args;
      return text.replace(/\{(\w+)\}/g, (m, k) => (values[k] === undefined ? m : String(values[k])));
    },
  };
  const cancellationToken = { isCancellationRequested: false, onCancellationRequested: () => new Disposable(() => {}) };

  /** A TextDocument over `text` (offsets ↔ positions by line starts). */
  function textDocument(uri, text, languageId = 'plaintext') {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    const positionAt = (offset) => {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return new Position(lo, o - starts[lo]);
    };
    const offsetAt = (p) => Math.min(text.length, (starts[Math.min(p.line, starts.length - 1)] ?? 0) + p.character);
    const lineAt = (x) => {
      const line = typeof x === 'number' ? x : x.line;
      const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
      const lineText = text.slice(starts[line], end).replace(/\r$/, '');
      return { lineNumber: line, text: lineText, range: new Range(line, 0, line, lineText.length), isEmptyOrWhitespace: lineText.trim() === '' };
    };
    return {
      uri,
      fileName: uri.fsPath,
      languageId,
      version: 1,
      isClosed: false,
      isDirty: false,
      isUntitled: uri.scheme === 'untitled',
      eol: 1,
      lineCount: starts.length,
      getText: (range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
      positionAt,
      offsetAt,
      lineAt,
      getWordRangeAtPosition: () => undefined,
      validateRange: (r) => r,
      validatePosition: (p) => p,
      save: async () => true,
    };
  }

  /** Opens `doc` in the active editor, telling the features as VS Code would. */
  function openInEditor(doc) {
    if (!openDocuments.includes(doc)) {
      openDocuments.push(doc);
      fire('workspace.onDidOpenTextDocument', doc);
    }
    const selection = new Range(0, 0, 0, 0);
    activeTextEditor = { document: doc, selection, selections: [selection], viewColumn: 1, visibleRanges: [] };
    fire('window.onDidChangeActiveTextEditor', activeTextEditor);
  }

  /** A namespace whose onDid… members are events and whose unknown members are recorded and inert. */
  const namespace = (name, members) => new Proxy(members, {
    get(target, prop) {
      if (prop in target || typeof prop === 'symbol') return target[prop];
      if (/^onDid|^onWill/.test(prop)) return eventNamed(`${name}.${prop}`);
      log.unstubbed.add(`${name}.${prop}`);
      return inert(`${name}.${prop}`);
    },
  });

  const api = {
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Selection: Range,
    Location: holder('uri', 'range'),
    Diagnostic: holder('range', 'message', 'severity'),
    DiagnosticSeverity: enumOf(['Error', 'Warning', 'Information', 'Hint']),
    Hover: holder('contents', 'range'),
    MarkdownString,
    CodeAction: holder('title', 'kind'),
    CodeActionKind,
    WorkspaceEdit,
    FoldingRange: holder('start', 'end', 'kind'),
    FoldingRangeKind: enumOf(['Comment', 'Imports', 'Region'], 1),
    DocumentSymbol: class {
      constructor(name, detail, kind, range, selectionRange) {
        Object.assign(this, { name, detail, kind, range, selectionRange, children: [] });
      }
    },
    SymbolKind: enumOf(['File', 'Module', 'Namespace', 'Package', 'Class', 'Method', 'Property', 'Field', 'Constructor', 'Enum',
      'Interface', 'Function', 'Variable', 'Constant', 'String', 'Number', 'Boolean', 'Array', 'Object', 'Key', 'Null', 'EnumMember',
      'Struct', 'Event', 'Operator', 'TypeParameter']),
    DocumentLink: holder('range', 'target'),
    SemanticTokensLegend: holder('tokenTypes', 'tokenModifiers'),
    SemanticTokensBuilder,
    TreeItem: holder('label', 'collapsibleState'),
    TreeItemCollapsibleState: enumOf(['None', 'Collapsed', 'Expanded']),
    ThemeIcon: holder('id', 'color'),
    StatusBarAlignment: enumOf(['Left', 'Right'], 1),
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2, Three: 3 },
    EndOfLine: { LF: 1, CRLF: 2 },
    languages: namespace('languages', languages),
    workspace: namespace('workspace', workspace),
    window: namespace('window', window),
    commands: namespace('commands', commands),
    l10n,
    env: namespace('env', { language: 'en', uiKind: 1, appName: 'Policy Lens bench' }),
    version: '1.100.0',
  };
  const vscode = new Proxy(api, {
    get(target, prop) {
      if (prop in target || typeof prop === 'symbol' || prop === '__esModule' || prop === 'default' || prop === 'then') return target[prop];
      log.unstubbed.add(String(prop));
      return inert(String(prop));
    },
  });

  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveVscode(request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode, children: [], paths: [] };

  return { ...api, log, textDocument, openInEditor, cancellationToken };
}

/** Something the stand-in does not know: callable, constructible, any member another one, disposable. */
function inert(path) {
  return new Proxy(function inertMember() {}, {
    get(_target, prop) {
      if (prop === 'then' || typeof prop === 'symbol') return undefined;
      if (prop === 'dispose') return () => {};
      return inert(`${path}.${prop}`);
    },
    apply: () => inert(`${path}()`),
    construct: () => inert(`new ${path}`),
    set: () => true,
  });
}
