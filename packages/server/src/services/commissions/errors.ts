import { HttpError } from '../../http/errors.js';

export type CommissionFieldKey =
  | 'notCommissionUser'
  | 'duplicateMember'
  | 'oneChair'
  | 'noVotingMember'
  | 'plannerNotMember'
  | 'quorumTooHigh'
  | 'notMember'
  | 'notVoting'
  | 'notPresent'
  | 'voteMissing'
  | 'notWaiting'
  | 'duplicateItem'
  | 'appealRequired'
  | 'amountRequired';

/** Refusals of commission meetings, each with its catalog key (server.commissions.*). */
export const commissionErrors = {
  /** The user's institution is not a commission (KKR or Appeals Commission). */
  notCommission: () => new HttpError(403, 'not_commission', 'server.commissions.notCommission'),
  /** Only the meeting's chair or secretary plans, records and decides. */
  notOfficer: () => new HttpError(403, 'not_meeting_officer', 'server.commissions.notOfficer'),
  closed: () => new HttpError(409, 'meeting_closed', 'server.commissions.closed'),
  itemDecided: () => new HttpError(409, 'item_decided', 'server.commissions.itemDecided'),
  attendanceLocked: () => new HttpError(409, 'attendance_locked', 'server.commissions.attendanceLocked'),
  itemHasVotes: (number: string) =>
    new HttpError(409, 'item_has_votes', 'server.commissions.itemHasVotes', { number }),
  noQuorum: (present: number, quorum: number) =>
    new HttpError(409, 'no_quorum', 'server.commissions.noQuorum', { present, quorum }),
  /** A member who is the applicant's case manager voted without declaring the conflict. */
  undeclaredConflict: (field: string, member: string) =>
    new HttpError(
      422,
      'undeclared_conflict',
      'server.commissions.undeclaredConflict',
      { member },
      { [field]: { key: 'server.commissions.undeclaredConflict', values: { member } } },
    ),
  /** Present voting members whose vote is not recorded yet. */
  votesMissing: (members: string) =>
    new HttpError(
      422,
      'votes_missing',
      'server.commissions.votesMissing',
      { members },
      { votes: { key: 'server.commissions.votesMissing', values: { members } } },
    ),
  field: (field: string, key: CommissionFieldKey, values: Record<string, string | number> = {}) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.commissions.${key}`, values } },
    ),
};
