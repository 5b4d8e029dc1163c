import type { FlowApp } from './flow-state.js';
import type { RawIdxResponse } from './raw-idx.js';

const hrefOf = (link: unknown): string | undefined => {
  const href = (link as { href?: unknown } | undefined)?.href;
  return typeof href === 'string' && /^https?:\/\//i.test(href) ? href : undefined;
};

/**
 * The app the person signs in to, as Okta names it in IDX's `app` object (consent screens show its
 * label and logo, and link its terms and privacy policy). Links are kept only when they are http(s):
 * a `javascript:` href from a misconfigured org never reaches an `<a>` or `<img>`.
 */
export function appOf(raw: RawIdxResponse): FlowApp | undefined {
  const app = (raw.app as { value?: Record<string, unknown> } | undefined)?.value;
  if (!app) return undefined;
  const label = typeof app.label === 'string' && app.label ? app.label : undefined;
  return {
    label,
    logo: hrefOf(app.logo),
    termsOfService: hrefOf(app.termsOfService),
    privacyPolicy: hrefOf(app.privacyPolicy),
  };
}
