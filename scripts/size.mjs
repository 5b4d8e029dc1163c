// Prints the minified and gzip sizes of the self-contained bundle and of each file it loads only on
// demand (run `npm run build` first). A password sign-in downloads the bundle alone.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const entry = 'okta-elements.bundle.js';
const lazy = readdirSync('dist').filter((name) => /^okta-elements\..+\.js$/.test(name) && name !== entry);
for (const name of [entry, ...lazy]) {
  const code = readFileSync(`dist/${name}`);
  const role = name === entry ? 'every sign-in' : 'loaded on demand';
  console.log(`dist/${name}: ${kb(code.length)} min, ${kb(gzipSync(code, { level: 9 }).length)} gzip (${role})`);
}
