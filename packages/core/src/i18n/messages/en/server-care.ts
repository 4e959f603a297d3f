// Server messages of social-care cases (identification, assessment, care plan, referrals).
export const care = {
  closed: 'This social-care case is closed.',
  assessmentFirst: 'Assess the needs and risk first: the care plan is built on the assessment.',
  planFirst: 'Make the individual care plan first: referrals carry out its services.',
  referralAnswered: 'This referral has already been answered.',
  referralNotAccepted: 'A referral can be followed up only after the service has accepted the person.',
  sensitivityNotAllowed:
    'Only the social services sector, or the domestic-violence coordinator working on this case, may change its sensitivity.',
  formNotConfigured: 'The needs and risk assessment form is not configured for your country.',
  fields: {
    referrerRequired: 'Name the institution or the person who referred the case.',
    returneeCaseRequired: 'Choose the returnee case the person comes from.',
    notPersonsCase: 'This returnee case is not the person’s or their household’s.',
    unknownService: 'This service is not in the care-service catalogue.',
    notInPlan: 'This item is not in the active care plan of this case.',
    destinationRequired: 'Choose the institution or the provider the person is referred to.',
    declineReasonRequired: 'Give the reason the service declined.',
    notCareJurisdiction: 'Choose a municipality or an administrative unit.',
    dvRestricted: 'A domestic-violence case stays restricted: its sensitivity cannot be lowered.',
    sensitivityUnchanged: 'The case already has this sensitivity.',
  },
};
