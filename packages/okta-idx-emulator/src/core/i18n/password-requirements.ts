/**
 * The password-policy sentence (model/password-policy.ts describePolicy) in another language. Okta sends it
 * as the param of `password.passwordRequirementsNotMet`, which stays English (params never change); the
 * message text carries the translation. The sentence is read back phrase by phrase; a phrase this table does
 * not know (a future policy rule) stays English rather than being dropped.
 */
import type { Translated } from './catalogue.js';

interface Words {
  heading: string;
  join: string;
  end: string;
  minLength: (n: string) => string;
  lower: (n?: string) => string;
  upper: (n?: string) => string;
  number: (n?: string) => string;
  symbol: (n?: string) => string;
  noUsername: string;
  notInclude: (attribute: string) => string;
  firstName: string;
  lastName: string;
  maxRepeat: (n: string) => string;
  lastPassword: string;
  lastPasswords: (n: string) => string;
  minAge: (n: string) => string;
}

const WORDS: Record<Translated, Words> = {
  fr: {
    heading: 'Exigences du mot de passe : ',
    join: ', ',
    end: '.',
    minLength: (n) => `au moins ${n} caractères`,
    lower: (n) => (n ? `au moins ${n} minuscules` : 'une minuscule'),
    upper: (n) => (n ? `au moins ${n} majuscules` : 'une majuscule'),
    number: (n) => (n ? `au moins ${n} chiffres` : 'un chiffre'),
    symbol: (n) => (n ? `au moins ${n} symboles` : 'un symbole'),
    noUsername: "aucune partie de votre nom d'utilisateur",
    notInclude: (a) => `ne contient pas votre ${a}`,
    firstName: 'ne contient pas votre prénom',
    lastName: 'ne contient pas votre nom',
    maxRepeat: (n) => `pas plus de ${n} caractères identiques consécutifs`,
    lastPassword: 'Votre mot de passe ne peut pas être votre dernier mot de passe.',
    lastPasswords: (n) => `Votre mot de passe ne peut être aucun de vos ${n} derniers mots de passe.`,
    minAge: (n) => `Au moins ${n} minute(s) doivent s'être écoulées depuis votre dernier changement de mot de passe.`,
  },
  de: {
    heading: 'Passwortanforderungen: ',
    join: ', ',
    end: '.',
    minLength: (n) => `mindestens ${n} Zeichen`,
    lower: (n) => (n ? `mindestens ${n} Kleinbuchstaben` : 'ein Kleinbuchstabe'),
    upper: (n) => (n ? `mindestens ${n} Großbuchstaben` : 'ein Großbuchstabe'),
    number: (n) => (n ? `mindestens ${n} Ziffern` : 'eine Ziffer'),
    symbol: (n) => (n ? `mindestens ${n} Sonderzeichen` : 'ein Sonderzeichen'),
    noUsername: 'keine Teile Ihres Benutzernamens',
    notInclude: (a) => `enthält nicht Ihr Attribut ${a}`,
    firstName: 'enthält nicht Ihren Vornamen',
    lastName: 'enthält nicht Ihren Nachnamen',
    maxRepeat: (n) => `höchstens ${n} gleiche Zeichen hintereinander`,
    lastPassword: 'Ihr Passwort darf nicht Ihr letztes Passwort sein.',
    lastPasswords: (n) => `Ihr Passwort darf keinem Ihrer letzten ${n} Passwörter entsprechen.`,
    minAge: (n) => `Seit der letzten Änderung Ihres Passworts müssen mindestens ${n} Minute(n) vergangen sein.`,
  },
  es: {
    heading: 'Requisitos de la contraseña: ',
    join: ', ',
    end: '.',
    minLength: (n) => `al menos ${n} caracteres`,
    lower: (n) => (n ? `al menos ${n} minúsculas` : 'una minúscula'),
    upper: (n) => (n ? `al menos ${n} mayúsculas` : 'una mayúscula'),
    number: (n) => (n ? `al menos ${n} números` : 'un número'),
    symbol: (n) => (n ? `al menos ${n} símbolos` : 'un símbolo'),
    noUsername: 'ninguna parte de su nombre de usuario',
    notInclude: (a) => `no incluye su ${a}`,
    firstName: 'no incluye su nombre',
    lastName: 'no incluye sus apellidos',
    maxRepeat: (n) => `no más de ${n} caracteres repetidos seguidos`,
    lastPassword: 'La contraseña no puede ser la última que usó.',
    lastPasswords: (n) => `La contraseña no puede ser ninguna de las últimas ${n} que usó.`,
    minAge: (n) => `Deben haber pasado al menos ${n} minuto(s) desde el último cambio de contraseña.`,
  },
  ja: {
    heading: 'パスワードの要件: ',
    join: '、',
    end: '。',
    minLength: (n) => `${n} 文字以上`,
    lower: (n) => (n ? `小文字 ${n} 文字以上` : '小文字を含む'),
    upper: (n) => (n ? `大文字 ${n} 文字以上` : '大文字を含む'),
    number: (n) => (n ? `数字 ${n} 文字以上` : '数字を含む'),
    symbol: (n) => (n ? `記号 ${n} 文字以上` : '記号を含む'),
    noUsername: 'ユーザー名の一部を含まない',
    notInclude: (a) => `${a}を含まない`,
    firstName: '名を含まない',
    lastName: '姓を含まない',
    maxRepeat: (n) => `同じ文字の連続は ${n} 文字まで`,
    lastPassword: '前回のパスワードは使用できません。',
    lastPasswords: (n) => `過去 ${n} 回分のパスワードは使用できません。`,
    minAge: (n) => `前回パスワードを変更してから ${n} 分以上経過している必要があります。`,
  },
  // Arabic counts are written as "the number of … is not less than n", which needs no plural agreement.
  ar: {
    heading: 'متطلبات كلمة المرور: ',
    join: '، ',
    end: '.',
    minLength: (n) => `ألا يقل عدد الأحرف عن ${n}`,
    lower: (n) => (n ? `ألا يقل عدد الأحرف الصغيرة عن ${n}` : 'أن تتضمن حرفًا صغيرًا'),
    upper: (n) => (n ? `ألا يقل عدد الأحرف الكبيرة عن ${n}` : 'أن تتضمن حرفًا كبيرًا'),
    number: (n) => (n ? `ألا يقل عدد الأرقام عن ${n}` : 'أن تتضمن رقمًا'),
    symbol: (n) => (n ? `ألا يقل عدد الرموز عن ${n}` : 'أن تتضمن رمزًا'),
    noUsername: 'ألا تتضمن أي جزء من اسم المستخدم',
    notInclude: (a) => `ألا تتضمن ${a}`,
    firstName: 'ألا تتضمن اسمك الأول',
    lastName: 'ألا تتضمن اسم العائلة',
    maxRepeat: (n) => `ألا يزيد تكرار الحرف نفسه على التوالي عن ${n}`,
    lastPassword: 'لا يمكن أن تكون كلمة المرور هي كلمة المرور الأخيرة.',
    lastPasswords: (n) => `لا يمكن أن تطابق كلمة المرور أيًّا من كلمات المرور السابقة (العدد: ${n}).`,
    minAge: (n) => `يجب ألا تقل المدة منذ آخر تغيير لكلمة المرور عن ${n} دقيقة.`,
  },
};

function part(text: string, w: Words): string {
  let m: RegExpExecArray | null;
  if ((m = /^at least (\d+) characters$/.exec(text))) return w.minLength(m[1]);
  for (const [one, many, word] of [
    ['a lowercase letter', 'lowercase letters', w.lower],
    ['an uppercase letter', 'uppercase letters', w.upper],
    ['a number', 'numbers', w.number],
    ['a symbol', 'symbols', w.symbol],
  ] as const) {
    if (text === one) return word();
    if ((m = new RegExp(`^at least (\\d+) ${many}$`).exec(text))) return word(m[1]);
  }
  if (text === 'no parts of your username') return w.noUsername;
  if (text === 'does not include your first name') return w.firstName;
  if (text === 'does not include your last name') return w.lastName;
  if ((m = /^does not include your (.+)$/.exec(text))) return w.notInclude(m[1]);
  if ((m = /^no more than (\d+) consecutive repeating characters$/.exec(text))) return w.maxRepeat(m[1]);
  return text;
}

export function translateRequirements(english: string, language: Translated): string {
  const w = WORDS[language];
  const out: string[] = [];
  let rest = english;
  const heading = /^Password requirements: (.*?)\.(?: |$)/.exec(rest);
  if (heading) {
    out.push(w.heading + heading[1].split(', ').map((p) => part(p, w)).join(w.join) + w.end);
    rest = rest.slice(heading[0].length);
  }
  for (const sentence of rest.split(/(?<=\.) /).filter(Boolean)) {
    let m: RegExpExecArray | null;
    if (sentence === 'Your password cannot be your last password.') out.push(w.lastPassword);
    else if ((m = /^Your password cannot be any of your last (\d+) passwords\.$/.exec(sentence))) out.push(w.lastPasswords(m[1]));
    else if ((m = /^At least (\d+) minute\(s\) must have elapsed since you last changed your password\.$/.exec(sentence))) {
      out.push(w.minAge(m[1]));
    } else out.push(sentence);
  }
  return out.join(language === 'ja' ? '' : ' ');
}
