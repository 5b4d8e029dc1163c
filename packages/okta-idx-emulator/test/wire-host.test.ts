// DNS rebinding: only loopback names and config.allowedHosts are served, /dev included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEmulator, send } from './helpers.js';

const at = (origin: string, path = '/dev/health') => new Request(origin + path);

describe('Host check', () => {
  it('serves localhost, 127.0.0.1 and [::1] on any port', async () => {
    const { emulator } = await newEmulator();
    for (const origin of ['http://localhost:4999', 'http://127.0.0.1:1234', 'http://[::1]:8080', 'http://LOCALHOST', 'http://localhost.:4999']) {
      assert.equal((await emulator.handle(at(origin))).status, 200, origin);
    }
  });

  it('refuses any other name with 400 and an Okta-style body naming the host, before routing', async () => {
    const { emulator } = await newEmulator();
    for (const path of ['/dev/health', '/dev/users/demo@example.com/totp', '/oauth2/default/v1/keys', '/idp/idx/introspect', '/nothing']) {
      const reply = await send(emulator, at('http://rebind.attacker.example:4999', path));
      assert.equal(reply.status, 400, path);
      assert.equal(reply.headers.get('content-type'), 'application/json');
      assert.equal(reply.body.errorCode, 'E0000001');
      assert.match(reply.body.errorCauses[0].errorSummary, /rebind\.attacker\.example/);
      assert.match(reply.body.errorCauses[0].errorSummary, /allowedHosts/);
    }
    // A loopback-looking name that is not loopback is refused too.
    assert.equal((await emulator.handle(at('http://localhost.attacker.example'))).status, 400);
    assert.equal((await emulator.handle(at('http://192.168.1.20:4999'))).status, 400);
  });

  it('serves the names in allowedHosts (any port, any letter case), and every name with "*"', async () => {
    const { emulator } = await newEmulator({ allowedHosts: ['Emulator.Test', '192.168.1.20', '::2'] });
    assert.equal((await emulator.handle(at('http://emulator.test:4999'))).status, 200);
    assert.equal((await emulator.handle(at('http://192.168.1.20:80'))).status, 200);
    assert.equal((await emulator.handle(at('http://[::2]:4999'))).status, 200);
    assert.equal((await emulator.handle(at('http://other.test:4999'))).status, 400);
    const { emulator: open } = await newEmulator({ allowedHosts: ['*'] });
    assert.equal((await open.handle(at('http://anything.example:4999'))).status, 200);
  });
});
