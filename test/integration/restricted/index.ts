import { runMochaSuite } from '../mochaRunner';

/** Entry point for the run in Restricted Mode (Workspace Trust on, the folder not trusted). */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
