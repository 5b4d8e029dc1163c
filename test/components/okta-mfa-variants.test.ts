import { expect } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { FlowState } from '../../src/state/flow-state.js';

/** Each screen of every authenticator: which element shows it, what a person finds there. */
interface Variant {
  readonly name: string;
  readonly state: FlowState;
  readonly element: string;
  /** Selectors that must be present in the active step. */
  readonly has: readonly string[];
  /** Text the active step must contain. */
  readonly says?: string;
}

const variants: readonly Variant[] = [
  { name: 'select to verify', state: states.selectVerify, element: 'okta-select-authenticator', has: ['.okta-option button'] },
  { name: 'select to enroll', state: states.selectEnroll, element: 'okta-select-authenticator', has: ['.okta-option button'] },
  { name: 'email: send me an email', state: states.verifyEmailData, element: 'okta-challenge', has: ['button[type="submit"]'], says: 'Send me an email' },
  { name: 'phone: SMS or voice', state: states.verifyPhoneData, element: 'okta-challenge', has: ['input[type="radio"][value="sms"]', 'input[type="radio"][value="voice"]'] },
  { name: 'phone: code', state: states.challengePhone, element: 'okta-challenge', has: ['input[autocomplete="one-time-code"]'] },
  { name: 'phone: wrong code', state: states.challengePhoneWrongCode, element: 'okta-challenge', has: ['input[aria-invalid="true"]'] },
  { name: 'Google Authenticator: code', state: states.challengeGoogle, element: 'okta-challenge', has: ['input[autocomplete="one-time-code"]'] },
  { name: 'Okta Verify: TOTP', state: states.challengeOktaVerifyTotp, element: 'okta-challenge', has: ['input[name="credentials.totp"]'] },
  { name: 'Okta Verify: push waiting', state: states.challengePush, element: 'okta-challenge', has: ['.okta-push[role="status"]'], says: 'Approve it in Okta Verify' },
  { name: 'Okta Verify: number challenge', state: states.challengePushNumber, element: 'okta-challenge', has: ['.okta-number-challenge'] },
  { name: 'Okta Verify: rejected push', state: states.challengePushRejected, element: 'okta-challenge', has: ['.okta-push'], says: 'Send push again' },
  { name: 'security question', state: states.challengeQuestion, element: 'okta-challenge', has: ['input[name="credentials.answer"]'] },
  { name: 'security question: wrong answer', state: states.challengeQuestionWrongAnswer, element: 'okta-challenge', has: ['input[aria-invalid="true"]'] },
  { name: 'WebAuthn', state: states.challengeWebauthn, element: 'okta-challenge', has: ['button[type="submit"]'], says: 'passkey' },
  { name: 'enroll email: code', state: states.enrollEmail, element: 'okta-enroll', has: ['input[autocomplete="one-time-code"]'] },
  { name: 'enroll phone: number', state: states.enrollPhoneData, element: 'okta-enroll', has: ['select[name="country"]', 'input[type="tel"][autocomplete="tel-national"]'] },
  { name: 'enroll phone: invalid number', state: states.enrollPhoneDataInvalid, element: 'okta-enroll', has: ['input[type="tel"][aria-invalid="true"]'] },
  { name: 'enroll phone: code', state: states.enrollPhone, element: 'okta-enroll', has: ['input[autocomplete="one-time-code"]'] },
  { name: 'enroll Google Authenticator', state: states.enrollGoogle, element: 'okta-enroll', has: ['img.okta-qr[alt]', '.okta-secret'] },
  { name: 'enroll Okta Verify: QR', state: states.enrollOktaVerify, element: 'okta-enroll', has: ['img.okta-qr[alt]', '[role="status"]'] },
  { name: 'enroll Okta Verify: link by email', state: states.enrollOktaVerifyChannelData, element: 'okta-enroll', has: ['input[type="email"][autocomplete="email"]'] },
  { name: 'self-service registration', state: states.unhandledProfile, element: 'okta-register', has: ['input[name="userProfile.firstName"][autocomplete="given-name"]', 'input[name="userProfile.email"][type="email"]'] },
  { name: 'enroll security question', state: states.enrollQuestion, element: 'okta-enroll', has: ['select[name="credentials.questionKey"]', 'input[name="credentials.answer"]'] },
  { name: 'enroll security question: answer too short', state: states.enrollQuestionShortAnswer, element: 'okta-enroll', has: ['input[name="credentials.answer"][aria-invalid="true"]'] },
  { name: 'enroll WebAuthn', state: states.enrollWebauthn, element: 'okta-enroll', has: ['button[type="submit"]'] },
];

describe('every authenticator screen', () => {
  for (const variant of variants) {
    it(`${variant.name}: rendered by <${variant.element}>, accessible`, async () => {
      const flow = await renderFlow(variant.state);
      const active = flow.querySelector('[active]');
      expect(active?.localName).to.equal(variant.element);
      for (const selector of variant.has) expect(active!.querySelector(selector), selector).not.to.equal(null);
      if (variant.says) expect(active!.textContent).to.contain(variant.says);
      await expect(flow).to.be.accessible();
    });
  }
});
