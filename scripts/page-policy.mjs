/**
 * The Content-Security-Policy of `npm start`'s demo page: scripts and styles from its own server, fetches
 * to the emulator, and images from the server or `data:` URLs, because QR codes (Google Authenticator,
 * Okta Verify) arrive from Okta as `data:image/png`. Its own module so a browser test can check a QR
 * code loads under it.
 * @param {string} emulatorOrigin
 */
export function pagePolicy(emulatorOrigin) {
  return [
    "default-src 'self'",
    `connect-src 'self' ${emulatorOrigin}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
