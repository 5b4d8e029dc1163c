import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { connectFlow, renderFlow, show } from '../fixtures/render.js';
import * as idp from '../fixtures/idp-states.js';
import * as states from '../fixtures/flow-states.js';
import { idpNavigation } from '../../src/step/idp-buttons.js';
import type { OktaIdpRedirectEvent } from '../../src/events/okta-idp-redirect.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaShowStepEvent } from '../../src/events/okta-show-step.js';

const buttonsIn = (root: Element) => [...root.querySelectorAll<HTMLButtonElement>('.okta-idps button')];
const labels = (root: Element) => buttonsIn(root).map((b) => b.textContent!.trim());

/** Records the navigations the buttons ask for instead of leaving the test page. */
function recordNavigations(): { urls: string[]; restore(): void } {
  const original = idpNavigation.assign;
  const urls: string[] = [];
  idpNavigation.assign = (url) => urls.push(url);
  return { urls, restore: () => (idpNavigation.assign = original) };
}

describe('identity provider buttons', () => {
  let navigations: ReturnType<typeof recordNavigations>;
  beforeEach(() => (navigations = recordNavigations()));
  afterEach(() => navigations.restore());

  it('identify shows one button per social provider, with its brand name and mark, below the form in the server order', async () => {
    const flow = await renderFlow(idp.identifyWithSocial);
    const el = flow.querySelector('okta-identify')!;
    expect(labels(el)).to.deep.equal([
      'Sign in with Google',
      'Sign in with Facebook',
      'Sign in with Apple',
      'Sign in with Microsoft',
      'Sign in with LinkedIn',
    ]);
    const form = el.querySelector('form')!;
    const group = el.querySelector('.okta-idps')!;
    expect(group.getAttribute('role')).to.equal('group');
    // Below the form's submit button: the server listed them after identify.
    const submit = form.querySelector('button[type="submit"]')!;
    expect(submit.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // The marks arrive on demand and fill each button's reserved box.
    await waitUntil(() => buttonsIn(el).every((b) => b.querySelector('svg path') !== null), 'the brand marks did not arrive');
    for (const b of buttonsIn(el)) expect(b.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    // Nothing navigates by itself, even with providers on the first screen.
    expect(navigations.urls).to.deep.equal([]);
    await expect(flow).to.be.accessible();
  });

  it('an enterprise provider (SAML2, OIDC) is labelled with the org name for it, and has no brand mark', async () => {
    const flow = await renderFlow(idp.identifyWithMixed);
    const el = flow.querySelector('okta-identify')!;
    expect(labels(el)).to.deep.equal(['Sign in with Google', 'Sign in with Acme SSO', 'Sign in with Partner Login']);
    const saml = el.querySelector('[data-idp-type="SAML2"]')!;
    expect(saml.querySelector('svg')).to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('providers the server lists before identify go above the username', async () => {
    const flow = await renderFlow(idp.identifyWithIdpsAbove);
    const el = flow.querySelector('okta-identify')!;
    // The form (not a provider) is the step shown.
    expect(flow.state.step?.name).to.equal('identify');
    const group = el.querySelector('.okta-idps')!;
    const username = el.querySelector('input[name="identifier"]')!;
    expect(group.compareDocumentPosition(username) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(labels(el)).to.deep.equal(['Sign in with Google', 'Sign in with Acme SSO']);
    await expect(flow).to.be.accessible();
  });

  it('a click fires a cancelable okta-idp-redirect, then navigates the page to the provider', async () => {
    const flow = await renderFlow(idp.identifyWithMixed);
    const google = flow.querySelector<HTMLButtonElement>('[data-idp-type="GOOGLE"]')!;
    const fired = oneEvent(flow, 'okta-idp-redirect') as Promise<OktaIdpRedirectEvent>;
    google.click();
    const event = await fired;
    expect(event.cancelable).to.equal(true);
    expect([event.idpType, event.idpId, event.idpName]).to.deep.equal(['GOOGLE', '0oa-google', 'Google IDP']);
    expect(event.url).to.equal('https://example.okta.com/sso/idps/0oa-google?stateToken=02.state-token');
    expect(navigations.urls).to.deep.equal([event.url]);
  });

  it('an app that cancels okta-idp-redirect keeps the page', async () => {
    const flow = await renderFlow(idp.identifyWithMixed);
    flow.addEventListener('okta-idp-redirect', (event) => event.preventDefault());
    flow.querySelector<HTMLButtonElement>('[data-idp-type="SAML2"]')!.click();
    expect(navigations.urls).to.deep.equal([]);
  });

  it('while a request is in flight the buttons are marked busy and do not navigate', async () => {
    const flow = await renderFlow(idp.identifyWithIdpsSubmitting);
    const google = flow.querySelector<HTMLButtonElement>('[data-idp-type="GOOGLE"]')!;
    expect(google.getAttribute('aria-disabled')).to.equal('true');
    google.click();
    expect(navigations.urls).to.deep.equal([]);
    await expect(flow).to.be.accessible();
  });

  it('a sole provider (no username form) is a button on the first screen, focused, never a redirect', async () => {
    const flow = await renderFlow(idp.soleProviderState);
    const el = flow.querySelector('okta-redirect-idp')!;
    expect(el.active).to.equal(true);
    expect(el.querySelector('h2')!.textContent).to.equal('Sign in');
    expect(labels(el)).to.deep.equal(['Sign in with Acme SSO']);
    expect(document.activeElement).to.equal(buttonsIn(el)[0]);
    expect(navigations.urls).to.deep.equal([]);
    // No way back to a sign-in that is this very screen.
    expect(el.querySelector('.okta-links')).to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it("Okta's external_idp authenticator: 'Verify with …', the provider's button, another method and back to sign in", async () => {
    const flow = await renderFlow(idp.verifyWithIdpState);
    const el = flow.querySelector('okta-redirect-idp')!;
    expect(el.querySelector('h2')!.textContent).to.equal('Verify with Acme SSO');
    expect(labels(el)).to.deep.equal(['Sign in with Acme SSO']);
    const links = [...el.querySelectorAll('.okta-links button')].map((b) => b.textContent!.trim());
    expect(links).to.deep.equal(['Choose another method', 'Back to sign in']);
    const shown = oneEvent(el, 'okta-show-step') as unknown as Promise<OktaShowStepEvent>;
    el.querySelector<HTMLButtonElement>('.okta-links button')!.click();
    expect((await shown).step).to.equal('select-authenticator-authenticate');
    await expect(flow).to.be.accessible();
  });

  it("the org's provider in an authenticator list: its name and what choosing it does, not a code app's", async () => {
    const flow = await renderFlow(idp.selectWithIdpState);
    const option = flow.querySelector('okta-select-authenticator [data-authenticator="external_idp"]')!;
    expect(option, 'the provider among the ways to verify').not.to.equal(null);
    expect(option.textContent).to.contain('Acme SSO');
    expect(option.textContent).to.contain('Sign in at your identity provider');
    expect(option.textContent).not.to.contain('Enter a code');
    await expect(flow).to.be.accessible();
  });

  it('no providers offered: no group, and steps without providers are unchanged', async () => {
    const flow = await renderFlow(states.identify);
    expect(flow.querySelector('.okta-idps')).to.equal(null);
    await show(flow, idp.identifyWithMixed);
    expect(labels(flow.querySelector('okta-identify')!)).to.have.length(3);
  });

  it('a live flow shows the providers of the server answer (the driver keeps where each goes)', async () => {
    const raw = idp.identifyWithIdps([idp.SOCIAL[0], idp.ENTERPRISE[0]]);
    const client: IdxAuthClient = {
      options: { issuer: 'https://example.okta.com/oauth2/default' },
      idx: {
        start: () => Promise.resolve({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} } as never),
        proceed: () => Promise.reject(new Error('not expected')),
        cancel: () => Promise.reject(new Error('not expected')),
        canProceed: () => false,
      },
      transactionManager: { clear: () => undefined },
      tokenManager: { setTokens: () => undefined },
    };
    const flow: OktaFlow = await connectFlow((f) => (f.authClient = client));
    await waitUntil(() => flow.querySelectorAll('okta-identify .okta-idps button').length === 2, 'no provider buttons');
    flow.querySelector<HTMLButtonElement>('[data-idp-type="SAML2"]')!.click();
    expect(navigations.urls).to.deep.equal(['https://example.okta.com/sso/idps/0oa-acme-saml?stateToken=02.state-token']);
  });
});
