// Fails when custom-elements.json no longer matches the JSDoc in src (run `npm run manifest`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer writes relative to the working directory, so the fresh copy goes in a scratch folder here.
const outdir = mkdtempSync('.cem-check-');
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'pipe', env: { ...process.env, CEM_OUTDIR: outdir } });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh.trim() !== committed.trim()) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is current.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
