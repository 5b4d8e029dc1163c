/** The file of a package's command (its package.json `bin`), found the way Node finds the package from `root`. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function binOf(root, pkg, command) {
  const require = createRequire(path.join(root, 'package.json'));
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const manifest = path.join(dir, pkg, 'package.json');
    if (!existsSync(manifest)) continue;
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
    const file = typeof bin === 'string' ? bin : bin?.[command];
    if (file) return path.join(dir, pkg, file);
  }
  return undefined;
}
