/**
 * The configuration as people write it (every field optional), and as the emulator works with it
 * (everything filled in, patterns compiled). Validation is the schema's job (config-schema.ts).
 */
import { ConfigError, normaliseBase32, parseConfig, userIdFor, type ParsedConfig } from './config-schema.js';
import { normalisePhone } from './phone-number.js';
import { compilePattern, type UrlPattern } from './patterns.js';

export { ConfigError };

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

export interface PasswordRecoveryConfig {
  /** Authenticator keys that may verify a recovery, in the order offered. */
  authenticators?: string[];
}

export interface PasswordLockoutConfig {
  /** Wrong passwords in a row after which the user is LOCKED_OUT. */
  maxAttempts?: number;
}

export interface PasswordPolicyConfig {
  complexity?: PasswordComplexityConfig;
  age?: PasswordAgeConfig;
  /** Lock the user out after too many wrong passwords. */
  lockout?: PasswordLockoutConfig;
  /** Self-service password recovery (when `passwordRecovery` is on). */
  recovery?: PasswordRecoveryConfig;
}

export interface LifetimesConfig {
  transactionSeconds?: number;
  interactionCodeSeconds?: number;
  accessTokenSeconds?: number;
  idTokenSeconds?: number;
  /** How long an unused refresh token stays redeemable. */
  refreshTokenSeconds?: number;
}

export interface LimitsConfig {
  /** Live transactions kept at most (the oldest is dropped first). Default 10000. */
  maxTransactions?: number;
  /** Reported in `X-Rate-Limit-Limit`, per endpoint and minute. Default 600. */
  requestsPerMinute?: number;
  /** Answer 429 past `requestsPerMinute`. Default false. */
  enforceRateLimits?: boolean;
}

export interface AuthorizationServerConfig {
  /** The id in `/oauth2/{id}`. */
  id: string;
  name?: string;
  /** Access token audience; default `api://{id}`. */
  audience?: string;
  /** Custom scopes, and consent settings of any scope (idx/consent.ts). */
  scopes?: ScopeConfig[];
}

/** A scope declared on an authorization server (Okta's Scopes tab). */
export interface ScopeConfig {
  name: string;
  displayName?: string;
  description?: string;
  /** Default IMPLICIT: never asked. */
  consent?: 'REQUIRED' | 'IMPLICIT';
  /** The person may leave it out (granular consent). */
  optional?: boolean;
}

/** Where Okta offers "Stay signed in" (idx/keep-signed-in.ts). */
export type KeepMeSignedIn = 'beforeSignIn' | 'afterSignIn' | 'off';

export type UserStatus = 'ACTIVE' | 'LOCKED_OUT' | 'SUSPENDED' | 'DEPROVISIONED' | 'PROVISIONED' | 'STAGED';
export type UnknownUserMessage = 'idx.unknown.user' | 'errors.E0000004';

export interface ClientConfig {
  clientId: string;
  name?: string;
  /** Patterns (`*`, `**`) a `redirect_uri` must match. */
  redirectUris: string[];
  /** Patterns for `post_logout_redirect_uri`; defaults to `redirectUris`. */
  postLogoutRedirectUris?: string[];
  /** Makes the client confidential: the token endpoint requires it (Basic or form). */
  clientSecret?: string;
  /** Okta's "User consent": REQUIRED asks for the scopes that need consent; TRUSTED (default) never asks. */
  consentMethod?: 'REQUIRED' | 'TRUSTED';
  /** Shown on the consent screen. */
  clientUri?: string;
  logoUri?: string;
  policyUri?: string;
  tosUri?: string;
}

export interface UserProfileConfig {
  firstName?: string;
  lastName?: string;
  email?: string;
  locale?: string;
  timeZone?: string;
  [attribute: string]: string | undefined;
}

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
  /** Progressive profiling for this user, instead of the top-level `profileEnrollment`. */
  profileEnrollment?: ProfileEnrollmentConfig;
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
  /** The password has expired: it must be changed after it is verified (reenroll-authenticator). */
  passwordExpired?: boolean;
  /** The password expires in N days: a warning with skip after it is verified (reenroll-authenticator-warning). */
  passwordExpiresInDays?: number;
  authenticators?: UserAuthenticatorsConfig;
  /** Default ACTIVE; any other status cannot sign in. */
  status?: UserStatus;
  /** Client ids the user is assigned to; default every client. */
  assignedClients?: string[];
  /** The global session policy rule of the user's group for the post-authentication prompt; default the org's. */
  keepMeSignedIn?: KeepMeSignedIn;
}

/** One attribute of the sign-up form (`userProfile.<name>` of `enroll-profile`), and of `profile-update`. */
export interface ProfileAttributeConfig {
  name: string;
  /** Default: the name. */
  label?: string;
  /** Default "string". */
  type?: ProfileAttributeType;
  /** Must be given at sign-up. */
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** An enum: the only values accepted (a select). */
  options?: { value: string | number | boolean; label: string }[];
}

export type ProfileAttributeType = 'string' | 'integer' | 'number' | 'boolean';

/** Self-service registration (Okta's profile enrollment policy with sign-up allowed). */
export interface RegistrationConfig {
  /** Offer "Sign up" (`select-enroll-profile`). */
  enabled?: boolean;
  /** The sign-up form, in order; must include `email` (the login). */
  profileAttributes?: ProfileAttributeConfig[];
  /** The password is on the sign-up form; false: enrolled right after. */
  passwordAtSignUp?: boolean;
  /** The new user enrolls the email authenticator before going on. */
  emailVerification?: boolean;
  /** The new user is PROVISIONED; sign-up ends with "check your email" and an activation link. */
  activationEmail?: boolean;
}

/** Progressive profiling: attributes a signed-in user must have (asked with `profile-update`). */
export interface ProfileEnrollmentConfig {
  /** Names defined in `registration.profileAttributes`. */
  requiredAttributes?: string[];
  /** Offer `skip` beside `profile-update`. */
  skippable?: boolean;
}

export type IdentityProviderType = 'GOOGLE' | 'FACEBOOK' | 'APPLE' | 'MICROSOFT' | 'LINKEDIN' | 'SAML2' | 'OIDC';

/** An account at an identity provider, linked to an emulator user. */
export interface FederatedUserConfig {
  /** The person's id at the provider. */
  subject: string;
  name?: string;
  email?: string;
  /** Identifier of the linked emulator user. */
  user: string;
}

/** A social or enterprise identity provider, played by the emulator's own provider page. */
export interface IdentityProviderConfig {
  /** As in `/sso/idps/{id}`. */
  id: string;
  type: IdentityProviderType;
  /** The label. */
  name: string;
  users: FederatedUserConfig[];
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
  /** Self-service password recovery (`recover`, identify-recovery, reset-authenticator, recovery tokens). */
  passwordRecovery?: boolean;
  /** Self-service account unlock (`unlock-account` on the identify form). */
  selfServiceUnlock?: boolean;
  /** How an unknown username is answered. Default `idx.unknown.user`. */
  unknownUserMessage?: UnknownUserMessage;
  /** "Stay signed in" on the identify form (default), after authentication, or off. */
  keepMeSignedIn?: KeepMeSignedIn;
  /** Custom authorization servers (replaces the default `[{ id: "default" }]`). */
  authorizationServers?: AuthorizationServerConfig[];
  /** Host names besides the loopback ones that the emulator answers to; "*" = any. */
  allowedHosts?: string[];
  limits?: LimitsConfig;
  passwordPolicy?: PasswordPolicyConfig;
  lifetimes?: LifetimesConfig;
  users?: UserConfig[];
  /** Identity providers offered beside the identify form (replaces the default list). */
  identityProviders?: IdentityProviderConfig[];
  /** Self-service registration (merged field by field into the default). */
  registration?: RegistrationConfig;
  /** Progressive profiling (merged field by field into the default). */
  profileEnrollment?: ProfileEnrollmentConfig;
}

// ---- What the emulator works with (everything filled in and checked) ----

export interface PasswordPolicy {
  complexity: Required<PasswordComplexityConfig>;
  age: Required<PasswordAgeConfig>;
  lockout: Required<PasswordLockoutConfig>;
  recovery: Required<PasswordRecoveryConfig>;
}
export type Lifetimes = Required<LifetimesConfig>;

export interface ResolvedClient {
  clientId: string;
  name: string;
  redirectUris: UrlPattern[];
  postLogoutRedirectUris: UrlPattern[];
  /** undefined: a public client. */
  clientSecret: string | undefined;
  consentMethod: 'REQUIRED' | 'TRUSTED';
  /** The app's links for the consent screen (undefined: not configured). */
  clientUri: string | undefined;
  logoUri: string | undefined;
  policyUri: string | undefined;
  tosUri: string | undefined;
}

export interface ResolvedScope {
  name: string;
  /** undefined: Okta's wording for an OIDC scope, else the name (idx/consent.ts). */
  displayName: string | undefined;
  description: string | undefined;
  consent: 'REQUIRED' | 'IMPLICIT';
  optional: boolean;
}

export interface ResolvedAuthorizationServer {
  id: string;
  name: string;
  audience: string;
  /** Declared scopes (custom ones and redeclared OIDC ones). */
  scopes: ResolvedScope[];
}

export interface ResolvedPolicy {
  /** Each entry: any one of these keys satisfies it. */
  signOn: string[][];
  enroll: string[];
  optional: string[];
  /** This user's progressive profiling; undefined: the top-level `profileEnrollment`. */
  profileEnrollment?: Required<ProfileEnrollmentConfig>;
}

export interface ResolvedUser {
  id: string;
  identifier: string;
  password: string | null;
  mustEnrollPassword: boolean;
  profile: Record<string, string>;
  policy: ResolvedPolicy;
  passwordExpired: boolean;
  /** undefined: no expiry warning. */
  passwordExpiresInDays: number | undefined;
  /** Validated per-authenticator enrollment data (see {@link UserAuthenticatorsConfig}). */
  authenticators: UserAuthenticatorsConfig;
  status: UserStatus;
  /** undefined: assigned to every client. */
  assignedClients: string[] | undefined;
  /** undefined: the org's setting. */
  keepMeSignedIn?: KeepMeSignedIn;
}

export interface ResolvedConfig {
  orgName: string;
  clients: ResolvedClient[];
  trustedOrigins: UrlPattern[];
  identifierFirst: boolean;
  passwordRecovery: boolean;
  selfServiceUnlock: boolean;
  unknownUserMessage: UnknownUserMessage;
  keepMeSignedIn: KeepMeSignedIn;
  authorizationServers: ResolvedAuthorizationServer[];
  allowedHosts: string[];
  limits: Required<LimitsConfig>;
  passwordPolicy: PasswordPolicy;
  lifetimes: Lifetimes;
  users: ResolvedUser[];
  identityProviders: IdentityProviderConfig[];
  registration: ResolvedRegistration;
  profileEnrollment: Required<ProfileEnrollmentConfig>;
}

export interface ResolvedProfileAttribute extends ProfileAttributeConfig {
  label: string;
  type: ProfileAttributeType;
  required: boolean;
}

export interface ResolvedRegistration {
  enabled: boolean;
  profileAttributes: ResolvedProfileAttribute[];
  passwordAtSignUp: boolean;
  emailVerification: boolean;
  activationEmail: boolean;
}

const BUILT_IN_PROFILE_ATTRIBUTES: ProfileAttributeConfig[] = [
  { name: 'email', label: 'Email', required: true, maxLength: 100 },
  { name: 'firstName', label: 'First name', required: true, maxLength: 50 },
  { name: 'lastName', label: 'Last name', required: true, maxLength: 50 },
];

function resolveRegistration(config: ParsedConfig['registration'], fallback: ParsedConfig['registration']): ResolvedRegistration {
  const pick = <K extends keyof NonNullable<ParsedConfig['registration']>>(key: K) => config?.[key] ?? fallback?.[key];
  const attributes = pick('profileAttributes') ?? BUILT_IN_PROFILE_ATTRIBUTES;
  return {
    enabled: pick('enabled') ?? false,
    profileAttributes: attributes.map((a) => ({
      ...a,
      label: a.label ?? a.name,
      type: a.type ?? 'string',
      required: a.required ?? false,
      ...(a.options ? { options: a.options.map((o) => ({ ...o })) } : {}),
    })),
    passwordAtSignUp: pick('passwordAtSignUp') ?? true,
    emailVerification: pick('emailVerification') ?? false,
    activationEmail: pick('activationEmail') ?? false,
  };
}

/** Progressive profiling can only ask for attributes the profile schema (the sign-up attributes) defines. */
function resolveProfileEnrollment(
  config: ParsedConfig['profileEnrollment'],
  fallback: ParsedConfig['profileEnrollment'],
  registration: ResolvedRegistration,
  root: string,
): Required<ProfileEnrollmentConfig> {
  const requiredAttributes = [...(config?.requiredAttributes ?? fallback?.requiredAttributes ?? [])];
  const known = registration.profileAttributes.map((a) => a.name);
  const unknown = requiredAttributes.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new ConfigError(
      `${root}.profileEnrollment.requiredAttributes names ${unknown.map((n) => `"${n}"`).join(', ')}, not in registration.profileAttributes (known: ${known.join(', ')})`,
    );
  }
  return { requiredAttributes, skippable: config?.skippable ?? fallback?.skippable ?? false };
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
  lockout: { maxAttempts: 10 },
  recovery: { authenticators: ['okta_email', 'phone_number', 'okta_verify', 'security_question'] },
};

const BUILT_IN_LIFETIMES: Lifetimes = {
  transactionSeconds: 600,
  interactionCodeSeconds: 60,
  accessTokenSeconds: 3600,
  idTokenSeconds: 3600,
  refreshTokenSeconds: 7776000,
};

const BUILT_IN_LIMITS: Required<LimitsConfig> = {
  maxTransactions: 10000,
  requestsPerMinute: 600,
  enforceRateLimits: false,
};

type ParsedUser = NonNullable<ParsedConfig['users']>[number];
type ParsedClient = NonNullable<ParsedConfig['clients']>[number];

function resolveClient(c: ParsedClient): ResolvedClient {
  const redirectUris = c.redirectUris.map(compilePattern);
  return {
    clientId: c.clientId,
    name: c.name ?? c.clientId,
    redirectUris,
    postLogoutRedirectUris: c.postLogoutRedirectUris?.map(compilePattern) ?? redirectUris,
    clientSecret: c.clientSecret,
    consentMethod: c.consentMethod ?? 'TRUSTED',
    clientUri: c.clientUri,
    logoUri: c.logoUri,
    policyUri: c.policyUri,
    tosUri: c.tosUri,
  };
}

/** Enrollment data with secrets and phone numbers in the one form the authenticators compare. */
function resolveUserAuthenticators(a: ParsedUser['authenticators'] = {}): UserAuthenticatorsConfig {
  const out: UserAuthenticatorsConfig = {};
  if (a.okta_email !== undefined) out.okta_email = a.okta_email === true ? true : { ...a.okta_email };
  if (a.phone_number) {
    const phoneNumber = normalisePhone(a.phone_number.phoneNumber)!;
    out.phone_number = a.phone_number.methods ? { phoneNumber, methods: [...a.phone_number.methods] } : { phoneNumber };
  }
  if (a.google_otp) out.google_otp = { secret: normaliseBase32(a.google_otp.secret) };
  if (a.custom_otp) out.custom_otp = { secret: normaliseBase32(a.custom_otp.secret) };
  if (a.okta_verify) {
    const { secret, ...rest } = a.okta_verify;
    out.okta_verify = secret === undefined ? { ...rest } : { secret: normaliseBase32(secret), ...rest };
  }
  if (a.security_question) out.security_question = { ...a.security_question };
  if (a.webauthn) out.webauthn = { credentials: a.webauthn.credentials.map((c) => ({ ...c })) };
  return out;
}

function resolveUser(u: ParsedUser): ResolvedUser {
  const identifier = u.identifier.trim();
  const password = u.password ?? null;
  return {
    id: u.id ?? userIdFor(identifier),
    identifier,
    password,
    mustEnrollPassword: u.mustEnrollPassword ?? password === null,
    profile: setFields(u.profile) as Record<string, string>,
    policy: {
      signOn: u.policy?.signOn?.map((entry) => (Array.isArray(entry) ? [...entry] : [entry])) ?? [['okta_password']],
      enroll: [...(u.policy?.enroll ?? [])],
      optional: [...(u.policy?.optional ?? [])],
      ...(u.policy?.profileEnrollment
        ? { profileEnrollment: { requiredAttributes: [...(u.policy.profileEnrollment.requiredAttributes ?? [])], skippable: u.policy.profileEnrollment.skippable ?? false } }
        : {}),
    },
    passwordExpired: u.passwordExpired ?? false,
    passwordExpiresInDays: u.passwordExpiresInDays,
    authenticators: resolveUserAuthenticators(u.authenticators),
    status: u.status ?? 'ACTIVE',
    assignedClients: u.assignedClients ? [...u.assignedClients] : undefined,
    keepMeSignedIn: u.keepMeSignedIn,
  };
}

/** The fields that are set: a key present with the value `undefined` (from JavaScript) keeps the default. */
const setFields = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;

function mergePolicy(base: PasswordPolicy, over: ParsedConfig['passwordPolicy']): PasswordPolicy {
  return {
    complexity: { ...base.complexity, ...setFields(over?.complexity) },
    age: { ...base.age, ...setFields(over?.age) },
    lockout: { ...base.lockout, ...setFields(over?.lockout) },
    recovery: { authenticators: [...(over?.recovery?.authenticators ?? base.recovery.authenticators)] },
  };
}

/**
 * Validates `input` and fills every missing field from `defaults` (normally the shipped default config),
 * so `{ "identifierFirst": false }` is a complete configuration. `clients`, `trustedOrigins` and `users`
 * replace the default lists; `passwordPolicy`, `lifetimes` and `limits` are merged field by field. An invalid
 * config throws a `ConfigError` naming each offending field (`config.…`, or `defaults.…`).
 */
export function resolveConfig(input: unknown, defaults: EmulatorConfig = {}): ResolvedConfig {
  const config = parseConfig(input, 'config');
  const fallback = parseConfig(defaults, 'defaults');
  const pick = <K extends keyof ParsedConfig>(key: K): ParsedConfig[K] => config[key] ?? fallback[key];
  const registration = resolveRegistration(config.registration, fallback.registration);
  const resolved: ResolvedConfig = {
    orgName: pick('orgName') ?? 'okta-elements emulator',
    clients: (pick('clients') ?? []).map(resolveClient),
    trustedOrigins: (pick('trustedOrigins') ?? []).map(compilePattern),
    identifierFirst: pick('identifierFirst') ?? true,
    passwordRecovery: pick('passwordRecovery') ?? false,
    selfServiceUnlock: pick('selfServiceUnlock') ?? false,
    unknownUserMessage: pick('unknownUserMessage') ?? 'idx.unknown.user',
    keepMeSignedIn: pick('keepMeSignedIn') ?? 'beforeSignIn',
    authorizationServers: (pick('authorizationServers') ?? [{ id: 'default' }]).map((server) => ({
      id: server.id,
      name: server.name ?? server.id,
      audience: server.audience ?? `api://${server.id}`,
      scopes: (server.scopes ?? []).map((s) => ({
        name: s.name,
        displayName: s.displayName,
        description: s.description,
        consent: s.consent ?? 'IMPLICIT',
        optional: s.optional ?? false,
      })),
    })),
    allowedHosts: [...(pick('allowedHosts') ?? [])],
    limits: { ...BUILT_IN_LIMITS, ...setFields(fallback.limits), ...setFields(config.limits) },
    passwordPolicy: mergePolicy(mergePolicy(BUILT_IN_POLICY, fallback.passwordPolicy), config.passwordPolicy),
    lifetimes: { ...BUILT_IN_LIFETIMES, ...setFields(fallback.lifetimes), ...setFields(config.lifetimes) },
    users: (pick('users') ?? []).map(resolveUser),
    // The default providers link default users: a config with its own users and no providers has none.
    identityProviders: linkedProviders(
      config,
      config.identityProviders ?? (config.users ? [] : (fallback.identityProviders ?? [])),
      (pick('users') ?? []).map((u) => u.identifier.trim().toLowerCase()),
    ),
    registration,
    profileEnrollment: resolveProfileEnrollment(config.profileEnrollment, fallback.profileEnrollment, registration, 'config'),
  };
  resolved.users.forEach((u, i) => {
    if (u.policy.profileEnrollment) resolveProfileEnrollment(u.policy.profileEnrollment, undefined, registration, `config.users[${i}].policy`);
  });
  return resolved;
}

/** Every provider account must name an existing user (checked here: `users` may come from the defaults). */
function linkedProviders(config: ParsedConfig, providers: IdentityProviderConfig[], identifiers: string[]): IdentityProviderConfig[] {
  const root = config.identityProviders ? 'config' : 'defaults';
  const problems = providers.flatMap((idp, i) =>
    idp.users.flatMap((u, j) =>
      identifiers.includes(u.user.trim().toLowerCase()) ? [] : [`${root}.identityProviders[${i}].users[${j}].user "${u.user}" is not in users`],
    ),
  );
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return providers.map((idp) => ({ ...idp, users: idp.users.map((u) => ({ ...u })) }));
}
