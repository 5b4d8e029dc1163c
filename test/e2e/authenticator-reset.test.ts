import { expect, oneEvent } from '@open-wc/testing';
import { TOTP } from 'otpauth';
import { chooseTheOnlyOption, dev, fillAndSubmit, mountFlow, passwordFirst, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

// An admin resets a user's Google Authenticator (the emulator's POST /dev/users/<login>/authenticators/<key>/reset,
// as Okta's "Reset Authenticators" does): the next sign-in sets it up again on the same screens as a first
// enrollment, the QR code and the key, and the new secret is the one that signs in from then on.

/** The demo user enrolled in Google Authenticator with a known secret (the emulator's default config). */
const USER = 'totp.reset@example.com';
const OLD_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const totpNow = (secret: string) => new TOTP({ secret, digits: 6, period: 30 }).generate();

async function signedInWith(flow: OktaFlow, code: string): Promise<OktaSuccessEvent> {
  const done = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
  fillAndSubmit(flow, { 'credentials.passcode': code });
  return done;
}

describe('e2e: authenticator reset and re-enrollment', () => {
  const env = useEmulator();

  it('after a reset, the next sign-in shows the QR code and key again, and the new secret signs in', async () => {
    // Enrolled: the sign-in asks for a code of the existing secret.
    const before = mountFlow(env.issuer);
    await passwordFirst(before, USER);
    await chooseTheOnlyOption(before, 'google_otp');
    await stepShown(before, 'challenge-authenticator', 'google_otp');
    await signedInWith(before, totpNow(OLD_SECRET));
    before.remove();
    sessionStorage.clear();

    await dev(env.issuer, `users/${USER}/authenticators/google_otp/reset`);

    // Reset: Okta offers it to set up, with the enrollment's screens.
    const flow = mountFlow(env.issuer);
    await passwordFirst(flow, USER);
    await chooseTheOnlyOption(flow, 'google_otp');
    expect(flow.state.step?.name, 'set up, not verified').to.equal('enroll-authenticator');
    await stepShown(flow, 'enroll-authenticator', 'google_otp');
    const qr = flow.querySelector<HTMLImageElement>('[active] img.okta-qr');
    expect(qr, 'the QR code').not.to.equal(null);
    expect(qr!.src).to.match(/^data:image\/png;base64,/);
    expect(qr!.alt).to.not.equal('');
    const secret = flow.querySelector('[active] .okta-secret')!.textContent!.trim();
    expect(secret, 'a new key').to.match(/^[A-Z2-7]{16,}$/).and.not.equal(OLD_SECRET);
    expect(flow.querySelector('[active] input[name="credentials.passcode"]')!.getAttribute('autocomplete')).to.equal('one-time-code');
    const { tokens } = await signedInWith(flow, totpNow(secret));
    expect(tokens.accessToken, 'tokens').not.to.equal(undefined);
    flow.remove();
    sessionStorage.clear();

    // From then on the new secret is the one verified.
    const after = mountFlow(env.issuer);
    await passwordFirst(after, USER);
    await chooseTheOnlyOption(after, 'google_otp');
    await stepShown(after, 'challenge-authenticator', 'google_otp');
    await signedInWith(after, totpNow(secret));
  });
});
