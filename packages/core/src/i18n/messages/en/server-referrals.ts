// Server messages about referrals of a case to an institution.
export const referrals = {
  invalidTransition: '“{{action}}” is not possible: the referral is {{status}}.',
  notReceiver: 'Only the institution the referral was sent to can answer it.',
  notParty: 'Only the institution that sent the referral and the one it was sent to can see it.',
  sameInstitution: 'A referral must go to another institution.',
  institutionInactive: 'This institution is no longer active.',
  institutionOutOfReach: 'This institution does not work in the municipality of the case.',
  personNotInCase: 'This person is not a member of the household of the case.',
  planItemNotInCase: 'This item does not belong to a draft or approved plan of this case.',
  unknownService: 'This service is not in the service catalogue.',
  caseMismatch: 'The case of the referral is not the case of the page.',
  completedBeforeSent: 'The completion date is before the referral was sent.',
  status: {
    sent: 'sent',
    received: 'received',
    accepted: 'accepted',
    declined: 'declined',
    completed: 'completed',
    withdrawn: 'withdrawn',
  },
  action: {
    receive: 'Receive',
    accept: 'Accept',
    decline: 'Decline',
    complete: 'Complete',
    withdraw: 'Withdraw',
  },
} as const;
