// `npm start`'s server asks for its password (issue #18, item 9), checked against the real
// code-server as a local attacker would try it: no browser, plain HTTP on loopback and the process
// list. Without the password every page is the login; a wrong password gets nothing; the right one
// gets a session that opens the workbench; the password is nowhere in the server's command line.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer, type RunningCodeServer } from '../../scripts/codeServer';
import { generatePassword } from '../../scripts/codeServerLaunch';

async function login(server: RunningCodeServer, password: string): Promise<Response> {
  return fetch(`${server.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password }).toString(),
  });
}

describe('npm start: code-server with a password', function () {
  this.timeout(120_000);
  let root: string;
  let server: RunningCodeServer;
  const password = generatePassword();

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'lj-start-auth-'));
    server = await startCodeServer({ password, workspace: root, extensionsDir: join(root, 'extensions'), userDataDir: join(root, 'user-data') });
  });
  after(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows a stranger the login page, not the workbench', async () => {
    const response = await fetch(server.workspaceUrl, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.match(response.headers.get('location') ?? '', /login/);
  });

  it('gives a wrong password no session', async () => {
    const response = await login(server, `${password}x`);
    assert.ok(!(response.headers.get('set-cookie') ?? '').includes('code-server-session'), 'no session cookie');
  });

  it('opens the workbench with the printed password', async () => {
    const response = await login(server, password);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    assert.match(cookie, /^code-server-session=./);
    const workbench = await fetch(server.workspaceUrl, { redirect: 'manual', headers: { cookie } });
    assert.equal(workbench.status, 200);
    assert.match(await workbench.text(), /workbench/i);
  });

  it('keeps the password out of the process list', () => {
    const cmdline = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8');
    assert.match(cmdline, /--auth\0password/);
    assert.match(cmdline, /127\.0\.0\.1:/);
    assert.ok(!cmdline.includes(password));
  });
});
