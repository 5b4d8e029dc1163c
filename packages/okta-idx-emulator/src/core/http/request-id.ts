import { base64url } from 'jose';

/**
 * A fresh `X-Okta-Request-Id` value. Okta's are opaque, 20-odd URL-safe characters (for example
 * `reqFmLSw-bKSwmWKqos-o5l7w` or `aF3kQ9…AAABxw`); clients only log them and quote them to support, so
 * only the shape and the uniqueness matter.
 */
export function oktaRequestId(): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(20)));
}
