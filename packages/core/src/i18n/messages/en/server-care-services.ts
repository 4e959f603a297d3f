// Server messages about the care-service basket: providers, places, waiting lists, Council lists.
export const careServices = {
  atCapacity:
    'The service is full: {{occupied}} of {{capacity}} places are taken. Put the person on the waiting list.',
  queueAhead:
    '{{waiting}} person(s) are already waiting for this service: a free place goes to the first of them. Put the person on the waiting list.',
  notFirstInQueue:
    'The person is number {{position}} on the waiting list: the place goes to the first person waiting.',
  licenceExpired:
    'The licence of {{provider}} expired on {{validUntil}}: nobody can be enrolled until it is renewed.',
  noLicence: '{{provider}} has no licence recorded: nobody can be enrolled until it is.',
  providerInactive: 'This provider or service is no longer active.',
  councilApprovalNeeded:
    'A place in “{{service}}” needs the Municipal Council’s approval of this person, and no approval is recorded.',
  alreadyEnrolled: 'The person already has a place or a waiting-list entry in this service.',
  invalidTransition: '“{{action}}” is not possible: the record is {{status}}.',
  action: {
    activate: 'Give the place',
    end: 'End',
    propose: 'Propose a beneficiary',
    submit: 'Send to the Council',
    decide: 'Record the Council’s decision',
  },
  status: {
    waiting: 'on the waiting list',
    active: 'in the service',
    ended: 'ended',
    draft: 'a draft',
    submitted: 'sent to the Council',
    decided: 'decided by the Council',
  },
  unknownService: 'This service is not in the care-service basket.',
  serviceNotInProvider: 'The provider does not offer this service.',
  serviceTaken: 'The provider already offers this service; change its capacity instead.',
  noApprovalNeeded: 'Beneficiaries of this service do not need the Council’s approval.',
  personNotFound: 'No such person in the registry.',
  caseNotOfPerson: 'This care case is not the person’s.',
  documentNotOfPerson: 'Each document must be a document of the person proposed.',
  documentNotOfPersonOrCase:
    'Each document must be a document of the person proposed or of the care case named.',
  providerServiceMismatch:
    'This provider’s service is not the service proposed, or is in another municipality.',
  noDocuments: 'Proposal {{position}} has no documentation attached.',
  listEmpty: 'The list has no proposals yet.',
  itemNotInList: 'This proposal is not on the list.',
  itemUndecided: 'Proposal {{position}} has no decision.',
  reasonRequired: 'A rejection needs its reason.',
  capacityBelowOccupied: 'The capacity cannot be below the {{occupied}} places already taken.',
  licenceIncomplete: 'A licence needs both its number and its last valid day.',
  outsideJurisdiction: 'This municipality is not one you work for.',
  endBeforeStart: 'The end date is before the start date.',
};
