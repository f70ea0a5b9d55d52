import { runMochaSuite } from '../mochaRunner';

/** Entry point for the run that loads Policy Lens from its installed .vsix. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
