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

/** Okta authenticator keys the emulator implements. */
export const AUTHENTICATOR_KEYS = [
  'okta_password',
  'okta_email',
  'phone_number',
  'google_otp',
  'okta_verify',
  'security_question',
  'webauthn',
  'custom_otp',
] as const;
export type AuthenticatorKey = (typeof AUTHENTICATOR_KEYS)[number];

/**
 * A user's sign-on and enrollment policy. Authenticator keys as Okta names them (`okta_password`,
 * `okta_email`, `phone_number`, `google_otp`, `okta_verify`, `security_question`, `webauthn`, `custom_otp`).
 */
export interface SignOnPolicyConfig {
  /**
   * Verified at every sign-in, in this order. An entry that is a list is satisfied by any one of its
   * authenticators (the user chooses when several are enrolled). Missing enrollments are enrolled on the spot.
   * Default: `["okta_password"]`.
   */
  signOn?: (string | string[])[];
  /** Must be enrolled (enrollment is forced after sign-on when missing). */
  enroll?: string[];
  /** Offered for enrollment after sign-on with a `skip` remediation. */
  optional?: string[];
}

export interface WebauthnCredentialConfig {
  /** base64url credential id. */
  credentialId: string;
  /** base64url COSE public key. */
  publicKey: string;
  counter?: number;
  transports?: string[];
}

/** Per-user enrolled authenticators (besides the password) and their data. */
export interface UserAuthenticatorsConfig {
  /** Email enrollment; `true` = the profile email (or the identifier). */
  okta_email?: true | { email?: string };
  phone_number?: { phoneNumber: string; methods?: ('sms' | 'voice')[] };
  /** Base32 TOTP secret. */
  google_otp?: { secret: string };
  custom_otp?: { secret: string };
  okta_verify?: { secret?: string; push?: boolean; numberChallenge?: boolean; deviceName?: string };
  security_question?: { questionKey: string; question?: string; answer: string };
  webauthn?: { credentials: WebauthnCredentialConfig[] };
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
  policy?: SignOnPolicyConfig;
  authenticators?: UserAuthenticatorsConfig;
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

export interface ResolvedPolicy {
  /** Each entry: any one of these keys satisfies it. */
  signOn: string[][];
  enroll: string[];
  optional: string[];
}

export interface ResolvedUser {
  id: string;
  identifier: string;
  password: string | null;
  mustEnrollPassword: boolean;
  profile: Record<string, string>;
  policy: ResolvedPolicy;
  /** Validated per-authenticator enrollment data (see {@link UserAuthenticatorsConfig}). */
  authenticators: UserAuthenticatorsConfig;
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
  checkKeys(u, path, ['id', 'identifier', 'password', 'mustEnrollPassword', 'profile', 'policy', 'authenticators']);
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
  const policy = resolveSignOnPolicy(u.policy, `${path}.policy`);
  const authenticators = resolveUserAuthenticators(u.authenticators, `${path}.authenticators`);
  return { id, identifier, password, mustEnrollPassword, profile, policy, authenticators };
}

function authenticatorKeyAt(value: unknown, path: string): string {
  const key = stringAt(value, path);
  if (!(AUTHENTICATOR_KEYS as readonly string[]).includes(key)) {
    fail(path, `is not a known authenticator key (known: ${AUTHENTICATOR_KEYS.join(', ')}; got "${key}")`);
  }
  return key;
}

function resolveSignOnPolicy(value: unknown, path: string): ResolvedPolicy {
  if (value === undefined) return { signOn: [['okta_password']], enroll: [], optional: [] };
  const p = objectAt(value, path);
  checkKeys(p, path, ['signOn', 'enroll', 'optional']);
  let signOn: string[][] = [['okta_password']];
  if (p.signOn !== undefined) {
    if (!Array.isArray(p.signOn)) fail(`${path}.signOn`, 'must be an array of authenticator keys (or of lists of keys)');
    signOn = p.signOn.map((entry, i) => {
      const at = `${path}.signOn[${i}]`;
      if (Array.isArray(entry)) {
        if (entry.length === 0) fail(at, 'must list at least one authenticator key');
        return entry.map((k, j) => authenticatorKeyAt(k, `${at}[${j}]`));
      }
      return [authenticatorKeyAt(entry, at)];
    });
  }
  const keysAt = (name: 'enroll' | 'optional') => {
    const v = p[name];
    if (v === undefined) return [];
    if (!Array.isArray(v)) fail(`${path}.${name}`, 'must be an array of authenticator keys');
    return v.map((k, i) => authenticatorKeyAt(k, `${path}.${name}[${i}]`));
  };
  return { signOn, enroll: keysAt('enroll'), optional: keysAt('optional') };
}

const BASE32 = /^[A-Z2-7]+=*$/;

function base32At(value: unknown, path: string): string {
  const s = stringAt(value, path).replace(/\s+/g, '').toUpperCase();
  if (!BASE32.test(s) || s.length < 16) fail(path, 'must be a base32 TOTP secret of at least 16 characters (e.g. "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")');
  return s;
}

/** E.164-ish: `+` and 8 to 15 digits once spaces, dashes, dots and parentheses are removed. */
export function normalisePhone(value: string): string | undefined {
  const compact = value.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : undefined;
}

function resolveUserAuthenticators(value: unknown, path: string): UserAuthenticatorsConfig {
  if (value === undefined) return {};
  const a = objectAt(value, path);
  checkKeys(a, path, AUTHENTICATOR_KEYS.filter((k) => k !== 'okta_password'));
  const out: UserAuthenticatorsConfig = {};
  if (a.okta_email !== undefined) {
    const at = `${path}.okta_email`;
    if (a.okta_email === true) out.okta_email = true;
    else {
      const e = objectAt(a.okta_email, at);
      checkKeys(e, at, ['email']);
      out.okta_email = e.email === undefined ? {} : { email: stringAt(e.email, `${at}.email`) };
    }
  }
  if (a.phone_number !== undefined) {
    const at = `${path}.phone_number`;
    const e = objectAt(a.phone_number, at);
    checkKeys(e, at, ['phoneNumber', 'methods']);
    const phoneNumber = normalisePhone(stringAt(e.phoneNumber, `${at}.phoneNumber`));
    if (!phoneNumber) fail(`${at}.phoneNumber`, 'must be an E.164 phone number such as "+15555550100"');
    let methods: ('sms' | 'voice')[] | undefined;
    if (e.methods !== undefined) {
      methods = stringArrayAt(e.methods, `${at}.methods`).map((m, i) => {
        if (m !== 'sms' && m !== 'voice') fail(`${at}.methods[${i}]`, 'must be "sms" or "voice"');
        return m;
      });
      if (methods.length === 0) fail(`${at}.methods`, 'must list "sms", "voice" or both');
    }
    out.phone_number = methods ? { phoneNumber, methods } : { phoneNumber };
  }
  for (const key of ['google_otp', 'custom_otp'] as const) {
    if (a[key] === undefined) continue;
    const at = `${path}.${key}`;
    const e = objectAt(a[key], at);
    checkKeys(e, at, ['secret']);
    out[key] = { secret: base32At(e.secret, `${at}.secret`) };
  }
  if (a.okta_verify !== undefined) {
    const at = `${path}.okta_verify`;
    const e = objectAt(a.okta_verify, at);
    checkKeys(e, at, ['secret', 'push', 'numberChallenge', 'deviceName']);
    const ov: NonNullable<UserAuthenticatorsConfig['okta_verify']> = {};
    if (e.secret !== undefined) ov.secret = base32At(e.secret, `${at}.secret`);
    if (e.push !== undefined) ov.push = booleanAt(e.push, `${at}.push`);
    if (e.numberChallenge !== undefined) ov.numberChallenge = booleanAt(e.numberChallenge, `${at}.numberChallenge`);
    if (e.deviceName !== undefined) ov.deviceName = stringAt(e.deviceName, `${at}.deviceName`);
    if (ov.secret === undefined && ov.push === false) fail(at, 'needs a "secret" (TOTP) or push enabled');
    out.okta_verify = ov;
  }
  if (a.security_question !== undefined) {
    const at = `${path}.security_question`;
    const e = objectAt(a.security_question, at);
    checkKeys(e, at, ['questionKey', 'question', 'answer']);
    const questionKey = stringAt(e.questionKey, `${at}.questionKey`);
    const sq: NonNullable<UserAuthenticatorsConfig['security_question']> = { questionKey, answer: stringAt(e.answer, `${at}.answer`) };
    if (e.question !== undefined) sq.question = stringAt(e.question, `${at}.question`);
    if (questionKey === 'custom' && sq.question === undefined) fail(`${at}.question`, 'is required when questionKey is "custom"');
    out.security_question = sq;
  }
  if (a.webauthn !== undefined) {
    const at = `${path}.webauthn`;
    const e = objectAt(a.webauthn, at);
    checkKeys(e, at, ['credentials']);
    if (!Array.isArray(e.credentials)) fail(`${at}.credentials`, 'must be an array of credentials');
    out.webauthn = {
      credentials: e.credentials.map((c, i) => {
        const cat = `${at}.credentials[${i}]`;
        const o = objectAt(c, cat);
        checkKeys(o, cat, ['credentialId', 'publicKey', 'counter', 'transports']);
        const cred: WebauthnCredentialConfig = {
          credentialId: stringAt(o.credentialId, `${cat}.credentialId`),
          publicKey: stringAt(o.publicKey, `${cat}.publicKey`),
        };
        if (o.counter !== undefined) cred.counter = integerAt(o.counter, `${cat}.counter`, 0);
        if (o.transports !== undefined) cred.transports = stringArrayAt(o.transports, `${cat}.transports`);
        return cred;
      }),
    };
  }
  return out;
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
