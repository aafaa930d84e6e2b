import * as assert from 'node:assert/strict';
import { entryKindsFor } from '../../../../src/core/entries/localizedKinds';
import { templateFile, templateKind, templateNews } from '../../../../src/extension/entries/templatePlan';

describe('Customize Template… decisions (templatePlan.ts)', () => {
  it('opens the template of the kind given, in the entries\' language, and asks when none or an unknown one is given', () => {
    const english = templateKind(entryKindsFor('en'), 'one-on-one');
    assert.ok(english !== 'ask');
    assert.equal(english.id, 'one-on-one');
    const german = templateKind(entryKindsFor('de'), 'daily');
    assert.ok(german !== 'ask');
    assert.notEqual(german.body, (templateKind(entryKindsFor('en'), 'daily') as { body: string }).body, 'the German body, not the English one');
    assert.equal(templateKind(entryKindsFor('en'), undefined), 'ask');
    assert.equal(templateKind(entryKindsFor('en'), 'diary'), 'ask');
  });

  it("creates the template at .templates/<kind>.md in the journal, starting as the kind's built-in body", () => {
    const [daily] = entryKindsFor('en');
    assert.ok(daily);
    assert.deepEqual(templateFile(daily), { path: ['.templates', `${daily.id}.md`], body: daily.body });
  });

  it('tells how templates work only when it has just created one, naming every variable', () => {
    assert.equal(templateNews('created'), '{{date}} {{weekday}} {{longdate}} {{week}} {{person}} {{prompt}} {{kind}}');
    assert.equal(templateNews('existed'), undefined, 'an existing template is opened as it is, silently');
  });
});
