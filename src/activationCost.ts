import { readFileSync } from 'node:fs';

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
 * Starts the clocks; the function it returns reads them.
 * Example: `const cost = activationClock(); …; return { …, ...cost() }`.
 */
export function activationClock(): () => ActivationCost {
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
