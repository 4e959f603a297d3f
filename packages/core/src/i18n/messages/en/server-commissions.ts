// Server messages about commission meetings (KKR and the Appeals Commission).
export const commissions = {
  notCommission:
    'Only members of a Municipal Reintegration Commission or an Appeals Commission hold meetings.',
  notOfficer: 'Only the chair or the secretary of the meeting can do this.',
  closed: 'The meeting is closed: its minutes can no longer change.',
  itemDecided: 'This item has already been decided.',
  attendanceLocked:
    'Attendance cannot change once an item of the meeting has been decided: the decision stands on who was present.',
  itemHasVotes: 'Request {{number}} has votes recorded and cannot be taken off the agenda.',
  noQuorum:
    'No quorum: {{present}} voting members present and not excluded, {{quorum}} needed. Nothing was decided.',
  undeclaredConflict:
    '{{member}} is the applicant’s case manager: they must declare the conflict of interest and cannot vote.',
  votesMissing: 'Votes missing from: {{members}}.',
  notCommissionUser: 'Not an active user of this commission.',
  duplicateMember: 'This member is listed twice.',
  oneChair: 'The meeting needs exactly one chair.',
  noVotingMember: 'The meeting needs at least one voting member (chair or member).',
  plannerNotMember: 'You must be among the members, as chair or secretary.',
  quorumTooHigh: 'The quorum cannot exceed the {{members}} voting members.',
  notMember: 'Not a member of this meeting.',
  notVoting: 'The secretary does not vote.',
  notPresent: 'This member is not recorded as present.',
  voteMissing: 'Choose a vote or declare the conflict.',
  notWaiting: 'This dossier is not waiting for this commission.',
  duplicateItem: 'This dossier is already on the agenda.',
  appealRequired: 'The Appeals Commission decides appeals: choose the appeal.',
  amountRequired: 'A partial approval needs the amount granted.',
} as const;
