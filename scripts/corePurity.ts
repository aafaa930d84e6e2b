// The rule that keeps the core portable: nothing under src/core imports `vscode` or the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const FORBIDDEN = /^(vscode|fs|fs\/promises|node:fs|node:fs\/promises)$/;
/** An import's specifier in any syntax: `from '…'`, `import('…')`, `require('…')`, `import '…'`. */
export const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Every `.ts` file under `dir`, depth first. */
export function* typeScriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* typeScriptFiles(path);
    } else if (entry.name.endsWith('.ts')) {
      yield path;
    }
  }
}

/** `file:line imports x` for every forbidden import under `coreDir`; empty when the core is pure. */
export function findCoreImpurities(coreDir: string): string[] {
  const found: string[] = [];
  for (const file of typeScriptFiles(coreDir)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? '';
      if (FORBIDDEN.test(specifier)) {
        const line = text.slice(0, match.index).split('\n').length;
        found.push(`${relative(coreDir, file)}:${line} imports ${specifier}`);
      }
    }
  }
  return found;
}
