import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Emulator } from '../core/index.js';

export interface RequestListenerOptions {
  /** Called once per request with a short summary line (method, path, status, duration). */
  onRequest?: (line: string) => void;
  /** Receives adapter failures (default: console.error). */
  onError?: (line: string) => void;
  /** Larger bodies get 413 (default 1 MiB; IDX bodies are a few hundred bytes). */
  maxBodyBytes?: number;
}

class BodyTooLarge extends Error {}

// Only plausible host[:port] values; anything else (or no Host at all, as with HTTP/1.0) falls back
// to the address the server listens on.
const HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return size === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

/**
 * Turns a Node request into a standard Request. The URL is built from the Host header so every href
 * the core emits is absolute to the host the client used (localhost vs 127.0.0.1 vs a LAN name).
 */
async function toRequest(req: IncomingMessage, fallbackHost: string, maxBodyBytes = 1 << 20): Promise<Request> {
  const hostHeader = req.headers.host;
  const host = hostHeader && HOST.test(hostHeader) ? hostHeader : fallbackHost;
  const target = req.url ?? '/';
  // Concatenated, not resolved: a request-target like `//evil.example/x` must not change the host.
  let pathAndQuery = target;
  if (!target.startsWith('/')) {
    try {
      const absolute = new URL(target); // absolute-form, as sent to proxies
      pathAndQuery = absolute.pathname + absolute.search;
    } catch {
      pathAndQuery = '/';
    }
  }
  const url = new URL(`http://${host}${pathAndQuery}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req, maxBodyBytes);
  return new Request(url, { method, headers, body });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.end(body);
}

function fallbackHostOf(req: IncomingMessage): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') ? `[${address}]` : address;
  return `${host}:${req.socket.localPort ?? 80}`;
}

const plainError = (res: ServerResponse, status: number, summary: string) => {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ errorCode: 'E0000009', errorSummary: summary, errorLink: 'E0000009', errorId: 'oaeAdapter', errorCauses: [] }));
};

/** A `node:http` request listener that hands every request to the emulator core. */
export function createRequestListener(emulator: Pick<Emulator, 'handle'>, options: RequestListenerOptions = {}): RequestListener {
  const onError = options.onError ?? ((line: string) => console.error(line));
  return (req, res) => {
    const started = performance.now();
    void (async () => {
      try {
        const request = await toRequest(req, fallbackHostOf(req), options.maxBodyBytes);
        const response = await emulator.handle(request);
        await writeResponse(res, response);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          plainError(res, 413, 'Request entity too large');
        } else {
          onError(`okta-idx-emulator: ${req.method} ${req.url} failed: ${(error as Error)?.stack ?? String(error)}`);
          if (!res.headersSent) plainError(res, 500, 'Internal Server Error');
          else res.destroy();
        }
      } finally {
        options.onRequest?.(`${req.method} ${req.url} -> ${res.statusCode} (${Math.round(performance.now() - started)} ms)`);
      }
    })();
  };
}
