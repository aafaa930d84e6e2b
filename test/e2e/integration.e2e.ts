// Runs the integration suite (test/integration/suite) inside the extension host of the real VS Code
// (code-server): a test-runner extension beside ours runs mocha there and writes the results, which
// this test reports one by one. See test/integration/runner/extension.ts.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildIntegration, integrationOut } from '../integration/build';
import type { SuiteResult } from '../integration/runSuite';
import { startSession, type Session } from './support/session';
import { screenshot } from './support/workbench';

async function waitForFile(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) {
      throw new Error(`no results at ${path} after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('Integration suite inside the extension host of the real VS Code', function () {
  let session: Session | undefined;
  let result: SuiteResult;

  before(async function () {
    await buildIntegration();
    const results = join(mkdtempSync(join(tmpdir(), 'lj-integration-')), 'results.json');
    session = await startSession({
      env: {
        LJ_INTEGRATION_SUITE: join(integrationOut, 'suite'),
        LJ_INTEGRATION_MOCHA: dirname(require.resolve('mocha/package.json')),
        LJ_INTEGRATION_RESULTS: results,
      },
      extraExtensions: [(extensionsDir) => {
        const target = join(extensionsDir, 'leadership-journal-tests.integration-runner-0.0.0');
        mkdirSync(target, { recursive: true });
        cpSync(join(__dirname, '..', 'integration', 'runner', 'package.json'), join(target, 'package.json'));
        cpSync(join(integrationOut, 'runner', 'extension.js'), join(target, 'extension.js'));
      }],
    });
    await waitForFile(results, 90_000);
    result = JSON.parse(readFileSync(results, 'utf8')) as SuiteResult;
    await screenshot(session.page, '03-integration-suite');
  });

  after(async function () {
    await session?.close();
  });

  it('runs the whole suite with no failure', function () {
    for (const test of result.passed) {
      console.log(`      ✔ [extension host] ${test.title}`);
    }
    for (const test of result.failed) {
      console.log(`      ✘ [extension host] ${test.title}\n${test.error ?? ''}`);
    }
    assert.ok(result.passed.length + result.failed.length > 0, 'the suite ran at least one test');
    assert.deepEqual(result.failed.map((t) => t.title), []);
  });
});
