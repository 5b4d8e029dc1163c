// A client's mistake is never a 500: unserved methods answer 405 (E0000022, Allow), a path whose
// percent-encoding does not decode answers 400 (E0000003). HTTP-level cases go through the Node server.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { ISSUER, ORIGIN, newEmulator, send } from './helpers.js';

describe('malformed requests through the core', () => {
  it('a method no route serves answers 405 with E0000022 and Allow', async () => {
    const { emulator } = await newEmulator();
    const put = await send(emulator, new Request(`${ISSUER}/v1/token`, { method: 'PUT', body: 'x' }));
    assert.equal(put.status, 405);
    assert.equal(put.body.errorCode, 'E0000022');
    assert.equal(put.headers.get('allow'), 'POST, OPTIONS');
    const keys = await send(emulator, new Request(`${ISSUER}/v1/keys`, { method: 'PATCH' }));
    assert.equal(keys.headers.get('allow'), 'GET, HEAD, OPTIONS');
    const unknownPath = await send(emulator, new Request(`${ORIGIN}/nothing/here`, { method: 'PROPFIND' }));
    assert.equal(unknownPath.status, 405);
    assert.equal(unknownPath.headers.get('allow'), 'GET, HEAD, POST, DELETE, OPTIONS');
  });

  it('a malformed percent-encoding in the path answers 400 E0000003, not 500', async () => {
    const { emulator, logged } = await newEmulator();
    for (const path of ['/dev/users/%E0%A4%A/totp', '/idp/idx/%ZZ', '/oauth2/default/v1/%']) {
      const reply = await send(emulator, new Request(ORIGIN + path));
      assert.equal(reply.status, 400, path);
      assert.equal(reply.body.errorCode, 'E0000003');
    }
    assert.deepEqual(logged, []);
  });
});

describe('malformed requests through the Node server', () => {
  let running: RunningEmulator;
  const logged: string[] = [];
  before(async () => {
    running = await startEmulator({ port: 0, log: (line) => logged.push(line) });
  });
  after(() => running.close());

  const raw = (method: string, path: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: running.port, method, path }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  // TRACE: undici's Request refuses it, so the adapter answers; PROPFIND reaches the core.
  for (const method of ['TRACE', 'PROPFIND']) {
    it(`${method} answers 405 with Okta’s E0000022 body and Allow`, async () => {
      const reply = await raw(method, '/oauth2/default/v1/keys');
      assert.equal(reply.status, 405);
      assert.equal(JSON.parse(reply.body).errorCode, 'E0000022');
      assert.match(String(reply.headers.allow), /GET/);
      assert.ok(reply.headers['x-okta-request-id']);
    });
  }

  it('TRACK, a method Node’s HTTP parser does not know, is refused by the parser with 400, not 500', async () => {
    const reply = await raw('TRACK', '/oauth2/default/v1/keys');
    assert.equal(reply.status, 400);
  });

  it('CONNECT answers 405 too (Node hands it to the connect event)', async () => {
    const socket = connect(running.port, '127.0.0.1');
    socket.write(`CONNECT 127.0.0.1:${running.port} HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\n\r\n`);
    let text = '';
    for await (const chunk of socket) text += String(chunk);
    assert.match(text, /^HTTP\/1\.1 405 /);
    assert.match(text, /\r\nAllow: GET, HEAD, POST, DELETE, OPTIONS\r\n/i);
    assert.match(text, /"errorCode":"E0000022"/);
  });

  it('a malformed percent-encoding answers 400 over HTTP too', async () => {
    const reply = await raw('GET', '/dev/users/%E0%A4%A/totp');
    assert.equal(reply.status, 400);
    assert.equal(JSON.parse(reply.body).errorCode, 'E0000003');
  });

  it('none of these logged a server failure', () => {
    assert.deepEqual(logged.filter((line) => /failed/.test(line)), []);
  });
});

describe('Allow lists the dev routes the pipeline adds', () => {
  it('PUT /dev/fail-next answers 405 with Allow naming POST and DELETE', async () => {
    const { emulator } = await newEmulator();
    const reply = await send(emulator, new Request(`${ORIGIN}/dev/fail-next`, { method: 'PUT', body: '{}' }));
    assert.equal(reply.status, 405);
    assert.equal(reply.headers.get('allow'), 'POST, DELETE, OPTIONS');
  });
});
