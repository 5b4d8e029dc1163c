// Must type-check: the @lit/react wrappers with element properties and typed callbacks.
import { useRef } from 'react';
import { OktaFlow, OktaIdentify, type OktaFlowElement, type OktaFlowProps } from 'okta-elements/react';
import type { OktaSuccessEvent } from 'okta-elements';

export function SignIn({ onTokens }: { onTokens: (idToken: string | undefined) => void }) {
  const flow = useRef<OktaFlowElement>(null);
  const props: OktaFlowProps = { issuer: 'https://example.okta.com/oauth2/default', clientId: 'abc', storeTokens: false };
  const succeeded = (event: OktaSuccessEvent) => onTokens(event.tokens.idToken?.idToken);
  return (
    <OktaFlow
      ref={flow}
      {...props}
      history
      requestTimeout={10_000}
      theme="dark"
      flow="recover"
      strings={{ 'flow.startOver': 'Again' }}
      onSuccess={succeeded}
      onStepChange={(event) => console.log(event.step, event.authenticatorKey)}
      onError={(event) => console.log(event.code, event.message)}
      className="card"
      id="sign-in"
      data-testid="flow"
      aria-label="Sign in"
    >
      <OktaIdentify heading="Welcome" onIdpRedirect={(event) => event.preventDefault()} />
    </OktaFlow>
  );
}
