import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Runs every `*.test.js` beside the calling index in this extension host and, when the harness asks
 * for it (POLICY_LENS_TEST_RESULTS), writes the pass/fail counts where the harness reads them.
 * POLICY_LENS_TEST_GREP runs only the tests whose full titles contain it (test/bench/hostActivation.mjs).
 */
export function runMochaSuite(dir: string, timeoutMs = 60_000): Promise<void> {
  const grep = process.env.POLICY_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: timeoutMs, reporter: 'spec', ...(grep ? { fgrep: grep } : {}) });
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.POLICY_LENS_TEST_RESULTS;
      const stats = runner.stats ?? { passes: 0, failures };
      if (file) fs.writeFileSync(file, JSON.stringify({ passed: stats.passes, failed: stats.failures }));
      if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
      else if (grep && stats.passes === 0) reject(new Error(`no integration test matched POLICY_LENS_TEST_GREP (${grep}).`));
      else resolve();
    });
  });
}
