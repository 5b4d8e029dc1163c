// expect-error TS2322: Type 'number' is not assignable to type 'string'
import { OktaFlow } from 'okta-elements/react';

export const App = () => <OktaFlow issuer={42} />;
