// Identity providers: redirect-idp beside identify (its href {issuer}/v1/authorize?client_id=…&request_uri=urn:okta:…
// as in the idx-swift/IdP capture), the fake provider page there and at /sso/idps/{id}, the redirect back
// to the app (interaction_code, interaction_required, access_denied), the dev API, and okta-auth-js 8's
// handleInteractionCodeRedirect / isInteractionRequired / resuming the transaction after it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { DEMO_IDENTITY_PROVIDERS } from '../src/core/model/demo-identity-providers.js';
import type { Emulator } from '../src/core/index.js';
import {
  APP_ORIGIN,
  CLIENT_ID,
  ISSUER,
  ORIGIN,
  REDIRECT_URI,
  SESSION_EXPIRED,
  authClient,
  choose,
  exchange,
  field,
  formRequest,
  interactParams,
  jsonRequest,
  newEmulator,
  pkcePair,
  remediation,
  remediationNames,
  send,
  start,
  submit,
  type Loose,
} from './helpers.js';

const GOOGLE = '0oa1googledemo000001';
const ACME = '0oa1acmesso000000001';
const FEDERATED = 'federated@example.com';
const FEDERATED_MFA = 'federated.mfa@example.com';
const CONFIG = { identityProviders: [...DEMO_IDENTITY_PROVIDERS] };

const page = async (emulator: Emulator, path: string) => {
  const response = await emulator.handle(new Request(ORIGIN + path));
  return { status: response.status, headers: response.headers, html: await response.text() };
};

/** What the page's form posts: `subject=…` for an account, `action=cancel` for Cancel. */
const post = (emulator: Emulator, idp: string, params: Record<string, string>) =>
  emulator.handle(
    new Request(`${ORIGIN}/sso/idps/${idp}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams(params),
    }),
  );

/** The path and query of a URL, for emulator.handle(ORIGIN + …). */
const local = (href: string) => new URL(href).pathname + new URL(href).search;

/** What the capture's href looks like: `{issuer}/v1/authorize?client_id=…&request_uri=urn:okta:{base64url}`. */
const authorizeHref = (issuer: string) =>
  new RegExp(`^${issuer.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/v1/authorize\\?client_id=${CLIENT_ID}&request_uri=urn:okta:[A-Za-z0-9_-]{32,}$`);

const hrefOf = (doc: Loose, idp: string) => doc.remediation.value.find((r: Loose) => r.name === 'redirect-idp' && r.idp.id === idp).href as string;

/** The account buttons' subjects and labels on the page, in order. */
const accountsOn = (html: string) =>
  [...html.matchAll(/name="subject" value="([^"]*)">([^<]*)<span>([^<]*)<\/span>/g)].map((m) => ({ subject: m[1], name: m[2], email: m[3] }));

describe('identity providers: the identify answer', () => {
  it('offers one redirect-idp per provider after identify, in the configuration order, as Okta shapes it', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const names = remediationNames(started.doc);
    assert.deepEqual(names.slice(0, 3), ['identify', 'redirect-idp', 'redirect-idp']);
    const idps = started.doc.remediation.value.filter((r: Loose) => r.name === 'redirect-idp');
    assert.deepEqual(Object.keys(idps[0]).sort(), ['href', 'idp', 'method', 'name', 'type']);
    assert.deepEqual({ ...idps[0], href: undefined }, { name: 'redirect-idp', type: 'GOOGLE', idp: { id: GOOGLE, name: 'Google' }, href: undefined, method: 'GET' });
    assert.match(idps[0].href, authorizeHref(ISSUER));
    assert.equal(idps[1].type, 'SAML2');
    assert.deepEqual(idps[1].idp, { id: ACME, name: 'Acme SSO' });
    assert.match(idps[1].href, authorizeHref(ISSUER));
  });

  it('the href carries an opaque reference, not the stateHandle: one per provider and transaction, the same on every answer', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const google = hrefOf(started.doc, GOOGLE);
    const handleParts = started.stateHandle.split(/[^A-Za-z0-9]+/).filter((part: string) => part.length >= 8);
    for (const part of [started.stateHandle, encodeURIComponent(started.stateHandle), ...handleParts]) {
      assert.ok(!google.includes(part), 'no stateHandle in clear');
    }
    assert.notEqual(hrefOf(started.doc, ACME), google);
    const again = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: started.interactionHandle }));
    assert.equal(hrefOf(again.body, GOOGLE), google);
    assert.notEqual(hrefOf((await start(emulator)).doc, GOOGLE), google, 'another transaction, another reference');
  });

  it('names the org authorization server as Okta does: {origin}/oauth2/v1/authorize', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const { challenge } = await pkcePair();
    const interact = await send(emulator, formRequest('/oauth2/v1/interact', interactParams(challenge)));
    const doc = (await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: interact.body.interaction_handle }))).body;
    const href = hrefOf(doc, GOOGLE);
    assert.match(href, authorizeHref(`${ORIGIN}/oauth2`));
    assert.equal((await page(emulator, local(href))).status, 200);
    // The reference belongs to the org server's transaction: the default server's authorize refuses it.
    assert.equal((await page(emulator, local(href).replace('/oauth2/v1/', '/oauth2/default/v1/'))).status, 400);
  });

  it('offers none without identityProviders, and none once the user is identified', async () => {
    const { emulator: plain } = await newEmulator();
    assert.ok(!remediationNames((await start(plain)).doc).includes('redirect-idp'));
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const identified = await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: 'demo@example.com' });
    assert.ok(!remediationNames(identified.body).includes('redirect-idp'));
  });

  it('refuses a provider account linked to no user, naming the field', async () => {
    await assert.rejects(
      newEmulator({ identityProviders: [{ id: 'x', type: 'OIDC', name: 'X', users: [{ subject: 's', user: 'nobody@example.com' }] }] }),
      /config\.identityProviders\[0\]\.users\[0\]\.user "nobody@example\.com" is not in users/,
    );
    await assert.rejects(
      newEmulator({ identityProviders: [{ id: 'a b', type: 'TWITTER', name: 'X', users: [] }] } as never),
      /identityProviders\[0\]\.id must be letters.*\n.*identityProviders\[0\]\.type must be one of/s,
    );
  });
});

describe('identity providers: the provider page', () => {
  it('lists the accounts, escapes every configured string, and runs no script under a strict CSP', async () => {
    const { emulator } = await newEmulator({
      identityProviders: [
        { id: 'evil', type: 'OIDC', name: '<img src=x onerror=alert(1)>', users: [{ subject: '"><script>x()</script>', name: 'A & B', user: FEDERATED }] },
      ],
    });
    const started = await start(emulator);
    const shown = await page(emulator, local(hrefOf(started.doc, 'evil')));
    assert.equal(shown.status, 200);
    assert.match(shown.headers.get('content-type')!, /^text\/html/);
    assert.ok(!shown.html.includes('<script'), 'no script, configured or not');
    assert.ok(!shown.html.includes('<img'), 'the provider name is text');
    assert.ok(shown.html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.deepEqual(accountsOn(shown.html), [{ subject: '&quot;&gt;&lt;script&gt;x()&lt;/script&gt;', name: 'A &amp; B', email: FEDERATED }]);
    const csp = shown.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.match(csp, new RegExp(`form-action 'self' ${APP_ORIGIN}`), 'the form may post here and be redirected to the app');
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(shown.headers.get('referrer-policy'), 'same-origin', 'the URL carries the stateToken; the form keeps its Origin');
    assert.ok(shown.html.includes(`name="stateToken" value="${started.stateHandle}"`));
  });

  it('shows the linked users by default and Cancel', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const shown = await page(emulator, local(hrefOf(started.doc, GOOGLE)));
    assert.deepEqual(accountsOn(shown.html).map((a) => [a.name, a.email]), [
      ['Fran Federated', FEDERATED],
      ['Felix Federated', FEDERATED_MFA],
    ]);
    assert.match(shown.html, /<h1>Sign in with Google<\/h1>/);
    assert.match(shown.html, /name="action" value="cancel">Cancel</);
  });

  it('refuses an unknown provider (404) and a missing, unknown or expired stateToken (400), on GET and POST', async () => {
    const { emulator, clock } = await newEmulator(CONFIG);
    const started = await start(emulator);
    assert.equal((await page(emulator, `/sso/idps/nope?stateToken=${started.stateHandle}`)).status, 404);
    assert.equal((await post(emulator, 'nope', { stateToken: started.stateHandle, subject: 'x' })).status, 404);
    assert.equal((await page(emulator, `/sso/idps/${GOOGLE}`)).status, 400);
    const unknown = await page(emulator, `/sso/idps/${GOOGLE}?stateToken=02unknown`);
    assert.equal(unknown.status, 400);
    assert.match(unknown.html, /The session has expired\./);
    assert.equal((await post(emulator, GOOGLE, { stateToken: '02unknown', subject: '104467226113830002001' })).status, 400);
    clock.advance(601);
    assert.equal((await page(emulator, `/sso/idps/${GOOGLE}?stateToken=${started.stateHandle}`)).status, 400);
    assert.equal((await post(emulator, GOOGLE, { stateToken: started.stateHandle, subject: '104467226113830002001' })).status, 400);
  });

  it('the href page posts the same form as /sso/idps/{id}; the old /sso/idps/{id}?stateToken= page still shows', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const byHref = await page(emulator, local(hrefOf(started.doc, GOOGLE)));
    const byPath = await page(emulator, `/sso/idps/${GOOGLE}?stateToken=${encodeURIComponent(started.stateHandle)}`);
    assert.equal(byPath.status, 200);
    assert.equal(byHref.html, byPath.html);
    assert.ok(byHref.html.includes(`<form method="post" action="/sso/idps/${GOOGLE}">`));
  });

  it('refuses a request_uri that is unknown, for another client, expired or past identify (400); other /v1/authorize requests keep their 404', async () => {
    const { emulator, clock } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const href = local(hrefOf(started.doc, GOOGLE));
    const expired = async (path: string) => {
      const shown = await page(emulator, path);
      assert.equal(shown.status, 400, path);
      assert.match(shown.html, /The session has expired\./);
    };
    await expired(href.replace(/request_uri=urn:okta:[^&]+/, 'request_uri=urn:okta:' + 'A'.repeat(43)));
    await expired(href.replace(/request_uri=urn:okta:/, 'request_uri=urn:other:'));
    await expired(href.replace(`client_id=${CLIENT_ID}`, 'client_id=another-app'));
    await expired(href.replace(`client_id=${CLIENT_ID}&`, ''));
    for (const path of ['/oauth2/default/v1/authorize', `/oauth2/default/v1/authorize?client_id=${CLIENT_ID}&response_type=code`, '/oauth2/v1/authorize']) {
      const answer = await send(emulator, new Request(ORIGIN + path));
      assert.equal(answer.status, 404, path);
      assert.deepEqual(answer.body.errorCode, 'E0000007', 'Okta\'s Not found, as before the href moved here');
    }
    assert.equal((await send(emulator, formRequest('/oauth2/default/v1/authorize', { client_id: CLIENT_ID }))).status, 404);
    assert.equal((await page(emulator, href)).status, 200);
    clock.advance(601);
    await expired(href);

    const identified = await start(emulator);
    const identifiedHref = local(hrefOf(identified.doc, GOOGLE));
    await submit(emulator, identified.stateHandle, '/idp/idx/identify', { identifier: 'demo@example.com' });
    await expired(identifiedHref);
  });

  it('shows the page again (400) for an account the provider does not have', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const response = await post(emulator, GOOGLE, { stateToken: started.stateHandle, subject: 'fran@acme.example' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /role="alert">Choose one of the accounts below\./);
  });
});

describe('identity providers: back to the app', () => {
  it('a user the provider alone signs in: 302 to the redirect URI with interaction_code and state; the code redeems once', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const response = await post(emulator, GOOGLE, { stateToken: started.stateHandle, subject: '104467226113830002001' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin + location.pathname, REDIRECT_URI);
    assert.deepEqual([...location.searchParams.keys()].sort(), ['interaction_code', 'state']);
    assert.equal(location.searchParams.get('state'), started.state);
    const tokens = await exchange(emulator, location.searchParams.get('interaction_code')!, started.verifier);
    assert.equal(tokens.status, 200);
    const claims = JSON.parse(Buffer.from(tokens.body.id_token.split('.')[1], 'base64url').toString());
    assert.equal(claims.preferred_username, FEDERATED);
    // The transaction ended with its code.
    assert.deepEqual((await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: started.interactionHandle }))).body, SESSION_EXPIRED);
    assert.equal((await exchange(emulator, location.searchParams.get('interaction_code')!, started.verifier)).status, 400);
  });

  it('declined (Cancel): access_denied with state; the transaction stays at identify', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const response = await post(emulator, ACME, { stateToken: started.stateHandle, action: 'cancel' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.searchParams.get('error'), 'access_denied');
    assert.ok(location.searchParams.get('error_description'));
    assert.equal(location.searchParams.get('state'), started.state);
    assert.equal(location.searchParams.get('interaction_code'), null);
    const again = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: started.interactionHandle }));
    assert.equal(again.status, 200);
    assert.equal(remediationNames(again.body)[0], 'identify');
  });

  it('a user whose policy needs more: interaction_required, then introspect resumes at the second factor and it ends with a code', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    const response = await post(emulator, ACME, { stateToken: started.stateHandle, subject: 'felix@acme.example' });
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.searchParams.get('error'), 'interaction_required');
    assert.equal(
      location.searchParams.get('error_description'),
      'Your client is configured to use the interaction code flow and user interaction is required to complete the request.',
    );
    assert.equal(location.searchParams.get('state'), started.state);

    const resumed = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: started.interactionHandle }));
    assert.equal(resumed.status, 200);
    assert.deepEqual(remediationNames(resumed.body), ['select-authenticator-authenticate'], 'the provider stood for the first factor');
    assert.equal(resumed.body.user.value.identifier, FEDERATED_MFA);
    const stateHandle = resumed.body.stateHandle;
    const doc = (await choose(emulator, stateHandle, resumed.body, 'okta_email')).body;
    const id = field(remediation(doc, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
    await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
    const code = (await send(emulator, new Request(`${ORIGIN}/dev/outbox/latest?to=${FEDERATED_MFA}`))).body.code;
    const done = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: code } });
    assert.equal(done.status, 200);
    const interactionCode = done.body.successWithInteractionCode.value.find((v: Loose) => v.name === 'interaction_code').value;
    const tokens = await exchange(emulator, interactionCode, started.verifier);
    const claims = JSON.parse(Buffer.from(tokens.body.id_token.split('.')[1], 'base64url').toString());
    assert.ok(claims.amr.includes('mfa'), 'the provider and the email code are two factors');
  });

  it('a suspended or unassigned linked user is refused with access_denied, and no code exists', async () => {
    const { emulator } = await newEmulator({
      identityProviders: [
        { id: 'p', type: 'OIDC', name: 'P', users: [{ subject: 's1', user: 'suspended@example.com' }, { subject: 's2', user: 'unassigned@example.com' }] },
      ],
    });
    for (const [subject, description] of [['s1', /denied/], ['s2', /not assigned/]] as const) {
      const started = await start(emulator);
      const location = new URL((await post(emulator, 'p', { stateToken: started.stateHandle, subject })).headers.get('location')!);
      assert.equal(location.searchParams.get('error'), 'access_denied');
      assert.match(location.searchParams.get('error_description')!, description);
      assert.equal(location.searchParams.get('interaction_code'), null);
    }
  });

  it('the page is only for a transaction at identify: after the user is identified it answers the expired page', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: 'demo@example.com' });
    assert.equal((await page(emulator, `/sso/idps/${GOOGLE}?stateToken=${started.stateHandle}`)).status, 400);
  });
});

describe('identity providers: POST /dev/idps/<id>/choose', () => {
  it('answers { location } for a user, a subject or a decline, and refuses what the page would', async () => {
    const { emulator } = await newEmulator(CONFIG);
    const dev = (idp: string, body: unknown) => send(emulator, jsonRequest(`/dev/idps/${idp}/choose`, body));

    let started = await start(emulator);
    const declined = await dev(GOOGLE, { stateToken: started.stateHandle, decline: true });
    assert.equal(declined.status, 200);
    assert.equal(new URL(declined.body.location).searchParams.get('error'), 'access_denied');

    const byUser = await dev(GOOGLE, { stateToken: started.stateHandle, user: 'FEDERATED@example.com' });
    assert.ok(new URL(byUser.body.location).searchParams.get('interaction_code'));

    started = await start(emulator);
    const bySubject = await dev(GOOGLE, { stateToken: started.stateHandle, subject: '104467226113830002002' });
    assert.equal(new URL(bySubject.body.location).searchParams.get('error'), 'interaction_required');

    started = await start(emulator);
    assert.equal((await dev('nope', { stateToken: started.stateHandle, user: FEDERATED })).status, 404);
    assert.equal((await dev(GOOGLE, { stateToken: 'nope', user: FEDERATED })).status, 401);
    assert.equal((await dev(GOOGLE, { stateToken: started.stateHandle, user: 'demo@example.com' })).status, 400);
  });
});

describe('identity providers through okta-auth-js 8', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {}, config: CONFIG });
  });
  after(() => running.close());

  /** Follows the redirect-idp href as a browser would: the page, then its form with the account's button. */
  async function throughProvider(href: string, subject: string): Promise<string> {
    const shown = await fetch(href);
    assert.equal(shown.status, 200);
    const html = await shown.text();
    const action = new URL(/<form method="post" action="([^"]+)"/.exec(html)![1], href);
    const stateToken = /name="stateToken" value="([^"]+)"/.exec(html)![1];
    const answer = await fetch(action, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(href).origin },
      body: new URLSearchParams({ stateToken, subject }),
    });
    assert.equal(answer.status, 302);
    return answer.headers.get('location')!;
  }

  const idpHref = (tx: Loose, id: string) => tx.availableSteps.find((s: Loose) => s.name === 'redirect-idp' && s.idp?.id === id).href as string;

  it('handleInteractionCodeRedirect() takes the interaction code and stores the tokens', async () => {
    const auth = authClient(running.issuer);
    const tx = await auth.idx.start();
    assert.ok(tx.enabledFeatures?.includes('redirect-idp' as never), 'auth-js sees the providers');
    assert.match(idpHref(tx, GOOGLE), authorizeHref(running.issuer));
    const location = await throughProvider(idpHref(tx, GOOGLE), '104467226113830002001');
    assert.equal(auth.idx.isInteractionRequired(new URL(location).search), false);
    await auth.idx.handleInteractionCodeRedirect(location);
    const { idToken } = await auth.tokenManager.getTokens();
    assert.equal(idToken?.claims.preferred_username, FEDERATED);
    // The token manager keeps a timer per stored token (their expiry): left running, they keep the test process alive.
    auth.tokenManager.clear();
  });

  it('isInteractionRequired(), then proceed() resumes with the saved interaction handle: Email, the code, SUCCESS', async () => {
    const auth = authClient(running.issuer);
    const started = await auth.idx.start();
    const location = await throughProvider(idpHref(started, ACME), 'felix@acme.example');
    assert.equal(auth.idx.isInteractionRequired(new URL(location).search), true);
    await assert.rejects(auth.idx.handleInteractionCodeRedirect(location), (e: Loose) => e.errorCode === 'interaction_required');

    // auth-js keeps the last IDX answer (identify) and would reuse it for this interaction handle instead of
    // introspecting: the provider moved the transaction on, so the saved answer is dropped first. (start() would
    // clear the saved transaction and begin a new one; proceed() without a step throws in step mode.)
    auth.transactionManager.clearIdxResponse();
    let tx = await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
    assert.equal(tx.nextStep?.name, 'authenticator-verification-data');
    tx = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    const code = (await (await fetch(`${running.origin}/dev/outbox/latest?to=${FEDERATED_MFA}`)).json()).code;
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: code });
    assert.equal(tx.status, 'SUCCESS');
    assert.equal(tx.tokens?.idToken?.claims.preferred_username, FEDERATED_MFA);
  });

  it('a declined provider surfaces as an OAuthError access_denied', async () => {
    const auth = authClient(running.issuer);
    const started = await auth.idx.start();
    const href = idpHref(started, GOOGLE);
    assert.match(href, authorizeHref(running.issuer));
    // The dev API takes the stateHandle, which the provider page's form carries (the href does not).
    const stateToken = /name="stateToken" value="([^"]+)"/.exec(await (await fetch(href)).text())![1];
    const { location } = await (await fetch(`${running.origin}/dev/idps/${GOOGLE}/choose`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stateToken, decline: true }),
    })).json();
    await assert.rejects(auth.idx.handleInteractionCodeRedirect(location), (e: Loose) => e.errorCode === 'access_denied');
  });
});
