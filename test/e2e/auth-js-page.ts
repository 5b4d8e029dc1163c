import { OktaAuth } from '@okta/okta-auth-js';

/** Hands the page's own OktaAuth class to the test that framed it (a test's instance would navigate the test page). */
declare global {
  interface Window {
    OktaAuth?: typeof OktaAuth;
  }
}
window.OktaAuth = OktaAuth;
