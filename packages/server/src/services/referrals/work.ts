import { REFERRAL_ANSWER_DAYS, localized, type WorkItem } from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import type { WorkSource } from '../home.js';
import { seesCase } from './rows.js';

// Referrals in the work queues. The answer is due REFERRAL_ANSWER_DAYS (14) days after sending:
// a Vatra default, not set by law or plan. "Unanswered referrals age visibly": past that they
// are overdue in the receiving institution's queue, and show up in the sender's queue.

const AWAITING = ['sent', 'received'] as const;
const dueAt = sql<Date>`r.sent_at + make_interval(days => ${sql.lit(REFERRAL_ANSWER_DAYS)})`;
const overdue = sql<SqlBool>`r.sent_at + make_interval(days => ${sql.lit(REFERRAL_ANSWER_DAYS)}) < now()`;

function referralsWith(access: AccessContext) {
  return caseDb(access.db)
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('jurisdictions as cj', 'cj.id', 'c.jurisdiction_id')
    .where('r.status', 'in', [...AWAITING]);
}

/** Referrals to the user's institution still awaiting its answer. */
function awaitingMine(access: AccessContext) {
  return referralsWith(access).where('r.to_institution_id', '=', access.requireUser().institutionId);
}

/** Referrals the user's institution sent, on cases the user may see, unanswered past the deadline. */
function unansweredSent(access: AccessContext) {
  return referralsWith(access)
    .where('r.from_institution_id', '=', access.requireUser().institutionId)
    .where(seesCase(access))
    .where(overdue);
}

type Base = ReturnType<typeof referralsWith>;

async function countOf(query: Base) {
  const row = await query
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      sql<string>`count(*) filter (where ${overdue})`.as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), overdue: Number(row.overdue) };
}

async function listOf(
  access: AccessContext,
  query: Base,
  kind: string,
  titleKey: string,
  /** Which institution the title names: the sender (for the receiver) or the receiver. */
  institution: 'from' | 'to',
  limit: number,
  offset: number,
): Promise<WorkItem[]> {
  // The page first, then the institutions' names for its rows only: an office with a thousand
  // unanswered referrals would otherwise look both names up for each before the sort.
  const page = query
    .select([
      'r.id',
      'r.case_id as caseId',
      'c.number',
      'r.from_institution_id as fromId',
      'r.to_institution_id as toId',
      'r.sent_at as sentAt',
    ])
    .select([dueAt.as('dueAt'), overdue.as('overdue')])
    .orderBy('r.sent_at')
    .orderBy('r.id')
    .limit(limit)
    .offset(offset);
  const rows = await caseDb(access.db)
    .selectFrom(page.as('pg'))
    .innerJoin('institutions as fi', 'fi.id', 'pg.fromId')
    .innerJoin('institutions as ti', 'ti.id', 'pg.toId')
    .select([
      'pg.id',
      'pg.caseId',
      'pg.number',
      'pg.dueAt',
      'pg.overdue',
      'fi.name as fromName',
      'ti.name as toName',
    ])
    .orderBy('pg.sentAt')
    .orderBy('pg.id')
    .execute();
  return rows.map((row) => ({
    kind,
    caseId: row.caseId,
    recordType: 'referral',
    recordId: row.id,
    titleKey,
    titleValues: {
      number: row.number,
      institution: localized(institution === 'from' ? row.fromName : row.toName, access.locale),
    },
    dueAt: new Date(row.dueAt).toISOString(),
    // Unanswered referrals are followed on the case's referrals tab.
    ...(kind === 'referral_unanswered' ? { tab: 'referrals' } : {}),
    overdue: Boolean(row.overdue),
  }));
}

export const referralWorkSources: readonly WorkSource[] = [
  {
    kind: 'referral_awaiting',
    applies: (access) => access.has('referral.answer'),
    count: (access) => countOf(awaitingMine(access)),
    list: (access, limit, offset) =>
      listOf(
        access,
        awaitingMine(access),
        'referral_awaiting',
        'cases.queue.referral_awaiting',
        'from',
        limit,
        offset,
      ),
  },
  {
    kind: 'referral_unanswered',
    applies: (access) => access.has('referral.send'),
    count: (access) => countOf(unansweredSent(access)),
    list: (access, limit, offset) =>
      listOf(
        access,
        unansweredSent(access),
        'referral_unanswered',
        'cases.queue.referral_unanswered',
        'to',
        limit,
        offset,
      ),
  },
];
