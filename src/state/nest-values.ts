/**
 * Path segments that would reach an object's prototype. Field names come from the server, and a hostile
 * or intercepted server could name a field `__proto__.isAdmin`: such fields are dropped, never nested.
 */
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

const isSafePath = (keys: readonly string[]) => keys.every((key) => key !== '' && !UNSAFE_SEGMENTS.has(key));

const isPlainNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns `{ 'credentials.passcode': 'x' }` into the nested body IDX expects: `{ credentials: { passcode: 'x' } }`.
 * Only own properties are read and written, so no path can reach `Object.prototype` or a built-in, and
 * the result stays plain JSON.
 */
export function nestValues(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    if (!isSafePath(keys)) continue;
    let node = nested;
    for (const key of keys.slice(0, -1)) {
      const child = Object.hasOwn(node, key) ? node[key] : undefined;
      if (!isPlainNode(child)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]] = value;
  }
  return nested;
}
