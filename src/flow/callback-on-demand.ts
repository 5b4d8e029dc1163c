/**
 * What `<okta-flow>` needs only when a redirect lands on its page (an identity provider's answer, the email
 * link): the handling, the "enter this code where you started" view and their English sentences. The flow
 * imports this file dynamically, so the self-contained bundle emits it as a file of its own: a sign-in on the
 * page never downloads it.
 */
import { addEnglish } from '../i18n/localize.js';
import { idpCallbackStrings } from '../i18n/catalogue/idp-callback.js';

addEnglish(idpCallbackStrings);

export { handleLanding, type LandingOutcome } from './callback-landing.js';
export { renderCodeEnd } from './callback-views.js';
