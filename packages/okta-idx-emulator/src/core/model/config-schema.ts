/**
 * The emulator's configuration as a zod schema: one source for validating a config (with messages that
 * name the offending field) and for `config.schema.json`, the JSON schema that editors read through
 * `$schema`. It describes what people write; `resolveConfig` (config.ts) then fills in the defaults.
 */
import { z } from 'zod';
import { stableId } from './ids.js';
import { canMatch } from './patterns.js';
import { normalisePhone } from './phone-number.js';

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

// ---- Building blocks, each with the sentence it says when a value is wrong ----

const NON_EMPTY = 'must be a non-empty string';

/** An object that refuses unknown keys: a typo such as `identiferFirst` must not fall back to a default. */
function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `is not a known setting (known: ${known})` : 'must be an object'),
  });
}

const nonEmptyString = () =>
  z.string({ error: NON_EMPTY }).refine((value) => value.trim() !== '', { error: NON_EMPTY, abort: true });

const boolean = () => z.boolean({ error: 'must be true or false' });

const integer = (min: number) => z.int({ error: `must be an integer >= ${min}` }).min(min, { error: `must be an integer >= ${min}` });

const stringArray = () => z.array(nonEmptyString(), { error: 'must be an array of strings' });

const got = (input: unknown) => JSON.stringify(input);

const CANNOT_MATCH =
  'can never match: `*` may stand for the port, a whole leftmost host label ("https://*.example.com") or a ' +
  'run in the path, and a URI may have no userinfo or fragment';

const originPattern = () =>
  nonEmptyString()
    .regex(/^(null|[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)$/, {
      error: (issue) =>
        /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(String(issue.input))
          ? `must be an origin without a path, query or trailing slash (got ${got(issue.input)})`
          : `must be an origin pattern such as "http://localhost:*" (got ${got(issue.input)})`,
    })
    .refine(canMatch, { error: (issue) => `${CANNOT_MATCH} (got ${got(issue.input)})` })
    .describe(
      'An origin, or a pattern compared per component: `*` as the port is any port ("http://localhost:*"), ' +
        '`*.` as the whole leftmost host label is one subdomain ("https://*.example.com").',
    );

const uriPattern = () =>
  nonEmptyString()
    .regex(/^[A-Za-z][A-Za-z0-9+.-]*:(\/\/[^/]|\/?[^/])/, {
      error: (issue) => `must be an absolute URI pattern such as "http://localhost:*/**" (got ${got(issue.input)})`,
    })
    .refine(canMatch, { error: (issue) => `${CANNOT_MATCH} (got ${got(issue.input)})` })
    .describe(
      'An exact absolute URI, or a pattern compared per component after parsing: `*` as the port is any port, ' +
        '`*.` as the whole leftmost host label is one subdomain, and in the path `*` is any run of characters ' +
        'except `/` and `**` anything. Never with userinfo or a fragment.',
    );

const authenticatorKey = () =>
  z
    .string({ error: NON_EMPTY })
    .refine((key) => (AUTHENTICATOR_KEYS as readonly string[]).includes(key), {
      error: (issue) => `is not a known authenticator key (known: ${AUTHENTICATOR_KEYS.join(', ')}; got ${got(issue.input)})`,
    })
    .meta({ enum: [...AUTHENTICATOR_KEYS] });

/** Spaces are ignored and letters may be lower case: the secret is normalised when the config is resolved. */
export const normaliseBase32 = (value: string) => value.replace(/\s+/g, '').toUpperCase();

const base32Secret = () =>
  nonEmptyString()
    .refine((value) => /^[A-Z2-7]+=*$/.test(normaliseBase32(value)) && normaliseBase32(value).length >= 16, {
      error: 'must be a base32 TOTP secret of at least 16 characters (e.g. "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")',
    })
    .describe('A base32 TOTP secret of at least 16 characters.');

// ---- The sections of a config ----

const client = strict({
  clientId: nonEmptyString().describe('The `client_id`; unique.'),
  name: nonEmptyString().optional().describe('A display name; default: the client id.'),
  redirectUris: z
    .array(uriPattern(), {
      error: (issue) =>
        issue.input === undefined ? 'is required (an array of redirect URI patterns)' : 'must be an array of strings',
    })
    .min(1, { error: 'must list at least one redirect URI pattern' })
    .describe('Patterns that a `redirect_uri` must match.'),
  postLogoutRedirectUris: z
    .array(uriPattern(), { error: 'must be an array of strings' })
    .optional()
    .describe('Patterns for `post_logout_redirect_uri`; default: the `redirectUris`.'),
  clientSecret: nonEmptyString()
    .optional()
    .describe(
      'Makes the client confidential (an Okta "Web" app): the token endpoint then requires this secret, ' +
        'sent with HTTP Basic (`client_secret_basic`) or in the form (`client_secret_post`). Absent: a public client (PKCE only).',
    ),
  // ---- App consent (idx/consent.ts) ----
  consentMethod: z
    .enum(['REQUIRED', 'TRUSTED'], { error: 'must be "REQUIRED" or "TRUSTED"' })
    .optional()
    .describe(
      'Okta\'s "User consent" app setting (`consent_method`): "REQUIRED" asks the person to consent to the requested ' +
        'scopes whose `consent` is "REQUIRED" (see `authorizationServers[].scopes`), once per user, app and server; ' +
        '"TRUSTED" (the default) never asks.',
    ),
  clientUri: nonEmptyString().optional().describe('The app\'s home page (`client_uri`), shown on the consent screen.'),
  logoUri: nonEmptyString().optional().describe('The app\'s logo (`logo_uri`), shown on the consent screen.'),
  policyUri: nonEmptyString().optional().describe('The app\'s privacy policy (`policy_uri`), linked from the consent screen.'),
  tosUri: nonEmptyString().optional().describe('The app\'s terms of service (`tos_uri`), linked from the consent screen.'),
});

/** Where Okta offers "Stay signed in" (idx/keep-signed-in.ts). */
const keepMeSignedIn = () =>
  z.enum(['beforeSignIn', 'afterSignIn', 'off'], { error: 'must be "beforeSignIn", "afterSignIn" or "off"' }).optional();

/** A scope declared on an authorization server (Okta's Security > API > Scopes), for consent (idx/consent.ts). */
const scope = strict({
  name: nonEmptyString()
    .regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, { error: 'must be a scope token (printable characters, no spaces, quotes or backslashes)' })
    .describe('The scope as requested (`scope=`); may redeclare a built-in one (profile, email, address, phone) to require consent.'),
  displayName: nonEmptyString().optional().describe('What the consent screen says the app may do; default: the name.'),
  description: nonEmptyString().optional().describe('The longer explanation under it.'),
  consent: z
    .enum(['REQUIRED', 'IMPLICIT'], { error: 'must be "REQUIRED" or "IMPLICIT"' })
    .optional()
    .describe('"REQUIRED": a client with `consentMethod` "REQUIRED" asks for it; "IMPLICIT" (the default) never does.'),
  optional: boolean()
    .optional()
    .describe('The person may leave it out (Okta\'s granular consent: the `granular-consent` form lists it with a checkbox).'),
});

const authorizationServer = strict({
  id: nonEmptyString()
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'must contain only letters, digits, "_" and "-" (it becomes a path segment)' })
    .describe('The id in the issuer path `/oauth2/{id}`: "default" or an id such as "aus1a2b3c4d5e6f7g8h9".'),
  name: nonEmptyString().optional().describe('A display name; default: the id.'),
  audience: nonEmptyString().optional().describe('The access token `aud`; default: "api://{id}".'),
  scopes: z
    .array(scope, { error: 'must be an array of scopes' })
    .optional()
    .describe('Custom scopes this server accepts besides the OIDC ones, and consent settings of any scope.'),
});

const complexity = strict({
  minLength: integer(0).optional(),
  minLowerCase: integer(0).optional(),
  minUpperCase: integer(0).optional(),
  minNumber: integer(0).optional(),
  minSymbol: integer(0).optional(),
  excludeUsername: boolean().optional(),
  excludeAttributes: stringArray().optional(),
  maxConsecutiveRepeatingCharacters: integer(0).optional().describe('0 = no limit.'),
});

const passwordPolicy = strict({
  complexity: complexity.optional().describe("Okta's complexity rules, checked at enrollment and shown to the person."),
  age: strict({
    minAgeMinutes: integer(0).optional().describe('Shown in the rules, not enforced.'),
    historyCount: integer(0).optional().describe('A new password cannot be one of the last N.'),
  }).optional(),
  lockout: strict({
    maxAttempts: integer(1)
      .optional()
      .describe('Wrong passwords in a row after which the user is LOCKED_OUT (a right password resets the count). Default 10.'),
  })
    .optional()
    .describe('Lockout after wrong passwords (unlocked by `selfServiceUnlock` or by configuration).'),
  recovery: strict({
    authenticators: z
      .array(authenticatorKey(), { error: 'must be an array of authenticator keys' })
      .optional()
      .describe(
        'Authenticators that may verify a self-service password recovery, in the order they are offered ' +
          '(a user is offered those they have). Default: okta_email, phone_number, okta_verify, security_question.',
      ),
  })
    .optional()
    .describe('Self-service password recovery (used when `passwordRecovery` is true).'),
});

const lifetimes = strict({
  transactionSeconds: integer(1).optional().describe('Idle timeout of a sign-in transaction.'),
  interactionCodeSeconds: integer(1).optional(),
  accessTokenSeconds: integer(1).optional(),
  idTokenSeconds: integer(1).optional(),
  refreshTokenSeconds: integer(1).optional().describe('How long an unused refresh token stays redeemable.'),
});

const limits = strict({
  maxTransactions: integer(1)
    .optional()
    .describe('Live sign-in transactions kept at most; when full, the oldest is dropped first. Default 10000.'),
  requestsPerMinute: integer(1)
    .optional()
    .describe('The per-endpoint rate limit reported in `X-Rate-Limit-Limit` (and enforced with 429 when `enforceRateLimits`).'),
  enforceRateLimits: boolean().optional().describe('Answer 429 (E0000047) past `requestsPerMinute`; default false.'),
});

// ---- Self-service registration and progressive profiling (idx/registration.ts, idx/profile-update.ts) ----

/** Okta's profile attribute names: a letter, then letters, digits and "_" (they become `userProfile.<name>`). */
const attributeName = () =>
  nonEmptyString().regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: 'must be an attribute name such as "firstName" (letters, digits, "_")' });

const profileAttribute = strict({
  name: attributeName().describe('The profile attribute (`email` is the login). Unique.'),
  label: nonEmptyString().optional().describe('The form label; default: the name.'),
  type: z
    .enum(['string', 'integer', 'number', 'boolean'], { error: 'must be "string", "integer", "number" or "boolean"' })
    .optional()
    .describe('Default "string". Okta sends `type` only for non-strings; values are kept as strings in the profile.'),
  required: boolean().optional().describe('Must be given at sign-up; default false.'),
  minLength: integer(0).optional().describe('Strings: at least this many characters.'),
  maxLength: integer(1).optional().describe('Strings: at most this many characters.'),
  options: z
    .array(
      strict({
        value: z.union([z.string(), z.number(), z.boolean()], { error: 'must be a string, number or boolean' }),
        label: nonEmptyString(),
      }),
      { error: 'must be an array of { value, label }' },
    )
    .min(1, { error: 'must list at least one option' })
    .optional()
    .describe('An enum: the only values accepted, sent as the field\'s `options` (a select).'),
});

const registration = strict({
  enabled: boolean().optional().describe('Offer "Sign up" (`select-enroll-profile`) beside identify. Default true in the shipped config.'),
  profileAttributes: z
    .array(profileAttribute, { error: 'must be an array of attributes' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((a, i) => {
        if (seen.has(a.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${a.name}" is used twice` });
        seen.add(a.name);
      });
      if (!seen.has('email')) ctx.addIssue({ code: 'custom', path: [], message: 'must include "email" (the new user\'s login)' });
    })
    .optional()
    .describe('The sign-up form (`enroll-profile`), in order; must include `email`. Default: email, firstName, lastName.'),
  passwordAtSignUp: boolean()
    .optional()
    .describe('The password is asked on the sign-up form (`credentials.passcode`); false: enrolled right after. Default true.'),
  emailVerification: boolean()
    .optional()
    .describe('The new user enrolls the email authenticator (a code or link to the address) before going on. Default false.'),
  activationEmail: boolean()
    .optional()
    .describe(
      'The new user is PROVISIONED and sign-up ends with Okta\'s "check your email" (`idx.email.verification.required`); ' +
        'the emailed link carries an activation token. Default false.',
    ),
});

const profileEnrollment = strict({
  requiredAttributes: z
    .array(attributeName(), { error: 'must be an array of attribute names' })
    .optional()
    .describe(
      'Progressive profiling: a user who signs in without one of these (defined in `registration.profileAttributes`) ' +
        'is asked for the missing ones (`profile-update`) before the code. Default none.',
    ),
  skippable: boolean().optional().describe('Offer `skip` beside `profile-update`. Default false.'),
});

const signOnPolicy = strict({
  signOn: z
    .array(
      z.union([authenticatorKey(), z.array(authenticatorKey()).min(1, { error: 'must list at least one authenticator key' })], {
        error: 'must be an authenticator key or a list of keys',
      }),
      { error: 'must be an array of authenticator keys (or of lists of keys)' },
    )
    .optional()
    .describe('Verified at every sign-in, in this order; a list is satisfied by any one of its keys. Default: ["okta_password"].'),
  enroll: z
    .array(authenticatorKey(), { error: 'must be an array of authenticator keys' })
    .optional()
    .describe('Must be enrolled: enrollment is forced after sign-on when missing.'),
  optional: z
    .array(authenticatorKey(), { error: 'must be an array of authenticator keys' })
    .optional()
    .describe('Offered for enrollment after sign-on, with a `skip` remediation.'),
  profileEnrollment: profileEnrollment
    .optional()
    .describe('Progressive profiling for this user, instead of the top-level `profileEnrollment` (Okta assigns these policies per app).'),
});

const webauthnCredential = strict({
  credentialId: nonEmptyString().describe('base64url credential id.'),
  publicKey: nonEmptyString().describe('base64url COSE public key.'),
  counter: integer(0).optional(),
  transports: stringArray().optional(),
});

const userAuthenticators = strict({
  okta_email: z
    .union([z.literal(true), strict({ email: nonEmptyString().optional() })], { error: 'must be true or an object' })
    .optional()
    .describe('true = the profile email (or the identifier).'),
  phone_number: strict({
    phoneNumber: nonEmptyString().refine((value) => normalisePhone(value) !== undefined, {
      error: 'must be an E.164 phone number such as "+15555550100"',
    }),
    methods: z
      .array(z.enum(['sms', 'voice'], { error: 'must be "sms" or "voice"' }), { error: 'must be an array of strings' })
      .min(1, { error: 'must list "sms", "voice" or both' })
      .optional(),
  }).optional(),
  google_otp: strict({ secret: base32Secret() }).optional(),
  okta_verify: strict({
    secret: base32Secret().optional(),
    push: boolean().optional(),
    numberChallenge: boolean().optional(),
    deviceName: nonEmptyString().optional(),
  })
    .refine((ov) => ov.secret !== undefined || ov.push !== false, { error: 'needs a "secret" (TOTP) or push enabled' })
    .optional(),
  security_question: strict({
    questionKey: nonEmptyString().describe('One of Okta\'s question keys, or "custom" with `question`.'),
    question: nonEmptyString().optional(),
    answer: nonEmptyString(),
  })
    .refine((sq) => sq.questionKey !== 'custom' || sq.question !== undefined, {
      error: 'is required when questionKey is "custom"',
      path: ['question'],
    })
    .optional(),
  webauthn: strict({ credentials: z.array(webauthnCredential, { error: 'must be an array of credentials' }) }).optional(),
  custom_otp: strict({ secret: base32Secret() }).optional(),
});

const user = strict({
  id: nonEmptyString().optional().describe('The Okta user id (`sub`); default: derived from the identifier.'),
  identifier: nonEmptyString().describe('The username: matched case-insensitively, unique.'),
  password: z
    .string({ error: 'must be a non-empty string or null' })
    .min(1, { error: 'must be a non-empty string or null' })
    .nullable()
    .optional()
    .describe('null = no password yet.'),
  mustEnrollPassword: boolean().optional().describe('The user sets a password at first sign-in; default: true when there is no password.'),
  status: z
    .enum(['ACTIVE', 'LOCKED_OUT', 'SUSPENDED', 'DEPROVISIONED', 'PROVISIONED', 'STAGED'], {
      error: 'must be "ACTIVE", "LOCKED_OUT", "SUSPENDED", "DEPROVISIONED", "PROVISIONED" or "STAGED"',
    })
    .optional()
    .describe(
      'The Okta user status; anything but ACTIVE (the default) cannot sign in, with Okta\'s answer for it. PROVISIONED ' +
        '(invited) and STAGED users are activated through an activation token (POST /dev/users/<login>/activation-token).',
    ),
  assignedClients: stringArray()
    .optional()
    .describe('Client ids of the apps the user is assigned to; default: every client. Others get Okta\'s "not assigned" answer.'),
  profile: z
    .record(z.string(), z.string({ error: 'must be a string' }).optional(), { error: 'must be an object' })
    .optional()
    .describe('String attributes: firstName, lastName, email, locale, timeZone and any others.'),
  policy: signOnPolicy.optional(),
  passwordExpired: boolean()
    .optional()
    .describe('The password has expired: after it is verified, the user must set a new one (reenroll-authenticator).'),
  passwordExpiresInDays: integer(0)
    .optional()
    .describe('The password expires in N days: after it is verified, the user is warned and may change it or skip (reenroll-authenticator-warning).'),
  authenticators: userAuthenticators.optional().describe('Enrolled authenticators besides the password, and their data.'),
  keepMeSignedIn: keepMeSignedIn().describe(
    'The global session policy rule of this user\'s group: "afterSignIn" asks "Stay signed in?" after they authenticate ' +
      '(`keep-me-signed-in`), "off" does not; default: the org\'s `keepMeSignedIn` (the identify form always follows the org\'s).',
  ),
}).superRefine((u, ctx) => {
  const password = u.password ?? null;
  const mustEnroll = u.mustEnrollPassword ?? password === null;
  if (mustEnroll && password !== null) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'must be null when mustEnrollPassword is true (the user sets it at first sign-in)' });
  }
  if (!mustEnroll && password === null) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'is missing: give the user a password or set "mustEnrollPassword": true' });
  }
});

// ---- Identity providers (identity-providers.ts) ----

/** Okta's IdP `type` values the emulator's fake provider can stand in for. */
export const IDP_TYPES = ['GOOGLE', 'FACEBOOK', 'APPLE', 'MICROSOFT', 'LINKEDIN', 'SAML2', 'OIDC'] as const;

const federatedUser = strict({
  subject: nonEmptyString().describe("The person's id at the provider (`sub` / NameID)."),
  name: nonEmptyString().optional().describe("Shown on the provider page; default: the linked user's name."),
  email: nonEmptyString().optional().describe("Shown on the provider page; default: the linked user's email."),
  user: nonEmptyString().describe('The identifier of the emulator user this account is linked to (must be in `users`).'),
});

const identityProvider = strict({
  id: nonEmptyString()
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'must be letters, digits, "-" or "_" (it is a path segment), such as "0oa1google000000001"' })
    .describe('The IdP id, as in `/sso/idps/{id}`.'),
  type: z
    .enum(IDP_TYPES, { error: `must be one of ${IDP_TYPES.join(', ')}` })
    .describe("Okta's IdP type: social ones get their brand in the UI, SAML2 and OIDC the `name`."),
  name: nonEmptyString().describe('The label (Okta\'s IdP name), e.g. "Google" or "Acme SSO".'),
  users: z
    .array(federatedUser, { error: 'must be an array of accounts' })
    .describe("The accounts the fake provider's page offers, each linked to an emulator user."),
});

const identityProviders = z
  .array(identityProvider, { error: 'must be an array of identity providers' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((idp, i) => {
      if (seen.has(idp.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${idp.id}" is used twice` });
      seen.add(idp.id);
      const subjects = new Set<string>();
      idp.users.forEach((u, j) => {
        if (subjects.has(u.subject)) ctx.addIssue({ code: 'custom', path: [i, 'users', j, 'subject'], message: `"${u.subject}" is used twice` });
        subjects.add(u.subject);
      });
    });
  });

/** The id a user without one gets: stable across restarts, the same for any spelling of the identifier. */
export const userIdFor = (identifier: string) => stableId('00u', identifier.trim().toLowerCase());

const clients = z
  .array(client, { error: 'must be an array of clients' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.clientId)) ctx.addIssue({ code: 'custom', path: [i, 'clientId'], message: `"${c.clientId}" is used twice` });
      seen.add(c.clientId);
    });
  });

const users = z
  .array(user, { error: 'must be an array of users' })
  .superRefine((list, ctx) => {
    const identifiers = new Map<string, number>();
    const ids = new Map<string, number>();
    list.forEach((u, i) => {
      const identifier = u.identifier.trim();
      const id = u.id ?? userIdFor(identifier);
      const earlier = identifiers.get(identifier.toLowerCase());
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i, 'identifier'], message: `"${identifier}" is already used by users[${earlier}]` });
      } else if (ids.has(id)) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${id}" is already used by users[${ids.get(id)}]` });
      }
      identifiers.set(identifier.toLowerCase(), i);
      ids.set(id, i);
    });
  });

/** A whole configuration. Every field is optional: what is missing comes from the default configuration. */
export const emulatorConfigSchema = strict({
  $schema: z.string({ error: 'must be a string' }).optional().describe('Ignored: lets editors find this schema.'),
  orgName: nonEmptyString().optional().describe("The org's name; the ID token's `idp` claim is derived from it."),
  clients: clients.optional().describe('The OIDC apps (replaces the default list as a whole).'),
  trustedOrigins: z
    .array(originPattern(), { error: 'must be an array of origin patterns' })
    .optional()
    .describe('Origin patterns that browsers may call from (Okta Trusted Origins with CORS).'),
  identifierFirst: boolean().optional().describe('false: the identify form also asks for the password.'),
  passwordRecovery: boolean()
    .optional()
    .describe(
      'Self-service password recovery: the password offers `recover` (identify-recovery, verification by an ' +
        'authenticator of `passwordPolicy.recovery`, reset-authenticator) and recovery tokens are accepted at /v1/interact.',
    ),
  selfServiceUnlock: boolean()
    .optional()
    .describe(
      'Self-service account unlock: the identify form offers `unlock-account` (select-authenticator-unlock-account, ' +
        'verification by the email or phone of `passwordPolicy.recovery`, then Okta\'s unlock success message).',
    ),
  keepMeSignedIn: keepMeSignedIn().describe(
    'Okta\'s "Stay signed in" (global session policy, idx/keep-signed-in.ts): "beforeSignIn" (the default) puts a ' +
      '`rememberMe` checkbox on the identify form; "afterSignIn" asks after authentication (`keep-me-signed-in`); "off": neither.',
  ),
  unknownUserMessage: z
    .enum(['idx.unknown.user', 'errors.E0000004'], { error: 'must be "idx.unknown.user" or "errors.E0000004"' })
    .optional()
    .describe(
      'How an unknown username is answered: "idx.unknown.user" (class INFO, older orgs; the default) or ' +
        '"errors.E0000004" ("Authentication failed", newer orgs that hide which usernames exist).',
    ),
  authorizationServers: z
    .array(authorizationServer, { error: 'must be an array of authorization servers' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((server, i) => {
        if (server.id === 'v1') {
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'cannot be "v1": /oauth2/v1 is the org authorization server' });
        } else if (seen.has(server.id)) {
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${server.id}" is used twice` });
        }
        seen.add(server.id);
      });
    })
    .optional()
    .describe(
      'Custom authorization servers, each at `/oauth2/{id}` with its own discovery, keys and audience ' +
        '(replaces the default list, which is just "default"). The org authorization server (`/oauth2/v1/*`) always exists.',
    ),
  allowedHosts: stringArray()
    .optional()
    .describe(
      'Host names (without port) the emulator answers to besides localhost, 127.0.0.1 and [::1]; any other ' +
        '`Host` header is refused, so a DNS-rebinding page cannot reach it. "*" allows every host.',
    ),
  limits: limits.optional().describe('Merged field by field into the default limits.'),
  passwordPolicy: passwordPolicy.optional().describe('Merged field by field into the default policy.'),
  lifetimes: lifetimes.optional().describe('Merged field by field into the default lifetimes.'),
  users: users.optional().describe('The accounts (replaces the default list as a whole).'),
  identityProviders: identityProviders
    .optional()
    .describe(
      'Identity providers offered as `redirect-idp` after the identify form, in this order; each leads to the ' +
        "emulator's fake provider page (replaces the default list as a whole; [] = none).",
    ),
  registration: registration.optional().describe('Self-service registration (merged field by field into the default).'),
  profileEnrollment: profileEnrollment
    .optional()
    .describe('Progressive profiling after sign-in (merged field by field into the default).'),
}).meta({ title: 'okta-idx-emulator configuration' });

export type ParsedConfig = z.output<typeof emulatorConfigSchema>;

// ---- Error messages that name the field ----

type Path = readonly PropertyKey[];

const pathText = (root: string, path: Path) =>
  path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${String(part)}`), root);

/** One line per problem: `config.users[1].identifier must be a non-empty string`. */
function describeIssues(root: string, issues: readonly z.core.$ZodIssue[], base: Path = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${pathText(root, [...path, key])} ${issue.message}`);
    }
    if (issue.code === 'invalid_union') {
      // Report the alternative whose type matched (a list rather than a key, an object rather than true),
      // so the message names the field inside it instead of "invalid input".
      const mismatch = (i: z.core.$ZodIssue) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
      const matched = issue.errors.filter((branch) => !branch.some(mismatch));
      if (matched.length === 1) return describeIssues(root, matched[0], path);
    }
    return [`${pathText(root, path)} ${issue.message}`];
  });
}

/** Thrown for any invalid configuration; the message names the offending path. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Checks `input` against the schema. `root` names it in messages (`config`, or `defaults` for the
 * configuration that fills in missing fields). Throws a `ConfigError` with one line per problem.
 */
export function parseConfig(input: unknown, root: string): ParsedConfig {
  const result = emulatorConfigSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ConfigError(describeIssues(root, result.error.issues).join('\n'));
}

/** `config.schema.json`: the JSON schema of what people write. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(emulatorConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
