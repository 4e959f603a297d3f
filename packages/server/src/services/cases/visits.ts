import type { CaseDetail, visitBody } from '@vatra/core';
import type { z } from 'zod';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import type { CaseConfig } from './config.js';
import { caseErrors } from './errors.js';
import { recordEvent } from './events.js';
import { getCase } from './read.js';
import { advance } from './stage.js';
import { joinTeam, lockCase, touchCase } from './write.js';

/**
 * Records a home visit by the joint team. A completed visit moves a registered case to
 * "visited"; one not found or postponed is kept and the clock keeps running.
 */
export async function recordVisit(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof visitBody>,
): Promise<CaseDetail> {
  const user = access.requireUser();
  const visitedAt = new Date(body.visitedAt);
  if (visitedAt.getTime() > Date.now() + 5 * 60_000) throw caseErrors.field('visitedAt', 'futureDate');
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId);
    await caseDb(trx)
      .insertInto('case_visits')
      .values({
        case_id: caseId,
        visited_at: visitedAt,
        outcome: body.outcome,
        team: JSON.stringify(body.team),
        notes: body.notes ?? null,
        recorded_by: user.userId,
      })
      .execute();
    if (body.outcome === 'completed') {
      await touchCase(trx, caseId, { stage: advance(kase.stage, 'visited') });
    }
    await joinTeam(trx, caseId, user.userId, 'visit');
    await recordEvent(trx, access, caseId, 'visit.recorded', {
      outcome: body.outcome,
      visitedAt: visitedAt.toISOString(),
      onTime: visitedAt <= kase.visitDueAt,
    });
    await access.audit(trx, {
      action: 'case.visit',
      recordType: 'case',
      recordId: caseId,
      details: { outcome: body.outcome },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}
