import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { extensionLayers, layerLines, roomOf } from '../../../scripts/extensionLayers';
import { useFileTrees } from '../../support/fileTrees';

describe('extension layers check', () => {
  /** A throw-away src/extension from `{ path: text }`. */
  const make = useFileTrees('lj-layers-');

  it('holds on the real src/extension: no import runs back up a floor', () => {
    const report = extensionLayers(join(__dirname, '..', '..', '..', 'src', 'extension'));
    assert.deepEqual(report.backEdges, [], layerLines(report).join('\n'));
    // The entry point is the top floor; the seam and the settings are below what uses them. The
    // journal room, which activation reads, is below the settings reader too: it owns the one setting
    // it reads (journal/journalFolderSetting.ts), and config.ts reads that setting from it.
    const top = Math.max(...report.floors.values());
    assert.equal(report.floors.get('extension'), top);
    assert.ok((report.floors.get('journal') ?? top) < (report.floors.get('entries') ?? 0));
    assert.ok((report.floors.get('journal') ?? top) < (report.floors.get('config') ?? 0));
    assert.ok((report.floors.get('config') ?? top) < (report.floors.get('entries') ?? 0));
    // The rooms of the features that read the index (issue 14): what they share sits below them all.
    const below = (lower: string, uppers: readonly string[]): void => {
      for (const upper of uppers) {
        assert.ok(report.floors.has(lower) && report.floors.has(upper), `${lower}, ${upper} are rooms`);
        assert.ok((report.floors.get(lower) ?? top) < (report.floors.get(upper) ?? 0), `${lower} is below ${upper}`);
      }
    };
    below('entries', ['webviews', 'people', 'search', 'reflect']);
    below('webviews', ['tagging', 'trends', 'people', 'reflect']);
    below('index', ['people', 'search', 'export', 'reflect', 'trends']);
    below('people', ['reflect', 'search', 'trends']);
    below('export', ['reflect']);
  });

  it('names a room by its folder, or by a top-level file without .ts or .web.ts', () => {
    assert.equal(roomOf('people/personPage.ts'), 'people');
    assert.equal(roomOf('config.ts'), 'config');
    assert.equal(roomOf('featuresModule.web.ts'), 'featuresModule');
  });

  it('computes floors from the imports, type-only and dynamic ones included', () => {
    const dir = make({
      'top.ts': "import { a } from './a/one';\nconst b = await import('./b/two');\n",
      'a/one.ts': "import type { C } from '../c';\nexport const a = 1;\n",
      'b/two.ts': "import { c } from '../c';\n",
      'c.ts': 'export const c = 1;\n',
    });
    const report = extensionLayers(dir);
    assert.deepEqual(report.backEdges, []);
    assert.deepEqual([...report.floors].sort(), [['a', 1], ['b', 1], ['c', 0], ['top', 2]]);
  });

  it('fails on a cycle, naming the fewest imports that run back up, with file and line', () => {
    const dir = make({
      'entries/opener.ts': "import { hook } from '../reflect/hook';\n",
      'reflect/hook.ts': "import { x } from '../journal';\n",
      'reflect/review.ts': "import { open } from '../entries/opener';\n",
      'reflect/person.ts': "\nimport { open } from '../entries/opener';\n",
      'journal.ts': 'export const x = 1;\n',
    });
    const report = extensionLayers(dir);
    assert.deepEqual(report.backEdges.map((edge) => `${edge.from}:${edge.line} ${edge.fromRoom} → ${edge.toRoom}`), ['entries/opener.ts:1 entries → reflect']);
    assert.ok(layerLines(report).includes('  entries/opener.ts:1 imports ../reflect/hook (entries → reflect, back up)'));
  });
});
