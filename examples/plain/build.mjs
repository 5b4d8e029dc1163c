// The "build" of a page without a bundler: copy the page, and the package's self-contained bundle with the
// chunks it loads on demand (dist/okta-elements.*.js), into dist/. OKTA_ISSUER replaces the issuer of the page.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
const bundle = createRequire(import.meta.url).resolve('okta-elements/bundle');
const packageDist = dirname(bundle);

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'assets'), { recursive: true });
for (const name of await readdir(packageDist)) {
  if (/^okta-elements\..+\.js$/.test(name)) await cp(join(packageDist, name), join(out, 'assets', name));
}
for (const name of ['app.js', 'app.css']) await cp(join(here, name), join(out, name));
const page = await readFile(join(here, 'index.html'), 'utf8');
const issuer = process.env.OKTA_ISSUER;
await writeFile(join(out, 'index.html'), issuer ? page.replace('http://localhost:4999/oauth2/default', issuer) : page);
