// Benchmarks loading and activating the production extension bundle (dist/extension.js) in fresh node processes,
// with a stand-in `vscode` module, and checks that activation loads no OpenCC dictionary and no glossary.
//   node test/bench/activation.mjs      (after `node esbuild.mjs --production`; 5–30 s: 16 fresh processes)
// Prints one JSON line per figure: {"name","value","unit",...}. Exits 1, after an {"name","error"} line, when activation
// throws, loads a dictionary or a glossary, or the probe that watches for them cannot see them load afterwards either.
//
// How loading is observed, without changing the bundle: each OpenCC dictionary is its own file, dist/opencc/<Name>.txt,
// that the bundle reads on first use (fs.openSync or fs.readFileSync), so the dictionaries loaded are the files under
// that folder those two functions of node's fs module were called on (the child wraps them before loading the bundle).
// The Glossary constructor is watched through V8 precise block coverage (node:inspector) of its `byTerm.delete(`
// statement, and the stand-in vscode records every workspace.fs.readFile (how glossary files are read). After the
// check the probe opens a document (active-editor change, then the folding provider) and expects to see dictionaries
// and a Glossary load, so a probe that has gone blind (say, dictionaries bundled inline again) fails instead of passing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, posix, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT, sampleArticle } from './corpus.mjs';
import { figure, median, round } from './report.mjs';

const DIST = process.env.POLICY_LENS_BENCH_DIST ?? join(ROOT, 'dist');
export const EXTENSION = join(DIST, 'extension.js');
const CLI = join(DIST, 'cli.js');
const OPENCC = join(DIST, 'opencc');
/** The names of the dictionaries read in this process (watchDictionaryReads). */
const dictionaryReads = new Set();
const RUNS = 7;
const ACTIVATE_GOAL_MS = 10;
/** A statement of the Glossary constructor; property names survive minification. */
const GLOSSARY_MARKER = 'byTerm.delete(';

const require = createRequire(import.meta.url);
let failures = 0;

// editor.mjs imports the stand-in `vscode` from here: the benchmark runs only when this file is the script node started.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child') await child(process.argv[3], process.argv.includes('--with-document'));
  else parent();
}

// ——— the parent: sizes, fresh processes, figures ———

function parent() {
  for (const file of [EXTENSION, CLI, OPENCC]) {
    if (!existsSync(file)) fail('activation', `${file} is missing: run node esbuild.mjs --production first`);
  }
  if (existsSync(`${EXTENSION}.map`) || !isMinified(readFileSync(EXTENSION, 'utf8'))) {
    console.error(`activation: ${EXTENSION} looks like a development build; the figures below are not the production bundle's`);
  }
  figure('bundle.extension.size', statSync(EXTENSION).size, 'bytes');
  figure('bundle.cli.size', statSync(CLI).size, 'bytes');
  const dictionaries = readdirSync(OPENCC).filter((f) => f.endsWith('.txt')).map((f) => ({ f, size: statSync(join(OPENCC, f)).size }));
  if (dictionaries.length === 0) fail('bundle.opencc.size', `${OPENCC} holds no dictionary: has esbuild.mjs stopped writing them there?`);
  const largest = dictionaries.reduce((a, b) => (b.size > a.size ? b : a));
  figure('bundle.opencc.size', dictionaries.reduce((sum, d) => sum + d.size, 0), 'bytes', {
    files: dictionaries.length,
    largest: { [largest.f]: largest.size },
  });

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

    const { atActivation, afterOpening } = run('probe', withDocument);
    const loadedSomething = atActivation.dictionaries.length > 0 || atActivation.glossaryBuilt || atActivation.filesRead.length > 0;
    // The control: whatever activation did not load, opening a document must; the probe has to see it happen.
    const probeSaw = atActivation.dictionaries.length + afterOpening.dictionaries.length > 0
      && (atActivation.glossaryBuilt || afterOpening.glossaryBuilt);
    figure(`activation.lazyLoading${suffix}`, atActivation.dictionaries.length, 'dictionaries', {
      dictionaryFiles: dictionaries.length,
      dictionariesLoaded: atActivation.dictionaries,
      glossaryBuilt: atActivation.glossaryBuilt,
      glossaryFilesRead: atActivation.filesRead,
      afterOpeningADocument: afterOpening,
      ok: !loadedSomething && probeSaw,
    });
    if (loadedSomething) {
      fail(`activation.lazyLoading${suffix}`, `require() and activate()${withDocument ? ' with a policy document in the active editor' : ''} loaded `
        + `${atActivation.dictionaries.length} OpenCC dictionaries (${atActivation.dictionaries.join(', ') || 'none'}; by require() alone: `
        + `${atActivation.byRequire.join(', ') || 'none'}), ${atActivation.glossaryBuilt ? 'built a Glossary' : 'built no Glossary'}, `
        + `read ${atActivation.filesRead.length} glossary files`, { later: true });
    }
    if (!probeSaw) {
      fail(`activation.lazyLoading${suffix}`, 'the probe saw no dictionary or no Glossary load even after a document was opened and '
        + `folded (${JSON.stringify(afterOpening)}): are the dictionaries still read from ${OPENCC}? See the top of activation.mjs`, { later: true });
    }
  }
  process.exit(failures > 0 ? 1 : 0);
}

/** Runs this script as a child in a fresh node; returns the JSON it prints last. */
function run(mode, withDocument) {
  // --expose-gc: the child collects the garbage of its own setup (the stand-in, the sample document) before it
  // measures, so that a collection the setup made due does not fall into require() or activate().
  const args = ['--expose-gc', new URL(import.meta.url).pathname, '--child', mode, ...(withDocument ? ['--with-document'] : [])];
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


/** Minified bundles have few, long lines. */
function isMinified(source) {
  return source.length / (source.split('\n').length || 1) > 1000;
}

// ——— the child: one activation in this process ———

async function child(mode, withDocument) {
  try {
    watchDictionaryReads();
    const session = mode === 'probe' ? startCoverage() : undefined;
    const vscode = standInVscode();
    const sample = vscode.textDocument(vscode.Uri.file(join(ROOT, 'test/fixtures/workspace/hangzhou-model.zh-Hant.txt')), sampleArticle('zh-Hant'));
    if (withDocument) vscode.openInEditor(sample);
    const { context } = vscode;
    globalThis.gc?.();

    let t = performance.now();
    const extension = require(EXTENSION);
    const requireMs = performance.now() - t;
    const byRequire = session && dictionariesLoaded();
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

    const bundle = readFileSync(EXTENSION, 'utf8');
    const dictionaries = dictionariesLoaded();
    const atActivation = { dictionaries, byRequire, glossaryBuilt: glossaryBuiltSince(session, bundle), filesRead: [...vscode.log.filesRead] };
    vscode.log.filesRead.length = 0;

    // The control: open a document, as a person would, and see the same probe notice what that loads.
    if (!withDocument) vscode.openInEditor(sample);
    const folding = vscode.log.providers.find((p) => typeof p.provider.provideFoldingRanges === 'function');
    const ranges = await folding?.provider.provideFoldingRanges(sample, {}, vscode.cancellationToken);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the glossary files are read asynchronously
    const afterOpening = {
      dictionaries: dictionariesLoaded().filter((d) => !dictionaries.includes(d)),
      glossaryBuilt: glossaryBuiltSince(session, bundle),
      filesRead: [...vscode.log.filesRead],
      foldingRanges: ranges?.length ?? null,
      ...(vscode.log.unstubbed.size > 0 ? { unstubbed: [...vscode.log.unstubbed] } : {}),
    };
    for (const d of context.subscriptions) d.dispose();
    print({ atActivation, afterOpening });
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

/** Whether the Glossary constructor ran since the last call (taking coverage resets the counts). */
function glossaryBuiltSince(session, bundle) {
  const at = bundle.indexOf(GLOSSARY_MARKER);
  if (at < 0 || bundle.indexOf(GLOSSARY_MARKER, at + 1) >= 0) {
    throw new Error(`'${GLOSSARY_MARKER}' should occur once in ${EXTENSION} (the Glossary constructor); update GLOSSARY_MARKER in activation.mjs`);
  }
  const { result } = post(session, 'Profiler.takePreciseCoverage');
  const script = result.find((s) => s.url === pathToFileURL(realpathSync(EXTENSION)).href);
  if (!script) throw new Error(`no coverage for ${EXTENSION}`);
  // The innermost range around the statement says how often it ran.
  let best;
  for (const r of script.functions.flatMap((f) => f.ranges)) {
    if (r.startOffset <= at && at < r.endOffset && (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset)) best = r;
  }
  return (best?.count ?? 0) > 0;
}

/** The OpenCC dictionaries (dist/opencc/<Name>.txt) read so far in this process. */
function dictionariesLoaded() {
  return [...dictionaryReads].sort();
}

/** Wraps fs.openSync and fs.readFileSync (the functions the bundle reads dictionaries with) to note dictionary reads. */
function watchDictionaryReads() {
  const fs = require('node:fs');
  const prefix = realpathSync(OPENCC) + sep;
  const note = (file) => {
    if (typeof file !== 'string') return;
    const real = existsSync(file) ? realpathSync(file) : file;
    if (real.startsWith(prefix) && real.endsWith('.txt')) dictionaryReads.add(basename(real, '.txt'));
  };
  for (const method of ['openSync', 'readFileSync']) {
    const original = fs[method];
    fs[method] = function (file, ...rest) {
      note(file);
      return original.call(this, file, ...rest);
    };
  }
}

// ——— the stand-in `vscode` module: what activate(), opening and editing a document touch, recording what matters ———
// Anything else is inert and listed as `unstubbed`, so a new API call shows up in the figures instead of crashing.

/**
 * Installs a `vscode` module for require() and returns it (with `log`, `textDocument`, `openInEditor`, `editDocument`
 * and `context`).
 */
export function standInVscode() {
  const Module = require('node:module');
  const log = { commands: [], providers: [], treeViews: [], filesRead: [], unstubbed: new Set() };

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
      return Uri.from({ ...this, ...change });
    }
    toString() {
      return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
    }
    static file(path) {
      return new Uri('file', '', path);
    }
    static from(c) {
      return new Uri(c.scheme, c.authority, c.path, c.query, c.fragment);
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
    compareTo(other) {
      return this.line - other.line || this.character - other.character;
    }
    isBefore(other) {
      return this.compareTo(other) < 0;
    }
    isAfter(other) {
      return this.compareTo(other) > 0;
    }
    isEqual(other) {
      return this.compareTo(other) === 0;
    }
    translate(lineDelta = 0, characterDelta = 0) {
      return new Position(this.line + lineDelta, this.character + characterDelta);
    }
  }
  const position = (line, character) => new Position(line, character);
  const compare = (p, q) => p.line - q.line || p.character - q.character;
  class Range {
    constructor(a, b, c, d) {
      [this.start, this.end] = typeof a === 'number' ? [position(a, b), position(c, d)] : [a, b];
    }
    get isEmpty() {
      return compare(this.start, this.end) === 0;
    }
    get isSingleLine() {
      return this.start.line === this.end.line;
    }
    contains(x) {
      const [start, end] = x instanceof Range ? [x.start, x.end] : [x, x];
      return compare(this.start, start) <= 0 && compare(end, this.end) <= 0;
    }
    isEqual(other) {
      return compare(this.start, other.start) === 0 && compare(this.end, other.end) === 0;
    }
  }
  class DocumentSymbol {
    constructor(name, detail, kind, range, selectionRange) {
      Object.assign(this, { name, detail, kind, range, selectionRange, children: [] });
    }
  }
  class WorkspaceEdit {
    edits = [];
    replace(uri, range, newText) {
      this.edits.push({ uri, range, newText });
    }
    insert(uri, position, newText) {
      this.edits.push({ uri, range: new Range(position, position), newText });
    }
  }
  class CancellationError extends Error {
    constructor() {
      super('Canceled');
      this.name = 'Canceled';
    }
  }
  /** A plain holder for what a constructor was given: enough for classes the features only create. */
  const holder = (...fields) => class {
    constructor(...args) {
      fields.forEach((f, i) => (this[f] = args[i]));
    }
  };
  class CodeActionKind {
    constructor(value) {
      this.value = value;
    }
    append(part) {
      return new CodeActionKind(`${this.value}.${part}`);
    }
    static QuickFix = new CodeActionKind('quickfix');
    static Refactor = new CodeActionKind('refactor');
  }
  const enumOf = (names, start = 0) => Object.fromEntries(names.map((n, i) => [n, i + start]));

  const events = new Map();
  /** The `event` of one named emitter, so a feature subscribing to onDidX can be sent X by the bench. */
  const eventNamed = (name) => {
    if (!events.has(name)) events.set(name, new EventEmitter());
    return events.get(name).event;
  };
  const fire = (name, value) => events.get(name)?.fire(value);
  /** An object whose onDid… members are events, register…Provider members record the provider, and unknown members are inert. */
  const namespace = (name, members) => new Proxy(members, {
    get(target, prop) {
      if (prop in target || typeof prop === 'symbol') return target[prop];
      if (/^onDid|^onWill/.test(prop)) return eventNamed(`${name}.${prop}`);
      if (/^register\w*Provider$/.test(prop)) return (...args) => registration(prop, args);
      log.unstubbed.add(`${name}.${prop}`);
      return inert(`${name}.${prop}`);
    },
  });
  const registration = (kind, args) => {
    const provider = args.find((a, i) => i > 0 && a && typeof a === 'object' && !Array.isArray(a)) ?? args[1];
    log.providers.push({ kind, provider });
    return new Disposable(() => {});
  };

  const workspaceFolder = { uri: Uri.file(join(ROOT, 'test/fixtures/workspace')), name: 'workspace', index: 0 };
  const openDocuments = [];
  /** How to change each stand-in document's text (a TextDocument itself is read-only). */
  const editors = new Map();
  let activeTextEditor;
  const cancellationToken = { isCancellationRequested: false, onCancellationRequested: () => new Disposable(() => {}) };

  /** Each collection's diagnostics by document URI: languages.getDiagnostics answers from all of them, as VS Code does. */
  const collections = [];
  const languages = {
    createDiagnosticCollection: (name) => {
      const own = new Map();
      collections.push(own);
      return namespace(`diagnostics(${name})`, {
        set(uri, list) {
          own.set(uri.toString(), list ?? []);
        },
        delete(uri) {
          own.delete(uri.toString());
        },
        clear() {
          own.clear();
        },
        dispose() {
          own.clear();
        },
      });
    },
    getDiagnostics: (uri) => collections.flatMap((own) => own.get(uri.toString()) ?? []),
  };
  const workspace = {
    get workspaceFolders() {
      return [workspaceFolder];
    },
    get textDocuments() {
      return [...openDocuments];
    },
    getConfiguration: () => ({ get: (_key, dflt) => dflt, has: () => false, inspect: () => undefined, update: async () => {} }),
    createFileSystemWatcher: () => namespace('watcher', { dispose() {} }),
    fs: namespace('workspace.fs', {
      readFile: async (uri) => {
        log.filesRead.push(String(uri));
        return readFileSync(uri.fsPath);
      },
    }),
  };
  const window = {
    get activeTextEditor() {
      return activeTextEditor;
    },
    createStatusBarItem: () => namespace('statusBarItem', { text: '', show() {}, hide() {}, dispose() {} }),
    createTreeView: (id, options) => {
      log.treeViews.push({ id, provider: options?.treeDataProvider });
      return namespace(`treeView(${id})`, { visible: false, dispose() {} });
    },
  };
  const commands = {
    registerCommand: (id, handler) => {
      log.commands.push({ id, handler });
      return new Disposable(() => {});
    },
  };
  const l10n = {
    t: (message, ...args) => {
      const text = typeof message === 'string' ? message : message.message;
      const values = args.length === 1 && args[0] && typeof args[0] === 'object' ? args[0] : args;
      return text.replace(/\{(\w+)\}/g, (m, k) => (values[k] === undefined ? m : String(values[k])));
    },
  };

  /**
   * A TextDocument over `text`, kept as VS Code's extension host keeps one (ExtHostDocumentData): an array of
   * lines and the line break, so `getText()` joins every line (a copy of the whole document, as in VS Code) and
   * `getText(range)` only the lines of the range. Offsets ↔ positions by line starts. `editDocument` changes its
   * lines and version as typing does.
   */
  function textDocument(uri, initialText, languageId = 'plaintext') {
    const eolText = initialText.includes('\r\n') ? '\r\n' : '\n';
    let lines = initialText.split(/\r\n|\r|\n/);
    let starts = startsOf(lines);
    let version = 1;
    function startsOf(all) {
      const out = new Array(all.length);
      let at = 0;
      for (let i = 0; i < all.length; i++) {
        out[i] = at;
        at += all[i].length + eolText.length;
      }
      return out;
    }
    const length = () => starts[starts.length - 1] + lines[lines.length - 1].length;
    const positionAt = (offset) => {
      const o = Math.max(0, Math.min(offset, length()));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return position(lo, Math.min(o - starts[lo], lines[lo].length));
    };
    const offsetAt = (p) => {
      const line = Math.max(0, Math.min(p.line, starts.length - 1));
      return starts[line] + Math.min(Math.max(0, p.character), lines[line].length);
    };
    const textOf = (from, to) => {
      const a = positionAt(from);
      const b = positionAt(to);
      if (a.line === b.line) return lines[a.line].slice(a.character, b.character);
      const parts = [lines[a.line].slice(a.character)];
      for (let l = a.line + 1; l < b.line; l++) parts.push(lines[l]);
      parts.push(lines[b.line].slice(0, b.character));
      return parts.join(eolText);
    };
    const lineAt = (lineOrPosition) => {
      const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
      if (!(line >= 0 && line < starts.length)) throw new Error(`lineAt: illegal line ${line}`);
      const lineText = lines[line];
      const next = line + 1 < starts.length ? position(line + 1, 0) : position(line, lineText.length);
      return {
        lineNumber: line,
        text: lineText,
        range: new Range(line, 0, line, lineText.length),
        rangeIncludingLineBreak: new Range(position(line, 0), next),
        firstNonWhitespaceCharacterIndex: Math.max(0, lineText.search(/\S/)),
        isEmptyOrWhitespace: lineText.trim().length === 0,
      };
    };
    const doc = namespace('document', {
      uri,
      fileName: uri.fsPath,
      languageId,
      get version() {
        return version;
      },
      isClosed: false,
      isUntitled: false,
      isDirty: false,
      eol: eolText === '\n' ? 1 : 2,
      get lineCount() {
        return starts.length;
      },
      getText: (range) => (range ? textOf(offsetAt(range.start), offsetAt(range.end)) : lines.join(eolText)),
      positionAt,
      offsetAt,
      lineAt,
    });
    editors.set(doc, (offset, deleteCount, insert) => {
      const range = new Range(positionAt(offset), positionAt(offset + deleteCount));
      // The lines the edit touches are replaced; the others stay (the host edits its line array the same way).
      const { line: l0, character: c0 } = range.start;
      const { line: l1, character: c1 } = range.end;
      const inserted = (lines[l0].slice(0, c0) + insert + lines[l1].slice(c1)).split(/\r\n|\r|\n/);
      lines.splice(l0, l1 - l0 + 1, ...inserted);
      starts = startsOf(lines);
      version++;
      return { range, rangeOffset: offset, rangeLength: deleteCount, text: insert };
    });
    return doc;
  }

  /**
   * Replaces `deleteCount` characters at `offset` of `doc` by `insert` as a keystroke would: a new version, then
   * workspace.onDidChangeTextDocument.
   */
  function editDocument(doc, offset, deleteCount, insert) {
    const change = editors.get(doc)(offset, deleteCount, insert);
    fire('workspace.onDidChangeTextDocument', { document: doc, contentChanges: [change], reason: undefined });
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

  const api = {
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    DocumentSymbol,
    Diagnostic: holder('range', 'message', 'severity'),
    DiagnosticSeverity: enumOf(['Error', 'Warning', 'Information', 'Hint']),
    CodeActionKind,
    CodeAction: holder('title', 'kind'),
    WorkspaceEdit,
    FoldingRange: holder('start', 'end', 'kind'),
    FoldingRangeKind: enumOf(['Comment', 'Imports', 'Region'], 1),
    SymbolKind: enumOf(['File', 'Module', 'Namespace', 'Package', 'Class', 'Method', 'Property', 'Field', 'Constructor', 'Enum',
      'Interface', 'Function', 'Variable', 'Constant', 'String', 'Number', 'Boolean', 'Array', 'Object', 'Key', 'Null', 'EnumMember',
      'Struct', 'Event', 'Operator', 'TypeParameter']),
    SemanticTokensLegend: holder('tokenTypes', 'tokenModifiers'),
    SemanticTokens: holder('data', 'resultId'),
    CancellationError,
    StatusBarAlignment: enumOf(['Left', 'Right'], 1),
    languages: namespace('languages', languages),
    workspace: namespace('workspace', workspace),
    window: namespace('window', window),
    commands: namespace('commands', commands),
    l10n,
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

  const context = namespace('context', { subscriptions: [] });
  return { ...api, log, textDocument, openInEditor, editDocument, cancellationToken, context };
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
