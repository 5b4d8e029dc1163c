import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withoutSpacesInCodes } from '../../../src/authenticators/code-views.js';
import { phoneRequest } from '../../../src/authenticators/phone.js';
import { passwordEnroll } from '../../../src/authenticators/password-enroll.js';
import type { PhoneNumbers } from '../../../src/authenticators/phone-number.js';
import type { ViewContext } from '../../../src/authenticators/types.js';

/** A stand-in for the phone library: Great Britain drops its 0, anything with + is kept. */
const numbers: PhoneNumbers = {
  countries: () => [],
  defaultRegion: () => 'US',
  toE164: (region, typed) => {
    const digits = typed.replace(/[^\d+]/g, '');
    if (digits.startsWith('+')) return digits.length > 6 ? digits : undefined;
    if (region === 'GB' && digits.length === 11) return `+44${digits.slice(1)}`;
    return undefined;
  },
};

describe('values authenticators send', () => {
  it('a code is sent as its digits, whichever code field it is in', () => {
    assert.deepEqual(withoutSpacesInCodes({ 'credentials.passcode': ' 123 456 ' }), { 'credentials.passcode': '123456' });
    assert.deepEqual(withoutSpacesInCodes({ 'credentials.totp': '123 456', other: 'a b' }), { 'credentials.totp': '123456', other: 'a b' });
  });

  it('a phone number is sent in E.164 by the library, and the country select is never sent', () => {
    assert.deepEqual(phoneRequest({ country: 'GB', 'authenticator.phoneNumber': '07700 900123', 'authenticator.methodType': 'sms' }, numbers), {
      'authenticator.phoneNumber': '+447700900123',
      'authenticator.methodType': 'sms',
    });
  });

  it('without the library (still loading, or failed) the typed number is sent as digits and +', () => {
    assert.deepEqual(phoneRequest({ country: '', 'authenticator.phoneNumber': '+1 (555) 555-0177' }, undefined), {
      'authenticator.phoneNumber': '+15555550177',
    });
  });

  it('a new password is sent without its confirmation', () => {
    const sent = passwordEnroll.toRequest!({ 'credentials.passcode': 'S3cret!', confirmPassword: 'S3cret!' }, {} as ViewContext);
    assert.deepEqual(sent, { 'credentials.passcode': 'S3cret!' });
  });
});
