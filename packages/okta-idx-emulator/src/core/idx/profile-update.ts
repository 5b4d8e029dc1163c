/**
 * Progressive profiling: after the sign-in is verified and before the interaction code, a user who lacks an
 * attribute their profile enrollment policy requires is asked for the missing ones with `profile-update`
 * (posted to /idp/idx/enroll/new, `userProfile.*` fields), with `skip` where the policy allows it (the Widget's
 * enroll-profile-update-params.json and enroll-profile-update-all-optional-params.json mocks). Answered or
 * skipped, it is not asked again in this transaction; a skipped user is asked again at the next sign-in.
 */
import type { ResolvedProfileAttribute } from '../model/config.js';
import type { UserRecord } from '../model/store.js';
import { json, type JsonObject } from '../http/json.js';
import type { Services } from '../services.js';
import { renderTransaction, type IdxDocument, type RenderContext } from './documents.js';
import { remediationUnavailable } from './messages.js';
import { attributeField, checkProfile, userProfileField } from './profile-attributes.js';
import { IDX_PATHS, form } from './remediations.js';
import type { Advance } from './registration.js';

/** The user's policy (their own, else the org's), and the attributes it requires that the user lacks, in schema order. */
function missingAttributes(ctx: Pick<RenderContext, 'config'>, user: UserRecord): { attributes: ResolvedProfileAttribute[]; skippable: boolean } {
  const policy = user.policy.profileEnrollment ?? ctx.config.profileEnrollment;
  const attributes = ctx.config.registration.profileAttributes.filter(
    (a) => policy.requiredAttributes.includes(a.name) && (user.profile[a.name] ?? '').trim() === '',
  );
  return { attributes, skippable: policy.skippable };
}

/**
 * Called once the policy needs nothing more: the `profile-update` answer when the user lacks a required attribute
 * (not yet answered in this transaction), else undefined and the sign-in goes on to its code.
 */
export function profileUpdateHeld(ctx: RenderContext): Response | undefined {
  const { tx, user } = ctx;
  if (!user || tx.profileHandled || tx.recovering || tx.unlocking) return undefined;
  if (missingAttributes(ctx, user).attributes.length === 0) return undefined;
  tx.step = { kind: 'profile-update' };
  tx.stepState = {};
  return json(200, renderTransaction(ctx));
}

/** `profile-update` with the missing attributes, all required, `skip` when allowed, and the user. */
export function renderProfileUpdateStep(ctx: RenderContext, doc: IdxDocument): boolean {
  const { tx, user } = ctx;
  if (tx.step.kind !== 'profile-update' || !user) return false;
  const { attributes, skippable } = missingAttributes(ctx, user);
  const forms = [
    form(ctx.origin, tx.stateHandle, 'profile-update', IDX_PATHS.enrollNew, [userProfileField(attributes.map((a) => attributeField(a, true)))]),
  ];
  if (skippable) forms.push(form(ctx.origin, tx.stateHandle, 'skip', IDX_PATHS.skip, []));
  doc.remediation = { type: 'array', value: forms };
  doc.user = { type: 'object', value: { id: user.id, identifier: user.identifier } };
  return true;
}

/** `profile-update` answered: the attributes are checked as at sign-up, kept in the profile, and the sign-in goes on. */
export async function updateProfile(ctx: RenderContext, body: JsonObject, services: Services, advance: Advance): Promise<Response> {
  const { tx, user } = ctx;
  const answered = 'profile-update';
  if (!user || tx.step.kind !== 'profile-update') return json(400, renderTransaction(ctx, { messages: [remediationUnavailable()] }));
  const { attributes } = missingAttributes(ctx, user);
  const { values, fieldMessages } = checkProfile(attributes, body.userProfile, true);
  if (Object.keys(fieldMessages).length > 0) return json(400, renderTransaction(ctx, { answered, fieldMessages }));
  Object.assign(user.profile, values);
  tx.profileHandled = true;
  return advance(ctx, services);
}

/** `skip` beside profile-update: the sign-in goes on without the attributes (asked again next time). */
export function skipProfileUpdate(ctx: RenderContext): boolean {
  if (ctx.tx.step.kind !== 'profile-update') return false;
  ctx.tx.profileHandled = true;
  return true;
}
