import { useState } from 'react';
// Typed React wrappers (@lit/react): props are the element's properties, events are on* callbacks.
import { OktaFlow } from 'okta-elements/react';
import type { OktaErrorEvent, OktaSuccessEvent } from 'okta-elements/events';
import './SignIn.css';

const issuer = import.meta.env.VITE_OKTA_ISSUER;
const clientId = import.meta.env.VITE_OKTA_CLIENT_ID;

export function SignIn() {
  const [email, setEmail] = useState<string>();

  function onSuccess(event: OktaSuccessEvent) {
    // The tokens stay in memory: hand event.tokens.accessToken?.accessToken to your API client.
    setEmail(String(event.tokens.idToken?.claims.email ?? ''));
  }

  function onError(event: OktaErrorEvent) {
    console.warn('sign-in problem', event.code, event.message);
  }

  return (
    <>
      <h1>Sign in to Acme</h1>
      {email ? (
        <p>Signed in as {email}</p>
      ) : (
        <OktaFlow className="sign-in" issuer={issuer} clientId={clientId} onSuccess={onSuccess} onError={onError} />
      )}
    </>
  );
}
