/** Okta's default custom authorization server, the only one emulated. */
export const AUTH_SERVER_PATH = '/oauth2/default';

/** The issuer follows the host the client used, so hrefs and `iss` match what auth-js was configured with. */
export const issuerFor = (url: URL) => url.origin + AUTH_SERVER_PATH;

export const SUPPORTED_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'] as const;
