export { OktaSuccessEvent, type OktaSuccessDetail } from './okta-success.js';
export { OktaErrorEvent, type OktaErrorCode, type OktaErrorDetail } from './okta-error.js';
export { OktaStepChangeEvent, type OktaStepChangeDetail } from './okta-step-change.js';
export { OktaProceedEvent, type StepValues } from './okta-proceed.js';
export { OktaRestartEvent } from './okta-restart.js';
export { OktaShowStepEvent } from './okta-show-step.js';
export { OktaIdpRedirectEvent, type OktaIdpRedirectDetail } from './okta-idp-redirect.js';
