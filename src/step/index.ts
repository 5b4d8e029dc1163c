/**
 * What an app needs to write its own step element: the base class, field rendering, form reading,
 * validators and the countdown. Everything here is public API, documented in README ("Writing your own step").
 */
export { StepElement, type StepElementClass } from './step-element.js';
export {
  renderTextField,
  renderCheckbox,
  renderSelectField,
  renderRadioGroup,
  renderSubmit,
  renderMessage,
  errorIdFor,
  type AutocompleteToken,
  type TextFieldOptions,
  type CheckboxOptions,
  type SelectOption,
  type SelectFieldOptions,
  type RadioGroupOptions,
} from './render-field.js';
export { readForm } from './form-values.js';
export {
  required,
  requiredAs,
  digitsCode,
  minLength,
  matches,
  validateFields,
  requiredFieldRules,
  type Validator,
  type ValidationContext,
  type FieldRules,
  type FieldErrors,
  type Translate,
} from './validators.js';
export { CooldownController } from './cooldown.js';
export { renderIdpButtons, idpRedirects, idpsFirst, idpLabel } from './idp-buttons.js';
