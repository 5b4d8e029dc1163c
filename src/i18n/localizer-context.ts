import { createContext } from '@lit/context';
import type { Localizer } from './localize.js';

/** `<okta-flow>` provides its localizer (language and the app's strings) under this key; steps consume it. */
export const localizerContext = createContext<Localizer>(Symbol.for('okta-elements/localizer'));
