import type { ResolvedUser } from '../model/config.js';
import { emailAuthenticator } from './email.js';
import { oktaVerifyAuthenticator } from './okta-verify.js';
import { passwordAuthenticator } from './password.js';
import { phoneAuthenticator } from './phone.js';
import { securityQuestionAuthenticator } from './security-question.js';
import { customOtpAuthenticator, googleAuthenticator } from './totp.js';
import { webauthnAuthenticator } from './webauthn.js';
import type { AuthenticatorModule } from './types.js';

/** Authenticators the emulator knows, in the order Okta would list them. */
export class AuthenticatorRegistry {
  private readonly byKey: Map<string, AuthenticatorModule>;

  constructor(readonly modules: readonly AuthenticatorModule[]) {
    this.byKey = new Map(modules.map((m) => [m.key, m]));
  }

  get(key: string): AuthenticatorModule | undefined {
    return this.byKey.get(key);
  }

  byId(id: unknown): AuthenticatorModule | undefined {
    return this.modules.find((m) => m.id === id);
  }

  *seed(user: ResolvedUser): Iterable<[string, unknown]> {
    for (const module of this.modules) yield* module.seed(user);
  }
}

export const builtInAuthenticators = (): AuthenticatorRegistry => new AuthenticatorRegistry([
    passwordAuthenticator,
    emailAuthenticator,
    phoneAuthenticator,
    googleAuthenticator,
    oktaVerifyAuthenticator,
    securityQuestionAuthenticator,
    webauthnAuthenticator,
    customOtpAuthenticator,
  ]);
