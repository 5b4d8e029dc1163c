import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import type { EmulatorConfig } from '../src/core/model/config.js';
import { configJsonSchema, emulatorConfigSchema } from '../src/core/model/config-schema.js';

// The documented config types (model/config.ts) and the schema that validates configs describe the same
// thing: when they drift apart, this does not compile (`npm run lint` type-checks the tests).
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: Agree<EmulatorConfig, z.input<typeof emulatorConfigSchema>> = true;

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('config.schema.json', () => {
  it('is what the validating schema generates (run `npm run schema` after changing it)', () => {
    assert.deepEqual(read('../src/config.schema.json'), configJsonSchema());
  });

  it('is the $schema of the default config, beside it', () => {
    const config = read('../src/default-config.json');
    assert.equal(config.$schema, './config.schema.json');
    assert.equal(read(new URL(config.$schema, new URL('../src/default-config.json', import.meta.url)).href).title,
      'okta-idx-emulator configuration');
  });

  it('agrees with the documented EmulatorConfig type', () => {
    assert.equal(typesAgree, true);
  });

  it('accepts the default config', () => {
    const result = emulatorConfigSchema.safeParse(read('../src/default-config.json'));
    assert.equal(result.success, true, result.error?.message);
  });

  it('tells editors every setting, and that no other is allowed', () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown };
    assert.deepEqual(Object.keys(schema.properties), [
      '$schema', 'orgName', 'clients', 'trustedOrigins', 'identifierFirst', 'passwordRecovery', 'selfServiceUnlock', 'keepMeSignedIn', 'unknownUserMessage', 'authorizationServers', 'allowedHosts', 'limits', 'passwordPolicy', 'lifetimes', 'users', 'identityProviders', 'registration', 'profileEnrollment',
    ]);
    assert.equal(schema.additionalProperties, false);
  });
});
