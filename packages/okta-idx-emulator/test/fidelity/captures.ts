/** Reads the copied captures (never ../shared: the project carries what it tests against). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('./captures/', import.meta.url));

/** A capture by its path below `captures/`, e.g. `idx-swift/MFA-Email/03-identify-response.json`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const capture = (path: string): any => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Every copied JSON capture, so the suite can check that each one is compared or listed as not covered. */
export function copiedCaptures(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return copiedCaptures(path);
    return name.endsWith('.json') ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}
