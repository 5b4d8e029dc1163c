import type { Context } from '@lit/context';
import type { FlowState } from './flow-state.js';

/**
 * `<okta-flow>` provides its state under this key; step elements consume it with `subscribe: true`.
 * `createContext()` only returns its key, so the key is written out here: the state layer stays free of
 * Lit at run time (and a second copy of okta-elements on the page still finds the same key).
 */
export const flowContext = Symbol.for('okta-elements/flow-state') as unknown as Context<symbol, FlowState>;
