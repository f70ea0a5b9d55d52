import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analysis';
import { BuiltPerAnalysis, ProviderSlices } from '../../src/features/slices';
import { nextTurn } from '../../src/core/steps';
import { StandInDocument, Uri } from './standIn/vscode';
import { turnCounter } from './turnCounter';

const document = (): StandInDocument => new StandInDocument(Uri.file('/draft.txt'), '據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。');

describe('ProviderSlices', () => {
  it('waits a turn once its slice is used up, and ends with a CancellationError once the document changes', async () => {
    const doc = document();
    const slices = new ProviderSlices(doc as unknown as vscode.TextDocument, undefined, 1);
    const turns = turnCounter();
    try {
      while (!slices.due()) { /* a long loop's work, until the slice is used up */ }
      const before = turns.now();
      await slices.next();
      assert.ok(turns.now() > before, 'another turn of the event loop ran before the loop went on');
      doc.edit(0, 0, '的');
      while (!slices.due()) { /* until the slice is used up again */ }
      await assert.rejects(slices.next(), (e) => e instanceof vscode.CancellationError);
    } finally {
      turns.stop();
    }
  });
});

describe('ProviderSlices.run', () => {
  /** A core generator of `steps` steps of about a millisecond of work each; returns how many it took. */
  function* busySteps(steps: number): Generator<void, number, void> {
    for (let k = 0; k < steps; k++) {
      const end = performance.now() + 1;
      while (performance.now() < end) { /* a step's work */ }
      yield;
    }
    return steps;
  }

  it('runs a generator to its value over several turns, and ends with a CancellationError once the document changes', async () => {
    const doc = document();
    const turns = turnCounter();
    try {
      const before = turns.now();
      assert.equal(await new ProviderSlices(doc as unknown as vscode.TextDocument).run(busySteps(12)), 12);
      // 12 ms of steps in slices of 2 ms: other turns ran between them.
      assert.ok(turns.now() - before >= 3, `${turns.now() - before} turns went by while 12 ms of steps ran`);
      const slices = new ProviderSlices(doc as unknown as vscode.TextDocument);
      const cut = slices.run(busySteps(12));
      doc.edit(0, 0, '的');
      await assert.rejects(cut, (e) => e instanceof vscode.CancellationError);
    } finally {
      turns.stop();
    }
  });
});

describe('BuiltPerAnalysis', () => {
  it('builds once for the requests that overlap or follow, per variant, and forgets a build that failed', async () => {
    const a = analyze('據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。');
    const built = new BuiltPerAnalysis<string>();
    let builds = 0;
    const build = async (): Promise<string> => {
      builds++;
      await nextTurn();
      return `build ${builds}`;
    };
    const answers = await Promise.all([built.get(a, 'plaintext', build), built.get(a, 'plaintext', build), built.get(a, 'plaintext', build)]);
    assert.deepEqual(answers, ['build 1', 'build 1', 'build 1']);
    assert.equal(await built.get(a, 'plaintext', build), 'build 1');
    assert.equal(await built.get(a, 'markdown', build), 'build 2');
    const failing = new BuiltPerAnalysis<string>();
    await assert.rejects(failing.get(a, '', async () => { throw new vscode.CancellationError(); }));
    assert.equal(await failing.get(a, '', build), 'build 3');
  });
});
