import { localized, type CaseDetail, type sensitivityBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import type { CaseConfig } from './config.js';
import { recordEvent } from './events.js';
import { getCase } from './read.js';
import { requireCase } from './visibility.js';
import { joinTeam, lockCase, touchCase } from './write.js';

/** The people working a case: they see it whatever its sensitivity. */
export async function listTeam(access: AccessContext, caseId: string) {
  await requireCase(access, caseId);
  const rows = await caseDb(access.db)
    .selectFrom('case_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .select(['u.id', 'u.full_name', 'i.name', 't.role', 't.added_at'])
    .where('t.case_id', '=', caseId)
    .orderBy('t.added_at')
    .execute();
  return {
    items: rows.map((row) => ({
      user: { id: row.id, fullName: row.full_name },
      institution: localized(row.name, access.locale),
      role: row.role,
      addedAt: new Date(row.added_at).toISOString(),
    })),
  };
}

/**
 * Adds a colleague to the case team (a health worker, a police officer on a joint visit): an
 * active user of an institution covering the case's municipality.
 */
export async function addTeamMember(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  userId: string,
): Promise<CaseDetail> {
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId);
    const place = await trx
      .selectFrom('jurisdictions')
      .select('path')
      .where('id', '=', kase.jurisdictionId)
      .executeTakeFirstOrThrow();
    const member = await trx
      .selectFrom('users as u')
      .innerJoin('institutions as i', 'i.id', 'u.institution_id')
      .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
      .select(['u.id', 'j.path'])
      .where('u.id', '=', userId)
      .where('u.active', '=', true)
      .executeTakeFirst();
    if (!member || !place.path.startsWith(member.path)) throw errors.badReference('userId');
    await joinTeam(trx, caseId, userId, 'member');
    await recordEvent(trx, access, caseId, 'team.added', { user: userId });
    await access.audit(trx, {
      action: 'case.team.add',
      recordType: 'case',
      recordId: caseId,
      details: { user: userId },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}

/**
 * Raises or lowers a case's sensitivity. Whoever changes it joins the team, so marking a case
 * restricted never locks out the person who did it.
 */
export async function setSensitivity(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof sensitivityBody>,
): Promise<CaseDetail> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const before = await caseDb(trx)
      .selectFrom('cases')
      .select('sensitivity')
      .where('id', '=', caseId)
      .executeTakeFirst();
    await lockCase(trx, access, caseId, { allowClosed: true });
    await touchCase(trx, caseId, { sensitivity: body.sensitivity }, body.version);
    await joinTeam(trx, caseId, user.userId, 'member');
    await recordEvent(trx, access, caseId, 'case.sensitivity', {
      sensitivity: [before?.sensitivity, body.sensitivity],
    });
    await access.audit(trx, {
      action: 'case.sensitivity',
      recordType: 'case',
      recordId: caseId,
      details: { sensitivity: body.sensitivity },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}
