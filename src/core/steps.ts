/**
 * A value built once, in steps (a generator that yields between pieces of work), that several callers may
 * drive: `steps()` steps the one build under way, or starts it, and returns the value once it is built; a
 * caller that stops stepping leaves the build where it is for the next. `get()` builds the rest at once.
 * A build that throws is dropped: the next caller starts it again.
 */
export class SteppedBuild<T> {
  private built: { value: T } | undefined;
  private build: Generator<void, T, void> | undefined;

  constructor(private readonly make: () => Generator<void, T, void>) {}

  get isBuilt(): boolean {
    return this.built !== undefined;
  }

  *steps(): Generator<void, T, void> {
    while (this.built === undefined) {
      this.build ??= this.make();
      let step: IteratorResult<void, T>;
      try {
        step = this.build.next();
      } catch (err) {
        this.build = undefined;
        throw err;
      }
      if (step.done) {
        this.built = { value: step.value };
        this.build = undefined;
      } else {
        yield;
      }
    }
    return this.built.value;
  }

  get(): T {
    return runSteps(this.steps());
  }
}

/** Runs `steps` to the end and returns its value. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` to the end inside another stepped run, pausing with `pause` whenever `due()` says the
 * current slice of work is used up; returns its value.
 */
export function* inSlices<T>(steps: Generator<void, T, void>, due: () => boolean, pause: () => Generator<void, void, void>): Generator<void, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (due()) yield* pause();
  }
}

/**
 * Runs `steps` to the end from async code, a slice of about `sliceMs` at a time with a turn of the event loop
 * between slices, so that other callers and requests get theirs. Resolves at once when there is nothing left to do.
 */
export async function stepBetweenTurns(steps: Generator<void, unknown, void>, sliceMs: number): Promise<void> {
  let start = performance.now();
  while (!steps.next().done) {
    if (performance.now() - start < sliceMs) continue;
    await nextTurn();
    start = performance.now();
  }
}

/** Resolves in a later turn of the event loop: setImmediate in node, a zero timeout elsewhere (web workers). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
