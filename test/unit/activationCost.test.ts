import * as assert from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activationClock, PROFILE_ENV, SCHEDULE_ENV } from '../../src/activationCost';

/** Runs `fn` with the environment variables `env` set (undefined: removed), then puts them back. */
function withEnv<T>(env: Record<string, string | undefined>, fn: () => T): T {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const put = (values: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  put(env);
  try {
    return fn();
  } finally {
    put(before);
  }
}

/** Work on this thread until the process has used `ms` of CPU time (so the thread ran about that long, however busy the machine). */
function busy(ms: number): number {
  const start = process.cpuUsage();
  let x = 0;
  for (let used = 0; used < ms * 1000; ) {
    for (let i = 0; i < 1000; i++) x += Math.sqrt(x + 1);
    const { user, system } = process.cpuUsage(start);
    used = user + system;
  }
  return x;
}

describe('activation cost', () => {
  it('reads the wall and CPU clocks, and the thread schedule only when the harness asks', () => {
    const plain = withEnv({ [SCHEDULE_ENV]: undefined, [PROFILE_ENV]: undefined }, () => {
      const cost = activationClock();
      busy(3);
      return cost();
    });
    assert.ok(plain.activationMs > 0, JSON.stringify(plain));
    assert.ok(plain.activationCpuMs >= 3, JSON.stringify(plain));
    assert.strictEqual(plain.activationThreadMs, undefined);
    assert.strictEqual(plain.activationWaitMs, undefined);
    if (process.platform === 'linux') {
      const scheduled = withEnv({ [SCHEDULE_ENV]: '1', [PROFILE_ENV]: undefined }, () => {
        const cost = activationClock();
        busy(12);
        return cost();
      });
      // The kernel brings the run time up to date at its ticks (4 ms here), so it may lag by one.
      assert.ok(scheduled.activationThreadMs !== undefined && scheduled.activationThreadMs >= 4, JSON.stringify(scheduled));
      assert.ok(scheduled.activationWaitMs !== undefined && scheduled.activationWaitMs >= 0, JSON.stringify(scheduled));
    }
  });

  it('writes a CPU profile of what ran between the clock\'s start and its reading when PROFILE_ENV names a folder', function () {
    this.timeout(10_000);
    const folder = mkdtempSync(join(tmpdir(), 'policy-lens-profile-'));
    try {
      withEnv({ [PROFILE_ENV]: folder, [SCHEDULE_ENV]: undefined }, () => {
        const cost = activationClock();
        // 100 ms of the process's CPU time, of which the profiler's own thread takes some: 20 ms once left the main
        // thread too little time on a busy 2-core machine for a sample of it to land.
        busy(100);
        cost();
      });
      const files = readdirSync(folder);
      assert.strictEqual(files.length, 1, files.join(', '));
      assert.match(files[0], new RegExp(`^activate-${process.pid}-\\d+\\.\\d\\d\\.cpuprofile$`));
      const profile = JSON.parse(readFileSync(join(folder, files[0]), 'utf8')) as {
        nodes: { callFrame: { functionName: string } }[];
        samples: number[];
      };
      assert.ok(profile.samples.length > 0, 'the profile holds samples');
      assert.ok(profile.nodes.some((n) => n.callFrame.functionName === 'busy'), 'the work done meanwhile is in it');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads its clocks when the profile cannot be written, says why, and may be read twice', () => {
    const missing = join(tmpdir(), `policy-lens-no-such-folder-${process.pid}`);
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const [first, second] = withEnv({ [PROFILE_ENV]: missing, [SCHEDULE_ENV]: undefined }, () => {
        const cost = activationClock();
        busy(1);
        return [cost(), cost()];
      });
      assert.ok(first.activationMs > 0 && second.activationMs >= first.activationMs);
    } finally {
      console.error = error;
    }
    assert.strictEqual(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /could not write .*policy-lens-no-such-folder/);
  });
});
