// Throw-away folders of source files for the tests of the checks that read a tree (scripts/
// extensionLayers.ts, scripts/moduleState.ts): call it in a `describe`; each call of what it returns
// writes `{ path: text }` into a fresh folder under the system's temp folder and returns the folder,
// and every folder made is removed after the describe's tests.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function useFileTrees(prefix: string): (files: Readonly<Record<string, string>>) => string {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (files) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
}
