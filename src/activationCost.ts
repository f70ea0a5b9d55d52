import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What activate() cost, in milliseconds. */
export interface ActivationCost {
  /** Wall time. */
  activationMs: number;
  /**
   * The CPU time the extension host's process used meanwhile: on a busy machine the wall time also counts the time
   * the process waited for a core (all of its threads: an upper bound of activate()'s own).
   */
  activationCpuMs: number;
  /**
   * This thread's time on a core (Linux's /proc/thread-self/schedstat), when the test harnesses ask for it
   * (SCHEDULE_ENV); undefined otherwise. The kernel brings it up to date at its scheduler's ticks and switches (a tick
   * is 4 ms on the test machine), so it may be a tick off.
   */
  activationThreadMs?: number;
  /** This thread's time ready to run but waiting for a core (the same source, as exact). */
  activationWaitMs?: number;
}

/** Set by the integration harnesses: only then does activate() read the thread's schedule (two reads, about 70 µs). */
export const SCHEDULE_ENV = 'POLICY_LENS_ACTIVATION_SCHEDULE';

/**
 * A folder: when set, activate() writes a CPU profile of itself there (`activate-<pid>-<ms>.cpuprofile`, `<ms>` the
 * time the profiler watched), for `node test/bench/hostActivation.mjs` to split into our code and VS Code's. The clocks
 * start after the profiler and are read before it stops, but its sampling slows what it watches, so the times
 * activate() reports are then longer than its own.
 */
export const PROFILE_ENV = 'POLICY_LENS_ACTIVATION_PROFILE';

/**
 * Starts the clocks; the function it returns reads them.
 * Example: `const cost = activationClock(); …; return { …, ...cost() }`.
 */
export function activationClock(): () => ActivationCost {
  const profileFolder = process.env[PROFILE_ENV];
  const stopProfile = profileFolder ? startProfile(profileFolder) : undefined;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const scheduled = process.env[SCHEDULE_ENV] === '1';
  const schedule = scheduled ? threadSchedule() : undefined;
  return () => {
    const activationMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const now = scheduled ? threadSchedule() : undefined;
    const cost: ActivationCost = { activationMs, activationCpuMs: (used.user + used.system) / 1000 };
    if (schedule && now) {
      cost.activationThreadMs = (now.run - schedule.run) / 1e6;
      cost.activationWaitMs = (now.wait - schedule.wait) / 1e6;
    }
    stopProfile?.();
    return cost;
  };
}

/** This thread's nanoseconds on a core and waiting for one, or undefined where the kernel does not say. */
function threadSchedule(): { run: number; wait: number } | undefined {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return Number.isFinite(run) && Number.isFinite(wait) ? { run, wait } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts V8's sampling profiler on this thread (an in-process inspector session answers at once, so this is
 * synchronous); the function it returns stops it, once, and writes the profile into `folder`. Where the profiler
 * cannot start (a node without an inspector), activate() goes on without it: undefined.
 */
function startProfile(folder: string): (() => void) | undefined {
  let session: import('node:inspector').Session | undefined;
  try {
    // Required here, not imported: the inspector module stays unloaded for everyone who does not ask for a profile.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Session } = require('node:inspector') as typeof import('node:inspector');
    session = new Session();
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 50 });
    session.post('Profiler.start');
  } catch (err) {
    session?.disconnect();
    console.error(`Policy Lens: no profile of activate(): ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  const started = performance.now();
  const profiling = session;
  let stopped = false;
  return function stopProfile() {
    if (stopped) return;
    stopped = true;
    const ms = (performance.now() - started).toFixed(2);
    try {
      profiling.post('Profiler.stop', (err, result) => {
        if (err) console.error(`Policy Lens: no profile of activate(): ${err.message}`);
        else {
          const file = join(folder, `activate-${process.pid}-${ms}.cpuprofile`);
          try {
            writeFileSync(file, JSON.stringify(result.profile));
          } catch (e) {
            console.error(`Policy Lens: could not write ${file}: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      });
    } finally {
      profiling.disconnect();
    }
  };
}
