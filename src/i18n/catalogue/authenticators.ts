/**
 * English sentences of the authenticator modules other than the password (src/authenticators/), part of
 * the one catalogue in `../en.ts`. They arrive with those modules (src/authenticators/on-demand.ts), not in
 * the main bundle. One block per authenticator, then what code-based authenticators share. Keys are stable.
 * `{target}` is a masked address or number from the server; `{name}` an authenticator's name.
 */
export const authenticatorStrings = {
  // ---- Email ----
  'email.name': 'Email',
  'email.action.verify': 'Get a code sent to {target}',
  'email.action.enroll': 'Get a code by email',
  'email.yourEmail': 'your email',
  'email.send': 'Send me an email',
  'email.verify.sentTo': 'We sent a code to {target}. You can also click the link in the email.',

  // ---- Phone ----
  'phone.name': 'Phone',
  'phone.action.verify': 'Get a code at {target}',
  'phone.action.enroll': 'Get a code by text message or call',
  'phone.yourPhone': 'your phone',
  'phone.method.sms': 'Text message (SMS)',
  'phone.method.voice': 'Voice call',
  'phone.send.sms': 'Text me a code',
  'phone.send.voice': 'Call me with a code',
  'phone.verify.sentTo': 'We sent a code to {target}.',
  'phone.enroll.country': 'Country or region',
  'phone.enroll.loadingCountries': 'Loading countries…',
  'phone.enroll.otherCountry': 'Other (type the number with its + code)',
  'phone.enroll.number': 'Phone number',
  'phone.enroll.hint': 'A number with a + code overrides the country.',
  /** A number the phone library cannot read as a number of the chosen country (or of its + code). */
  'phone.invalidNumber': 'Enter a valid phone number for the chosen country, or type it with its + code',

  // ---- Passcode apps: Google Authenticator and any other one-time-code authenticator ----
  'passcode.name.google': 'Google Authenticator',
  'passcode.name.custom': 'One-time code',
  'passcode.action.verify.google': 'Enter a code from Google Authenticator',
  'passcode.action.enroll.google': 'Use a code from the Google Authenticator app',
  'passcode.action.verify': 'Enter a code',
  'passcode.action.enroll': 'Set it up',
  'passcode.verify.hint': 'Enter the code from your authenticator app.',
  'passcode.enroll.scan': 'Scan this QR code with the {name} app.',
  'passcode.enroll.qrAlt': 'QR code to scan with your authenticator app',
  /** `{secret}` is shown in a monospace element. */
  'passcode.enroll.cantScan': 'Can’t scan? Enter this key in the app: {secret}',
  'passcode.enroll.qrFailed': 'The QR code could not be shown. Enter the key below in the app instead.',
  'qr.failed': 'The QR code could not be shown. Choose another method, or try again later.',

  // ---- Okta Verify ----
  'oktaVerify.name': 'Okta Verify',
  'oktaVerify.action.verify': 'Approve a push or enter a code from Okta Verify',
  'oktaVerify.action.enroll': 'Set up the Okta Verify app',
  'oktaVerify.enroll.qrFailed': 'The QR code could not be shown. Choose “Can’t scan?” below to get a set-up link instead.',
  'oktaVerify.push.sent': 'Push notification sent. Approve it in Okta Verify on your phone.',
  'oktaVerify.push.tapNumber': 'On your phone, tap this number in Okta Verify:',
  'oktaVerify.push.numberLabel': 'Number {number}',
  'oktaVerify.push.rejected': 'The push was not approved.',
  'oktaVerify.push.sendAgain': 'Send push again',
  'oktaVerify.enroll.channelLegend': 'How do you want to set up {name}?',
  'oktaVerify.enroll.channel.qrcode': 'Scan a QR code',
  'oktaVerify.enroll.channel.email': 'Get a setup link by email',
  'oktaVerify.enroll.channel.sms': 'Get a setup link by text message',
  'oktaVerify.enroll.email': 'Email',
  'oktaVerify.enroll.phone': 'Phone number',
  'oktaVerify.enroll.sendLink': 'Send me the setup link',
  'oktaVerify.enroll.scan': 'In Okta Verify, add an account and scan this QR code.',
  'oktaVerify.enroll.qrAlt': 'QR code to scan with Okta Verify',
  'oktaVerify.enroll.openLink': 'Open the link we sent on your phone to set up Okta Verify.',
  'oktaVerify.enroll.waiting': 'Waiting for Okta Verify…',
  'oktaVerify.enroll.cantScan': 'Can’t scan? Get a link by email or text message',

  // ---- Security question ----
  'securityQuestion.name': 'Security question',
  'securityQuestion.action.verify': 'Answer your security question',
  'securityQuestion.action.enroll': 'Choose a question and answer it',
  'securityQuestion.verify.fallbackQuestion': 'Your security question',
  'securityQuestion.enroll.choose': 'Choose a security question',
  'securityQuestion.enroll.custom': 'Write my own question',
  'securityQuestion.enroll.question': 'Your question',
  'securityQuestion.enroll.answer': 'Answer',
  'securityQuestion.enroll.answerHint.one': 'At least {count} character.',
  'securityQuestion.enroll.answerHint.other': 'At least {count} characters.',
  'securityQuestion.enroll.answerTooShort.one': 'The answer must be at least {count} character long',
  'securityQuestion.enroll.answerTooShort.other': 'The answer must be at least {count} characters long',

  // ---- WebAuthn: passkeys, security keys, this device's biometrics (problems: ./webauthn.ts) ----
  'webauthn.name': 'Security key or biometric',
  'webauthn.action.verify': 'Use your passkey or security key',
  'webauthn.action.enroll': 'Use a passkey, security key or this device’s biometrics',
  'webauthn.verify.intro': 'Use your passkey, security key or this device’s screen lock.',
  'webauthn.enroll.intro': 'Use a passkey, a security key, or this device’s screen lock (fingerprint, face or PIN).',
  'webauthn.enroll.submit': 'Set up',
  'webauthn.unsupported': 'This browser cannot use passkeys or security keys. Choose another method.',
  'webauthn.tryAgain': 'Try again',
  'webauthn.waiting': 'Waiting for your security key…',
  'webauthn.waitingPrompt': 'Waiting for your passkey… Follow your browser’s prompt.',

  // ---- What code-based authenticators share (email, phone, passcode apps, Okta Verify's code) ----
  'code.label': 'Enter code',
  'code.enroll.hint': 'Enter the code we sent you.',
  'code.willSendTo': 'We will send a code to {target}.',
  'code.howToSend': 'How should we send it?',
  'code.enroll.howToSend': 'How should we send the code?',
  'code.send': 'Send code',
  'code.didntGetIt': 'Didn’t get it?',
  'code.resendIn.one': 'Didn’t get it? You can resend in {count} s.',
  'code.resendIn.other': 'Didn’t get it? You can resend in {count} s.',
  'code.resend': 'Resend code',
} as const;
