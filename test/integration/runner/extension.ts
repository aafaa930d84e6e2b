// A test-only extension placed beside Leadership Journal in code-server's extensions folder. It
// activates when the workbench starts and, only when the launcher asked for it through the
// environment, runs the integration suite in this extension host and writes the results as JSON.
//
//   LJ_INTEGRATION_SUITE    folder of compiled *.test.js files
//   LJ_INTEGRATION_MOCHA    the project's mocha package folder
//   LJ_INTEGRATION_RESULTS  where to write the SuiteResult JSON
//   LJ_INTEGRATION_GREP     optional: only the tests whose full title matches
import { writeFileSync } from 'node:fs';
import { runSuite } from '../runSuite';

export function activate(): void {
  const { LJ_INTEGRATION_SUITE: suite, LJ_INTEGRATION_MOCHA: mocha, LJ_INTEGRATION_RESULTS: results } = process.env;
  if (!suite || !mocha || !results) {
    return;
  }
  runSuite(suite, mocha, process.env.LJ_INTEGRATION_GREP).then(
    (result) => writeFileSync(results, JSON.stringify(result, null, 2)),
    (error: unknown) => writeFileSync(results, JSON.stringify({
      passed: [],
      failed: [{ title: 'integration runner', durationMs: 0, error: String(error) }],
    })),
  );
}
