import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { createTagger } from '../../../src/core/tagger/tagger';
import { indexItem } from '../../../src/core/index/indexItem';
import { createRecordPool } from '../../../src/node/recordPool';

const ROOT = join(__dirname, '..', '..', '..');

function entry(day: number, body: string): { path: string; text: string } {
  const date = `2026-03-${String(day).padStart(2, '0')}`;
  return { path: `2026/03/${date}.md`, text: `---\ndate: ${date}\nkind: daily\n---\n\n${body}\n` };
}

describe('index records on worker threads', function () {
  this.timeout(30_000);
  let dir: string;
  let workerFile: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-pool-'));
    const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: ROOT } as const;
    await esbuild.build({ ...common, entryPoints: ['src/extension/tagging/taggerBundle.ts'], outfile: join(dir, 'tagger.js') });
    await esbuild.build({ ...common, entryPoints: ['src/node/recordWorker.ts'], outfile: join(dir, 'recordWorker.js') });
    workerFile = join(dir, 'recordWorker.js');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same records as the calling thread, in the order asked, across many batches', async () => {
    const jobs = Array.from({ length: 250 }, (_, i) => (i % 7 === 3
      ? { path: `notes/${i}.md`, text: 'No front matter and no date in the name.\n' }
      : entry(1 + (i % 28), i % 2 === 0 ? 'I explained why the change matters to @Ana.\n\n## Next\n\n- [ ] Ask Tom what he needs' : 'Booked the van and chased the invoice by Friday.')));
    const pool = createRecordPool(workerFile, 2);
    try {
      const results = await pool.records(jobs, {});
      const tagger = createTagger();
      assert.deepEqual(results, jobs.map((job) => indexItem(job.path, job.text, (text) => tagger.tag(text))));
      assert.ok(results.some((item) => !item.record.ok) && results.some((item) => item.record.ok && item.record.entry.label === 'why'));
      assert.deepEqual(results[0]?.facts.mentions, ['Ana']);
      assert.deepEqual(results[0]?.facts.commitments.map((c) => [c.text, c.done]), [['Ask Tom what he needs', false]]);
    } finally {
      await pool.dispose();
    }
  });

  it('passes the extra terms of the settings to the workers\' tagger', async () => {
    const pool = createRecordPool(workerFile, 1);
    try {
      const [plain] = await pool.records([entry(2, 'Wrote the zorblat.')], {});
      const [custom] = await pool.records([entry(2, 'Wrote the zorblat.')], { howTerms: ['zorblat'] });
      assert.ok(plain?.record.ok && custom?.record.ok);
      assert.equal(plain.record.entry.label, 'unclear');
      assert.equal(custom.record.entry.label, 'how');
    } finally {
      await pool.dispose();
    }
  });

  it('warms up, rests (ending its workers) and starts again on the next call, with the same results', async () => {
    const pool = createRecordPool(workerFile, 2);
    try {
      pool.warm({});
      const first = await pool.records([entry(4, 'I explained why the change matters.')], {});
      await pool.rest();
      const again = await pool.records([entry(4, 'I explained why the change matters.')], {});
      assert.deepEqual(again, first);
      assert.equal(again[0]?.record.ok && again[0].record.entry.label, 'why');
    } finally {
      await pool.dispose();
    }
  });

  it('sends a worker its next batch while it still makes one, so it never waits for this thread between batches', async () => {
    // A worker that answers a request only once the next one has reached it (or, failing that, after
    // two seconds), saying in each record how many requests it had been sent by then.
    const holding = join(dir, 'holding.js');
    writeFileSync(holding, `
      const { parentPort } = require('node:worker_threads');
      const held = [];
      let received = 0;
      const answer = () => {
        const request = held.shift();
        parentPort.postMessage({ id: request.id, results: request.jobs.map(() => ({ record: { ok: false, reason: 'received ' + received } })) });
        wait();
      };
      const wait = () => { const first = held[0]; if (first) setTimeout(() => { if (held[0] === first) answer(); }, 2000); };
      parentPort.on('message', (request) => { received++; held.push(request); if (held.length > 1) answer(); else wait(); });
    `);
    const pool = createRecordPool(holding, 1);
    try {
      const jobs = Array.from({ length: 300 }, (_, i) => entry(1 + (i % 28), 'Anything.'));
      const results = await pool.records(jobs, {}, false);
      const reasons = [...new Set(results.map((item) => (item.record.ok ? '' : item.record.reason)))];
      assert.deepEqual(reasons, ['received 2', 'received 3']); // The third batch is answered alone, after its wait.
    } finally {
      await pool.dispose();
    }
  });

  it('starts its workers with the Node options asked for, or with the process\'s own', async () => {
    const telling = join(dir, 'telling.js');
    writeFileSync(telling, `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (request) => parentPort.postMessage({ id: request.id, results: request.jobs.map(() => ({ record: { ok: false, reason: JSON.stringify(process.execArgv) } })) }));
    `);
    const told = async (options: { execArgv?: readonly string[] }): Promise<string> => {
      const pool = createRecordPool(telling, 1, options);
      try {
        const [item] = await pool.records([entry(4, 'Anything.')], {}, false);
        return item?.record.ok === false ? item.record.reason : '';
      } finally {
        await pool.dispose();
      }
    };
    assert.equal(await told({ execArgv: ['--no-deprecation'] }), '["--no-deprecation"]');
    assert.equal(await told({}), JSON.stringify(process.execArgv));
  });

  it('rejects, and keeps rejecting, when a worker cannot run, so the index falls back to its own thread', async () => {
    const broken = join(dir, 'broken.js');
    writeFileSync(broken, 'throw new Error("cannot start");\n');
    const pool = createRecordPool(broken, 1);
    try {
      await assert.rejects(pool.records([entry(3, 'Anything.')], {}));
      await assert.rejects(pool.records([entry(3, 'Anything.')], {}));
    } finally {
      await pool.dispose();
    }
  });
});
