// A static server for an example's production build, on 127.0.0.1 and a free port. A path with no file
// answers the build's index.html, as a single-page app's host does, so a reload on /about works.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_TYPES } from '../content-types.mjs';


async function fileFor(root, pathname) {
  const candidate = normalize(join(root, decodeURIComponent(pathname)));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  try {
    if ((await stat(candidate)).isFile()) return candidate;
  } catch {
    // Not a file: the app's index.html below.
  }
  return extname(pathname) === '' ? join(root, 'index.html') : undefined;
}

/** Serves `root`; resolves to { url, close }. */
export async function serveStatic(root) {
  const server = createServer(async (req, res) => {
    const file = await fileFor(root, new URL(req.url ?? '/', 'http://x').pathname).catch(() => undefined);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found\n');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  return listen(server);
}

/** Listens on a free port of 127.0.0.1 and names it by localhost, a trusted origin of the emulator. */
export async function listen(server) {
  await new Promise((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
