// Checks okta-elements as it is published, from the packed tarball (run after `npm run build`):
// - every path package.json and custom-elements.json name is in it, each module of the manifest exports what the
//   manifest says, and every source map carries its sources;
// - publint --strict and are-the-types-wrong (profile esm-only: the package is ESM-only by design, like lit; the
//   CommonJS `require` and node10 resolutions that profile leaves out are not offered) report nothing;
// - installing it brings only what the browser code needs (none of the emulator's packages), and every export
//   imports in Node without a DOM.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContents } from './package/contents.mjs';
import { checkManifestExports } from './package/manifest-exports.mjs';
import { importEveryExport, installPeers, installTarball } from './package/install.mjs';

const run = (command, args) => {
  try {
    execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return [];
  } catch (error) {
    return [`${[command, ...args].join(' ')} failed:\n${error.stdout}${error.stderr}`];
  }
};

const scratch = mkdtempSync(join(tmpdir(), 'okta-elements-package-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { encoding: 'utf8' }));
  const tarball = join(scratch, packed.filename);
  const files = new Set(packed.files.map((file) => file.path));
  const problems = [];

  problems.push(...run('npx', ['publint', 'run', tarball, '--strict']));
  problems.push(...run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']));

  const app = join(scratch, 'app');
  mkdirSync(app);
  const installed = installTarball(tarball, app);
  problems.push(...installed.problems);
  const root = join(app, 'node_modules', packed.name);
  problems.push(...checkContents(root, files));
  problems.push(...checkManifestExports(root, JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))));
  const peers = installPeers(app, packed.name);
  const importProblems = importEveryExport(app, packed.name);
  problems.push(...importProblems);

  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`${packed.filename}: ${files.size} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked.`);
  console.log(`npm install of it: ${installed.packages.length} packages, ${(installed.bytes / 1024 / 1024).toFixed(1)} MB in node_modules:`);
  console.log(`  ${installed.packages.join(', ')}`);
  if (!importProblems.length) console.log(`Every export imports in Node${peers.length ? ` (with the optional peers ${peers.join(', ')})` : ''}.`);
  if (problems.length) {
    console.error(`\nThe package is not ready to publish:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('Package checks passed: contents, source maps, publint --strict, are-the-types-wrong (esm-only), Node imports.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
