import type { ReferralStatus, ReferralView, referralInboxQuery } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireCase } from '../cases/visibility.js';
import { referralErrors } from './errors.js';
import { isReceiver, referralRows, toView, type ReferralDeps } from './rows.js';

/** A referral as this user may see it, without auditing (callers audit); 404 when there is none. */
export async function loadReferral(
  access: AccessContext,
  deps: ReferralDeps,
  id: string,
): Promise<ReferralView> {
  const row = await referralRows(access).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  return toView(access, deps, row);
}

/**
 * One referral. The receiving institution's users see it (and the referred person's name, date
 * of birth and settlement) even without sensitive.read; the sending side — users who may see
 * the case — sees it too. Anyone else is refused and audited.
 */
export async function getReferral(
  access: AccessContext,
  deps: ReferralDeps,
  id: string,
): Promise<ReferralView> {
  const row = await referralRows(access).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  const receiver = isReceiver(access, row.toId);
  if (!receiver && !row.caseVisible) {
    await access.deny({ reason: 'not_party' }, 'referral', id);
    throw referralErrors.notParty();
  }
  await access.audit(access.db, {
    action: 'referral.read',
    recordType: 'referral',
    recordId: id,
    details: { caseId: row.caseId, personId: row.personId, side: receiver ? 'receiver' : 'sender' },
  });
  return toView(access, deps, row);
}

/** The referrals of a case, oldest first, for users who may see the case. */
export async function listCaseReferrals(access: AccessContext, deps: ReferralDeps, caseId: string) {
  await requireCase(access, caseId);
  const rows = await referralRows(access)
    .where('r.case_id', '=', caseId)
    .orderBy('r.sent_at')
    .orderBy('r.id')
    .execute();
  await access.audit(access.db, {
    action: 'referral.list',
    recordType: 'case',
    recordId: caseId,
    details: { referralIds: rows.map((row) => row.id) },
  });
  return { items: rows.map((row) => toView(access, deps, row)) };
}

/**
 * The receiving institution's inbox: referrals to the user's institution, those still awaiting
 * an answer first (oldest first), then the answered ones (latest change first). Paged in SQL.
 */
export async function referralInbox(
  access: AccessContext,
  deps: ReferralDeps,
  query: z.infer<typeof referralInboxQuery>,
) {
  const user = access.requireUser();
  if (!access.has('referral.answer')) throw referralErrors.notReceiver();
  let filtered = referralRows(access).where('r.to_institution_id', '=', user.institutionId);
  if (query.status) filtered = filtered.where('r.status', '=', query.status);
  const [rows, total] = await Promise.all([
    filtered
      .orderBy(sql`case when r.status in ('sent', 'received') then 0 else 1 end`)
      .orderBy(sql`case when r.status in ('sent', 'received') then r.sent_at end`)
      .orderBy('r.updated_at', 'desc')
      .orderBy('r.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    countInbox(access, query.status),
  ]);
  await access.audit(access.db, {
    action: 'referral.inbox',
    details: {
      status: query.status ?? null,
      page: query.page,
      total,
      referralIds: rows.map((row) => row.id),
    },
  });
  return {
    items: rows.map((row) => toView(access, deps, row)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function countInbox(access: AccessContext, status: ReferralStatus | undefined): Promise<number> {
  const user = access.requireUser();
  let counted = caseDb(access.db)
    .selectFrom('referrals as r')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('r.to_institution_id', '=', user.institutionId);
  if (status) counted = counted.where('r.status', '=', status);
  const row = await counted.executeTakeFirstOrThrow();
  return Number(row.n);
}
