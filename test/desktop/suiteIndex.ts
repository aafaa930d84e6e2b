// Entry that @vscode/test-electron loads as `extensionTestsPath` in desktop VS Code: the same
// integration suite the code-server tier runs.
import { dirname, join } from 'node:path';
import { runSuite } from '../integration/runSuite';

export async function run(): Promise<void> {
  const suiteDir = join(__dirname, '..', 'suite');
  const mochaPath = dirname(require.resolve('mocha/package.json', { paths: [process.cwd(), join(__dirname, '..', '..', '..')] }));
  const result = await runSuite(suiteDir, mochaPath);
  for (const test of result.passed) {
    console.log(`  ✔ ${test.title}`);
  }
  for (const test of result.failed) {
    console.log(`  ✘ ${test.title}\n${test.error ?? ''}`);
  }
  console.log(`\n${result.passed.length} passed, ${result.failed.length} failed`);
  if (result.failed.length > 0) {
    throw new Error(`${result.failed.length} integration test(s) failed`);
  }
}
