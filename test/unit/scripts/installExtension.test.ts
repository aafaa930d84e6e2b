import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { installUnpacked } from '../../../scripts/installExtension';
import { shippedChangelog } from '../../../scripts/shippedChangelog';
import { CONTRIBUTOR_SECTIONS, shippedReadme } from '../../../scripts/shippedReadme';

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(folder, path)).isFile())
    .map((path) => relative(folder, join(folder, path)).split('\\').join('/'))
    .sort();
}

describe('the unpacked install (`npm start`)', function () {
  this.timeout(30000);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lj-install-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('holds what the VSIX holds (.vscodeignore applied) and the README and CHANGELOG the VSIX ships', async () => {
    write(root, 'package.json', JSON.stringify({ name: 'x', publisher: 'p', version: '1.2.3', engines: { vscode: '^1.100.0' }, main: './dist/extension.js', activationEvents: [] }));
    write(root, '.vscodeignore', ['**', '!package.json', '!dist/extension.js', '!media/*.css', '!media/icon/icon.png', '!dist/CHANGELOG.md', 'dist/**/*.map', ''].join('\n'));
    write(root, 'dist/extension.js', 'exports.activate = () => {};');
    write(root, 'dist/extension.js.map', '{}');
    write(root, 'dist/cli.js', '');
    write(root, 'media/view.css', 'a{}');
    write(root, 'media/icon/icon.png', 'png');
    write(root, 'media/icon/icon.svg', '<svg/>');
    write(root, 'src/extension.ts', '');
    const readme = ['# X', '', '## Features', 'f', ...CONTRIBUTOR_SECTIONS.flatMap((heading) => [`## ${heading}`, 'for contributors']), ''].join('\n');
    write(root, 'README.md', readme);
    const changelog = ['# Changelog', '', '## 1.2.3', '### Highlights', '- for users', '### Development log', '- for developers', ''].join('\n');
    write(root, 'CHANGELOG.md', changelog);
    // A production build's copy, which vsce ships as the Changelog (--changelog-path), not as a file of dist/.
    write(root, 'dist/CHANGELOG.md', 'an older build');
    const extensions = join(root, 'extensions');
    const folder = await installUnpacked(extensions, root);
    assert.equal(folder, join(extensions, 'p.x-1.2.3'));
    assert.deepEqual(filesUnder(folder), ['CHANGELOG.md', 'README.md', 'dist/extension.js', 'media/icon/icon.png', 'media/view.css', 'package.json']);
    assert.equal(readFileSync(join(folder, 'README.md'), 'utf8'), shippedReadme(readme));
    assert.equal(readFileSync(join(folder, 'CHANGELOG.md'), 'utf8'), shippedChangelog(changelog));
    assert.ok(!readFileSync(join(folder, 'CHANGELOG.md'), 'utf8').includes('for developers'));
  });
});
