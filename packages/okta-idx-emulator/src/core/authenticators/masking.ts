const digits = (s: string) => s.replace(/\D/g, '');

/** `d***o@example.com`, as Okta masks enrolled email addresses. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return email;
  const local = email.slice(0, at);
  const masked = local.length <= 2 ? local[0] + '***' : `${local[0]}***${local[local.length - 1]}`;
  return masked + email.slice(at);
}

/** `+1 XXX-XXX-0100`, as Okta masks enrolled phone numbers. */
export function maskPhone(e164: string): string {
  const d = digits(e164);
  if (e164.startsWith('+1') && d.length === 11) return `+1 XXX-XXX-${d.slice(-4)}`;
  return `+${d.slice(0, d.length - 10 > 0 ? d.length - 10 : 1)} ${'X'.repeat(Math.max(0, Math.min(d.length, 10) - 4))}${d.slice(-4)}`;
}
