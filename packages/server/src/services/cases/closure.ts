import {
  officeToday,
  type CaseDetail,
  type closeBody,
  type reopenBody,
  type rentFundBody,
  type rentReviewBody,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { caseDb, type ClosureRecord } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { deadlineFrom, type CaseConfig } from './config.js';
import { caseErrors } from './errors.js';
import { recordEvent } from './events.js';
import { formatNumber, localCode, nextNumber } from './numbering.js';
import { getCase } from './read.js';
import { lockCase, touchCase, type LockedCase } from './write.js';

/** The DRPR regional coordinator named by id must be an active user of a DRPR-RC institution. */
async function checkCoordinator(trx: Kysely<Database>, coordinatorId: string): Promise<void> {
  const row = await trx
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .select('u.id')
    .where('u.id', '=', coordinatorId)
    .where('u.active', '=', true)
    .where('i.type_code', '=', 'DRPR-RC')
    .executeTakeFirst();
  if (!row) throw errors.badReference('coordinatorId');
}

/**
 * Moves a closed case's family to another municipality: the household and its members move
 * there and a new open case continues at the stage the plan had reached, pointing back to this one.
 * Its visit clock starts again: the new municipality's team must see the family.
 */
async function transfer(
  trx: Kysely<Database>,
  access: AccessContext,
  config: CaseConfig,
  kase: LockedCase,
  toJurisdictionId: string,
): Promise<string> {
  const db = caseDb(trx);
  const target = await db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'level', 'country_code'])
    .where('id', '=', toJurisdictionId)
    .executeTakeFirst();
  if (
    !target ||
    target.country_code !== access.requireUser().countryCode ||
    (target.level !== 'municipality' && target.level !== 'unit')
  )
    throw errors.badReference('movedToJurisdictionId');
  if (target.id === kase.jurisdictionId) throw caseErrors.field('movedToJurisdictionId', 'sameJurisdiction');
  await db
    .updateTable('households')
    .set({ jurisdiction_id: target.id, updated_at: new Date() })
    .where('id', '=', kase.householdId)
    .execute();
  await db
    .updateTable('persons')
    .set({ jurisdiction_id: target.id, updated_at: new Date() })
    .where('household_id', '=', kase.householdId)
    .execute();
  const now = new Date();
  const year = Number(officeToday(now).slice(0, 4));
  const number = formatNumber(
    localCode(target.code),
    year,
    await nextNumber(trx, `case:${target.code}`, year),
  );
  const original = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', kase.id)
    .executeTakeFirstOrThrow();
  const inserted = await db
    .insertInto('cases')
    .values({
      number,
      jurisdiction_id: target.id,
      household_id: kase.householdId,
      person_id: kase.personId,
      kind: kase.kind,
      clock_start: now,
      visit_due_at: deadlineFrom(config, access, 'homeVisit', now),
      closure_due_on: original.closure_due_on,
      stage: 'registered',
      sensitivity: original.sensitivity,
      transferred_from: kase.id,
      registered_by: access.requireUser().userId,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordEvent(
    trx,
    access,
    inserted.id,
    'case.transferred_in',
    { from: kase.number, number },
    kase.personId,
  );
  return inserted.id;
}

/**
 * Closes a case after the final evaluation against the plan by ZKKK with the DRPR regional
 * coordinator. Needs an approved plan. Outcome "moved" transfers the case to the municipality
 * the family moved to.
 */
export async function closeCase(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof closeBody>,
): Promise<CaseDetail> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId);
    const approved = await caseDb(trx)
      .selectFrom('case_plans')
      .select('id')
      .where('case_id', '=', caseId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    if (!approved) throw caseErrors.planFirst();
    if (body.coordinatorId) await checkCoordinator(trx, body.coordinatorId);
    const closure: ClosureRecord = {
      evaluation: body.evaluation,
      planAchieved: body.planAchieved,
      coordinatorId: body.coordinatorId ?? null,
      coordinatorName: body.coordinatorId ? null : (body.coordinatorName ?? null),
      note: body.note ?? null,
      movedToJurisdictionId: body.outcome === 'moved' ? (body.movedToJurisdictionId ?? null) : null,
    };
    const transferredTo =
      body.outcome === 'moved' && body.movedToJurisdictionId
        ? await transfer(trx, access, config, kase, body.movedToJurisdictionId)
        : null;
    await touchCase(
      trx,
      caseId,
      {
        status: 'closed',
        stage: 'closed',
        outcome: body.outcome,
        closed_at: new Date(),
        closed_by: user.userId,
        closure: JSON.stringify(closure),
        ...(transferredTo ? { transferred_to: transferredTo } : {}),
      },
      body.version,
    );
    await recordEvent(trx, access, caseId, 'case.closed', {
      outcome: body.outcome,
      planAchieved: body.planAchieved,
      ...(transferredTo ? { transferredTo } : {}),
    });
    await access.audit(trx, {
      action: 'case.close',
      recordType: 'case',
      recordId: caseId,
      details: { outcome: body.outcome },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}

/**
 * Reopens a closed case: everything recorded stays, the closure is kept in the timeline, and the
 * case returns to monitoring. A case transferred elsewhere continues there instead.
 */
export async function reopenCase(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof reopenBody>,
): Promise<CaseDetail> {
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId, { allowClosed: true });
    if (kase.status !== 'closed') throw caseErrors.notClosed();
    const row = await caseDb(trx)
      .selectFrom('cases')
      .select(['transferred_to', 'outcome', 'closure', 'reopened_count'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    if (row.transferred_to) throw caseErrors.transferred();
    await touchCase(
      trx,
      caseId,
      {
        status: 'open',
        stage: 'monitoring',
        outcome: null,
        closed_at: null,
        closed_by: null,
        closure: null,
        reopened_count: row.reopened_count + 1,
      },
      body.version,
    );
    await recordEvent(trx, access, caseId, 'case.reopened', {
      reason: body.reason,
      previousOutcome: row.outcome,
      previousClosure: row.closure,
    });
    await access.audit(trx, { action: 'case.reopen', recordType: 'case', recordId: caseId });
  });
  return getCase(access, config, caseId, { audited: true });
}

/** Marks (or clears) rent paid by the reintegration fund: the 12-month review falls due from it. */
export async function setRentFund(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof rentFundBody>,
): Promise<CaseDetail> {
  await access.db.transaction().execute(async (trx) => {
    await lockCase(trx, access, caseId);
    await touchCase(trx, caseId, { rent_fund_since: body.since, rent_reviewed_on: null }, body.version);
    await recordEvent(trx, access, caseId, 'rent.fund', { since: body.since });
    await access.audit(trx, { action: 'case.rent_fund', recordType: 'case', recordId: caseId });
  });
  return getCase(access, config, caseId, { audited: true });
}

/** The 12-month review of a family housed in rent paid by the reintegration fund. */
export async function recordRentReview(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof rentReviewBody>,
): Promise<CaseDetail> {
  await access.db.transaction().execute(async (trx) => {
    await lockCase(trx, access, caseId);
    await touchCase(trx, caseId, { rent_reviewed_on: body.reviewedOn }, body.version);
    await recordEvent(trx, access, caseId, 'rent.reviewed', { reviewedOn: body.reviewedOn, note: body.note });
    await access.audit(trx, { action: 'case.rent_review', recordType: 'case', recordId: caseId });
  });
  return getCase(access, config, caseId, { audited: true });
}

/** Issues a numbered certificate of repatriation for a member of the case's household. */
export async function issueCertificate(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  personId: string,
): Promise<CaseDetail> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId, { allowClosed: true });
    const db = caseDb(trx);
    const member = await db
      .selectFrom('persons')
      .select(['id', 'category'])
      .where('id', '=', personId)
      .where('household_id', '=', kase.householdId)
      .where('merged_into', 'is', null)
      .executeTakeFirst();
    if (!member) throw caseErrors.field('personId', 'notMember');
    // A resident of a returnee household (say, a grandmother who never left) was not repatriated.
    if (member.category === 'resident') throw caseErrors.field('personId', 'residentNoCertificate');
    const place = await db
      .selectFrom('jurisdictions')
      .select('code')
      .where('id', '=', kase.jurisdictionId)
      .executeTakeFirstOrThrow();
    const today = officeToday();
    const year = Number(today.slice(0, 4));
    const number = formatNumber(
      `VR-${localCode(place.code)}`,
      year,
      await nextNumber(trx, `certificate:${place.code}`, year),
    );
    await db
      .insertInto('certificates')
      .values({ case_id: caseId, person_id: personId, number, issued_on: today, issued_by: user.userId })
      .execute();
    await recordEvent(trx, access, caseId, 'certificate.issued', { number }, personId);
    await access.audit(trx, {
      action: 'case.certificate',
      recordType: 'case',
      recordId: caseId,
      details: { number },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}
