import * as assert from 'node:assert/strict';
import { nextTurn } from '../../src/core/steps';
import { TurnQueue } from '../../src/workspace/turns';
import { turnCounter } from './turnCounter';

describe('TurnQueue', () => {
  it('lets the callers waiting on it go on one per turn of the event loop, in the order they asked', async () => {
    const counter = turnCounter();
    const queue = new TurnQueue();
    const seen: [number, number][] = [];
    await Promise.all([0, 1, 2, 3].map(async (k) => {
      await queue.take();
      seen.push([k, counter.now()]);
    }));
    counter.stop();
    assert.deepEqual(seen.map(([k]) => k), [0, 1, 2, 3]);
    const turns = seen.map(([, t]) => t);
    for (let i = 1; i < turns.length; i++) assert.ok(turns[i] > turns[i - 1], `caller ${i} went on in turn ${turns[i]}, after turn ${turns[i - 1]}`);
  });

  it('is what separates them: callers of nextTurn() alone go on in the same turn', async () => {
    const counter = turnCounter();
    const turns = await Promise.all([0, 1, 2].map(async () => {
      await nextTurn();
      return counter.now();
    }));
    counter.stop();
    assert.equal(new Set(turns).size, 1, `turns ${turns.join(', ')}`);
  });
});
