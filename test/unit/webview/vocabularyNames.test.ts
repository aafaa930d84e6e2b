// The names both webviews show for the tagger's ids and the sides: the core vocabulary's, through the
// webviews' translation (@vscode/l10n, English and German here), with a readable fallback for an id
// the view does not know; and a share as percent, as the core's text helpers write it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS, SIDES, STYLES, TRAPS } from '../../../src/core/tagger/vocabulary';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS, type TrapId } from '../../../src/core/tagger/types';
import * as explain from '../../../src/webview/explain/names';
import { useL10n } from '../../../src/webview/language';
import * as trends from '../../../src/webview/trends/format';
import { vocabularyNames } from '../../../src/webview/vocabularyNames';

describe('webview: the vocabulary names', () => {
  const german = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
  beforeEach(() => useL10n({ locale: 'en', bundle: null }));
  after(() => useL10n({ locale: 'en', bundle: null }));

  it('names every trap, function and style as the core table does, in both webviews', () => {
    for (const names of [trends, explain]) {
      for (const id of TRAP_IDS) {
        assert.equal(names.trapName(id), TRAPS[id].name);
        assert.equal(names.trapHint(id), TRAPS[id].meaning);
      }
      for (const id of FUNCTION_IDS) {
        assert.equal(names.functionName(id), FUNCTIONS[id].name);
      }
      for (const id of STYLE_IDS) {
        assert.equal(names.styleName(id), STYLES[id].name);
      }
    }
    assert.equal(trends.sideName('leading'), SIDES.leading.name);
  });

  it('names them in the language posted last, as the German entries do', () => {
    assert.equal(trends.trapName('taskmaster-manager'), 'Taskmaster manager');
    useL10n({ locale: 'de', bundle: german });
    for (const names of [trends, explain]) {
      assert.equal(names.trapName('taskmaster-manager'), TRAPS['taskmaster-manager'].de.name);
      assert.equal(names.trapHint('micromanaging-leader'), TRAPS['micromanaging-leader'].de.meaning);
      assert.equal(names.functionName('controlling'), FUNCTIONS.controlling.de.name);
      assert.equal(names.styleName('coaching'), STYLES.coaching.de.name);
    }
    assert.equal(trends.sideName('managing'), 'Managen');
    assert.equal(trends.percentLabel(0.5), '50 %');
  });

  it('writes a share as the locale\'s percent, a dash for nothing tagged', () => {
    assert.equal(trends.percentLabel(0.624), '62 %');
    assert.equal(explain.percentLabel(1), '100 %');
    assert.equal(trends.percentLabel(null), '—');
  });

  it('gives an id from a newer tagger a readable name and no hint', () => {
    const names = vocabularyNames({ t: (message, ...args) => `${message}(${args.join(',')})` });
    const newer = 'meeting-hoarder' as TrapId;
    assert.equal(names.trapName(newer), 'Meeting hoarder');
    assert.equal(names.trapHint(newer), '');
    assert.equal(names.trapName('taskmaster-manager'), 'Taskmaster manager()');
    assert.equal(names.percentLabel(0.5), '{0} %(50)');
  });
});
