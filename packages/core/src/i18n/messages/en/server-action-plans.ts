// Server messages about municipal action plans: status, edits, indicator values, spending, import.
export const actionPlans = {
  invalidTransition: 'The plan cannot go from “{{from}}” to “{{to}}”.',
  readOnly: 'This plan has been evaluated and can no longer be changed.',
  indicatorComputed:
    'This indicator is computed from the casework; unlink it from its definition before recording values by hand.',
  invalidPlan: 'The plan has {{count}} problem(s); each is listed with where it is.',
  problem: '{{message}}',
  adoptionRequired: 'Adopting a plan needs the body that adopted it, the decision number and its date.',
  keyChanged: 'The plan’s key cannot change; copy the plan to make a new one.',
  municipalityChanged: 'The plan’s municipality cannot change.',
  statusChanged: 'The status and adoption change only through “Change status”.',
  unknownDefinition: 'There is no computed indicator with this name.',
  definitionUnit: 'This definition counts in other units than the indicator (a share against a number).',
  unknownRow: 'There is no measure or action with this id in the plan.',
  unknownScheme: 'This scheme is not in the scheme catalogue.',
  schemeLinkedElsewhere:
    'This scheme is already linked to row {{row}} of the plan: a benefit counts on one row only.',
  unknownStep: 'The plan has no such yearly step.',
  yearOutsidePeriod: 'The year must be within the plan’s period, {{from}}–{{to}}.',
  periodOrder: 'The end of the period is before its start.',
  evidenceNotOfPlan: 'This document is not evidence uploaded to this plan.',
  periodOutsidePlan: 'The period is outside the plan’s years.',
  manualValue: 'Recorded by hand by {{name}} on {{date}}.',
  evidence: 'Evidence: {{file}}.',
  status: {
    draft: 'draft',
    adopted: 'adopted',
    in_implementation: 'in implementation',
    evaluated: 'evaluated',
  },
} as const;
