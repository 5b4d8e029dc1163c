// Must type-check: React 19 renders the custom elements natively; the tags come from okta-elements/react's JSX types.
import { useRef } from 'react';
import type {} from 'okta-elements/react';
import type { OktaFlow } from 'okta-elements';

export function SignIn({ onTokens }: { onTokens: (accessToken: string | undefined) => void }) {
  const flow = useRef<OktaFlow>(null);
  return (
    <okta-flow
      ref={flow}
      issuer="https://example.okta.com/oauth2/default"
      client-id="abc"
      store-tokens={false}
      request-timeout={10_000}
      theme="light"
      className="card"
      id="sign-in"
      data-testid="flow"
      aria-label="Sign in"
      style={{ maxWidth: 400 }}
      onokta-success={(event) => onTokens(event.tokens.accessToken?.accessToken)}
      onokta-step-change={(event) => console.log(event.step)}
      onokta-error={(event) => console.log(event.code)}
    >
      <okta-identify heading="Welcome" />
      <okta-select-authenticator />
      <okta-challenge />
    </okta-flow>
  );
}
