// The CLI never hands a journal's control characters to the terminal (issue #18, item 8): file names
// and text from entries reach stdout and stderr with their control characters shown as escapes.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/run';
import { terminalJson, terminalSafe } from '../../../src/core/text/terminalSafe';
import { capture } from './captureIo';

/** Sets the terminal's title, clears the screen, reverses the text after it, and a C1 CSI. */
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u202e\u009b31m';
// eslint-disable-next-line no-control-regex -- what must never reach the terminal raw.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('cli: terminal-safe output', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'lj-terminal-'));
    mkdirSync(join(root, 'journal'));
    writeFileSync(join(root, 'journal', `${HOSTILE}.md`), '# Not an entry\n');
    writeFileSync(join(root, 'journal', '2026-11-23.md'), `---\ndate: 2026-11-23\n---\n# Monday ${HOSTILE}\n\nI explained why the change matters ${HOSTILE}.\n`);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('shows control characters as escapes', () => {
    assert.equal(terminalSafe(HOSTILE), '\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\x9b31m');
    assert.equal(terminalSafe('Ana María — tab\there'), 'Ana María — tab\\there');
    const json = terminalJson({ text: HOSTILE });
    assert.ok(!RAW.test(json), json);
    assert.deepEqual(JSON.parse(json), { text: HOSTILE }, 'still the same JSON');
  });

  it("names a skipped file on report's stderr with its control characters escaped", async () => {
    const { io, out, err } = capture({ disk: true });
    assert.equal(await run(['report', join(root, 'journal')], io), 0);
    const stderr = err.join('');
    assert.match(stderr, /\\x1b\]0;pwned\\x07\\x1b\[2J\\u202e\\x9b31m\.md: no date/);
    assert.ok(!RAW.test(stderr), JSON.stringify(stderr));
    assert.ok(!RAW.test(out.join('')), 'stdout');
  });

  it('prints classify FILE summaries and JSON lines with no raw control characters', async () => {
    const file = join(root, 'journal', '2026-11-23.md');
    for (const args of [['classify', file], ['classify', file, '--json'], ['classify', join(root, 'journal', `${HOSTILE}-missing.md`)]]) {
      const { io, out, err } = capture({ disk: true });
      await run(args, io);
      assert.ok(!RAW.test(out.join('')), `${args.join(' ')}: stdout ${JSON.stringify(out.join(''))}`);
      assert.ok(!RAW.test(err.join('')), `${args.join(' ')}: stderr ${JSON.stringify(err.join(''))}`);
    }
    const { io, out } = capture({ stdin: [JSON.stringify({ text: `Why it matters ${HOSTILE}` })] });
    await run(['classify', '--jsonl'], io);
    assert.ok(!RAW.test(out.join('')), out.join(''));
  });

  it('escapes an unknown command or option echoed back', async () => {
    const { io, err } = capture();
    assert.equal(await run([HOSTILE], io), 2);
    assert.ok(!RAW.test(err.join('')));
    const second = capture();
    assert.equal(await run(['report', `--${HOSTILE}`], second.io), 2);
    assert.ok(!RAW.test(second.err.join('')));
  });
});
