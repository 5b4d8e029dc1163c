import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { OktaAuth, Tokens } from '@okta/okta-auth-js';
import { CLIENT_ID, fillAndSubmit, mountFlow, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import {
  authorizationServers,
  createAuthClient,
  discovery,
  introspect,
  jwtPayload,
  signInWithIdx,
  userinfoStatus,
  type AuthorizationServer,
} from './oauth-helpers.js';

const DEMO = { identifier: 'demo@example.com', password: 'Okta-Demo-2026!' };

/** Profile claims Okta gives at /v1/userinfo and leaves out of the interaction-code ID token. */
const USERINFO_ONLY_CLAIMS = ['given_name', 'family_name', 'locale', 'zoneinfo', 'email_verified'];

/** What okta-auth-js rejected with, for an assertion that names it. */
async function rejection(promise: Promise<unknown>): Promise<{ name?: string; errorCode?: string; message?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { name?: string; errorCode?: string };
  }
  throw new Error('expected a rejection, got an answer');
}

/**
 * The token lifecycle of a single-page app, with okta-auth-js 8 in the browser against the emulator over HTTP:
 * sign in (IDX), read the profile, renew through the refresh token, revoke, sign out. The same tests run against
 * the default, the org and a custom authorization server of one emulator.
 */
describe('tokens end to end (okta-auth-js 8: sign in, renew, revoke, sign out)', () => {
  const emulator = useEmulator();

  for (const server of ['default', 'org', 'custom'] as const) {
    describe(`with the ${server} authorization server`, () => {
      let as: AuthorizationServer;
      let authClient: OktaAuth;
      let tokens: Tokens;

      beforeEach(async () => {
        as = authorizationServers(emulator.issuer).find((s) => s.name === server)!;
        authClient = createAuthClient(as.issuer);
        tokens = await signInWithIdx(authClient, DEMO.identifier, DEMO.password);
      });

      it('signs in through IDX: tokens from this issuer, a refresh token for offline_access, the profile at userinfo', async () => {
        expect(tokens.idToken!.claims.iss).to.equal(as.issuer);
        expect(tokens.idToken!.claims.aud).to.equal(CLIENT_ID);
        expect(tokens.idToken!.claims.email).to.equal(DEMO.identifier);
        expect(tokens.refreshToken?.refreshToken, 'offline_access gives a refresh token').to.be.a('string');
        const access = jwtPayload(tokens.accessToken!.accessToken);
        expect(access.iss).to.equal(as.issuer);
        if (as.audience) expect(access.aud).to.equal(as.audience);

        // The ID token is thin, as Okta's is; the profile comes from /v1/userinfo with the access token.
        for (const claim of USERINFO_ONLY_CLAIMS) expect(tokens.idToken!.claims, `ID token claim ${claim}`).not.to.have.property(claim);
        const profile = await authClient.token.getUserInfo(tokens.accessToken, tokens.idToken);
        expect(profile.sub).to.equal(tokens.idToken!.claims.sub);
        expect(profile.given_name).to.equal('Dana');
        expect(profile.family_name).to.equal('Demo');
        expect(profile.email).to.equal(DEMO.identifier);
      });

      it('signs in through <okta-flow> configured with this issuer, to tokens from it', async () => {
        const flow = mountFlow(as.issuer, { scopes: 'openid profile email offline_access' });
        await stepShown(flow, 'identify');
        fillAndSubmit(flow, { identifier: DEMO.identifier });
        await stepShown(flow, 'challenge-authenticator');
        const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
        fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
        const { tokens: issued } = await succeeded;
        expect(issued.idToken!.claims.iss).to.equal(as.issuer);
        expect(issued.refreshToken?.refreshToken, 'offline_access gives a refresh token').to.be.a('string');
        if (as.audience) expect(jwtPayload(issued.accessToken!.accessToken).aud).to.equal(as.audience);
        // The app renews them with okta-auth-js, the flow's job being done.
        const appClient = createAuthClient(as.issuer);
        appClient.tokenManager.setTokens(issued);
        const renewed = await appClient.token.renewTokens();
        expect(renewed.accessToken!.accessToken).not.to.equal(issued.accessToken!.accessToken);
      });

      it('renews through the refresh token: new tokens, the refresh token rotates and the old one is refused', async () => {
        const old = { access: tokens.accessToken!.accessToken, refresh: tokens.refreshToken!.refreshToken };
        const renewed = await authClient.token.renewTokens();
        expect(renewed.accessToken!.accessToken).to.be.a('string').and.not.equal(old.access);
        expect(renewed.idToken!.claims.sub).to.equal(tokens.idToken!.claims.sub);
        expect(renewed.idToken!.claims.iss).to.equal(as.issuer);
        expect(renewed.refreshToken!.refreshToken, 'rotation: a new refresh token').to.be.a('string').and.not.equal(old.refresh);
        expect(authClient.tokenManager.getTokensSync().refreshToken!.refreshToken, 'auth-js keeps the rotated one').to.equal(
          renewed.refreshToken!.refreshToken,
        );
        expect(await userinfoStatus(as.issuer, renewed.accessToken!.accessToken), 'the new access token works').to.equal(200);

        // The old refresh token, presented by another instance of the app, is refused.
        const stale = await rejection(createAuthClient(as.issuer).token.renewTokens({ tokens: { refreshToken: tokens.refreshToken } }));
        expect(stale.errorCode, `${stale.name}: ${stale.message}`).to.equal('invalid_grant');
        // And the renewed one still renews.
        const again = await authClient.token.renewTokens();
        expect(again.accessToken!.accessToken).not.to.equal(renewed.accessToken!.accessToken);
      });

      it('revokes the access and the refresh token: userinfo answers 401 and introspect says inactive', async () => {
        const access = tokens.accessToken!.accessToken;
        const refresh = tokens.refreshToken!.refreshToken;
        // Before: both work, so what follows is the revocation's doing.
        expect(await userinfoStatus(as.issuer, access)).to.equal(200);
        const activeAccess = await introspect(as.issuer, access, 'access_token');
        expect(activeAccess.active).to.equal(true);
        expect(activeAccess.sub).to.equal(DEMO.identifier);
        expect((await introspect(as.issuer, refresh, 'refresh_token')).active).to.equal(true);

        await authClient.revokeAccessToken();
        await authClient.revokeRefreshToken();

        expect(authClient.tokenManager.getTokensSync().accessToken, 'auth-js drops the revoked token').to.equal(undefined);
        expect(await userinfoStatus(as.issuer, access)).to.equal(401);
        const refused = await rejection(authClient.token.getUserInfo(tokens.accessToken, tokens.idToken));
        expect(refused.errorCode, `${refused.name}: ${refused.message}`).to.equal('invalid_token');
        expect(await introspect(as.issuer, access, 'access_token')).to.deep.equal({ active: false });
        expect(await introspect(as.issuer, refresh, 'refresh_token')).to.deep.equal({ active: false });
        const renewal = await rejection(createAuthClient(as.issuer).token.renewTokens({ tokens: { refreshToken: tokens.refreshToken } }));
        expect(renewal.errorCode, `${renewal.name}: ${renewal.message}`).to.equal('invalid_grant');
      });

      it('signs out: signOut() revokes both tokens and comes back to a registered post-logout URI with its state', async () => {
        const frame = document.createElement('iframe');
        frame.title = 'app page that signs out';
        frame.src = '/test/e2e/auth-js-page.html';
        document.body.append(frame);
        try {
          await waitUntil(() => frame.contentWindow?.OktaAuth !== undefined, 'okta-auth-js never loaded in the frame', { timeout: 10000 });
          // The frame's own OktaAuth, holding the tokens this test signed in with: signOut() navigates the frame.
          const FrameOktaAuth = frame.contentWindow!.OktaAuth!;
          const frameClient = new FrameOktaAuth({ issuer: as.issuer, clientId: CLIENT_ID, redirectUri: `${location.origin}/callback`, tokenManager: { storage: 'memory' } });
          frameClient.tokenManager.setTokens(tokens);
          const back = `${location.origin}/test/e2e/auth-js-page.html?signed-out=${server}`;
          const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          await frameClient.signOut({ postLogoutRedirectUri: back, state: `state-${server}` });
          await left;
          await waitUntil(() => {
            try {
              return frame.contentWindow!.location.search.includes('signed-out');
            } catch {
              return false; // still on the emulator's origin
            }
          }, 'the logout never came back to the app', { timeout: 10000 });
          const arrived = new URL(frame.contentWindow!.location.href);
          expect(arrived.origin + arrived.pathname).to.equal(`${location.origin}/test/e2e/auth-js-page.html`);
          expect(arrived.searchParams.get('state')).to.equal(`state-${server}`);
        } finally {
          frame.remove();
        }
        expect(await userinfoStatus(as.issuer, tokens.accessToken!.accessToken), 'signOut revoked the access token').to.equal(401);
        expect((await introspect(as.issuer, tokens.refreshToken!.refreshToken, 'refresh_token')).active, 'and the refresh token').to.equal(false);
      });

      it('refuses to send the browser back to a post-logout URI that is not registered (no open redirect)', async () => {
        const { end_session_endpoint } = await discovery(as.issuer);
        const query = new URLSearchParams({ id_token_hint: tokens.idToken!.idToken, post_logout_redirect_uri: 'http://localhost:1@evil.example/phish' });
        const response = await fetch(`${end_session_endpoint}?${query}`, { redirect: 'manual' });
        // A redirect would be an opaque 'opaqueredirect' answer; a refusal is a readable 400.
        expect(response.type).not.to.equal('opaqueredirect');
        expect(response.status).to.equal(400);
      });
    });
  }
});
