// The demo page's own script: mounts <okta-flow>, logs its events, and shows the signed-in person's profile as
// an app reads it from real Okta (the thin ID token, then /v1/userinfo with the access token) and the ID token's claims.
// Everything from the server is written with textContent, never as HTML.

const flowHost = document.getElementById('flow-host');
const flowTemplate = document.getElementById('flow-template');
const configProblem = document.getElementById('config-problem');
const issuerText = document.getElementById('issuer');
const result = document.getElementById('result');
const resultHeading = document.getElementById('result-heading');
const claimsList = document.getElementById('claims');
const profileList = document.getElementById('profile');
const profileStatus = document.getElementById('profile-status');
const signInAgain = document.getElementById('sign-in-again');
const log = document.getElementById('log');
const logEmpty = document.getElementById('log-empty');
const clearLog = document.getElementById('clear-log');

const MAX_LOG_ENTRIES = 50;
/** Claims holding seconds since the epoch; shown with a readable date too. */
const TIME_CLAIMS = new Set(['iat', 'exp', 'auth_time', 'nbf', 'updated_at']);

let issuer = '';
let clientId = '';
/** The app that asks for consent (from /demo-config.json), when the page offers it. */
let consentApp;
let theme = '';
/** Counts sign-ins, so a profile that arrives after "Sign in again" is not shown for the next one. */
let signIns = 0;

/**
 * The profile rows, in this order, with the claim each comes from: from /v1/userinfo, where Okta puts the
 * profile, else from the ID token for the few claims Okta's ID token does carry.
 */
const PROFILE_FIELDS = [
  ['Name', 'name'],
  ['Given name', 'given_name'],
  ['Family name', 'family_name'],
  ['Email', 'email'],
  ['Email verified', 'email_verified'],
  ['Username', 'preferred_username'],
  ['Locale', 'locale'],
  ['Time zone', 'zoneinfo'],
  ['Profile updated', 'updated_at'],
  ['Subject (sub)', 'sub'],
];

/**
 * Replaces any <okta-flow> with a fresh one: a new transaction, at the start of `start` (`login`, `recover`
 * for a password reset, `unlock` or `register`). A recovery or activation token (from an emailed link) is set as
 * a property, never as an attribute, so it does not sit in the DOM.
 */
function mountFlow({ start = 'login', recoveryToken, activationToken } = {}) {
  const flow = flowTemplate.content.firstElementChild.cloneNode(true);
  flow.setAttribute('issuer', issuer);
  applyApp(flow);
  if (theme) flow.setAttribute('theme', theme);
  if (start !== 'login') flow.setAttribute('flow', start);
  if (recoveryToken) flow.recoveryToken = recoveryToken;
  if (activationToken) flow.activationToken = activationToken;
  flowHost.replaceChildren(flow);
  return flow;
}

/** Which app the flow signs in to: the demo app, or (when ticked) the one that asks for consent. */
function applyApp(flow) {
  const consent = consentApp && consentToggle.checked;
  flow.clientId = consent ? consentApp.clientId : clientId;
  flow.scopes = consent ? consentApp.scopes : 'openid profile email';
}

/**
 * The token of an emailed link (`?recovery_token=` of a reset link, `?activation_token=` of an invitation), taken
 * out of the address bar and the history at once: it is a credential, and a reload must not try to use it again.
 * Only these two are taken: `interaction_code`, `state`, `otp` and `error` (an identity provider's answer, the
 * email's link back) are <okta-flow>'s to read, and it removes them itself.
 */
function takeLinkToken(name) {
  const url = new URL(location.href);
  const token = url.searchParams.get(name);
  if (token === null) return undefined;
  url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  return token || undefined;
}

function formatClaim(name, value) {
  if (TIME_CLAIMS.has(name) && typeof value === 'number') {
    return `${value} (${new Date(value * 1000).toLocaleString()})`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `<dt>`/`<dd>` pairs for a description list, written as text. */
function rows(entries) {
  return entries.flatMap(([name, value]) => {
    const term = document.createElement('dt');
    term.textContent = name;
    const detail = document.createElement('dd');
    detail.textContent = value;
    return [term, detail];
  });
}

function showClaims(claims) {
  claimsList.replaceChildren(...rows(Object.entries(claims ?? {}).map(([name, value]) => [name, formatClaim(name, value)])));
  const who = claims?.name ?? claims?.email ?? claims?.sub;
  resultHeading.textContent = who ? `Signed in as ${who}` : 'Signed in';
  result.hidden = false;
  resultHeading.focus();
}

/** The profile rows from userinfo's claims, falling back to the ID token's for the claims Okta puts there. */
function showProfile(userinfo, idClaims) {
  const entries = PROFILE_FIELDS.flatMap(([label, claim]) => {
    const value = userinfo?.[claim] ?? idClaims?.[claim];
    return value === undefined || value === null || value === '' ? [] : [[label, formatClaim(claim, value)]];
  });
  profileList.replaceChildren(...rows(entries));
}

/** okta-auth-js's OktaAuth class from its browser build (a global), however the build names its export. */
function oktaAuthClass() {
  const global = window.OktaAuth;
  return global?.OktaAuth ?? global?.default ?? global;
}

/**
 * Reads the person's profile at /v1/userinfo with the access token, through okta-auth-js as an app would
 * (`getUserInfo` also checks that the answer is about the ID token's subject). Until it answers, the profile
 * shows what the ID token says; a failure is said, not hidden.
 */
async function loadProfile(tokens, signIn) {
  const idClaims = tokens.idToken?.claims;
  showProfile(undefined, idClaims);
  const OktaAuth = oktaAuthClass();
  if (typeof OktaAuth !== 'function') {
    profileStatus.textContent = 'okta-auth-js did not load, so only the ID token’s claims are shown.';
    return;
  }
  if (!tokens.accessToken || !tokens.idToken) {
    profileStatus.textContent = 'No access token was issued, so only the ID token’s claims are shown.';
    return;
  }
  profileStatus.textContent = 'Reading the profile from /v1/userinfo…';
  try {
    const authClient = new OktaAuth({ issuer, clientId, tokenManager: { storage: 'memory', autoRenew: false } });
    const userinfo = await authClient.token.getUserInfo(tokens.accessToken, tokens.idToken);
    if (signIn !== signIns) return;
    showProfile(userinfo, idClaims);
    profileStatus.textContent = 'Read from /v1/userinfo with the access token.';
  } catch (error) {
    if (signIn !== signIns) return;
    profileStatus.textContent = `Could not read /v1/userinfo (${error?.errorSummary || error?.message || error}); shown: the ID token’s claims.`;
  }
}

function addLogEntry(type, text) {
  const entry = document.createElement('li');
  const now = new Date();
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString();
  const name = document.createElement('code');
  name.textContent = type;
  const details = document.createElement('span');
  details.textContent = text;
  entry.append(time, ' ', name, ' ', details);
  entry.dataset.type = type;
  log.prepend(entry);
  while (log.children.length > MAX_LOG_ENTRIES) log.lastElementChild.remove();
  logEmpty.hidden = true;
}

// The events bubble and are composed, so one set of listeners on the host serves every flow mounted in it.
flowHost.addEventListener('okta-step-change', (event) => {
  addLogEntry(event.type, event.authenticatorKey ? `${event.step} (${event.authenticatorKey})` : event.step);
  prefillToolsUsername(event.target);
});

flowHost.addEventListener('okta-error', (event) => {
  addLogEntry(event.type, `${event.code}: ${event.message}`);
});

// The page is about to leave for an identity provider; it comes back here (this page is the flow's redirect URI),
// where <okta-flow> finishes the sign-in by itself. The log does not survive the trip: it says where it went.
flowHost.addEventListener('okta-idp-redirect', (event) => {
  addLogEntry(event.type, `leaving for ${event.idpName ?? event.idpType} (${event.idpType})`);
});

flowHost.addEventListener('okta-success', (event) => {
  const { accessToken, idToken, refreshToken } = event.tokens;
  const issued = [accessToken && 'access token', idToken && 'ID token', refreshToken && 'refresh token'].filter(Boolean);
  addLogEntry(event.type, `received ${issued.join(', ')}`);
  signIns += 1;
  showClaims(idToken?.claims);
  void loadProfile(event.tokens, signIns);
});

signInAgain.addEventListener('click', () => {
  clearResult();
  mountFlow();
  showSwitchFor('login');
});

const switchFlow = document.getElementById('switch-flow');
const unlockFlow = document.getElementById('unlock-flow');
const registerFlow = document.getElementById('register-flow');
const consentToggle = document.getElementById('consent-app');
const SWITCH_LABELS = { login: 'Sign in instead', recover: 'Reset a password instead' };

/**
 * The switch offers the other path than the one the flow opened at (a reset from a sign-in, a sign-in from a
 * reset, an unlock or a sign-up); "Unlock an account instead" and "Create an account instead" show unless the
 * flow is that already.
 */
function showSwitchFor(start) {
  const other = start === 'login' ? 'recover' : 'login';
  switchFlow.dataset.start = other;
  switchFlow.textContent = SWITCH_LABELS[other];
  unlockFlow.hidden = start === 'unlock';
  registerFlow.hidden = start === 'register';
}

/** Clears the signed-in result and its profile, for the next sign-in. */
function clearResult() {
  result.hidden = true;
  signIns += 1;
  claimsList.replaceChildren();
  profileList.replaceChildren();
  profileStatus.textContent = '';
}

/**
 * "Reset a password instead", "Unlock an account instead" / "Sign in instead": sets the flow's `flow` property,
 * which opens a new transaction at that start (a new element would resume the transaction this tab saved).
 */
function startFlow(start) {
  if (!issuer) return;
  const flow = flowHost.querySelector('okta-flow');
  clearResult();
  if (flow) flow.flow = start;
  else mountFlow({ start });
  showSwitchFor(start);
}

switchFlow.addEventListener('click', () => startFlow(switchFlow.dataset.start));
unlockFlow.addEventListener('click', () => startFlow('unlock'));
registerFlow.addEventListener('click', () => startFlow('register'));

// Another app (client id and scopes) is another transaction: the flow starts again at the sign-in, for that app.
// The choice survives a trip to an identity provider and back (the page reloads and must finish for the same app).
const CONSENT_CHOICE_KEY = 'okta-elements-demo.consent-app';
consentToggle.addEventListener('change', () => {
  if (consentToggle.checked) sessionStorage.setItem(CONSENT_CHOICE_KEY, '1');
  else sessionStorage.removeItem(CONSENT_CHOICE_KEY);
  if (!issuer) return;
  clearResult();
  mountFlow();
  showSwitchFor('login');
});

clearLog.addEventListener('click', () => {
  log.replaceChildren();
  logEmpty.hidden = false;
});

for (const radio of document.querySelectorAll('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    theme = radio.value;
    // The page follows the choice, and so does the flow (its `theme` attribute forces a scheme).
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
    const flow = flowHost.querySelector('okta-flow');
    if (flow && theme) flow.setAttribute('theme', theme);
    else flow?.removeAttribute('theme');
  });
}

// ---- Emulator tools: what the user's phone or mailbox would do, through the emulator's /dev/ endpoints ----

const toolsForm = document.getElementById('tools-form');
const toolsUsername = document.getElementById('tools-username');
const toolsOutput = document.getElementById('tools-output');
/** The value last filled in from the flow; a value the person typed themselves is never overwritten. */
let prefilledUsername = '';

function emulatorOrigin() {
  return new URL(issuer).origin;
}

function prefillToolsUsername(flow) {
  const identifier = flow?.state?.user?.identifier;
  if (typeof identifier !== 'string' || !identifier) return;
  if (toolsUsername.value === '' || toolsUsername.value === prefilledUsername) {
    toolsUsername.value = identifier;
    prefilledUsername = identifier;
  }
}

/** Replaces the output with lines of text (strings) or nodes built with textContent. */
function showToolsOutput(...lines) {
  const items = lines.map((line) => {
    const paragraph = document.createElement('p');
    paragraph.append(line);
    return paragraph;
  });
  toolsOutput.replaceChildren(...items);
}

function showToolsError(text) {
  showToolsOutput(text);
  toolsOutput.firstElementChild?.classList.add('tools-error');
}

/** Okta's `errorSummary`, OAuth's `error_description`, or the HTTP status. */
function describeError(response, body) {
  return body?.errorSummary ?? body?.error_description ?? body?.error ?? `HTTP ${response.status}`;
}

/** Calls the emulator; answers `{ response, body }` (body: parsed JSON or null). Network failures throw. */
async function callEmulator(path, { method = 'GET', json } = {}) {
  const init = { method, cache: 'no-store' };
  if (json !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(json);
  }
  const response = await fetch(`${emulatorOrigin()}${path}`, init);
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: described by its status.
  }
  return { response, body };
}

async function showLatestCode(username) {
  const { response, body } = await callEmulator(`/dev/outbox/latest?to=${encodeURIComponent(username)}`);
  if (response.status === 404) return showToolsOutput(`No message yet for ${username}.`);
  if (!response.ok) return showToolsError(`Could not read the outbox: ${describeError(response, body)}`);
  const lines = [];
  const via = body.channel ? ` (${body.channel} to ${body.to})` : '';
  if (body.code) lines.push(`Code${via}: ${body.code}`);
  if (typeof body.callbackLink === 'string' && body.callbackLink.startsWith(`${location.origin}/`)) {
    lines.push(...emailLinkLines(body.callbackLink));
  } else if (typeof body.magicLink === 'string' && /^https?:\/\//.test(body.magicLink)) {
    const link = document.createElement('a');
    link.href = body.magicLink;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = body.magicLink;
    const line = document.createDocumentFragment();
    line.append(body.code ? 'Magic link (opens the email\'s link): ' : 'Link in the email: ', link);
    lines.push(line);
  }
  if (lines.length === 0) lines.push(`Latest message${via}: ${body.text ?? 'no code in it'}`);
  showToolsOutput(...lines);
}

/**
 * The email's link back to this page (the redirect URI with `otp` and `state`): opened here it finishes the
 * sign-in in this tab; opened in another browser (copied), it shows the code to type here.
 */
function emailLinkLines(href) {
  const open = document.createElement('a');
  open.href = href;
  open.textContent = 'Open the email’s link in this tab';
  const copyLine = document.createDocumentFragment();
  const field = document.createElement('input');
  field.type = 'text';
  field.readOnly = true;
  field.value = href;
  field.className = 'tools-link';
  field.setAttribute('aria-label', 'The email’s link, to open in another browser');
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'button button-quiet';
  copy.textContent = 'Copy';
  copy.addEventListener('click', async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(href);
      copy.textContent = 'Copied';
    } catch {
      copy.textContent = 'Selected: copy it';
    }
  });
  copyLine.append('Or copy it into another browser: ', field, ' ', copy);
  return [open, copyLine];
}

async function answerPush(username, approve) {
  const pending = await callEmulator(`/dev/push/pending?identifier=${encodeURIComponent(username)}`);
  if (!pending.response.ok) return showToolsError(`Could not read pending pushes: ${describeError(pending.response, pending.body)}`);
  const pushes = Array.isArray(pending.body?.pending) ? pending.body.pending : [];
  if (pushes.length === 0) return showToolsOutput(`No push is waiting for ${username}.`);
  const answer = pushes.find((push) => push.correctAnswer !== undefined)?.correctAnswer;
  const request = answer === undefined ? { identifier: username } : { identifier: username, answer };
  const { response, body } = await callEmulator(approve ? '/dev/push/approve' : '/dev/push/deny', {
    method: 'POST',
    json: request,
  });
  if (!response.ok) return showToolsError(`Could not ${approve ? 'approve' : 'deny'} the push: ${describeError(response, body)}`);
  const lines = [];
  if (answer !== undefined) lines.push(`The push showed the number ${answer}; answered with it.`);
  const count = body?.count === 1 ? '1 push' : `${body?.count ?? 0} pushes`;
  lines.push(body?.status === 'APPROVED' ? `Approved (${count}).` : `Denied (${count}).`);
  showToolsOutput(...lines);
}

async function activateOktaVerify(username) {
  const { response, body } = await callEmulator('/dev/okta-verify/activate', { method: 'POST', json: { identifier: username } });
  if (!response.ok) return showToolsError(`Could not activate Okta Verify: ${describeError(response, body)}`);
  showToolsOutput(`Okta Verify activated for ${username}; the sign-in moves on at its next check.`);
}

const TOTP_NAMES = { google_otp: 'Google Authenticator', okta_verify: 'Okta Verify', custom_otp: 'Custom OTP' };
const TOTP_STEP_SECONDS = 30;

/** RFC 4648 base32 (no padding needed, case-insensitive) to bytes. */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32 (“${char}”)`);
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

/** RFC 6238 TOTP: HMAC-SHA-1, 30-second steps, 6 digits. */
async function totp(secret, now = Date.now()) {
  const key = await crypto.subtle.importKey('raw', base32Decode(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const counter = Math.floor(now / 1000 / TOTP_STEP_SECONDS);
  const message = new ArrayBuffer(8);
  const view = new DataView(message);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  const offset = mac[mac.length - 1] & 0x0f;
  const binary =
    ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 1_000_000).padStart(6, '0');
}

async function showTotpCodes(username) {
  if (!crypto?.subtle) return showToolsError('This page has no WebCrypto (it needs https or localhost), so it cannot compute codes.');
  const { response, body } = await callEmulator(`/dev/users/${encodeURIComponent(username)}/totp`);
  if (!response.ok) return showToolsError(`Could not read the TOTP secrets: ${describeError(response, body)}`);
  const entries = [
    ...Object.entries(body?.enrolled ?? {}).map(([key, secret]) => ({ key, secret, state: 'enrolled' })),
    ...Object.entries(body?.enrolling ?? {}).map(([key, secret]) => ({ key, secret, state: 'being set up' })),
  ];
  if (entries.length === 0) return showToolsOutput(`${username} has no authenticator app (enrolled or being set up).`);
  const now = Date.now();
  const secondsLeft = TOTP_STEP_SECONDS - (Math.floor(now / 1000) % TOTP_STEP_SECONDS);
  const lines = await Promise.all(
    entries.map(async ({ key, secret, state }) => {
      const name = TOTP_NAMES[key] ?? key;
      try {
        return `${name} (${state}): ${await totp(secret, now)}`;
      } catch (error) {
        return `${name} (${state}): cannot compute a code (${error.message})`;
      }
    }),
  );
  showToolsOutput(...lines, `Valid for ${secondsLeft} more second${secondsLeft === 1 ? '' : 's'}.`);
}

/**
 * What an admin's email with a one-time token does: the emulator issues the token (`tokenPath` under the user) and
 * "emails" a link to this page carrying it, which opens the flow where the token leads. The link works once.
 */
async function emailTokenLink(username, { tokenPath, failure, label, where }) {
  const appUrl = new URL(location.pathname, location.origin).href;
  const { response, body } = await callEmulator(`/dev/users/${encodeURIComponent(username)}/${tokenPath}`, {
    method: 'POST',
    json: { appUrl },
  });
  if (response.status === 404) return showToolsError(`There is no user ${username}.`);
  if (!response.ok) return showToolsError(`${failure}: ${describeError(response, body)}`);
  if (typeof body?.link !== 'string' || !body.link.startsWith(location.origin)) {
    return showToolsError('The emulator answered without a link to this page.');
  }
  const link = document.createElement('a');
  link.href = body.link;
  link.textContent = label;
  const line = document.createDocumentFragment();
  line.append(`Emailed to ${username} (also in the outbox). `, link, ` (this page, ${where}; the link works once).`);
  showToolsOutput(line);
}

/** An admin's "Reset password": a recovery token, its link (`?recovery_token=`) opens at the new password. */
const emailResetLink = (username) =>
  emailTokenLink(username, { tokenPath: 'recovery-token', failure: 'Could not issue a reset link', label: 'Open the reset link', where: 'at the new password' });

/** An admin's "Activate" of an invited user: an activation token, its link (`?activation_token=`) opens at setting a password. */
const emailInvitation = (username) =>
  emailTokenLink(username, { tokenPath: 'activation-token', failure: 'Could not send an invitation', label: 'Open the invitation', where: 'at setting a password' });

/** What an admin's "Reset" of the authenticator app does: the next sign-in sets Google Authenticator up again. */
async function resetAuthenticatorApp(username) {
  const { response, body } = await callEmulator(`/dev/users/${encodeURIComponent(username)}/authenticators/google_otp/reset`, {
    method: 'POST',
  });
  if (response.status === 404) return showToolsError(`${username} has no authenticator app to reset (or there is no such user).`);
  if (!response.ok) return showToolsError(`Could not reset the authenticator app: ${describeError(response, body)}`);
  showToolsOutput(`Google Authenticator reset for ${username}: the next sign-in sets it up again, with a new QR code.`);
}

/** What ten wrong passwords in a row do (or an admin's lock): the user is locked out until unlocked. */
async function lockAccount(username) {
  const { response, body } = await callEmulator(`/dev/users/${encodeURIComponent(username)}/lock`, { method: 'POST' });
  if (response.status === 404) return showToolsError(`There is no user ${username}.`);
  if (!response.ok) return showToolsError(`Could not lock ${username}: ${describeError(response, body)}`);
  showToolsOutput(`${username} is locked out: the right password is now refused. Choose Unlock account? to unlock it.`);
}

const TOOL_ACTIONS = {
  code: showLatestCode,
  approve: (username) => answerPush(username, true),
  deny: (username) => answerPush(username, false),
  activate: activateOktaVerify,
  totp: showTotpCodes,
  'reset-link': emailResetLink,
  invite: emailInvitation,
  'reset-totp': resetAuthenticatorApp,
  lock: lockAccount,
};

toolsForm.addEventListener('submit', (event) => event.preventDefault());

toolsForm.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const username = toolsUsername.value.trim();
  if (!username) {
    showToolsError('Type a username first.');
    toolsUsername.focus();
    return;
  }
  if (!issuer) return showToolsError('The emulator address is unknown (see the problem above the form).');
  showToolsOutput('Working…');
  try {
    await TOOL_ACTIONS[button.dataset.action](username);
  } catch (error) {
    showToolsError(`Could not reach the emulator at ${emulatorOrigin()}: ${error.message}`);
  }
});

async function start() {
  try {
    const response = await fetch('/demo-config.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const config = await response.json();
    if (typeof config.issuer !== 'string' || !config.issuer) throw new Error('no issuer in it');
    issuer = config.issuer;
    clientId = typeof config.clientId === 'string' && config.clientId ? config.clientId : 'okta-elements-demo';
    const consent = config.consent;
    if (typeof consent?.clientId === 'string' && consent.clientId && typeof consent.scopes === 'string') {
      consentApp = { clientId: consent.clientId, scopes: consent.scopes };
    }
  } catch (error) {
    configProblem.textContent =
      `Could not read /demo-config.json (${error.message}). ` +
      'Start the demo with `npm start`, which serves this page next to the IDX emulator.';
    configProblem.hidden = false;
    issuerText.textContent = 'unknown';
    return;
  }
  issuerText.textContent = issuer;
  consentToggle.closest('label').hidden = !consentApp;
  consentToggle.checked = !!consentApp && sessionStorage.getItem(CONSENT_CHOICE_KEY) === '1';
  const recoveryToken = takeLinkToken('recovery_token');
  const activationToken = takeLinkToken('activation_token');
  mountFlow({ recoveryToken, activationToken });
}

start();
