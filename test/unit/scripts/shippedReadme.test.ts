import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRIBUTOR_SECTIONS, shippedReadme } from '../../../scripts/shippedReadme';

describe('the README the VSIX ships', () => {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

  it('is README.md without the contributors\' sections, with one note in their place, every other line as written', () => {
    const shipped = shippedReadme(readme);
    for (const heading of CONTRIBUTOR_SECTIONS) {
      assert.ok(readme.includes(`\n## ${heading}\n`), heading);
      assert.ok(!shipped.includes(`\n## ${heading}\n`), heading);
    }
    assert.equal(shipped.split('\n## For contributors\n').length, 2);
    for (const heading of ['Features', 'Reliability', 'Install in desktop VS Code', 'Privacy']) {
      assert.ok(shipped.includes(`\n## ${heading}\n`), heading);
    }
    const kept = new Set(shipped.split('\n'));
    const before = readme.split('\n').filter((line) => kept.has(line));
    assert.ok(shipped.length < readme.length);
    assert.ok(before.length > 0.5 * readme.split('\n').length);
  });

  it('leaves headings inside fenced code alone, and fails when a contributors\' section is missing', () => {
    const text = ['# T', '', '## Features', '```markdown', '## Layout', '```', ...CONTRIBUTOR_SECTIONS.flatMap((heading) => [`## ${heading}`, 'x']), '## Privacy', 'p', ''].join('\n');
    assert.equal(shippedReadme(text), ['# T', '', '## Features', '```markdown', '## Layout', '```', '## For contributors', '', "How the tests work, the measured figures (speed, size, the tagger's accuracy), the source layout,", 'how to contribute and the dependencies are described in the README of the source repository; the', 'copy shipped with the extension leaves them out.', '', '## Privacy', 'p', ''].join('\n'));
    assert.throws(() => shippedReadme('# T\n\n## Features\n'), /no section "## How the tests work", "## Figures", "## Layout", "## Contributing", "## Dependencies, and why"/);
  });
});
