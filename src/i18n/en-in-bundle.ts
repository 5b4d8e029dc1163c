// In a module of its own, apart from `en` (en.ts): a bundler cannot drop the unused spread of every catalogue that `en` is, so an
// app importing this module through localize.ts would otherwise download every English sentence at once.
import { flowStrings } from './catalogue/flow.js';
import { stepStrings } from './catalogue/steps.js';
import { passwordStrings } from './catalogue/password.js';
import { idpStrings } from './catalogue/idp.js';

/**
 * The part of the English catalogue (`en`, in en.ts) in the main bundle: the flow's, the steps' and the password's sentences. The others
 * (`passwordEnrollStrings`, `passwordResetStrings`, `authenticatorStrings`, `webauthnStrings`, `unlockStrings`, `stepsOnDemandStrings`) arrive with the on-demand modules
 * that show them, through `addEnglish()`. From an app's point of view it is one catalogue: same keys, same replacements.
 */
export const enInBundle = { ...flowStrings, ...stepStrings, ...passwordStrings, ...idpStrings } as const;
