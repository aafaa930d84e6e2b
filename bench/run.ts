// `npm run bench`: every figure the README records, measured and printed in one run — the tagger's
// accuracy (dev and held-out, beside a keyword baseline), its speed beside two reference loops over
// the same text, the index, the encrypted journal beside the plain one, and the bundle and load-time
// figures. Timings are wall-clock on this machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot, vscodeTestPaths } from '../scripts/vscodePaths';
import { formatAccuracyFigures, runAccuracyBench } from './accuracy';
import { formatCalendarFigures, runCalendarBench } from './calendarBench';
import { formatCliFigures, runCliBench } from './cliBench';
import { formatEncryptionFigures, runEncryptionBench } from './encryptionBench';
import { formatBundle, runBundleBench } from './bundle';
import { formatIndexFigures, runIndexBench } from './indexBench';
import { formatReportFigures, runReportBench } from './reportBench';
import { formatSpeedFigures, runSpeedBench } from './speed';

async function main(): Promise<void> {
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  console.log('== Tagger accuracy ==');
  console.log(formatAccuracyFigures(runAccuracyBench({ test: true })));
  console.log('\n== Tagger speed (one core) ==');
  console.log(formatSpeedFigures(await runSpeedBench()));
  console.log('\n== The CLI over JSON lines ==');
  console.log(formatCliFigures(runCliBench()));
  console.log('\n== The CLI report over a journal on disk (10,000 and 50,000 entries) ==');
  console.log(formatReportFigures(runReportBench()));
  console.log(`\n== Journal index (10,000 entries on disk), Node ${process.version} (this shell's node) ==`);
  console.log(formatIndexFigures(await runIndexBench()));
  // The extension's index runs in VS Code's extension host, on VS Code's own Node: here code-server's
  // Node 24 (.vscode-test). The same bench on that runtime, when it is installed.
  const hostNode = vscodeTestPaths().node;
  if (existsSync(hostNode)) {
    const version = execFileSync(hostNode, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`\n== Journal index, Node ${version} (the Node of code-server's extension host, where the extension runs) ==`);
    console.log(execFileSync(hostNode, ['--expose-gc', '--import', 'tsx', join(repoRoot, 'bench', 'indexBench.ts')], { encoding: 'utf8', cwd: repoRoot }).trim());
  }
  console.log('\n== Encrypted journal beside the plain one (10,000 entries on disk; issue #17) ==');
  console.log(formatEncryptionFigures(await runEncryptionBench()));
  console.log('\n== Calendar time audit (ten years of a busy calendar) ==');
  console.log(formatCalendarFigures(await runCalendarBench()));
  console.log('\n== Bundle ==');
  const bundle = await runBundleBench();
  console.log(formatBundle(bundle).join('\n'));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
