/** A message the emulator "sent": there is no real mail or SMS gateway, so tests and people read it here. */
export interface OutboxMessage {
  id: number;
  channel: 'email' | 'sms' | 'voice';
  /** Email address or E.164 phone number. */
  to: string;
  /** Login of the user it was sent for. */
  identifier: string;
  /** One-time code, or null for messages without one (Okta Verify activation links). */
  code: string | null;
  /** URL that completes the challenge when opened (email magic link, Okta Verify activation). */
  magicLink: string | null;
  /** ISO time. */
  sentAt: string;
  /** What the message says, as one line. */
  text: string;
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Everything sent since the last reset, oldest first. */
export class Outbox {
  private messages: OutboxMessage[] = [];
  private nextId = 1;

  constructor(
    private readonly now: () => number,
    private readonly log: (line: string) => void,
  ) {}

  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>): OutboxMessage {
    const stored: OutboxMessage = { ...message, id: this.nextId++, sentAt: new Date(this.now()).toISOString() };
    this.messages.push(stored);
    this.log(`[outbox] ${stored.channel} to ${stored.to}: ${stored.code ?? stored.magicLink ?? stored.text}`);
    return stored;
  }

  /**
   * Messages for an email address, a phone number (compared by digits, so `+1 555-555-0100` finds
   * `+15555550100`) or a user's login; newest first. Without `to`, every message.
   */
  find(to: string | null | undefined): OutboxMessage[] {
    const wanted = (to ?? '').trim().toLowerCase();
    const wantedDigits = digits(wanted);
    const matches = this.messages.filter((m) => {
      if (!wanted) return true;
      if (m.to.toLowerCase() === wanted || m.identifier.toLowerCase() === wanted) return true;
      return m.channel !== 'email' && wantedDigits.length >= 7 && digits(m.to) === wantedDigits;
    });
    return matches.reverse();
  }

  clear(): void {
    this.messages = [];
  }
}

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

/** A random decimal code of `length` digits (leading zeros allowed). */
export function numericCode(length = 6): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => String(b % 10)).join('');
}
