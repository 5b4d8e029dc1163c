import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';

// The shipped bin, built by `npm test` (which runs the package build first). A dist/ older than any
// source file would test yesterday's code, so the tests refuse to run it.
const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SOURCES = fileURLToPath(new URL('../src', import.meta.url));

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newestSource(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
}

before(() => {
  const rebuild = 'run `npm run build --workspace okta-idx-emulator` (npm test does it first)';
  assert.ok(existsSync(BIN), `${BIN} is missing: ${rebuild}`);
  assert.ok(statSync(BIN).mtimeMs >= newestSource(SOURCES), `${BIN} is older than src/: ${rebuild}`);
  // npm links the bin to this file: without the execute bit `npx okta-idx-emulator` is refused.
  assert.ok((statSync(BIN).mode & 0o111) !== 0, `${BIN} is not executable: ${rebuild}`);
});

const LISTENING = /^okta-idx-emulator listening, issuer (http:\/\/localhost:(\d+)\/oauth2\/default)$/;

function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal, stdout, stderr }));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitForLine(child: ChildProcess, read: () => { stdout: string }, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = read().stdout.split('\n').find((l) => LISTENING.test(l));
    if (line) return line;
    if (child.exitCode !== null) throw new Error(`CLI exited early with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('CLI did not print its listening line in time');
}

describe('okta-idx-emulator CLI', { concurrency: true }, () => {
  it('prints one listening line with the real port, serves requests, and exits 0 on SIGTERM', async () => {
    const { child, exited, output } = run(['--port', '0', '--verbose']);
    try {
      const line = await waitForLine(child, output);
      const [, issuer, port] = LISTENING.exec(line)!;
      assert.notEqual(port, '0');
      const response = await fetch(`${issuer}/.well-known/openid-configuration`);
      assert.equal(response.status, 200);
      assert.equal((await response.json()).issuer, issuer);
      child.kill('SIGTERM');
      const result = await exited;
      assert.equal(result.code, 0);
      assert.deepEqual(result.stdout.trim().split('\n'), [line]);
      assert.match(result.stderr, /GET \/oauth2\/default\/\.well-known\/openid-configuration -> 200/);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exits 0 on SIGINT too', async () => {
    const { child, exited, output } = run(['--port', '0']);
    try {
      await waitForLine(child, output);
      child.kill('SIGINT');
      const result = await exited;
      assert.equal(result.code, 0);
      assert.equal(result.stderr, '');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exits 2 with a message on a bad flag', async () => {
    const result = await run(['--prot', '1234']).exited;
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--prot/);
    assert.equal(result.stdout, '');
  });

  it('exits 2 with a message on a bad config file', async () => {
    const result = await run(['--port', '0', '--config', '/nonexistent/emulator.json']).exited;
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\/nonexistent\/emulator\.json: cannot read the config file/);
  });

  it('prints usage on --help', async () => {
    const result = await run(['--help']).exited;
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Usage: okta-idx-emulator/);
    assert.match(result.stdout, /--config FILE/);
    assert.match(result.stdout, /--allowed-host NAME/);
    assert.match(result.stdout, /DELETE \/dev\/fail-next/);
  });

  it('answers only loopback names, plus each --allowed-host (repeatable)', async () => {
    const { child, exited, output } = run(['--port', '0', '--allowed-host', 'emulator.test', '--allowed-host', 'other.test']);
    try {
      const [, , port] = LISTENING.exec(await waitForLine(child, output))!;
      const statusFor = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port: Number(port), path: '/dev/health', headers: { Host: `${host}:${port}` } }, (res) => {
            res.resume();
            resolve(res.statusCode!);
          });
          req.on('error', reject);
          req.end();
        });
      assert.equal(await statusFor('localhost'), 200);
      assert.equal(await statusFor('emulator.test'), 200);
      assert.equal(await statusFor('other.test'), 200);
      assert.equal(await statusFor('rebind.example'), 400);
      child.kill('SIGTERM');
      assert.equal((await exited).code, 0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('exits 2 on an --allowed-host with a port or scheme', async () => {
    const result = await run(['--port', '0', '--allowed-host', 'http://emulator.test:80']).exited;
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--allowed-host/);
  });
});
