import { TRANSITIONS } from '../../services/referrals/transitions.js';
import { PLACE, isoDate, type CaseState, type Row } from './build-context.js';
import type { Workbench } from './workbench.js';

// A demo case's referrals to the education directorate and the employment office: sent by the
// case manager for a planned service, then received, accepted or declined and completed by the
// receiving institution (services/referrals).

/** services/referrals/create.ts createReferral, by the case manager, for a planned service. */
export function sendReferral(
  w: Workbench,
  state: CaseState | undefined,
  kind: 'education' | 'employment',
  at: Date,
): Row<'referrals'> | undefined {
  if (!state || state.row.status !== 'open') return undefined;
  const cm = w.actor(`cm.${PLACE[state.municipality]}`);
  const wanted = kind === 'education' ? ['school_placement', 'language_course'] : ['jobseeker_registration'];
  const item = state.items.find((candidate) => wanted.includes(candidate.service_code));
  if (!item) return undefined;
  const need = state.needs.find((candidate) => candidate.path === item.need_path);
  const toCode = `${kind === 'education' ? 'DKA' : 'ZP'}-${state.municipality}`;
  const to = w.context.institutions.get(toCode);
  if (!to) return undefined;
  const referral: Row<'referrals'> = {
    id: w.uuid(),
    case_id: state.row.id,
    person_id: need?.member ?? null,
    to_institution_id: to,
    from_institution_id: cm.institutionId,
    plan_item_id: item.id,
    service_code: item.service_code,
    reason:
      kind === 'education'
        ? 'Fëmijë i kthyer nga jashtë: vendosja në shkollë dhe njohja e viteve shkollore të kryera jashtë vendit.'
        : 'Kryefamiljar i papunë: regjistrimi si punëkërkues dhe ndërmjetësimi për punësim.',
    status: 'sent',
    sent_by: cm.id,
    sent_at: at,
    received_by: null,
    received_at: null,
    answered_by: null,
    answered_at: null,
    decline_reason: null,
    completed_at: null,
    feedback: null,
    version: 1,
    updated_at: at,
  };
  w.rows.referrals.push(referral);
  w.event(
    state,
    cm,
    at,
    'referral.sent',
    {
      referralId: referral.id,
      toInstitutionId: to,
      toInstitutionCode: toCode,
      serviceCode: referral.service_code,
      planItemId: referral.plan_item_id,
    },
    referral.person_id ?? state.row.person_id,
  );
  return referral;
}

/** services/referrals/transitions.ts, by the receiving institution's officer. */
export function answerReferral(
  w: Workbench,
  state: CaseState | undefined,
  kind: 'education' | 'employment',
  referral: Row<'referrals'>,
  action: 'receive' | 'accept' | 'decline' | 'complete',
  at: Date,
): void {
  if (!state) return;
  const officer = w.actor(`${kind === 'education' ? 'dka' : 'zp'}.${PLACE[state.municipality]}`);
  const rule = TRANSITIONS[action];
  const from = referral.status ?? 'sent';
  if (!rule.from.includes(from)) throw new Error(`demo seed: referral ${action} from ${from}`);
  const details: Record<string, unknown> = { referralId: referral.id, from, to: rule.to };
  switch (action) {
    case 'receive':
      Object.assign(referral, { received_by: officer.id, received_at: at });
      break;
    case 'accept':
      Object.assign(referral, { answered_by: officer.id, answered_at: at });
      details.note = 'Do ta kontaktojmë familjen këtë javë.';
      break;
    case 'decline': {
      const reason =
        'Ishte regjistruar si punëkërkues që në vitin 2019; në vend të kësaj iu rinovua regjistrimi.';
      Object.assign(referral, { answered_by: officer.id, answered_at: at, decline_reason: reason });
      details.reason = reason;
      break;
    }
    case 'complete': {
      const feedback =
        kind === 'education'
          ? 'U regjistrua në shkollën fillore të lagjes; u bë njohja e viteve shkollore jashtë vendit.'
          : 'U regjistrua si punëkërkues; u mbajt intervista e parë për ndërmjetësim punësimi.';
      const completedOn = isoDate(at);
      // As completionMoment: noon UTC of the day given (the moment itself on the day of "now"),
      // never before the referral was sent.
      const noon = completedOn === w.today ? at : new Date(`${completedOn}T12:00:00Z`);
      const sentAt = new Date(referral.sent_at ?? at.getTime());
      Object.assign(referral, { completed_at: noon < sentAt ? sentAt : noon, feedback });
      details.feedback = feedback;
      details.completedOn = completedOn;
      if (referral.plan_item_id) {
        const item = state.items.find((candidate) => candidate.id === referral.plan_item_id);
        if (item) item.status = 'done';
        details.planItemId = referral.plan_item_id;
      }
      break;
    }
  }
  Object.assign(referral, { status: rule.to, version: (referral.version ?? 1) + 1, updated_at: at });
  w.event(state, officer, at, `referral.${rule.to}`, details, referral.person_id ?? null);
}
