// expect-error TS2322: '"sepia"' is not assignable
// expect-error TS2339: 'tokens' does not exist on type 'OktaErrorEvent'
import type {} from 'okta-elements/react';

export const App = () => <okta-flow theme="sepia" onokta-error={(event) => console.log(event.tokens)} />;
