/**
 * okta-elements: registers every element. Import this module (or the self-contained
 * `okta-elements.bundle.js`) once, then use the tags.
 */
import './flow/okta-flow.js';

export { OktaFlow } from './flow/okta-flow.js';
export { OktaIdentify } from './identify/okta-identify.js';
export { OktaSelectAuthenticator } from './select-authenticator/okta-select-authenticator.js';
export { OktaChallenge } from './challenge/okta-challenge.js';
export { OktaEnroll } from './enroll/okta-enroll.js';
export { OktaResetPassword } from './reset-password/okta-reset-password.js';
export { OktaRegister } from './register/okta-register.js';
export { OktaConsent } from './consent/okta-consent.js';
export { OktaRedirectIdp } from './redirect-idp/okta-redirect-idp.js';
export { OktaGenericStep } from './generic-step/okta-generic-step.js';
export * from './step/index.js';
export { AuthenticatorStepElement } from './authenticators/authenticator-step.js';
export type { AuthenticatorModule, AuthenticatorMode, View, ViewContext } from './authenticators/types.js';
export { flowContext } from './state/flow-context.js';
export type * from './state/flow-state.js';
export { localizerContext } from './i18n/localizer-context.js';
export { createLocalizer, registerCatalogue, type Localizer, type Strings, type Catalogue, type MessageKey, type MessageParams } from './i18n/localize.js';
export type { IdxAuthClient } from './flow/auth-client.js';
export * from './events/index.js';
