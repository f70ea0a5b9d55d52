import * as assert from 'node:assert/strict';
import { runSteps, stepBetweenTurns, SteppedBuild } from '../../src/core/steps';
import { turnCounter } from './turnCounter';

/** A build of `parts` steps that counts how often it was started and how many steps ran. */
function countingBuild(parts: number, failAt?: number) {
  const log = { started: 0, steps: 0 };
  const build = new SteppedBuild(function* () {
    log.started++;
    for (let k = 0; k < parts; k++) {
      if (k === failAt && log.started === 1) throw new Error('the build failed');
      log.steps++;
      yield;
    }
    return `built in ${parts} steps`;
  });
  return { build, log };
}

describe('SteppedBuild', () => {
  it('builds once for two callers stepping it in turn, each step done once', () => {
    const { build, log } = countingBuild(10);
    const a = build.steps();
    const b = build.steps();
    let ra = a.next();
    let rb = b.next();
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = a.next();
      if (!rb.done) rb = b.next();
    }
    assert.equal(ra.value, 'built in 10 steps');
    assert.equal(rb.value, 'built in 10 steps');
    assert.deepEqual(log, { started: 1, steps: 10 });
    assert.equal(build.isBuilt, true);
    assert.equal(build.steps().next().done, true, 'built: no more pauses');
  });

  it('goes on where a caller that stopped stepping left it', () => {
    const { build, log } = countingBuild(10);
    const a = build.steps();
    for (let k = 0; k < 4; k++) a.next();
    assert.equal(build.isBuilt, false);
    assert.equal(build.get(), 'built in 10 steps');
    assert.deepEqual(log, { started: 1, steps: 10 });
  });

  it('starts again after a build that threw', () => {
    const { build, log } = countingBuild(5, 2);
    assert.throws(() => build.get(), /the build failed/);
    assert.equal(build.isBuilt, false);
    assert.equal(runSteps(build.steps()), 'built in 5 steps');
    assert.equal(log.started, 2);
  });
});

describe('stepBetweenTurns', () => {
  it('runs every step, a turn of the event loop after each slice, and resolves at once with nothing to do', async () => {
    let done = 0;
    const steps = function* (): Generator<void, void, void> {
      for (let i = 0; i < 20; i++) {
        done++;
        yield;
      }
    };
    const counter = turnCounter();
    await stepBetweenTurns(steps(), 0);
    const turns = counter.now();
    await stepBetweenTurns(steps(), 1000);
    counter.stop();
    assert.equal(done, 40);
    // Slices of 0 ms: a turn after every step; slices of a second: none.
    assert.ok(turns >= 20, `${turns} turns`);
    assert.equal(counter.now(), turns);
  });
});
