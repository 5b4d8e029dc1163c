import type { PasswordComplexity } from '../state/flow-state.js';

/** One rule of the org's password policy, phrased for a person, with a check of a candidate password. */
export interface PasswordRequirement {
  readonly id: string;
  readonly text: string;
  readonly test: (password: string) => boolean;
}

const count = (password: string, pattern: RegExp): number => (password.match(pattern) ?? []).length;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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

/** Builds the list shown under a new-password field from the policy's `settings.complexity`. */
export function passwordRequirements(
  complexity: PasswordComplexity | undefined,
  context: PasswordContext = {},
): PasswordRequirement[] {
  if (!complexity) return [];
  const rules: PasswordRequirement[] = [];
  const { minLength, minLowerCase, minUpperCase, minNumber, minSymbol } = complexity;
  if (minLength) {
    rules.push({ id: 'minLength', text: `At least ${plural(minLength, 'character', 'characters')}`, test: (p) => p.length >= minLength });
  }
  if (minLowerCase) {
    rules.push({ id: 'minLowerCase', text: `${plural(minLowerCase, 'lowercase letter', 'lowercase letters')}`, test: (p) => count(p, /\p{Ll}/gu) >= minLowerCase });
  }
  if (minUpperCase) {
    rules.push({ id: 'minUpperCase', text: `${plural(minUpperCase, 'uppercase letter', 'uppercase letters')}`, test: (p) => count(p, /\p{Lu}/gu) >= minUpperCase });
  }
  if (minNumber) {
    rules.push({ id: 'minNumber', text: `${plural(minNumber, 'number', 'numbers')}`, test: (p) => count(p, /\p{Nd}/gu) >= minNumber });
  }
  if (minSymbol) {
    rules.push({ id: 'minSymbol', text: `${plural(minSymbol, 'symbol', 'symbols')}`, test: (p) => count(p, /[^\p{L}\p{Nd}\s]/gu) >= minSymbol });
  }
  const username = context.username?.split('@')[0]?.toLowerCase();
  if (complexity.excludeUsername && username) {
    rules.push({ id: 'excludeUsername', text: 'No parts of your username', test: (p) => p.length > 0 && !p.toLowerCase().includes(username) });
  }
  const excluded = (complexity.excludeAttributes ?? [])
    .map((name) => context.attributes?.[name]?.toLowerCase())
    .filter((value): value is string => !!value);
  if (complexity.excludeAttributes?.length) {
    const names = complexity.excludeAttributes
      .map((name) => ({ firstName: 'first name', lastName: 'last name' })[name] ?? name)
      .join(' or ');
    rules.push({ id: 'excludeAttributes', text: `Does not include your ${names}`, test: (p) => p.length > 0 && excluded.every((v) => !p.toLowerCase().includes(v)) });
  }
  const maxRun = complexity.maxConsecutiveRepeatingCharacters;
  if (maxRun) {
    rules.push({ id: 'maxRepeat', text: `No more than ${maxRun} repeated characters in a row`, test: (p) => p.length > 0 && longestRun(p) <= maxRun });
  }
  return rules;
}
