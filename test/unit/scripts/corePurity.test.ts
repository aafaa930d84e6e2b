import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCoreImpurities } from '../../../scripts/corePurity';

describe('core purity check', () => {
  it('passes on the real src/core', () => {
    assert.deepEqual(findCoreImpurities(join(__dirname, '..', '..', '..', 'src', 'core')), []);
  });

  it('reports vscode and fs imports, in every syntax, with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lj-purity-'));
    try {
      mkdirSync(join(dir, 'nested'));
      writeFileSync(join(dir, 'a.ts'), "import * as vscode from 'vscode';\n");
      writeFileSync(join(dir, 'nested', 'b.ts'), "const x = 1;\nimport { readFile } from \"node:fs/promises\";\nconst f = require('fs');\nconst g = await import('fs');\n");
      writeFileSync(join(dir, 'ok.ts'), "import { fsPath } from './fsPath';\nimport type { Foo } from './vscodeTypes';\n");
      assert.deepEqual(findCoreImpurities(dir).sort(), [
        'a.ts:1 imports vscode',
        'nested/b.ts:2 imports node:fs/promises',
        'nested/b.ts:3 imports fs',
        'nested/b.ts:4 imports fs',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
