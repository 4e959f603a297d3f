// The one permission vocabulary. Roles are sets of these; the server checks only scopes, never role names.
export const SCOPES = [
  // administration
  'user.manage',
  'institution.manage',
  'role.manage',
  'config.read',
  'audit.read',
  // registry and cases (returnees, foreigners)
  'person.read',
  'person.register',
  'person.merge',
  'case.read',
  'case.visit',
  'case.assess',
  'case.plan',
  'case.plan.approve',
  'case.manage',
  'case.close',
  'case.document',
  'referral.send',
  'referral.answer',
  // requests, commissions, appeals
  'request.file',
  'request.review',
  'request.decide',
  'request.execute',
  'appeal.decide',
  // social care
  'care.read',
  'care.assess',
  'care.manage',
  'care.dv',
  'care.child',
  // the Employment Office's side of economic-assistance links (job-seeker profiles, refusals)
  'employment.record',
  // action plans and reports
  'plan.read',
  'plan.edit',
  'plan.approve',
  'report.export',
  // sensitive categories (domestic violence, trafficking, children, health)
  'sensitive.read',
] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Sensitivity of a record: who may see it beyond the jurisdiction rule. */
export const SENSITIVITIES = ['normal', 'sensitive', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
