import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The entries of the per-module library build (rollup.config.mjs `library`): every module under src/, so that
 * dist/ holds one JavaScript file per source file exporting all that the source exports (rollup would otherwise
 * drop exports no other module uses, and barrels that only re-export). custom-elements.json describes exactly
 * these files (its package-paths plugin), and scripts/check-package.mjs compares the two.
 */
export const LIBRARY_ENTRIES = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts'))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .sort();
