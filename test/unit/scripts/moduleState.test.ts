// scripts/moduleState.ts: no module of src/extension keeps mutable state at module scope outside the
// allow-list (the bundle caches) — on the real src/extension, and on planted examples that must fail.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { MODULE_STATE_ALLOWED, moduleStateIn, moduleStateProblems } from '../../../scripts/moduleState';
import { useFileTrees } from '../../support/fileTrees';

describe('module-level state check (scripts/moduleState.ts)', function () {
  this.timeout(30_000); // Parses every file of src/extension.
  /** A throw-away src/extension from `{ path: text }`. */
  const make = useFileTrees('lj-state-');

  it('holds on the real src/extension: state only in the bundle caches it allows', () => {
    assert.deepEqual(moduleStateProblems(join(__dirname, '..', '..', '..', 'src', 'extension')), []);
    for (const key of Object.keys(MODULE_STATE_ALLOWED)) {
      assert.match(key, /Module\.ts: loaded$|yamlShim\.ts: loaded$/, 'the allow-list holds bundle caches only');
    }
  });

  it('fails on a planted module-level let, and on a Map, Set, array or object the module writes to', () => {
    const dir = make({
      'people/counter.ts': 'let count = 0;\nexport function next(): number {\n  return ++count;\n}\n',
      'people/seen.ts': "const seen = new Set<string>();\nexport function once(name: string): boolean {\n  if (seen.has(name)) return false;\n  seen.add(name);\n  return true;\n}\n",
      'search/cache.ts': 'const byQuery = new Map<string, number>();\nexport const remember = (q: string, n: number): void => { byQuery.set(q, n); };\n',
      'search/log.ts': 'const lines: string[] = [];\nexport function log(line: string): void { lines.push(line); }\n',
      'search/last.ts': 'const last = { query: "" };\nexport function search(q: string): void { last.query = q; }\n',
      'search/hits.ts': 'const hits: Record<string, number> = {};\nexport function hit(q: string): void { hits[q]++; }\n',
    });
    assert.deepEqual(moduleStateProblems(dir, {}).sort(), [
      'people/counter.ts:1 count (let)',
      'people/seen.ts:1 seen (const changed through .add(…))',
      'search/cache.ts:1 byQuery (const changed through .set(…))',
      'search/hits.ts:1 hits (const changed through ++/--)',
      'search/last.ts:1 last (const changed through .query =)',
      'search/log.ts:1 lines (const changed through .push(…))',
    ]);
  });

  it('passes tables that are only read, and state kept inside a function or a class', () => {
    const dir = make({
      'entries/kinds.ts': "export const SEVERAL = new Set(['decision']);\nconst ORDER = ['a', 'b'];\nexport const first = (): string | undefined => ORDER[0];\nexport const has = (k: string): boolean => SEVERAL.has(k);\n",
      'people/command.ts': 'export function register(): () => void {\n  let runs = 0;\n  const seen = new Set<string>();\n  return () => { runs++; seen.add(String(runs)); };\n}\n',
      'search/index.ts': 'export class Index {\n  private readonly rows = new Map<string, number>();\n  add(k: string): void { this.rows.set(k, 1); }\n}\n',
    });
    assert.deepEqual(moduleStateProblems(dir, {}), []);
  });

  it('lets the allow-list through by file and name, and fails an entry that declares nothing any more', () => {
    const dir = make({ 'lazy/bundleModule.ts': 'let loaded: object | undefined;\nexport const bundle = (): object => (loaded ??= {});\n' });
    assert.deepEqual(moduleStateProblems(dir, { 'lazy/bundleModule.ts: loaded': 'a bundle cache' }), []);
    assert.deepEqual(moduleStateProblems(dir, { 'lazy/bundleModule.ts: loaded': 'a bundle cache', 'lazy/gone.ts: loaded': 'a bundle cache' }), [
      'lazy/gone.ts: loaded is allowed but no longer declared: remove it from MODULE_STATE_ALLOWED',
    ]);
    assert.deepEqual(moduleStateProblems(dir, { 'lazy/other.ts: loaded': 'a bundle cache' }), [
      'lazy/bundleModule.ts:1 loaded (let)',
      'lazy/other.ts: loaded is allowed but no longer declared: remove it from MODULE_STATE_ALLOWED',
    ]);
  });

  it('names each name of a destructured let, with its line', () => {
    assert.deepEqual(moduleStateIn('a.ts', '// header\nlet { x, y } = { x: 1, y: 2 };\nvar z = 3;\n').map((s) => `${s.line} ${s.name} ${s.how}`), ['2 x let', '2 y let', '3 z var']);
  });
});
