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
  /**
   * URL that completes the challenge when opened anywhere, as the Okta-hosted link does (email magic link: the
   * emulator's /dev/magic-link, which answers "return to the original tab"; Okta Verify activation).
   */
  magicLink: string | null;
  /**
   * The email's link back to the app, as Okta's email verify callback sends it: the transaction's redirect URI
   * with `otp` and `state` (okta-auth-js: `isEmailVerifyCallback` / `handleEmailVerifyCallback`). Email codes only.
   */
  callbackLink?: string | null;
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

/**
 * The app link an email code carries: the sign-in redirect URI with `otp` (the code) and `state` (the
 * transaction's), as Okta's email verify callback redirects and as an email template built from
 * `${verificationToken}` and `${request.relayState}` would link. Opened in the browser that started the sign-in,
 * the app proceeds with the otp; anywhere else, it shows the code to enter where the sign-in started.
 */
export function emailVerifyCallback(tx: { redirectUri: string; state: string | undefined }, otp: string): string {
  const url = new URL(tx.redirectUri);
  url.searchParams.set('otp', otp);
  if (tx.state !== undefined) url.searchParams.set('state', tx.state);
  return url.href;
}
