import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_LOG_NOTE, shippedChangelog } from '../../../scripts/shippedChangelog';

describe('the CHANGELOG the VSIX ships', () => {
  const changelog = readFileSync(join(__dirname, '..', '..', '..', 'CHANGELOG.md'), 'utf8');

  it('is the title, each version with its Highlights only, and a line saying where the full log is', () => {
    const shipped = shippedChangelog(changelog);
    const versions = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('## '));
    assert.ok(shipped.startsWith('# Changelog\n'));
    assert.deepEqual(versions(shipped), versions(changelog));
    assert.equal(shipped.split('\n### Highlights\n').length, versions(changelog).length + 1);
    assert.ok(shipped.endsWith(`\n${FULL_LOG_NOTE}\n`));
    // Every line shipped is CHANGELOG.md's own, as written; the developers' entries stay behind.
    const written = new Set(changelog.split('\n'));
    assert.deepEqual(shipped.split('\n').filter((line) => line !== FULL_LOG_NOTE && !written.has(line)), []);
    assert.ok(shipped.length < 8 * 1024, `${shipped.length} characters`);
    assert.ok(changelog.length > 10 * shipped.length);
  });

  it('keeps each version\'s Highlights, with headings inside fenced code as written, and drops the rest', () => {
    const text = [
      '# Changelog', '', 'Notable changes.', '',
      '## 0.2.0', '', '### Highlights', '- Tags explained.', '```markdown', '### not a heading', '```', '',
      '### Development log', '- measured 1.2 ms', '```', '## not a version', '```', '',
      '## 0.1.0', '- fixed before the summary', '### Highlights', '', '- First release.', '  Offline.', '', '### Fixed', '- a crash', '',
    ].join('\n');
    assert.equal(shippedChangelog(text), [
      '# Changelog', '', 'Notable changes.', '',
      '## 0.2.0', '', '### Highlights', '- Tags explained.', '```markdown', '### not a heading', '```', '',
      '## 0.1.0', '', '### Highlights', '', '- First release.', '  Offline.', '',
      FULL_LOG_NOTE, '',
    ].join('\n'));
  });

  it('fails the build on a version without Highlights, or with nothing under them', () => {
    assert.throws(() => shippedChangelog('# Changelog\n\n## 0.2.0\n### Highlights\n- A.\n\n## 0.1.0\n- dev\n'), /CHANGELOG\.md: "## 0\.1\.0" has no "### Highlights"/);
    assert.throws(() => shippedChangelog('# Changelog\n\n## 0.2.0\n### Highlights\n\n### Development log\n- dev\n'), /CHANGELOG\.md: "## 0\.2\.0" has nothing under "### Highlights"/);
    assert.throws(() => shippedChangelog('# Changelog\n\n- dev\n'), /CHANGELOG\.md has no "## " version/);
  });
});
