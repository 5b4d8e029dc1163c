import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OktaAuth, TokenKind, type OktaAuthOptions, type Tokens } from '@okta/okta-auth-js';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { CLIENT_ID, DEMO, REDIRECT_URI, memoryStorage } from './helpers.js';
import { CONFIDENTIAL, CUSTOM_ID } from './oauth-helpers.js';

/** Every client made, so their token expiry timers can be cleared and the test process can exit. */
const clients: OktaAuth[] = [];

function authClient(issuer: string, options: Partial<OktaAuthOptions> = {}) {
  const sections = ['token', 'transaction', 'cache', 'shared-transaction', 'original-uri'];
  const client = new OktaAuth({
    issuer,
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    tokenManager: { autoRenew: false, autoRemove: false },
    storageManager: Object.fromEntries(sections.map((s) => [s, { storageProvider: memoryStorage() }])),
    ...options,
  } as OktaAuthOptions);
  clients.push(client);
  return client;
}

/** identify, then password, through okta-auth-js's IDX API; the tokens it exchanged the code for. */
async function signIn(auth: OktaAuth): Promise<Tokens> {
  const identified = await auth.idx.authenticate({ step: 'identify', username: DEMO.identifier });
  assert.equal(identified.nextStep?.name, 'challenge-authenticator');
  const tx = await auth.idx.proceed({ step: 'challenge-authenticator', credentials: { passcode: DEMO.password } });
  assert.equal(tx.status, 'SUCCESS', JSON.stringify(tx.messages));
  auth.tokenManager.setTokens(tx.tokens!);
  return tx.tokens!;
}

async function rejection(promise: Promise<unknown>): Promise<{ errorCode?: string; name?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { errorCode?: string };
  }
  throw new Error('expected a rejection');
}

const USERINFO_ONLY = ['given_name', 'family_name', 'locale', 'email_verified'];

describe('okta-auth-js 8 in Node: every authorization server, refresh, revoke, a confidential client', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(async () => {
    for (const client of clients) client.tokenManager.clear();
    await running.close();
  });

  const issuers = () => ({
    default: running.issuer,
    org: running.origin,
    custom: `${running.origin}/oauth2/${CUSTOM_ID}`,
  });

  for (const name of ['default', 'org', 'custom'] as const) {
    it(`signs in, reads userinfo, renews through the refresh token and revokes at the ${name} server`, async () => {
      const issuer = issuers()[name];
      const auth = authClient(issuer);
      const tokens = await signIn(auth);
      // auth-js verified the ID token against this server's discovery and keys.
      assert.equal(tokens.idToken!.claims.iss, issuer);
      for (const claim of USERINFO_ONLY) assert.equal(tokens.idToken!.claims[claim], undefined, claim);
      const profile = await auth.token.getUserInfo(tokens.accessToken, tokens.idToken);
      assert.equal(profile.given_name, 'Dana');

      const renewed = await auth.token.renewTokens();
      assert.notEqual(renewed.accessToken!.accessToken, tokens.accessToken!.accessToken);
      assert.notEqual(renewed.refreshToken!.refreshToken, tokens.refreshToken!.refreshToken);
      assert.equal(renewed.idToken!.claims.iss, issuer);
      auth.tokenManager.setTokens(renewed);
      const stale = await rejection(authClient(issuer).token.renewTokens({ tokens: { refreshToken: tokens.refreshToken } }));
      assert.equal(stale.errorCode, 'invalid_grant');

      await auth.revokeAccessToken();
      await auth.revokeRefreshToken();
      const refused = await rejection(auth.token.getUserInfo(renewed.accessToken, renewed.idToken));
      assert.equal(refused.errorCode, 'invalid_token');
      const afterRevoke = await rejection(authClient(issuer).token.renewTokens({ tokens: { refreshToken: renewed.refreshToken } }));
      assert.equal(afterRevoke.errorCode, 'invalid_grant');
    });
  }

  it('introspects through okta-auth-js (Basic with the client id alone)', async () => {
    const auth = authClient(running.issuer);
    const tokens = await signIn(auth);
    const active = await auth.token.introspect(TokenKind.ACCESS, tokens.accessToken);
    assert.equal(active.active, true);
    await auth.revokeAccessToken();
    assert.equal((await auth.token.introspect(TokenKind.ACCESS, tokens.accessToken)).active, false);
  });

  it('lets a confidential client complete the interaction-code grant with its secret', async () => {
    const confidential = { clientId: CONFIDENTIAL.clientId, clientSecret: CONFIDENTIAL.secret };
    const tokens = await signIn(authClient(running.issuer, confidential));
    assert.equal(tokens.idToken!.claims.aud, CONFIDENTIAL.clientId);
    assert.equal(typeof tokens.refreshToken?.refreshToken, 'string');

    const wrong = authClient(running.issuer, { ...confidential, clientSecret: 'not-the-secret' });
    const refused = await rejection(wrong.idx.authenticate({ step: 'identify', username: DEMO.identifier }));
    assert.equal(refused.errorCode, 'invalid_client');
  });
});
