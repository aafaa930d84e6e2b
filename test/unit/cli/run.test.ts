import * as assert from 'node:assert/strict';
import { run } from '../../../src/cli/run';
import { capture } from './captureIo';

describe('cli run', () => {
  it('prints the path of a given date', async () => {
    const { io, out } = capture();
    assert.equal(await run(['path', '2024-02-29'], io), 0);
    assert.equal(out.join(''), '2024/02/2024-02-29.md\n');
  });

  it("prints today's path when no date is given", async () => {
    const { io, out } = capture();
    assert.equal(await run(['path'], io), 0);
    assert.equal(out.join(''), '2026/11/2026-11-23.md\n');
  });

  it('rejects an invalid date with a message on stderr and exit code 2', async () => {
    const { io, out, err } = capture();
    assert.equal(await run(['path', '2026-02-30'], io), 2);
    assert.equal(out.length, 0);
    assert.match(err.join(''), /"2026-02-30" is not a date/);
  });

  it('explains unknown commands and prints usage for --help', async () => {
    const bad = capture();
    assert.equal(await run(['frobnicate'], bad.io), 2);
    assert.match(bad.err.join(''), /unknown command "frobnicate"/);
    const help = capture();
    assert.equal(await run(['--help'], help.io), 0);
    assert.match(help.out.join(''), /^Usage: leadership-journal/);
    const version = capture();
    assert.equal(await run(['--version'], version.io), 0);
    assert.equal(version.out.join(''), '9.9.9\n');
  });

  it("says how --jobs chooses its default, for classify and report: the CPU time other processes use, not the load average", async () => {
    const help = capture();
    assert.equal(await run(['--help'], help.io), 0);
    const text = help.out.join('');
    // Each --jobs entry up to the next option (the default's words wrap over lines).
    const jobs = [...text.matchAll(/--jobs N([\s\S]*?)\n\s*--/g)].map((match) => match[1].replace(/\s+/g, ' '));
    assert.equal(jobs.length, 2, text);
    for (const entry of jobs) {
      assert.match(entry, /default: one per core other processes leave free, judged by the CPU time they use/);
      assert.match(entry, /at most 4/);
      assert.doesNotMatch(entry, /load average/);
    }
  });
});
