import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { AGE_ALIAS } from '../scripts/ageAlias';
import { repoRoot } from '../scripts/vscodePaths';
import { utf8 } from '../src/core/crypto/bytes';
import { encryptJournal } from '../src/core/encryption/encryptJournal';
import { sealingOf } from '../src/core/encryption/journalUnlock';
import { unlockJournal } from '../src/core/encryption/unlockJournal';
import { nodeJournalFs } from '../src/node/encryption/nodeJournalFs';
import { nodeMigrationHost } from '../src/node/encryption/nodeMigrationHost';
import { journalCorpus } from './corpus';
import { nodeDiskProvider } from './nodeDiskProvider';

async function main() {
  const count = Number(process.argv[2] ?? 10000);
  const work = mkdtempSync(join(tmpdir(), 'lj-diag-'));
  const dir = join(work, 'enc'); mkdirSync(dir);
  await encryptJournal(nodeMigrationHost(dir, { workFactor: 10 }), { credential: { kind: 'passphrase', passphrase: 'x' } });
  const u = await unlockJournal(nodeJournalFs(dir), { kind: 'passphrase', passphrase: 'x' });
  if (!u.ok) throw new Error(u.message);
  const texts = journalCorpus(count, 7);
  const paths = texts.map((_, i) => `${String(2000 + Math.floor(i / 365))}/${String(i).padStart(5, '0')}.md`);
  const s = sealingOf(u.journal.keys);
  for (const [i, t] of texts.entries()) { const f = join(dir, paths[i] + '.age'); mkdirSync(dirname(f), { recursive: true }); writeFileSync(f, await s.seal(utf8(t))); }
  await esbuild.build({ bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: repoRoot,
    stdin: { contents: "export { EncryptedJournalProvider } from './src/extension/encryption/encryptedJournalProvider';\nexport * as vscode from './test/support/vscodeStub';", resolveDir: repoRoot, sourcefile: 'p.ts', loader: 'ts' },
    alias: { ...AGE_ALIAS, vscode: './test/support/vscodeStub.ts' }, outfile: join(work, 'p.js') });
  const p = require(join(work, 'p.js'));
  p.vscode.stub.providers.set('file', nodeDiskProvider(p.vscode.FileType));
  const prov = new p.EncryptedJournalProvider();
  p.vscode.stub.providers.set('ljencrypted', prov);
  const root = prov.mount('journal', p.vscode.Uri.from({ scheme: 'file', path: dir }), u.journal, nodeJournalFs(dir));
  const view = (prov as any).mounts.get('journal').view; const tree = (prov as any).mounts.get('journal').tree;
  const uri = p.vscode.Uri.joinPath(root, ...paths[5000 % count].split('/'));
  const T = async (label: string, f: () => Promise<unknown>) => { const t = performance.now(); await f(); console.log(label, (performance.now() - t).toFixed(2)); };
  await T('first readDirectory (list)', () => prov.readDirectory(root));
  for (let r = 0; r < 3; r++) {
    await T('tree.kind cached', () => tree.kind(paths[5000 % count]));
    await T('view.write', () => view.write(paths[5000 % count], utf8(texts[5000 % count] + r)));
    tree.invalidate();
    await T('tree relist', () => tree.kind(paths[5000 % count]));
    await T('stat (size unknown -> decrypt)', () => prov.stat(uri));
    await T('stat again', () => prov.stat(uri));
    await T('provider.writeFile', () => prov.writeFile(uri, utf8(texts[5000 % count] + r + 'x'), { create: false, overwrite: true }));
    await T('provider.stat after', () => prov.stat(uri));
  }
}
main();
