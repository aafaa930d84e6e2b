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
  const workbenchLog: string[] = [];

  before(async function () {
    // The whole suite runs before the first result is written: a few minutes on a busy 2-core machine.
    this.timeout(900_000);
    await buildIntegration();
    const results = join(mkdtempSync(join(tmpdir(), 'lj-integration-')), 'results.json');
    session = await startSession({
      env: {
        LJ_INTEGRATION_SUITE: join(integrationOut, 'suite'),
        LJ_INTEGRATION_MOCHA: dirname(require.resolve('mocha/package.json')),
        LJ_INTEGRATION_RESULTS: results,
        // `LJ_INTEGRATION_GREP='auto save' npm run test:e2e` runs only the matching integration tests.
        ...(process.env.LJ_INTEGRATION_GREP ? { LJ_INTEGRATION_GREP: process.env.LJ_INTEGRATION_GREP } : {}),
      },
      extraExtensions: [(extensionsDir) => {
        const target = join(extensionsDir, 'leadership-journal-tests.integration-runner-0.0.0');
        mkdirSync(target, { recursive: true });
        cpSync(join(__dirname, '..', 'integration', 'runner', 'package.json'), join(target, 'package.json'));
        cpSync(join(integrationOut, 'runner', 'extension.js'), join(target, 'extension.js'));
      }],
    });
    // The workbench's own warnings and errors (a failed save, a refused edit) are printed with any failure.
    session.page.on('console', (message) => {
      // (Not VS Code's own reports of its style policy or of the gallery it cannot reach offline.)
      if ((message.type() === 'error' || message.type() === 'warning') && !/Content Security Policy|open-vsx|ERR_NAME_NOT_RESOLVED|sandbox attribute/.test(message.text())) {
        workbenchLog.push(`[${message.type()}] ${message.text().slice(0, 500)}`);
      }
    });
    await waitForFile(results, 600_000);
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
    if (result.failed.length > 0) {
      console.log(`      The workbench's warnings and errors while the suite ran:\n${workbenchLog.map((line) => `        ${line}`).join('\n')}`);
    }
    assert.ok(result.passed.length + result.failed.length > 0, 'the suite ran at least one test');
    assert.deepEqual(result.failed.map((t) => t.title), []);
  });
});
