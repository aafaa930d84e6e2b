// Runs the integration suite with mocha inside a VS Code extension host, where the tests have the
// real `vscode` API. Used by the code-server runner extension and by the desktop launcher alike.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TestOutcome {
  readonly title: string;
  readonly durationMs: number;
  readonly error?: string;
}

export interface SuiteResult {
  readonly passed: readonly TestOutcome[];
  readonly failed: readonly TestOutcome[];
}

interface MochaRunner {
  on(event: 'pass' | 'fail', listener: (test: { fullTitle(): string; duration?: number }, error?: Error) => void): void;
}
interface MochaInstance {
  addFile(file: string): void;
  run(done: (failures: number) => void): MochaRunner;
}
type MochaConstructor = new (options: Record<string, unknown>) => MochaInstance;

/**
 * `suiteDir` holds the compiled `*.test.js` files; `mochaPath` is the project's mocha package folder;
 * `grep`, when given, runs only the tests whose full title matches it (for work on one test).
 */
export function runSuite(suiteDir: string, mochaPath: string, grep?: string): Promise<SuiteResult> {
  // The project's own mocha, loaded at run time: the extension host has no node_modules of its own.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require(mochaPath) as MochaConstructor;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: 'spec', color: false, ...(grep ? { grep } : {}) });
  for (const file of readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(suiteDir, file));
  }
  const passed: TestOutcome[] = [];
  const failed: TestOutcome[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed, failed }));
    runner.on('pass', (test) => passed.push({ title: test.fullTitle(), durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error) => failed.push({
      title: test.fullTitle(),
      durationMs: test.duration ?? 0,
      error: error?.stack ?? String(error),
    }));
  });
}
