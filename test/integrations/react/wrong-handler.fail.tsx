// expect-error TS2322: OktaSuccessEvent
import { OktaFlow } from 'okta-elements/react';
import type { OktaErrorEvent } from 'okta-elements';

export const App = () => <OktaFlow onSuccess={(event: OktaErrorEvent) => console.log(event.code)} />;
