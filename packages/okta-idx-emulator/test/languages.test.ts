// The emulator's messages in the request's language (Accept-Language), as Okta answers: the text changes,
// i18n.key and params do not, so a client that translates by key sees the same answer in every language.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { LANGUAGES, negotiateLanguage } from '../src/core/i18n/accept-language.js';
import { CATALOGUE } from '../src/core/i18n/catalogue.js';
import { localizeBody } from '../src/core/i18n/localize.js';
import * as messages from '../src/core/idx/messages.js';
import { rateLimitExceeded } from '../src/core/http/okta-errors.js';
import type { PasswordPolicy } from '../src/core/model/config.js';
import { describePolicy } from '../src/core/model/password-policy.js';
import { APP_ORIGIN, DEMO, ORIGIN, jsonRequest, newEmulator, send, start, type Loose } from './helpers.js';

/** identify, then answer the password, with the given Accept-Language on the answer only. */
async function answerPassword(emulator: Emulator, identifier: string, password: string, acceptLanguage?: string) {
  const { stateHandle } = await start(emulator);
  const identified = await send(emulator, jsonRequest('/idp/idx/identify', { identifier, stateHandle }));
  assert.equal(identified.status, 200);
  const headers: Record<string, string> = acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
  const request = jsonRequest('/idp/idx/challenge/answer', { credentials: { passcode: password }, stateHandle }, headers);
  return send(emulator, request);
}

const topMessage = (body: Loose) => body.messages.value[0];

describe('Accept-Language: which language', () => {
  it('takes the highest q-value, ties in header order, primary subtag, English otherwise', () => {
    assert.equal(negotiateLanguage('fr-FR,fr;q=0.9'), 'fr');
    assert.equal(negotiateLanguage('en;q=0.5, ja;q=0.8'), 'ja');
    assert.equal(negotiateLanguage('de;q=0.2, xx, es;q=0.9'), 'es');
    assert.equal(negotiateLanguage('ar-EG, de'), 'ar');
    assert.equal(negotiateLanguage('fr;q=0, de;q=0.1'), 'de');
    assert.equal(negotiateLanguage('zh-CN, ko'), 'en');
    assert.equal(negotiateLanguage('*'), 'en');
    assert.equal(negotiateLanguage(''), 'en');
    assert.equal(negotiateLanguage(null), 'en');
    assert.equal(negotiateLanguage('fr;q=abc, es'), 'es');
  });
});

describe('Accept-Language: IDX answers', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });

  it('a wrong password with fr-FR,fr;q=0.9 gets the French text with the same i18n key', async () => {
    const english = await answerPassword(emulator, DEMO.identifier, 'wrong-password');
    const french = await answerPassword(emulator, DEMO.identifier, 'wrong-password', 'fr-FR,fr;q=0.9');
    assert.equal(french.status, 400);
    assert.deepEqual(topMessage(french.body), { message: 'Mot de passe incorrect', i18n: { key: 'incorrectPassword' }, class: 'ERROR' });
    assert.deepEqual(topMessage(french.body).i18n, topMessage(english.body).i18n);
    // Still the IDX document Okta serves, as ion+json, with its remediations.
    assert.match(french.headers.get('content-type')!, /^application\/ion\+json/);
    assert.deepEqual(
      french.body.remediation.value.map((r: Loose) => r.name),
      english.body.remediation.value.map((r: Loose) => r.name),
    );
  });

  it('a locked-out user is answered in German (Okta says only that the password is incorrect)', async () => {
    const reply = await answerPassword(emulator, 'locked@example.com', DEMO.password, 'de');
    assert.equal(reply.status, 400);
    assert.deepEqual(topMessage(reply.body), { message: 'Das Passwort ist falsch', i18n: { key: 'incorrectPassword' }, class: 'ERROR' });
  });

  it('an unknown language gets the English answer, byte for byte the same message', async () => {
    const english = await answerPassword(emulator, DEMO.identifier, 'wrong-password');
    const unknown = await answerPassword(emulator, DEMO.identifier, 'wrong-password', 'tlh, x-klingon;q=0.9');
    assert.deepEqual(topMessage(unknown.body), topMessage(english.body));
    assert.equal(topMessage(unknown.body).message, 'Password is incorrect');
  });

  it('follows q-values, not header order', async () => {
    const reply = await answerPassword(emulator, DEMO.identifier, 'wrong-password', 'en;q=0.3, es;q=0.6, ja;q=0.9');
    assert.equal(topMessage(reply.body).message, 'パスワードが正しくありません');
    const arabic = await answerPassword(emulator, DEMO.identifier, 'wrong-password', 'de;q=0.5, ar');
    assert.equal(topMessage(arabic.body).message, 'كلمة المرور غير صحيحة');
  });

  it('keeps the identifier Okta writes into the unknown-user text, and its empty params', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await send(
      emulator,
      jsonRequest('/idp/idx/identify', { identifier: 'ghost@example.com', stateHandle }, { 'accept-language': 'es-MX' }),
    );
    assert.deepEqual(topMessage(reply.body), {
      message: 'No hay ninguna cuenta con el nombre de usuario ghost@example.com.',
      i18n: { key: 'idx.unknown.user', params: [] },
      class: 'INFO',
    });
  });

  it('translates field messages too (a blank identifier)', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await send(emulator, jsonRequest('/idp/idx/identify', { identifier: ' ', stateHandle }, { 'accept-language': 'ja' }));
    assert.equal(reply.status, 400);
    const identify = reply.body.remediation.value.find((r: Loose) => r.name === 'identify');
    const identifier = identify.value.find((f: Loose) => f.name === 'identifier');
    assert.deepEqual(identifier.messages.value, [
      { message: 'この項目は必須です', i18n: { key: 'model.validation.field.blank' }, class: 'ERROR' },
    ]);
  });

  it('the preflight allows Accept-Language from a trusted origin', async () => {
    const { emulator: cors } = await newEmulator({ trustedOrigins: ['http://localhost:*'] });
    const response = await cors.handle(
      new Request(ORIGIN + '/idp/idx/challenge/answer', {
        method: 'OPTIONS',
        headers: {
          origin: APP_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'accept-language,content-type',
        },
      }),
    );
    assert.equal(response.status, 204);
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase().split(/,\s*/);
    assert.ok(allowed.includes('accept-language'), allowed.join());
  });
});

describe('Accept-Language: the catalogue', () => {
  /** Every message the emulator can send, built with sample arguments. */
  const all = (): messages.IdxMessage[] =>
    (Object.values(messages) as unknown[])
      .filter((value): value is (...args: unknown[]) => unknown => typeof value === 'function' && value !== messages.messageList)
      .flatMap((make) => [make('Email', 8), make('sms', 8), make('voice', 8)])
      .flat()
      .filter((m): m is messages.IdxMessage => typeof m === 'object' && m !== null && 'i18n' in m);

  it('has every message key in French, German, Spanish, Japanese and Arabic, params filled in', () => {
    const keys = new Set(all().map((m) => m.i18n.key));
    assert.ok(keys.size >= 30, `${keys.size} keys`);
    for (const message of all()) {
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        const body = { messages: { type: 'array', value: [structuredClone(message)] } };
        localizeBody(body, language);
        const text = body.messages.value[0].message;
        const where = `${message.i18n.key} in ${language}`;
        assert.ok(Object.hasOwn(CATALOGUE, message.i18n.key), `${message.i18n.key} has no translations`);
        assert.notEqual(text, message.message, where);
        assert.doesNotMatch(text, /undefined|\[object/, where);
        assert.deepEqual(body.messages.value[0].i18n, message.i18n, where);
        // A param the English sentence prints (a label, a length) is printed in every language; the password
        // policy sentence is the exception: it is translated in the text (its param stays English).
        for (const param of message.i18n.params ?? []) {
          if (message.i18n.key === 'password.passwordRequirementsNotMet') continue;
          if (message.message.includes(String(param))) assert.ok(text.includes(String(param)), `${where} keeps ${param}`);
        }
      }
    }
  });

  it('keeps the WebAuthn failure detail and the SMS/call channel the English text carries', () => {
    const body = { messages: { type: 'array', value: [messages.webauthnFailed('challenge mismatch'), messages.sendLimit('voice')] } };
    localizeBody(body, 'de');
    assert.match(body.messages.value[0].message, /: challenge mismatch$/);
    assert.match(body.messages.value[1].message, /Anrufe/);
  });

  it('translates the password policy sentence in the text and keeps it English in the param', () => {
    const policy: PasswordPolicy = {
      complexity: {
        minLength: 12,
        minLowerCase: 1,
        minUpperCase: 0,
        minNumber: 1,
        minSymbol: 2,
        excludeUsername: true,
        excludeAttributes: ['firstName'],
        maxConsecutiveRepeatingCharacters: 3,
      },
      age: { minAgeMinutes: 0, historyCount: 4 },
      lockout: { maxAttempts: 10 },
      recovery: { authenticators: ['okta_email'] },
    };
    const requirements = describePolicy(policy);
    const message = messages.passwordRequirementsNotMet(requirements);
    const body = { messages: { type: 'array', value: [structuredClone(message)] } };
    localizeBody(body, 'fr');
    const [french] = body.messages.value;
    assert.deepEqual(french.i18n, { key: 'password.passwordRequirementsNotMet', params: [requirements] });
    assert.match(french.message, /^Le mot de passe ne respecte pas les exigences\. Exigences du mot de passe : au moins 12 caractères, /);
    assert.match(french.message, /au moins 2 symboles/);
    assert.match(french.message, /vos 4 derniers mots de passe\.$/);
    assert.doesNotMatch(french.message, /at least|Your password/);
  });

  it('localizes the rate limit answer (E0000047) and leaves its code alone', () => {
    const body = rateLimitExceeded();
    localizeBody(body, 'fr');
    assert.equal(body.errorCode, 'E0000047');
    assert.match(body.errorSummary, /^Limite d'appels/);
  });
});
