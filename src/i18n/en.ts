import { flowStrings } from './catalogue/flow.js';
import { stepStrings } from './catalogue/steps.js';
import { stepsOnDemandStrings } from './catalogue/steps-on-demand.js';
import { passwordStrings } from './catalogue/password.js';
import { passwordEnrollStrings } from './catalogue/password-enroll.js';
import { passwordResetStrings } from './catalogue/password-reset.js';
import { authenticatorStrings } from './catalogue/authenticators.js';
import { webauthnStrings } from './catalogue/webauthn.js';
import { unlockStrings } from './catalogue/unlock.js';
import { registerStrings } from './catalogue/register.js';
import { idpStrings } from './catalogue/idp.js';
import { idpCallbackStrings } from './catalogue/idp-callback.js';
import { idpAuthenticatorStrings } from './catalogue/idp-authenticator.js';
import { historyStrings } from './catalogue/history.js';
import { endStrings } from './catalogue/ends.js';
import { consentStrings } from './catalogue/consent.js';

/**
 * The English catalogue: every sentence okta-elements shows, by stable key. An app replaces any of them
 * with `<okta-flow>`'s `strings` property; other languages are catalogues of the same keys.
 * Placeholders are `{name}`; a key with `.one` / `.other` forms is chosen by the `count` parameter.
 */
export const en = {
  ...flowStrings,
  ...stepStrings,
  ...stepsOnDemandStrings,
  ...passwordStrings,
  ...passwordEnrollStrings,
  ...passwordResetStrings,
  ...authenticatorStrings,
  ...webauthnStrings,
  ...unlockStrings,
  ...registerStrings,
  ...idpStrings,
  ...idpCallbackStrings,
  ...idpAuthenticatorStrings,
  ...historyStrings,
  ...endStrings,
  ...consentStrings,
} as const;

/** A key of the catalogue, such as `flow.loading`; plural keys are named without their `.one`/`.other`. */
export type MessageKey = keyof typeof en | PluralKey<keyof typeof en>;
type PluralKey<K> = K extends `${infer Base}.other` ? Base : never;
