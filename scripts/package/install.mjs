// Installs the tarball as an app would (`npm install <tarball> --ignore-scripts` in an empty folder) and reads
// what came with it: the packages and their size, the ones that must not come (the emulator's), and whether
// every export imports in Node (no DOM).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The emulator and the dependencies only it needs: an app installing okta-elements gets none of them. */
export const FORBIDDEN = ['okta-idx-emulator', 'jose', '@simplewebauthn/server', 'otpauth', 'qrcode', 'zod'];

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/**
 * @param {string} tarball
 * @param {string} app an empty folder
 * @returns {{ packages: string[], bytes: number, problems: string[] }}
 */
export function installTarball(tarball, app) {
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'okta-elements-install-check', private: true, type: 'module' }));
  npm(['install', tarball, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], app);
  const lock = JSON.parse(readFileSync(join(app, 'node_modules', '.package-lock.json'), 'utf8'));
  const packages = Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/'))
    .map(([path, info]) => `${path.replace(/^.*node_modules\//, '')}@${info.version}`)
    .sort();
  const problems = packages
    .filter((spec) => FORBIDDEN.includes(spec.slice(0, spec.lastIndexOf('@'))))
    .map((spec) => `installing okta-elements installs ${spec}, which only the emulator needs`);
  return { packages, bytes: bytesUnder(join(app, 'node_modules')), problems };
}

/**
 * Adds the package's peer dependencies (React for `./react`, Angular for `./angular`), as the apps that use those
 * entries have them; after the count above, which is what every app gets.
 */
export function installPeers(app, name) {
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'));
  const specs = Object.entries(pkg.peerDependencies ?? {}).map(([peer, range]) => `${peer}@${range}`);
  // What Angular's partially compiled code needs in Node when no Angular CLI build has linked it (see below).
  if (pkg.peerDependencies?.['@angular/core']) specs.push(`@angular/compiler@${pkg.peerDependencies['@angular/core']}`);
  if (specs.length) npm(['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...specs], app);
  return specs;
}

/**
 * Imports every export of the installed package in a Node process of its own, as server code would
 * (server-side rendering, a build script): none may throw for want of a DOM.
 * @returns {string[]} problems
 */
export function importEveryExport(app, name) {
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'));
  const problems = [];
  for (const subpath of Object.keys(pkg.exports)) {
    const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
    const options = specifier.endsWith('.json') ? ", { with: { type: 'json' } }" : '';
    // The Angular entry is partially compiled, like every Angular library: an Angular build (SSR included) links
    // it; unlinked, as here, Angular compiles it just in time, for which it needs its compiler loaded first.
    const prelude = subpath === './angular' ? "await import('@angular/compiler');" : '';
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', `${prelude}await import(${JSON.stringify(specifier)}${options});`], {
        cwd: app,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
    } catch (error) {
      const firstLine = (error.stderr || String(error)).split('\n').find((line) => /Error|error/.test(line)) ?? error.message;
      problems.push(`import('${specifier}') in Node throws: ${firstLine.trim()}`);
    }
  }
  return problems;
}
