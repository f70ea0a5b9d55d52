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
