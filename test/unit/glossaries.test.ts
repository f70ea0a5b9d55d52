import * as assert from 'node:assert/strict';
import { WorkspaceGlossaries } from '../../src/workspace/glossaries';
import type { Settings } from '../../src/workspace/settings';
import { EventEmitter, files, languages, Uri, watchers } from './standIn/vscode';

// WorkspaceGlossaries in node, on the stand-in `vscode` (test/unit/standIn/vscode.ts), whose file reads a test can hold.
const FILE = '/workspace/.policy-lens/glossary.json';
const glossaryText = (definition: string): string => JSON.stringify({ terms: [{ term: '算谷', definition }] });

function newGlossaries(): WorkspaceGlossaries {
  const settings = { current: { glossaries: [] }, onDidChange: new EventEmitter<void>().event } as unknown as Settings;
  return new WorkspaceGlossaries(settings);
}

/**
 * A first load that read `first` and is held, overtaken by a second load after the file became `second` (the
 * watcher reported it); resolves once the second load is done, with the release of the first.
 */
async function overtakenLoad(first: string, second: string): Promise<{ g: WorkspaceGlossaries; release: () => void }> {
  files.set(FILE, first);
  const g = newGlossaries();
  const release = files.delay(FILE);
  g.current();
  files.set(FILE, second);
  watchers[watchers.length - 1].changed.fire(Uri.file(FILE));
  await g.ready();
  return { g, release };
}

const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('WorkspaceGlossaries', () => {
  beforeEach(() => files.clear());

  it('reads the workspace glossary file, and reads it again when the watcher reports a change', async () => {
    files.set(FILE, glossaryText('第一版'));
    const g = newGlossaries();
    await g.ready();
    assert.equal(g.current().get('算谷')?.definition, '第一版');
    files.set(FILE, glossaryText('第二版'));
    watchers[watchers.length - 1].changed.fire(Uri.file(FILE));
    await g.ready();
    assert.equal(g.current().get('算谷')?.definition, '第二版');
    g.dispose();
  });

  it('keeps what the latest change wrote when an earlier load finishes after a later one', async () => {
    const { g, release } = await overtakenLoad(glossaryText('寫入前讀到的定義'), glossaryText('寫入後的定義'));
    assert.equal(g.current().get('算谷')?.definition, '寫入後的定義');
    const changes: number[] = [];
    g.onDidChange(() => changes.push(1));
    release();
    await turns(5);
    assert.equal(g.current().get('算谷')?.definition, '寫入後的定義', 'the overtaken load changed nothing');
    assert.deepEqual(changes, [], 'nor announced a change');
    g.dispose();
  });

  it('lets a load still reading files end quietly when it is disposed meanwhile', async () => {
    files.set(FILE, '{ "terms": [ }');
    const g = newGlossaries();
    const release = files.delay(FILE);
    g.current();
    g.dispose();
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      release();
      await turns(5);
    } finally {
      console.error = error;
    }
    assert.deepEqual(logged, []);
  });

  it('shows the latest load\'s errors only', async () => {
    const collections: ReturnType<typeof languages.createDiagnosticCollection>[] = [];
    const create = languages.createDiagnosticCollection;
    languages.createDiagnosticCollection = () => {
      const c = create();
      collections.push(c);
      return c;
    };
    try {
      const { g, release } = await overtakenLoad('{ "terms": [ }', glossaryText('修好了'));
      release();
      await turns(5);
      assert.deepEqual([...collections[0].values()], [], 'no error from the broken text read first');
      assert.equal(g.current().get('算谷')?.definition, '修好了');
      g.dispose();
    } finally {
      languages.createDiagnosticCollection = create;
    }
  });
});
