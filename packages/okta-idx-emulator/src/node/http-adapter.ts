import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Emulator } from '../core/index.js';
import { hostNotAllowed, methodNotAllowed } from '../core/http/okta-errors.js';
import { SERVED_METHODS } from '../core/http/pipeline.js';
import { oktaRequestId } from '../core/http/request-id.js';

export interface RequestListenerOptions {
  /** Called once per request with a short summary line (method, path, status, duration). */
  onRequest?: (line: string) => void;
  /** Receives adapter failures (default: console.error). */
  onError?: (line: string) => void;
  /** Larger bodies get 413 (default 1 MiB; IDX bodies are a few hundred bytes). */
  maxBodyBytes?: number;
}

class BodyTooLarge extends Error {}

/** A Host header that is not a plausible host[:port]: refused, never replaced by the listening address. */
class ImplausibleHost extends Error {}

// Only plausible host[:port] values. No Host at all (HTTP/1.0) falls back to the address the server
// listens on; an implausible one is refused, or `Host: evil_site.example` would pass the core's Host check
// as the loopback fallback.
const HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

/**
 * Methods the fetch standard forbids: `new Request()` throws on them, so they are refused here, before
 * the core sees anything (Node hands CONNECT to the server's 'connect' event instead, see refuseConnect).
 */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

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
  if (hostHeader !== undefined && hostHeader !== '' && !HOST.test(hostHeader)) throw new ImplausibleHost();
  const host = hostHeader || fallbackHost;
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

/** An Okta API error the adapter answers itself (the core never sees the request). */
function oktaAnswer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return {
    status,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'X-Okta-Request-Id': oktaRequestId(),
      ...headers,
    },
    body: JSON.stringify(body),
  };
}

const methodRefusal = () => oktaAnswer(405, methodNotAllowed(), { Allow: SERVED_METHODS.join(', ') });

function send(res: ServerResponse, answer: ReturnType<typeof oktaAnswer>): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/**
 * For the server's 'connect' event: Node gives CONNECT requests to it (and closes the connection when
 * nobody listens), so this writes Okta's 405 by hand and closes.
 */
export function refuseConnect(_req: IncomingMessage, socket: Duplex): void {
  const answer = methodRefusal();
  const head = [`HTTP/1.1 405 Method Not Allowed`, ...Object.entries(answer.headers).map(([k, v]) => `${k}: ${v}`)];
  head.push(`Content-Length: ${Buffer.byteLength(answer.body)}`, 'Connection: close');
  socket.on('error', () => socket.destroy());
  socket.end(`${head.join('\r\n')}\r\n\r\n${answer.body}`);
}

/** A `node:http` request listener that hands every request to the emulator core. */
export function createRequestListener(emulator: Pick<Emulator, 'handle'>, options: RequestListenerOptions = {}): RequestListener {
  const onError = options.onError ?? ((line: string) => console.error(line));
  return (req, res) => {
    const started = performance.now();
    void (async () => {
      try {
        if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) {
          send(res, methodRefusal());
          return;
        }
        const request = await toRequest(req, fallbackHostOf(req), options.maxBodyBytes);
        const response = await emulator.handle(request);
        await writeResponse(res, response);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          plainError(res, 413, 'Request entity too large');
        } else if (error instanceof ImplausibleHost) {
          send(res, oktaAnswer(400, hostNotAllowed(String(req.headers.host).slice(0, 200))));
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
