// What `npm start` hands to code-server (issue #18, item 9): loopback only, password mode with the
// password in the environment and never in argv (the process list), and nothing inherited that
// could replace it.
import * as assert from 'node:assert/strict';
import { codeServerLaunch, generatePassword, MIN_PASSWORD_LENGTH } from '../../../scripts/codeServerLaunch';

const DIRS = { workspace: '/w/journal', extensionsDir: '/w/ext', userDataDir: '/w/data' };
const PARENT = { PATH: '/usr/bin', HOME: '/home/dev', PASSWORD: 'inherited', HASHED_PASSWORD: '$argon2i$inherited', UNSET: undefined };

function flag(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
}

describe('code-server launch', () => {
  it('runs in password mode with the password in the environment only', () => {
    const password = generatePassword();
    const launch = codeServerLaunch('/cs/entry.js', 41935, { ...DIRS, password }, PARENT);
    assert.equal(flag(launch.args, '--auth'), 'password');
    assert.equal(flag(launch.args, '--bind-addr'), '127.0.0.1:41935');
    assert.ok(!launch.args.some((arg) => arg.includes(password)), 'the password is not in argv');
    assert.ok(!launch.args.includes('--password') && !launch.args.includes('--hashed-password'));
    assert.equal(launch.env.PASSWORD, password);
    assert.equal(launch.env.HASHED_PASSWORD, undefined, 'an inherited hashed password would win over ours');
    assert.equal(launch.env.PATH, '/usr/bin');
    assert.ok(!('UNSET' in launch.env));
    assert.equal(launch.env.CODE_SERVER_CONFIG, '/w/data/code-server.yaml', "the developer's own config file is neither read nor written");
    assert.equal(launch.args[0], '/cs/entry.js');
    assert.equal(launch.args.at(-1), '/w/journal');
  });

  it('binds loopback only, whatever else is passed', () => {
    for (const options of [DIRS, { ...DIRS, password: generatePassword(), args: ['--locale', 'de'], noFolder: true }]) {
      const args = codeServerLaunch('/cs/entry.js', 8080, options, {}).args;
      assert.deepEqual(args.filter((arg) => arg === '--bind-addr'), ['--bind-addr']);
      assert.equal(flag(args, '--bind-addr'), '127.0.0.1:8080');
      assert.ok(!args.includes('--link') && !args.includes('--host'));
    }
  });

  it('turns authentication off only when no password is given, and then passes no inherited password on', () => {
    const launch = codeServerLaunch('/cs/entry.js', 1, DIRS, PARENT);
    assert.equal(flag(launch.args, '--auth'), 'none');
    assert.equal(launch.env.PASSWORD, undefined);
    assert.equal(launch.env.HASHED_PASSWORD, undefined);
  });

  it('refuses a short password', () => {
    assert.throws(() => codeServerLaunch('/cs/entry.js', 1, { ...DIRS, password: 'secret' }, {}), /at least 16/);
  });

  it('makes a fresh, long, URL-safe password each time', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    assert.equal(passwords.size, 50);
    for (const password of passwords) {
      assert.match(password, /^[A-Za-z0-9_-]{24}$/);
      assert.ok(password.length >= MIN_PASSWORD_LENGTH);
    }
  });
});
