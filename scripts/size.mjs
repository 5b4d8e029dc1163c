// Prints the minified and gzip sizes of the self-contained bundle (run `npm run build` first).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = 'dist/okta-elements.bundle.js';
const code = readFileSync(file);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(code.length)} min, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
