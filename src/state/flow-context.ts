import { createContext } from '@lit/context';
import type { FlowState } from './flow-state.js';

/** `<okta-flow>` provides its state under this key; step elements consume it with `subscribe: true`. */
export const flowContext = createContext<FlowState>(Symbol.for('okta-elements/flow-state'));
