import json from '../../default-config.json' with { type: 'json' };
import type { EmulatorConfig } from './config.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * The shipped configuration (demo client, demo users, Okta's default password policy).
 * Frozen because it is also the fallback for every missing field of a custom config.
 */
export const defaultConfig: Readonly<EmulatorConfig> = deepFreeze(structuredClone(json as EmulatorConfig));
