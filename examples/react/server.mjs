// A tiny production server for the React example: static files from dist/client, and every other GET path
// rendered on the server (dist/server/entry-server.js) into dist/client/index.html, which the client hydrates.
//   npm run build && npm start      http://localhost:3000/   (PORT overrides; PORT=0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT = fileURLToPath(new URL('./dist/client/', import.meta.url));
const { render } = await import('./dist/server/entry-server.js');
const template = await readFile(join(CLIENT, 'index.html'), 'utf8');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

async function staticFile(pathname) {
  const file = normalize(join(CLIENT, pathname));
  if (!file.startsWith(CLIENT) || file.endsWith(sep)) return undefined;
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = extname(pathname) ? await staticFile(decodeURIComponent(pathname)) : undefined;
    if (file) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } else if (extname(pathname)) {
      res.writeHead(404).end();
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(template.replace('<!--app-html-->', render(pathname)));
    }
  } catch (error) {
    console.error(error);
    res.writeHead(500).end();
  }
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`React SSR example: http://localhost:${server.address().port}/`);
});
