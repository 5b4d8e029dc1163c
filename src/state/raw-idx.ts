/**
 * The slice of Okta's raw IDX JSON ("ION", version 1.0.0) that okta-elements reads.
 * Reading the raw response, rather than the SDK's remediator output, keeps field paths, nested
 * options and field messages exactly as the server sent them.
 */
export interface RawMessage {
  message?: string;
  i18n?: { key?: string; params?: unknown[] };
  class?: string;
}

export interface RawMessages {
  value?: RawMessage[];
}

export interface RawField {
  name: string;
  label?: string;
  type?: string;
  required?: boolean;
  secret?: boolean;
  visible?: boolean;
  mutable?: boolean;
  value?: unknown;
  form?: { value?: RawField[] };
  options?: RawOption[];
  minLength?: number;
  maxLength?: number;
  messages?: RawMessages;
  /** A longer explanation (consent scopes). */
  desc?: string;
}

export interface RawOption {
  label?: string;
  value?: unknown;
  relatesTo?: unknown;
  /** A longer explanation (a consent scope's). */
  desc?: string;
}

export interface RawRemediation {
  name: string;
  value?: RawField[];
  relatesTo?: string | string[] | unknown;
  /** Milliseconds, as the server wrote it: read through pollInterval(), never trusted as is. */
  refresh?: unknown;
  /** Consent: the scopes to grant, when listed beside the form rather than as its `scopes` field. */
  scopes?: RawOption[];
  /** `redirect-idp`: the provider's Okta URL, its type and the org's name for it. */
  href?: unknown;
  type?: unknown;
  idp?: { id?: unknown; name?: unknown };
}

export interface RawIdxResponse {
  version?: string;
  stateHandle?: string;
  remediation?: { value?: RawRemediation[] };
  messages?: RawMessages;
  currentAuthenticator?: { value?: Record<string, unknown> };
  currentAuthenticatorEnrollment?: { value?: Record<string, unknown> };
  authenticatorEnrollments?: { value?: Record<string, unknown>[] };
  /** The authenticator a password recovery resets, present from its first step on. */
  recoveryAuthenticator?: { value?: Record<string, unknown> };
  user?: { value?: { identifier?: string; profile?: Record<string, unknown> } };
  successWithInteractionCode?: unknown;
  [key: string]: unknown;
}

/** Resolves the tiny JSONPath subset IDX uses in `relatesTo` (`$.a.b[0]`, `$.a.value[3]`). */
export function resolveJsonPath(root: unknown, path: string): unknown {
  if (!path.startsWith('$')) return undefined;
  const steps = path
    .slice(1)
    .split(/\.|\[(\d+)\]/)
    .filter((step) => step !== undefined && step !== '');
  let node: unknown = root;
  for (const step of steps) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}
