import { localized, type CaseDetail, type caseManagerBody } from '@vatra/core';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { z } from 'zod';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import type { CaseConfig } from './config.js';
import { caseErrors } from './errors.js';
import { recordEvent } from './events.js';
import { formatNumber, localCode, nextNumber } from './numbering.js';
import { getCase } from './read.js';
import { advance } from './stage.js';
import { requireCase } from './visibility.js';
import { joinTeam, lockCase, touchCase } from './write.js';

/**
 * Appoints (or replaces) the case manager by a numbered QPS decision. The manager must be an
 * active user with case.manage at a Centre for Social Work covering the case's municipality.
 * The previous appointment is ended, not deleted: the history stays on the case.
 */
export async function appointCaseManager(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof caseManagerBody>,
): Promise<CaseDetail> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId);
    const db = caseDb(trx);
    const place = await db
      .selectFrom('jurisdictions')
      .select(['path', 'code'])
      .where('id', '=', kase.jurisdictionId)
      .executeTakeFirstOrThrow();
    const manager = (await eligibleManagers(trx, place.path, body.userId))[0];
    if (!manager) throw caseErrors.field('userId', 'notCaseManager');
    const now = new Date();
    await db
      .updateTable('case_manager_assignments')
      .set({ ended_at: now })
      .where('case_id', '=', caseId)
      .where('ended_at', 'is', null)
      .execute();
    const year = Number(body.decisionDate.slice(0, 4));
    const decisionNumber = formatNumber(
      `QPS-${localCode(place.code)}`,
      year,
      await nextNumber(trx, `decision:QPS:${place.code}`, year),
    );
    await db
      .insertInto('case_manager_assignments')
      .values({
        case_id: caseId,
        user_id: manager.id,
        decision_number: decisionNumber,
        decision_date: body.decisionDate,
        reason: body.reason ?? null,
        appointed_by: user.userId,
      })
      .execute();
    const approved = await db
      .selectFrom('case_plans')
      .select('id')
      .where('case_id', '=', caseId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    await touchCase(
      trx,
      caseId,
      { case_manager_id: manager.id, ...(approved ? { stage: advance(kase.stage, 'monitoring') } : {}) },
      body.version,
    );
    await joinTeam(trx, caseId, manager.id, 'case_manager');
    await recordEvent(trx, access, caseId, 'manager.appointed', {
      decisionNumber,
      manager: manager.id,
      previous: kase.caseManagerId,
    });
    await access.audit(trx, {
      action: 'case.manager',
      recordType: 'case',
      recordId: caseId,
      details: { decisionNumber },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}

/**
 * Who may be appointed case manager of a case in a place: active users holding case.manage at a
 * Centre for Social Work whose jurisdiction covers the place. With `userId`, just that user if so.
 */
async function eligibleManagers(db: Kysely<Database>, placePath: string, userId?: string) {
  let query = caseDb(db)
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['u.id', 'u.full_name', 'i.name as institutionName'])
    .where('u.active', '=', true)
    .where('i.type_code', '=', 'QPS')
    .where(sql<SqlBool>`starts_with(${placePath}, j.path)`)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_roles as ur')
          .innerJoin('roles as r', 'r.id', 'ur.role_id')
          .select('ur.role_id')
          .whereRef('ur.user_id', '=', 'u.id')
          .where(sql<SqlBool>`'case.manage' = any(r.scopes)`),
      ),
    );
  if (userId) query = query.where('u.id', '=', userId);
  return query.orderBy('u.full_name').execute();
}

/** The users the case's manager may be chosen from, the one in office marked. */
export async function managerCandidates(access: AccessContext, caseId: string) {
  const header = await requireCase(access, caseId);
  const rows = await eligibleManagers(access.db, header.path);
  return {
    items: rows.map((row) => ({
      id: row.id,
      fullName: row.full_name,
      institution: localized(row.institutionName, access.locale),
      current: row.id === header.caseManagerId,
    })),
  };
}
