// expect-error TS2339: 'okta-flwo'
import type {} from 'okta-elements/react';

export const App = () => <okta-flwo issuer="https://example.okta.com/oauth2/default" />;
