/**
 * The emulator's IDX messages in French, German, Spanish, Japanese and Arabic, by `i18n.key` (the English
 * text stays where it is written, core/idx/messages.ts). Written for this project, not copied from Okta's
 * catalogues. A text takes the message's params and, where Okta puts a value only in the English sentence
 * (the identifier of `idx.unknown.user`, the channel of `errors.E0000150`, a WebAuthn failure's detail), the
 * English text it is read back from. Values the user or the configuration supplied (a field label, a profile
 * attribute's name) are kept as they are: they are data, not the emulator's words.
 */
import type { Language } from './accept-language.js';
import { translateRequirements } from './password-requirements.js';

export type Translated = Exclude<Language, 'en'>;
type Text = (params: readonly unknown[], english: string) => string;
type Entry = Record<Translated, Text>;

const same = (fr: string, de: string, es: string, ja: string, ar: string): Entry => ({
  fr: () => fr,
  de: () => de,
  es: () => es,
  ja: () => ja,
  ar: () => ar,
});

const param = (params: readonly unknown[], index: number) => String(params[index] ?? '');
/** The part of an English sentence after a fixed prefix (and before an optional suffix). */
const after = (english: string, prefix: string, suffix = '') =>
  english.startsWith(prefix) && english.endsWith(suffix) ? english.slice(prefix.length, english.length - suffix.length) : '';

/** Character counts with the noun in the right number (Arabic has dual, 3–10 and 11+ forms). */
const chars: Record<'fr' | 'es' | 'ar', (n: string) => string> = {
  fr: (n) => `${n} caractère${Number(n) > 1 ? 's' : ''}`,
  es: (n) => `${n} ${Number(n) === 1 ? 'carácter' : 'caracteres'}`,
  ar: (n) => {
    const count = Number(n);
    if (count === 1) return 'حرف واحد';
    if (count === 2) return 'حرفين';
    return count % 100 >= 3 && count % 100 <= 10 ? `${n} أحرف` : `${n} حرفًا`;
  },
};

const identifierOf = (english: string) => after(english, 'There is no account with the Username ', '.');
const isCall = (english: string) => english.includes(' call ');
const detailOf = (english: string) => after(english, 'The security key or biometric could not be verified: ');

const typeWords: Record<Translated, Record<string, string>> = {
  fr: { integer: 'un nombre entier', number: 'un nombre', boolean: 'vrai ou faux', string: 'du texte' },
  de: { integer: 'eine ganze Zahl', number: 'eine Zahl', boolean: 'wahr oder falsch', string: 'Text' },
  es: { integer: 'un número entero', number: 'un número', boolean: 'verdadero o falso', string: 'texto' },
  ja: { integer: '整数', number: '数値', boolean: 'true または false', string: 'テキスト' },
  ar: { integer: 'عددًا صحيحًا', number: 'رقمًا', boolean: 'صحيحًا أو خطأً', string: 'نصًا' },
};
const typeWord = (language: Translated, type: string) => typeWords[language][type] ?? typeWords[language].string;

export const CATALOGUE: Readonly<Record<string, Entry>> = {
  'idx.session.expired': same(
    'La session a expiré.',
    'Die Sitzung ist abgelaufen.',
    'La sesión ha caducado.',
    'セッションの有効期限が切れました。',
    'انتهت صلاحية الجلسة.',
  ),
  'idx.unknown.user': {
    fr: (_, en) => `Aucun compte ne correspond au nom d'utilisateur ${identifierOf(en)}.`,
    de: (_, en) => `Es gibt kein Konto mit dem Benutzernamen ${identifierOf(en)}.`,
    es: (_, en) => `No hay ninguna cuenta con el nombre de usuario ${identifierOf(en)}.`,
    ja: (_, en) => `ユーザー名 ${identifierOf(en)} のアカウントはありません。`,
    ar: (_, en) => `لا يوجد حساب باسم المستخدم ${identifierOf(en)}.`,
  },
  'errors.E0000004': same(
    "Échec de l'authentification",
    'Authentifizierung fehlgeschlagen',
    'Error de autenticación',
    '認証に失敗しました',
    'فشلت المصادقة',
  ),
  'idx.error.user.not.assigned.to.app': same(
    "L'utilisateur n'est pas affecté à cette application.",
    'Der Benutzer ist dieser Anwendung nicht zugewiesen.',
    'El usuario no está asignado a esta aplicación.',
    'ユーザーはこのアプリケーションに割り当てられていません。',
    'المستخدم غير مُعيَّن لهذا التطبيق.',
  ),
  'security.access_denied': same(
    "Vous n'avez pas l'autorisation d'effectuer l'action demandée.",
    'Sie haben keine Berechtigung, die angeforderte Aktion auszuführen.',
    'No tiene permiso para realizar la acción solicitada.',
    '要求された操作を実行する権限がありません。',
    'ليس لديك إذن بتنفيذ الإجراء المطلوب.',
  ),
  incorrectPassword: same(
    'Mot de passe incorrect',
    'Das Passwort ist falsch',
    'La contraseña es incorrecta',
    'パスワードが正しくありません',
    'كلمة المرور غير صحيحة',
  ),
  'model.validation.field.blank': same(
    'Ce champ ne peut pas être vide',
    'Dieses Feld darf nicht leer sein',
    'Este campo no puede quedar vacío',
    'この項目は必須です',
    'لا يمكن ترك هذا الحقل فارغًا',
  ),
  'password.passwordRequirementsNotMet': {
    fr: (p) => `Le mot de passe ne respecte pas les exigences. ${translateRequirements(param(p, 0), 'fr')}`,
    de: (p) => `Das Passwort erfüllt die Anforderungen nicht. ${translateRequirements(param(p, 0), 'de')}`,
    es: (p) => `La contraseña no cumple los requisitos. ${translateRequirements(param(p, 0), 'es')}`,
    ja: (p) => `パスワードが要件を満たしていません。${translateRequirements(param(p, 0), 'ja')}`,
    ar: (p) => `كلمة المرور لا تستوفي المتطلبات. ${translateRequirements(param(p, 0), 'ar')}`,
  },
  'oie.selfservice.reset.password.not.allowed': same(
    "La réinitialisation du mot de passe n'est pas autorisée pour le moment. Contactez l'assistance.",
    'Das Zurücksetzen des Passworts ist derzeit nicht möglich. Wenden Sie sich an den Support.',
    'En este momento no se permite restablecer la contraseña. Póngase en contacto con el soporte técnico.',
    '現在パスワードをリセットすることはできません。サポートにお問い合わせください。',
    'لا يُسمح بإعادة تعيين كلمة المرور في الوقت الحالي. يُرجى التواصل مع الدعم للحصول على المساعدة.',
  ),
  'emulator.remediation.unavailable': same(
    "Cette action n'est pas disponible à cette étape de la connexion. Rechargez la page pour continuer.",
    'Diese Aktion ist in diesem Schritt der Anmeldung nicht verfügbar. Laden Sie die Seite neu, um fortzufahren.',
    'Esta acción no está disponible en este paso del inicio de sesión. Vuelva a cargar la página para continuar.',
    'この操作はサインインの現在のステップでは使用できません。続行するにはページを再読み込みしてください。',
    'هذا الإجراء غير متاح في هذه الخطوة من تسجيل الدخول. أعد تحميل الصفحة للمتابعة.',
  ),
  'emulator.authenticator.unavailable': same(
    "L'authentificateur choisi n'est pas disponible pour cet utilisateur.",
    'Der gewählte Authentifikator ist für diesen Benutzer nicht verfügbar.',
    'El autenticador seleccionado no está disponible para este usuario.',
    '選択した認証方法はこのユーザーには使用できません。',
    'أداة المصادقة المحددة غير متاحة لهذا المستخدم.',
  ),
  'emulator.stateHandle.missing': same(
    "Le champ « stateHandle » est absent de la requête.",
    'In der Anfrage fehlt das Feld „stateHandle“.',
    "Falta el campo 'stateHandle' en la solicitud.",
    "リクエストに 'stateHandle' フィールドがありません。",
    "الحقل 'stateHandle' مفقود من الطلب.",
  ),
  'api.authn.error.PASSCODE_INVALID': same(
    'Code incorrect. Réessayez.',
    'Ungültiger Code. Versuchen Sie es erneut.',
    'Código no válido. Inténtelo de nuevo.',
    'コードが無効です。もう一度お試しください。',
    'الرمز غير صالح. حاول مرة أخرى.',
  ),
  'authfactor.challenge.soft_token.invalid_passcode': same(
    'Votre code ne correspond pas à nos données. Réessayez.',
    'Ihr Code stimmt nicht mit unseren Daten überein. Versuchen Sie es erneut.',
    'Su código no coincide con nuestros registros. Inténtelo de nuevo.',
    'コードが登録情報と一致しません。もう一度お試しください。',
    'الرمز الذي أدخلته لا يطابق سجلاتنا. يُرجى المحاولة مرة أخرى.',
  ),
  'api.factors.error.sms.invalid_phone': same(
    'Numéro de téléphone non valide.',
    'Ungültige Telefonnummer.',
    'Número de teléfono no válido.',
    '電話番号が無効です。',
    'رقم الهاتف غير صالح.',
  ),
  tooManyRequests: same(
    'Trop de demandes',
    'Zu viele Anfragen',
    'Demasiadas solicitudes',
    'リクエストが多すぎます',
    'طلبات كثيرة جدًا',
  ),
  'errors.E0000150': {
    fr: (_, en) => `Vous avez atteint la limite ${isCall(en) ? "d'appels" : "d'envois de SMS"}. Réessayez plus tard.`,
    de: (_, en) => `Sie haben das Limit für ${isCall(en) ? 'Anrufe' : 'SMS'} erreicht. Versuchen Sie es später erneut.`,
    es: (_, en) => `Ha alcanzado el límite de ${isCall(en) ? 'llamadas' : 'SMS'}. Inténtelo más tarde.`,
    ja: (_, en) => `${isCall(en) ? '音声通話' : 'SMS'}の送信回数の上限に達しました。しばらくしてからもう一度お試しください。`,
    ar: (_, en) => `لقد بلغت الحد الأقصى لطلبات ${isCall(en) ? 'المكالمات' : 'الرسائل النصية'}. يُرجى المحاولة لاحقًا.`,
  },
  'api.authn.poll.error.push_rejected': same(
    'Vous avez choisi de refuser cette connexion.',
    'Sie haben diese Anmeldung abgelehnt.',
    'Ha decidido rechazar este inicio de sesión.',
    'このサインインを拒否しました。',
    'لقد اخترت رفض تسجيل الدخول هذا.',
  ),
  'securityQuestion.answer.tooShort.arg': {
    fr: (p) => `La réponse à la question de sécurité doit comporter au moins ${chars.fr(param(p, 0))}`,
    de: (p) => `Die Antwort auf die Sicherheitsfrage muss mindestens ${param(p, 0)} Zeichen lang sein`,
    es: (p) => `La respuesta a la pregunta de seguridad debe tener al menos ${chars.es(param(p, 0))}`,
    ja: (p) => `秘密の質問の答えは ${param(p, 0)} 文字以上で入力してください`,
    ar: (p) => `يجب ألا تقل إجابة سؤال الأمان عن ${chars.ar(param(p, 0))}`,
  },
  'authfactor.challenge.question_factor.answer_invalid': same(
    'Votre réponse ne correspond pas à nos données. Réessayez.',
    'Ihre Antwort stimmt nicht mit unseren Daten überein. Versuchen Sie es erneut.',
    'Su respuesta no coincide con nuestros registros. Inténtelo de nuevo.',
    '回答が登録情報と一致しません。もう一度お試しください。',
    'إجابتك لا تطابق سجلاتنا. يُرجى المحاولة مرة أخرى.',
  ),
  'emulator.webauthn.verification_failed': {
    fr: (_, en) => `Impossible de vérifier la clé de sécurité ou la biométrie : ${detailOf(en)}`,
    de: (_, en) => `Der Sicherheitsschlüssel oder die Biometrie konnte nicht überprüft werden: ${detailOf(en)}`,
    es: (_, en) => `No se pudo verificar la llave de seguridad o la biometría: ${detailOf(en)}`,
    ja: (_, en) => `セキュリティキーまたは生体認証を確認できませんでした: ${detailOf(en)}`,
    ar: (_, en) => `تعذّر التحقق من مفتاح الأمان أو القياسات الحيوية: ${detailOf(en)}`,
  },
  'idx.return.to.original.tab': same(
    "Revenez à l'onglet d'origine.",
    'Kehren Sie zum ursprünglichen Tab zurück.',
    'Vuelva a la pestaña original.',
    '元のタブに戻ってください。',
    'يُرجى العودة إلى علامة التبويب الأصلية.',
  ),
  'idx.return.link.expired': same(
    "Ce lien d'e-mail a expiré. Pour le renvoyer, revenez à l'écran où vous l'avez demandé.",
    'Dieser E-Mail-Link ist abgelaufen. Um ihn erneut zu senden, kehren Sie zu dem Bildschirm zurück, auf dem Sie ihn angefordert haben.',
    'Este enlace de correo electrónico ha caducado. Para volver a enviarlo, regrese a la pantalla donde lo solicitó.',
    'このメールのリンクは有効期限が切れています。再送信するには、リンクをリクエストした画面に戻ってください。',
    'انتهت صلاحية رابط البريد الإلكتروني هذا. لإعادة إرساله، ارجع إلى الشاشة التي طلبته منها.',
  ),
  'idx.password.expiring.message': same(
    "À l'expiration de votre mot de passe, votre compte Okta sera verrouillé.",
    'Wenn Ihr Passwort abläuft, wird Ihr Okta-Konto gesperrt.',
    'Cuando caduque su contraseña, su cuenta de Okta quedará bloqueada.',
    'パスワードの有効期限が切れると、Okta アカウントがロックされます。',
    'عند انتهاء صلاحية كلمة المرور، سيُقفل حسابك في Okta.',
  ),
  'oie.selfservice.unlock_user.success.message': same(
    "Vous pouvez vous connecter avec votre nom d'utilisateur et votre mot de passe actuels",
    'Sie können sich mit Ihrem bisherigen Benutzernamen und Passwort anmelden',
    'Puede iniciar sesión con su nombre de usuario y contraseña actuales',
    '現在のユーザー名とパスワードでサインインできます',
    'يمكنك تسجيل الدخول باستخدام اسم المستخدم وكلمة المرور الحاليين',
  ),
  'idx.operation.cancelled.by.user': same(
    "Opération annulée par l'utilisateur.",
    'Vorgang vom Benutzer abgebrochen.',
    'Operación cancelada por el usuario.',
    'ユーザーが操作をキャンセルしました。',
    'ألغى المستخدم العملية.',
  ),
  'registration.error.notUniqueWithinOrg': {
    fr: (p) => `Un utilisateur avec ce champ ${param(p, 0)} existe déjà`,
    de: (p) => `Ein Benutzer mit diesem Wert für ${param(p, 0)} existiert bereits`,
    es: (p) => `Ya existe un usuario con este valor de ${param(p, 0)}`,
    ja: (p) => `この${param(p, 0)}のユーザーはすでに存在します`,
    ar: (p) => `يوجد مستخدم بقيمة ${param(p, 0)} هذه بالفعل`,
  },
  'registration.error.invalidLoginEmail': {
    fr: (p) => `« ${param(p, 0)} » doit être une adresse e-mail`,
    de: (p) => `„${param(p, 0)}“ muss eine E-Mail-Adresse sein`,
    es: (p) => `'${param(p, 0)}' debe ser una dirección de correo electrónico`,
    ja: (p) => `「${param(p, 0)}」はメールアドレスの形式で入力してください`,
    ar: (p) => `يجب أن يكون «${param(p, 0)}» عنوان بريد إلكتروني`,
  },
  'registration.error.doesNotMatchPattern': {
    fr: (p) => `La valeur fournie pour « ${param(p, 0)} » ne correspond pas au format requis`,
    de: (p) => `Der angegebene Wert für „${param(p, 0)}“ entspricht nicht dem erforderlichen Muster`,
    es: (p) => `El valor indicado para '${param(p, 0)}' no coincide con el formato requerido`,
    ja: (p) => `「${param(p, 0)}」に入力された値は必要な形式と一致しません`,
    ar: (p) => `القيمة المقدمة لـ «${param(p, 0)}» لا تطابق النمط المطلوب`,
  },
  'emulator.registration.tooLong': {
    fr: (p) => `« ${param(p, 0)} » doit comporter au plus ${chars.fr(param(p, 1))}`,
    de: (p) => `„${param(p, 0)}“ darf höchstens ${param(p, 1)} Zeichen lang sein`,
    es: (p) => `'${param(p, 0)}' debe tener como máximo ${chars.es(param(p, 1))}`,
    ja: (p) => `「${param(p, 0)}」は ${param(p, 1)} 文字以内で入力してください`,
    ar: (p) => `يجب ألا يزيد «${param(p, 0)}» عن ${chars.ar(param(p, 1))}`,
  },
  'emulator.registration.tooShort': {
    fr: (p) => `« ${param(p, 0)} » doit comporter au moins ${chars.fr(param(p, 1))}`,
    de: (p) => `„${param(p, 0)}“ muss mindestens ${param(p, 1)} Zeichen lang sein`,
    es: (p) => `'${param(p, 0)}' debe tener al menos ${chars.es(param(p, 1))}`,
    ja: (p) => `「${param(p, 0)}」は ${param(p, 1)} 文字以上で入力してください`,
    ar: (p) => `يجب ألا يقل «${param(p, 0)}» عن ${chars.ar(param(p, 1))}`,
  },
  'emulator.registration.invalidType': {
    fr: (p) => `« ${param(p, 0)} » doit être ${typeWord('fr', param(p, 1))}`,
    de: (p) => `„${param(p, 0)}“ muss ${typeWord('de', param(p, 1))} sein`,
    es: (p) => `'${param(p, 0)}' debe ser ${typeWord('es', param(p, 1))}`,
    ja: (p) => `「${param(p, 0)}」には${typeWord('ja', param(p, 1))}を入力してください`,
    ar: (p) => `يجب أن يكون «${param(p, 0)}» ${typeWord('ar', param(p, 1))}`,
  },
  'emulator.registration.notAnOption': {
    fr: (p) => `« ${param(p, 0)} » doit être l'une des valeurs proposées`,
    de: (p) => `„${param(p, 0)}“ muss einer der aufgeführten Werte sein`,
    es: (p) => `'${param(p, 0)}' debe ser uno de los valores de la lista`,
    ja: (p) => `「${param(p, 0)}」は一覧の値から選択してください`,
    ar: (p) => `يجب أن يكون «${param(p, 0)}» إحدى القيم المدرجة`,
  },
  'idx.email.verification.required': same(
    'Pour terminer la connexion, consultez vos e-mails.',
    'Um die Anmeldung abzuschließen, prüfen Sie Ihre E-Mails.',
    'Para terminar de iniciar sesión, revise su correo electrónico.',
    'サインインを完了するには、メールを確認してください。',
    'لإكمال تسجيل الدخول، تحقّق من بريدك الإلكتروني.',
  ),
};

/** Okta API error bodies (`errorSummary`, outside IDX documents) the emulator localizes, by `errorCode`. */
export const API_ERROR_CATALOGUE: Readonly<Record<string, Entry>> = {
  E0000047: same(
    "Limite d'appels à l'API dépassée : trop de requêtes.",
    'API-Aufruflimit wegen zu vieler Anfragen überschritten.',
    'Se superó el límite de llamadas a la API por exceso de solicitudes.',
    'リクエストが多すぎるため、API 呼び出しの上限を超えました。',
    'تم تجاوز الحد المسموح به لاستدعاءات واجهة برمجة التطبيقات بسبب كثرة الطلبات.',
  ),
};
