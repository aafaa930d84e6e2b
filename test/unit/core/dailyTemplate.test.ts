import * as assert from 'node:assert/strict';
import { scaffoldDailyEntry } from '../../../src/core/entries/dailyTemplate';

describe('scaffoldDailyEntry', () => {
  const entry = scaffoldDailyEntry({ year: 2026, month: 11, day: 23 });
  const lines = entry.text.split('\n');

  it('starts with front matter the product owns', () => {
    assert.deepEqual(lines.slice(0, 4), ['---', 'date: 2026-11-23', 'kind: daily', '---']);
  });

  it('titles the entry with the weekday and date', () => {
    assert.ok(lines.includes('# Monday, 2026-11-23'));
  });

  it('puts the cursor on an empty answer line right after the first prompt', () => {
    assert.equal(lines[entry.cursorLine], '');
    const promptLine = lines.slice(0, entry.cursorLine).reverse().find((line) => line.startsWith('## '));
    assert.ok(promptLine, 'a prompt heading precedes the cursor');
    assert.equal(lines.findIndex((line) => line.startsWith('## ')), lines.indexOf(promptLine));
  });

  it('uses LF line endings and ends with exactly one newline', () => {
    assert.ok(!entry.text.includes('\r'));
    assert.ok(entry.text.endsWith('\n') && !entry.text.endsWith('\n\n'));
  });
});
