import type { PasswordPolicy } from './config.js';

export interface PasswordSubject {
  /** The user's login; the policy may forbid parts of it. */
  identifier: string;
  profile: Readonly<Record<string, string>>;
  /** Most recent first. */
  previousPasswords: readonly string[];
}

const ATTRIBUTE_TEXT: Record<string, string> = {
  firstName: 'does not include your first name',
  lastName: 'does not include your last name',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : `at least ${n} ${many}`);

/** The requirement sentence Okta shows and repeats in `password.passwordRequirementsNotMet`. */
export function describePolicy(policy: PasswordPolicy): string {
  const c = policy.complexity;
  const parts: string[] = [];
  if (c.minLength > 0) parts.push(`at least ${c.minLength} characters`);
  if (c.minLowerCase > 0) parts.push(plural(c.minLowerCase, 'a lowercase letter', 'lowercase letters'));
  if (c.minUpperCase > 0) parts.push(plural(c.minUpperCase, 'an uppercase letter', 'uppercase letters'));
  if (c.minNumber > 0) parts.push(plural(c.minNumber, 'a number', 'numbers'));
  if (c.minSymbol > 0) parts.push(plural(c.minSymbol, 'a symbol', 'symbols'));
  if (c.excludeUsername) parts.push('no parts of your username');
  for (const attribute of c.excludeAttributes) {
    parts.push(ATTRIBUTE_TEXT[attribute] ?? `does not include your ${attribute}`);
  }
  if (c.maxConsecutiveRepeatingCharacters > 0) {
    parts.push(`no more than ${c.maxConsecutiveRepeatingCharacters} consecutive repeating characters`);
  }
  const sentences: string[] = [];
  if (parts.length > 0) sentences.push(`Password requirements: ${parts.join(', ')}.`);
  const { historyCount, minAgeMinutes } = policy.age;
  if (historyCount > 0) {
    sentences.push(
      historyCount === 1
        ? 'Your password cannot be your last password.'
        : `Your password cannot be any of your last ${historyCount} passwords.`,
    );
  }
  if (minAgeMinutes > 0) {
    sentences.push(`At least ${minAgeMinutes} minute(s) must have elapsed since you last changed your password.`);
  }
  return sentences.join(' ');
}

const count = (value: string, pattern: RegExp) => (value.match(pattern) ?? []).length;

/** "No parts of your username": the whole login and, for an email login, its local part. */
function usernameParts(identifier: string): string[] {
  const lower = identifier.toLowerCase();
  const local = lower.split('@')[0];
  return [...new Set([lower, local])].filter((p) => p.length >= 3);
}

function longestRun(value: string): number {
  let best = 0;
  let run = 0;
  let previous = '';
  for (const ch of value) {
    run = ch === previous ? run + 1 : 1;
    previous = ch;
    best = Math.max(best, run);
  }
  return best;
}

/** Returns the names of the rules the password breaks (empty = acceptable). */
export function checkPassword(policy: PasswordPolicy, password: string, subject: PasswordSubject): string[] {
  const c = policy.complexity;
  const broken: string[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < c.minLength) broken.push('minLength');
  if (count(password, /\p{Ll}/gu) < c.minLowerCase) broken.push('minLowerCase');
  if (count(password, /\p{Lu}/gu) < c.minUpperCase) broken.push('minUpperCase');
  if (count(password, /\p{Nd}/gu) < c.minNumber) broken.push('minNumber');
  if (count(password, /[^\p{L}\p{N}\s]/gu) < c.minSymbol) broken.push('minSymbol');
  if (c.excludeUsername && usernameParts(subject.identifier).some((part) => lower.includes(part))) {
    broken.push('excludeUsername');
  }
  for (const attribute of c.excludeAttributes) {
    const value = subject.profile[attribute]?.trim().toLowerCase();
    if (value && lower.includes(value)) broken.push(`excludeAttributes.${attribute}`);
  }
  if (c.maxConsecutiveRepeatingCharacters > 0 && longestRun(password) > c.maxConsecutiveRepeatingCharacters) {
    broken.push('maxConsecutiveRepeatingCharacters');
  }
  if (subject.previousPasswords.slice(0, policy.age.historyCount).includes(password)) broken.push('historyCount');
  return broken;
}

/** `currentAuthenticator.value.settings` for okta_password, shaped like Okta's. */
export function passwordSettings(policy: PasswordPolicy) {
  const { maxConsecutiveRepeatingCharacters, ...complexity } = policy.complexity;
  return {
    complexity: {
      ...complexity,
      excludeAttributes: [...complexity.excludeAttributes],
      ...(maxConsecutiveRepeatingCharacters > 0 ? { maxConsecutiveRepeatingCharacters } : {}),
    },
    age: { minAgeMinutes: policy.age.minAgeMinutes, historyCount: policy.age.historyCount },
  };
}
