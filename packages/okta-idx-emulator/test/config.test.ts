import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, createEmulator, defaultConfig, loadConfig, resolveConfig } from '../src/index.js';
import { DEMO, newEmulator, signIn } from './helpers.js';

const resolve = (input: unknown) => resolveConfig(input, defaultConfig);
const rejects = (input: unknown, message: string | RegExp) =>
  assert.throws(() => resolve(input), (error: unknown) => {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });

describe('config validation', () => {
  it('fills every missing field from the default config', () => {
    const config = resolve({ identifierFirst: false });
    assert.equal(config.identifierFirst, false);
    assert.equal(config.clients[0].clientId, 'okta-elements-demo');
    assert.deepEqual(config.users.slice(0, 3).map((u) => u.identifier), ['demo@example.com', 'new@example.com', 'mary@example.com']);
    assert.equal(config.lifetimes.interactionCodeSeconds, 60);
    assert.equal(config.passwordRecovery, true);
    assert.deepEqual(config.passwordPolicy.recovery.authenticators, ['okta_email', 'phone_number', 'okta_verify', 'security_question']);
  });

  it('merges a partial password policy into the defaults', () => {
    const config = resolve({ passwordPolicy: { complexity: { minLength: 12 } } });
    assert.equal(config.passwordPolicy.complexity.minLength, 12);
    assert.equal(config.passwordPolicy.complexity.minSymbol, 1);
    assert.equal(config.passwordPolicy.age.historyCount, 4);
  });

  it('generates a stable id for a user without one', () => {
    const a = resolve({ users: [{ identifier: 'Zoe@Example.com', password: 'x' }] }).users[0];
    const b = resolve({ users: [{ identifier: 'zoe@example.com', password: 'y' }] }).users[0];
    assert.match(a.id, /^00u[0-9A-Za-z]{17}$/);
    assert.equal(a.id, b.id);
    assert.notEqual(a.id, resolve({ users: [{ identifier: 'someone@example.com', password: 'x' }] }).users[0].id);
  });

  it('names the offending field', () => {
    rejects({ users: [{ identifier: 'a@example.com', password: 'x' }, { identifier: '', password: 'x' }] },
      'config.users[1].identifier must be a non-empty string');
    rejects({ users: [{ identifier: 'a@example.com' }], identifierFirst: 'yes' }, 'config.identifierFirst must be true or false');
    rejects({ lifetimes: { interactionCodeSeconds: 0 } }, 'config.lifetimes.interactionCodeSeconds must be an integer >= 1');
    rejects({ clients: [{ clientId: 'x' }] }, /^config\.clients\[0\]\.redirectUris is required/);
    rejects({ trustedOrigins: ['http://localhost:8080/'] }, /^config\.trustedOrigins\[0\] must be an origin without a path/);
    rejects({ passwordPolicy: { complexity: { minLength: -1 } } }, 'config.passwordPolicy.complexity.minLength must be an integer >= 0');
    rejects([], 'config must be an object');
  });

  it('reports every problem at once, one line each', () => {
    rejects({ identifierFirst: 'yes', lifetimes: { idTokenSeconds: 0 } },
      'config.identifierFirst must be true or false\nconfig.lifetimes.idTokenSeconds must be an integer >= 1');
  });

  it('names a broken default as such', () => {
    assert.throws(() => resolveConfig({}, { orgName: '' }), { name: 'ConfigError', message: 'defaults.orgName must be a non-empty string' });
  });

  it('refuses unknown settings instead of silently ignoring a typo', () => {
    rejects({ identiferFirst: false }, /^config\.identiferFirst is not a known setting/);
    rejects({ users: [{ identifier: 'a@example.com', passwrd: 'x' }] }, /^config\.users\[0\]\.passwrd is not a known setting/);
  });

  it('refuses redirect URIs and origins that could never match, instead of letting them fail silently', () => {
    const client = (redirectUris: string[]) => ({ clients: [{ clientId: 'c', redirectUris }] });
    rejects(client(['http://*:8080/cb']), /^config\.clients\[0\]\.redirectUris\[0\] can never match: .* \(got "http:\/\/\*:8080\/cb"\)$/);
    rejects(client(['https://ex*ample.com/cb']), /redirectUris\[0\] can never match/);
    rejects(client(['http://user@localhost:8080/cb']), /redirectUris\[0\] can never match/);
    rejects({ trustedOrigins: ['https://*.com'] }, /^config\.trustedOrigins\[0\] can never match/);
    assert.equal(resolve(client(['https://*.example.com/cb', 'http://localhost:*/**', 'com.example.app:/callback'])).clients.length, 1);
  });

  it('refuses contradictory and duplicate users', () => {
    rejects({ users: [{ identifier: 'a@example.com' , mustEnrollPassword: false }] },
      /^config\.users\[0\]\.password is missing/);
    rejects({ users: [{ identifier: 'a@example.com', password: 'x', mustEnrollPassword: true }] },
      /^config\.users\[0\]\.password must be null when mustEnrollPassword is true/);
    rejects({ users: [{ identifier: 'a@example.com', password: 'x' }, { identifier: 'A@example.com', password: 'y' }] },
      'config.users[1].identifier "A@example.com" is already used by users[0]');
    rejects({ clients: [{ clientId: 'c', redirectUris: ['http://x/*'] }, { clientId: 'c', redirectUris: ['http://x/*'] }] },
      'config.clients[1].clientId "c" is used twice');
  });

  it('makes createEmulator reject an invalid config', async () => {
    await assert.rejects(createEmulator({ users: [{ identifier: 42 as unknown as string }] }), ConfigError);
  });

  it('keeps the demo users working with the default config', async () => {
    const { emulator } = await newEmulator();
    const { code } = await signIn(emulator, DEMO.identifier, DEMO.password);
    assert.ok(code);
  });
});

describe('loadConfig', () => {
  const write = async (text: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'okta-emulator-'));
    const path = join(dir, 'config.json');
    await writeFile(path, text);
    return path;
  };

  it('reads a valid file', async () => {
    const path = await write(JSON.stringify({ identifierFirst: false }));
    assert.deepEqual(await loadConfig(path), { identifierFirst: false });
  });

  it('reports bad JSON with the file, line and column', async () => {
    const path = await write('{\n  "identifierFirst": false,\n}\n');
    await assert.rejects(loadConfig(path), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(line 3, column 1\\)`));
      return true;
    });
  });

  it('prefixes validation errors with the file path', async () => {
    const path = await write(JSON.stringify({ users: [{ identifier: ' ' }] }));
    await assert.rejects(loadConfig(path), { name: 'ConfigError', message: `${path}: config.users[0].identifier must be a non-empty string` });
  });

  it('reports a missing file', async () => {
    await assert.rejects(loadConfig('/nonexistent/emulator.json'), {
      name: 'ConfigError',
      message: '/nonexistent/emulator.json: cannot read the config file (no such file)',
    });
  });
});
