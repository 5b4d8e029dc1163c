import type { PasswordComplexity } from '../state/flow-state.js';
import { defaultLocalizer, type MessageKey } from '../i18n/localize.js';
import type { Translate } from '../step/validators.js';

/** One rule of the org's password policy, phrased for a person, with a check of a candidate password. */
export interface PasswordRequirement {
  readonly id: string;
  readonly text: string;
  readonly test: (password: string) => boolean;
}

const count = (password: string, pattern: RegExp): number => (password.match(pattern) ?? []).length;

function longestRun(password: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < password.length; i += 1) {
    run = i > 0 && password[i] === password[i - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The person's identity, which the policy may forbid inside the password. */
export interface PasswordContext {
  readonly username?: string;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
}

/** Profile attributes a policy may exclude, as a person calls them; others keep their attribute name. */
const ATTRIBUTE_NAMES: Readonly<Record<string, MessageKey>> = {
  firstName: 'password.rule.attribute.firstName',
  lastName: 'password.rule.attribute.lastName',
};

/** Builds the list shown under a new-password field from the policy's `settings.complexity`. */
export function passwordRequirements(
  complexity: PasswordComplexity | undefined,
  context: PasswordContext = {},
  t: Translate = (key, params) => defaultLocalizer.t(key, params),
): PasswordRequirement[] {
  if (!complexity) return [];
  const rules: PasswordRequirement[] = [];
  const { minLength, minLowerCase, minUpperCase, minNumber, minSymbol } = complexity;
  if (minLength) {
    rules.push({ id: 'minLength', text: t('password.rule.minLength', { count: minLength }), test: (p) => p.length >= minLength });
  }
  if (minLowerCase) {
    rules.push({ id: 'minLowerCase', text: t('password.rule.minLowerCase', { count: minLowerCase }), test: (p) => count(p, /\p{Ll}/gu) >= minLowerCase });
  }
  if (minUpperCase) {
    rules.push({ id: 'minUpperCase', text: t('password.rule.minUpperCase', { count: minUpperCase }), test: (p) => count(p, /\p{Lu}/gu) >= minUpperCase });
  }
  if (minNumber) {
    rules.push({ id: 'minNumber', text: t('password.rule.minNumber', { count: minNumber }), test: (p) => count(p, /\p{Nd}/gu) >= minNumber });
  }
  if (minSymbol) {
    rules.push({ id: 'minSymbol', text: t('password.rule.minSymbol', { count: minSymbol }), test: (p) => count(p, /[^\p{L}\p{Nd}\s]/gu) >= minSymbol });
  }
  const username = context.username?.split('@')[0]?.toLowerCase();
  if (complexity.excludeUsername && username) {
    rules.push({ id: 'excludeUsername', text: t('password.rule.excludeUsername'), test: (p) => p.length > 0 && !p.toLowerCase().includes(username) });
  }
  const excluded = (complexity.excludeAttributes ?? [])
    .map((name) => context.attributes?.[name]?.toLowerCase())
    .filter((value): value is string => !!value);
  if (complexity.excludeAttributes?.length) {
    const names = complexity.excludeAttributes
      .map((name) => (ATTRIBUTE_NAMES[name] ? t(ATTRIBUTE_NAMES[name]) : name))
      .join(t('password.rule.attributeSeparator'));
    rules.push({ id: 'excludeAttributes', text: t('password.rule.excludeAttributes', { names }), test: (p) => p.length > 0 && excluded.every((v) => !p.toLowerCase().includes(v)) });
  }
  const maxRun = complexity.maxConsecutiveRepeatingCharacters;
  if (maxRun) {
    rules.push({ id: 'maxRepeat', text: t('password.rule.maxRepeat', { count: maxRun }), test: (p) => p.length > 0 && longestRun(p) <= maxRun });
  }
  return rules;
}
