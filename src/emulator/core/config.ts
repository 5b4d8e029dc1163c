import { stableId } from './ids.js';
import { compilePattern, type UrlPattern } from './patterns.js';

// ---- What people write (every field optional; missing ones come from the default config) ----

export interface PasswordComplexityConfig {
  minLength?: number;
  minLowerCase?: number;
  minUpperCase?: number;
  minNumber?: number;
  minSymbol?: number;
  excludeUsername?: boolean;
  excludeAttributes?: string[];
  /** 0 (or absent) = no limit. */
  maxConsecutiveRepeatingCharacters?: number;
}

export interface PasswordAgeConfig {
  minAgeMinutes?: number;
  historyCount?: number;
}

export interface PasswordPolicyConfig {
  complexity?: PasswordComplexityConfig;
  age?: PasswordAgeConfig;
}

export interface LifetimesConfig {
  transactionSeconds?: number;
  interactionCodeSeconds?: number;
  accessTokenSeconds?: number;
  idTokenSeconds?: number;
}

export interface ClientConfig {
  clientId: string;
  name?: string;
  /** Patterns (`*`, `**`) a `redirect_uri` must match. */
  redirectUris: string[];
  /** Patterns for `post_logout_redirect_uri`; defaults to `redirectUris`. */
  postLogoutRedirectUris?: string[];
}

export interface UserProfileConfig {
  firstName?: string;
  lastName?: string;
  email?: string;
  locale?: string;
  timeZone?: string;
  [attribute: string]: string | undefined;
}

export interface UserConfig {
  /** Okta user id (`sub`); generated from the identifier when absent. */
  id?: string;
  identifier: string;
  /** null = the user has no password yet. */
  password?: string | null;
  /** Defaults to true when the user has no password. */
  mustEnrollPassword?: boolean;
  profile?: UserProfileConfig;
}

export interface EmulatorConfig {
  /** Ignored; lets editors find a JSON schema. */
  $schema?: string;
  orgName?: string;
  clients?: ClientConfig[];
  /** Origin patterns allowed to call the emulator from a browser (Okta "Trusted Origins" with CORS). */
  trustedOrigins?: string[];
  /** false: the identify form also asks for the password. */
  identifierFirst?: boolean;
  /** Advertise the `recover` action (the flow itself is not emulated yet). */
  passwordRecovery?: boolean;
  passwordPolicy?: PasswordPolicyConfig;
  lifetimes?: LifetimesConfig;
  users?: UserConfig[];
}

// ---- What the emulator works with (everything filled in and checked) ----

export type PasswordComplexity = Required<PasswordComplexityConfig>;
export type PasswordAge = Required<PasswordAgeConfig>;
export interface PasswordPolicy {
  complexity: PasswordComplexity;
  age: PasswordAge;
}
export type Lifetimes = Required<LifetimesConfig>;

export interface ResolvedClient {
  clientId: string;
  name: string;
  redirectUris: UrlPattern[];
  postLogoutRedirectUris: UrlPattern[];
}

export interface ResolvedUser {
  id: string;
  identifier: string;
  password: string | null;
  mustEnrollPassword: boolean;
  profile: Record<string, string>;
}

export interface ResolvedConfig {
  orgName: string;
  clients: ResolvedClient[];
  trustedOrigins: UrlPattern[];
  identifierFirst: boolean;
  passwordRecovery: boolean;
  passwordPolicy: PasswordPolicy;
  lifetimes: Lifetimes;
  users: ResolvedUser[];
}

/** Thrown for any invalid configuration; the message names the offending path. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(path: string, problem: string): never {
  throw new ConfigError(`${path} ${problem}`);
}

// Unknown keys are refused rather than ignored: a typo such as `identiferFirst` would otherwise
// silently fall back to the default and make the emulator behave unexpectedly.
function checkKeys(value: Obj, path: string, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      fail(`${path}.${key}`, `is not a known setting (known: ${known.join(', ')})`);
    }
  }
}

function objectAt(value: unknown, path: string): Obj {
  if (!isObject(value)) fail(path, 'must be an object');
  return value;
}

function stringAt(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'must be a non-empty string');
  return value;
}

function booleanAt(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'must be true or false');
  return value;
}

function integerAt(value: unknown, path: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(path, `must be an integer >= ${min}`);
  }
  return value;
}

function stringArrayAt(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) fail(path, 'must be an array of strings');
  return value.map((item, i) => stringAt(item, `${path}[${i}]`));
}

function originPatternAt(value: unknown, path: string): UrlPattern {
  const source = stringAt(value, path);
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)(.*)$/i.exec(source);
  if (source !== 'null' && !match) fail(path, `must be an origin pattern such as "http://localhost:*" (got "${source}")`);
  if (match && match[2] !== '') fail(path, `must be an origin without a path, query or trailing slash (got "${source}")`);
  return compilePattern(source);
}

function uriPatternAt(value: unknown, path: string): UrlPattern {
  const source = stringAt(value, path);
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(source) && !/^[a-z][a-z0-9+.-]*:[^/]/i.test(source)) {
    fail(path, `must be an absolute URI pattern such as "http://localhost:*/**" (got "${source}")`);
  }
  return compilePattern(source);
}

function resolveClient(value: unknown, path: string): ResolvedClient {
  const c = objectAt(value, path);
  checkKeys(c, path, ['clientId', 'name', 'redirectUris', 'postLogoutRedirectUris']);
  const clientId = stringAt(c.clientId, `${path}.clientId`);
  if (c.redirectUris === undefined) fail(`${path}.redirectUris`, 'is required (an array of redirect URI patterns)');
  const redirectSources = stringArrayAt(c.redirectUris, `${path}.redirectUris`);
  if (redirectSources.length === 0) fail(`${path}.redirectUris`, 'must list at least one redirect URI pattern');
  const redirectUris = redirectSources.map((s, i) => uriPatternAt(s, `${path}.redirectUris[${i}]`));
  const postLogoutRedirectUris =
    c.postLogoutRedirectUris === undefined
      ? redirectUris
      : stringArrayAt(c.postLogoutRedirectUris, `${path}.postLogoutRedirectUris`).map((s, i) =>
          uriPatternAt(s, `${path}.postLogoutRedirectUris[${i}]`),
        );
  const name = c.name === undefined ? clientId : stringAt(c.name, `${path}.name`);
  return { clientId, name, redirectUris, postLogoutRedirectUris };
}

function resolveUser(value: unknown, path: string): ResolvedUser {
  const u = objectAt(value, path);
  checkKeys(u, path, ['id', 'identifier', 'password', 'mustEnrollPassword', 'profile']);
  const identifier = stringAt(u.identifier, `${path}.identifier`).trim();
  const id = u.id === undefined ? stableId('00u', identifier.toLowerCase()) : stringAt(u.id, `${path}.id`);
  let password: string | null = null;
  if (u.password !== undefined && u.password !== null) {
    if (typeof u.password !== 'string' || u.password === '') fail(`${path}.password`, 'must be a non-empty string or null');
    password = u.password;
  }
  const mustEnrollPassword =
    u.mustEnrollPassword === undefined ? password === null : booleanAt(u.mustEnrollPassword, `${path}.mustEnrollPassword`);
  if (mustEnrollPassword && password !== null) {
    fail(`${path}.password`, 'must be null when mustEnrollPassword is true (the user sets it at first sign-in)');
  }
  if (!mustEnrollPassword && password === null) {
    fail(`${path}.password`, 'is missing: give the user a password or set "mustEnrollPassword": true');
  }
  const profile: Record<string, string> = {};
  if (u.profile !== undefined) {
    const p = objectAt(u.profile, `${path}.profile`);
    for (const [key, v] of Object.entries(p)) {
      if (typeof v !== 'string') fail(`${path}.profile.${key}`, 'must be a string');
      profile[key] = v;
    }
  }
  return { id, identifier, password, mustEnrollPassword, profile };
}

function resolvePolicy(value: unknown, fallback: PasswordPolicy, path: string): PasswordPolicy {
  if (value === undefined) return fallback;
  const p = objectAt(value, path);
  checkKeys(p, path, ['complexity', 'age']);
  const complexity = { ...fallback.complexity };
  if (p.complexity !== undefined) {
    const cPath = `${path}.complexity`;
    const c = objectAt(p.complexity, cPath);
    checkKeys(c, cPath, Object.keys(complexity));
    for (const key of ['minLength', 'minLowerCase', 'minUpperCase', 'minNumber', 'minSymbol', 'maxConsecutiveRepeatingCharacters'] as const) {
      if (c[key] !== undefined) complexity[key] = integerAt(c[key], `${cPath}.${key}`, 0);
    }
    if (c.excludeUsername !== undefined) complexity.excludeUsername = booleanAt(c.excludeUsername, `${cPath}.excludeUsername`);
    if (c.excludeAttributes !== undefined) {
      complexity.excludeAttributes = stringArrayAt(c.excludeAttributes, `${cPath}.excludeAttributes`);
    }
  }
  const age = { ...fallback.age };
  if (p.age !== undefined) {
    const aPath = `${path}.age`;
    const a = objectAt(p.age, aPath);
    checkKeys(a, aPath, ['minAgeMinutes', 'historyCount']);
    if (a.minAgeMinutes !== undefined) age.minAgeMinutes = integerAt(a.minAgeMinutes, `${aPath}.minAgeMinutes`, 0);
    if (a.historyCount !== undefined) age.historyCount = integerAt(a.historyCount, `${aPath}.historyCount`, 0);
  }
  return { complexity, age };
}

function resolveLifetimes(value: unknown, fallback: Lifetimes, path: string): Lifetimes {
  if (value === undefined) return fallback;
  const l = objectAt(value, path);
  const keys = ['transactionSeconds', 'interactionCodeSeconds', 'accessTokenSeconds', 'idTokenSeconds'] as const;
  checkKeys(l, path, keys);
  const out = { ...fallback };
  for (const key of keys) {
    if (l[key] !== undefined) out[key] = integerAt(l[key], `${path}.${key}`, 1);
  }
  return out;
}

const BUILT_IN_POLICY: PasswordPolicy = {
  complexity: {
    minLength: 8,
    minLowerCase: 1,
    minUpperCase: 1,
    minNumber: 1,
    minSymbol: 1,
    excludeUsername: true,
    excludeAttributes: ['firstName', 'lastName'],
    maxConsecutiveRepeatingCharacters: 0,
  },
  age: { minAgeMinutes: 0, historyCount: 4 },
};

const BUILT_IN_LIFETIMES: Lifetimes = {
  transactionSeconds: 600,
  interactionCodeSeconds: 60,
  accessTokenSeconds: 3600,
  idTokenSeconds: 3600,
};

const TOP_LEVEL_KEYS = [
  '$schema',
  'orgName',
  'clients',
  'trustedOrigins',
  'identifierFirst',
  'passwordRecovery',
  'passwordPolicy',
  'lifetimes',
  'users',
] as const;

/**
 * Validates `input` and fills every missing field from `defaults` (normally the shipped default config),
 * so `{ "identifierFirst": false }` is a complete configuration.
 */
export function resolveConfig(input: unknown, defaults: EmulatorConfig = {}): ResolvedConfig {
  const root = 'config';
  const c = objectAt(input, root);
  checkKeys(c, root, TOP_LEVEL_KEYS);
  const pick = <K extends keyof EmulatorConfig>(key: K): unknown => (c[key] !== undefined ? c[key] : defaults[key]);
  const from = (key: keyof EmulatorConfig) => (c[key] !== undefined ? root : 'defaults');

  const orgName = pick('orgName') === undefined ? 'okta-elements emulator' : stringAt(pick('orgName'), `${from('orgName')}.orgName`);

  const clientsValue = pick('clients') ?? [];
  if (!Array.isArray(clientsValue)) fail(`${from('clients')}.clients`, 'must be an array of clients');
  const clients = clientsValue.map((v, i) => resolveClient(v, `${from('clients')}.clients[${i}]`));
  const seenClients = new Set<string>();
  clients.forEach((client, i) => {
    if (seenClients.has(client.clientId)) fail(`${from('clients')}.clients[${i}].clientId`, `"${client.clientId}" is used twice`);
    seenClients.add(client.clientId);
  });

  const originsValue = pick('trustedOrigins') ?? [];
  if (!Array.isArray(originsValue)) fail(`${from('trustedOrigins')}.trustedOrigins`, 'must be an array of origin patterns');
  const trustedOrigins = originsValue.map((v, i) => originPatternAt(v, `${from('trustedOrigins')}.trustedOrigins[${i}]`));

  const identifierFirst =
    pick('identifierFirst') === undefined ? true : booleanAt(pick('identifierFirst'), `${from('identifierFirst')}.identifierFirst`);
  const passwordRecovery =
    pick('passwordRecovery') === undefined ? false : booleanAt(pick('passwordRecovery'), `${from('passwordRecovery')}.passwordRecovery`);

  const basePolicy = resolvePolicy(defaults.passwordPolicy, BUILT_IN_POLICY, 'defaults.passwordPolicy');
  const passwordPolicy = resolvePolicy(c.passwordPolicy, basePolicy, `${root}.passwordPolicy`);
  const baseLifetimes = resolveLifetimes(defaults.lifetimes, BUILT_IN_LIFETIMES, 'defaults.lifetimes');
  const lifetimes = resolveLifetimes(c.lifetimes, baseLifetimes, `${root}.lifetimes`);

  const usersValue = pick('users') ?? [];
  if (!Array.isArray(usersValue)) fail(`${from('users')}.users`, 'must be an array of users');
  const users = usersValue.map((v, i) => resolveUser(v, `${from('users')}.users[${i}]`));
  const seenIds = new Map<string, number>();
  const seenIdentifiers = new Map<string, number>();
  users.forEach((user, i) => {
    const key = user.identifier.toLowerCase();
    if (seenIdentifiers.has(key)) {
      fail(`${from('users')}.users[${i}].identifier`, `"${user.identifier}" is already used by users[${seenIdentifiers.get(key)}]`);
    }
    if (seenIds.has(user.id)) fail(`${from('users')}.users[${i}].id`, `"${user.id}" is already used by users[${seenIds.get(user.id)}]`);
    seenIdentifiers.set(key, i);
    seenIds.set(user.id, i);
  });

  return { orgName, clients, trustedOrigins, identifierFirst, passwordRecovery, passwordPolicy, lifetimes, users };
}
