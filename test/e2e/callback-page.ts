import '../../src/index.js';

/**
 * The page an identity provider or the email link returns to (its own URL is the flow's redirect URI). The
 * issuer comes from the test that opened it (`?issuer=`) and is kept in localStorage (an app's page has it in its
 * markup), since the redirect back carries only the callback's parameters, and another browser's page has no
 * sessionStorage of this one. What the flow fires is kept in `window.flowEvents` for the test.
 */
const ISSUER_KEY = 'okta-elements-e2e-issuer';
const given = new URLSearchParams(location.search).get('issuer');
if (given) localStorage.setItem(ISSUER_KEY, given);
const page = window as unknown as { flowEvents: Event[] };
page.flowEvents = [];
const flow = document.querySelector('okta-flow')!;
for (const name of ['okta-success', 'okta-error', 'okta-idp-redirect']) flow.addEventListener(name, (event) => page.flowEvents.push(event));
flow.setAttribute('issuer', localStorage.getItem(ISSUER_KEY) ?? '');
