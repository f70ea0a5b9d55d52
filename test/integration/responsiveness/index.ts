import { runMochaSuite } from '../mochaRunner';

/** Entry point VS Code calls in the extension host: test/bench/hostResponsiveness.mjs runs it, `npm test` does not. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname, 600_000);
}
