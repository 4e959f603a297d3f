import { localized, type CommissionRole, type CommissionType } from '@vatra/core';
import { errors } from '../../http/errors.js';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { AccessContext } from '../access/context.js';
import { commissionErrors } from './errors.js';

export interface Commission {
  id: string;
  code: string;
  name: string;
  type: CommissionType;
  jurisdictionId: string;
  jurisdictionCode: string;
  path: string;
}

function isCommissionType(value: string): value is CommissionType {
  return value === 'KKR' || value === 'KA';
}

/** The commission (KKR or Appeals Commission) the user belongs to; others are refused (audited). */
export async function userCommission(access: AccessContext): Promise<Commission> {
  const user = access.requireUser();
  const row = await commissionDb(access.db)
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.type_code',
      'j.id as jurisdictionId',
      'j.code as jcode',
      'j.path',
    ])
    .where('i.id', '=', user.institutionId)
    .executeTakeFirstOrThrow();
  const type = row.type_code;
  if (!isCommissionType(type)) {
    await access.deny({ reason: 'not_commission', institutionType: type });
    throw commissionErrors.notCommission();
  }
  return {
    id: row.id,
    code: row.code,
    name: localized(row.name, access.locale),
    type,
    jurisdictionId: row.jurisdictionId,
    jurisdictionCode: row.jcode,
    path: row.path,
  };
}

export interface MeetingRow {
  id: string;
  institution_id: string;
  number: string;
  held_on: string;
  place: string | null;
  status: 'planned' | 'held' | 'closed';
  quorum: number;
  minutes: string | null;
  version: number;
}

/**
 * A meeting of the user's own commission. A meeting of another commission (another
 * municipality's KKR, or the KKR for an appeals member) is refused and audited.
 */
export async function requireMeeting(
  access: AccessContext,
  meetingId: string,
): Promise<{ meeting: MeetingRow; commission: Commission; role: CommissionRole | null }> {
  const user = access.requireUser();
  const commission = await userCommission(access);
  const meeting = await commissionDb(access.db)
    .selectFrom('commission_meetings')
    .select(['id', 'institution_id', 'number', 'held_on', 'place', 'status', 'quorum', 'minutes', 'version'])
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (!meeting) throw errors.notFound();
  if (meeting.institution_id !== commission.id) {
    await access.deny(
      { reason: 'jurisdiction', meetingInstitutionId: meeting.institution_id },
      'commission_meeting',
      meetingId,
    );
    throw errors.outOfJurisdiction();
  }
  const member = await commissionDb(access.db)
    .selectFrom('commission_meeting_members')
    .select('role')
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', user.userId)
    .executeTakeFirst();
  return { meeting, commission, role: member?.role ?? null };
}

/** Planning, attendance, votes, decisions and minutes are the chair's or the secretary's (audited refusal). */
export async function requireOfficer(access: AccessContext, meetingId: string, role: CommissionRole | null) {
  if (role === 'chair' || role === 'secretary') return;
  await access.deny({ reason: 'not_meeting_officer' }, 'commission_meeting', meetingId);
  throw commissionErrors.notOfficer();
}

/** The scope the commission's decisions need: KKR decides requests, the Appeals Commission appeals. */
export function decideScope(type: CommissionType): 'request.decide' | 'appeal.decide' {
  return type === 'KKR' ? 'request.decide' : 'appeal.decide';
}
