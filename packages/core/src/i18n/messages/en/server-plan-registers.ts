// Server messages about the registers of an action plan.
export const planRegisters = {
  kindMismatch: 'The entry is for another register than the one in the address.',
  caseOutOfReach: 'One of the cases does not exist or you may not see it.',
  caseOtherMunicipality: 'One of the cases belongs to another municipality than the plan.',
  casesNotAllowed: 'You may not link cases: your role does not let you read cases.',
  endBeforeStart: 'The end date is before the start date.',
  entryArchived: 'This entry is archived and can no longer be changed.',
} as const;
