import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analysis';
import { BuiltPerAnalysis, ProviderSlices } from '../../src/features/slices';
import { nextTurn } from '../../src/core/steps';
import { StandInDocument, Uri } from './standIn/vscode';

const document = (): StandInDocument => new StandInDocument(Uri.file('/draft.txt'), '據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。');

describe('ProviderSlices', () => {
  it('lets a long loop go on over turns, and ends it with a CancellationError once the document changes', async () => {
    const doc = document();
    const slices = new ProviderSlices(doc as unknown as vscode.TextDocument, undefined, 1);
    let turns = 0;
    const started = performance.now();
    while (performance.now() - started < 10) {
      if (slices.due()) {
        await slices.next();
        turns++;
      }
    }
    assert.ok(turns >= 2, `${turns} turns in 10 ms of work`);
    doc.edit(0, 0, '的');
    while (!slices.due()) { /* until the slice is used up */ }
    await assert.rejects(slices.next(), (e) => e instanceof vscode.CancellationError);
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
