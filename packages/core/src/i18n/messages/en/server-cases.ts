// Server messages of the case path: refused transitions and case rules.
export const cases = {
  caseClosed: 'This case is closed. Reopen it first.',
  caseExists: 'This household already has an open case ({{number}}).',
  transferred: 'This case was transferred to another municipality and continues there.',
  notClosed: 'This case is open.',
  visitFirst: 'Record a completed home visit first.',
  assessmentFirst: 'Submit the needs assessment form (FVN) first.',
  planFirst: 'The case needs an approved individual plan first.',
  planFrozen: 'An approved plan cannot be changed. Start a new version of it.',
  planNotDraft: 'Only a draft plan can be approved, and only an approved plan can be revised.',
  draftExists: 'A draft of this plan already exists. Finish or approve it first.',
  monitoringExists: 'The monitoring for {{period}} has already been recorded.',
  formNotConfigured: 'This form, or this version of it, is not configured for your country.',
  fields: {
    futureDate: 'Cannot be in the future.',
    unknownService: 'Not a service of the catalogue.',
    unknownNeed: 'Not a need recorded in the FVN.',
    notMember: 'Not a member of this household.',
    notCaseManager:
      'Must be an active case manager of a Centre for Social Work covering the case’s municipality.',
    sameJurisdiction: 'The case is already in this municipality.',
    residentNoCase:
      'This person is registered as a resident (social care): open a social-care case for them, not a returnee or foreigner case.',
    residentNoCertificate:
      'This person is registered as a resident (social care), not a returnee: no certificate of repatriation can be issued.',
  },
} as const;
