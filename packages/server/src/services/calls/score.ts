import type { CallRanking, scoreBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { callDb, type StoredCriterion, type StoredScoreLine } from '../../storage/calls/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { callErrors } from './errors.js';
import { getRanking } from './ranking.js';
import { requireCall, requireRunner, type CallDeps } from './read.js';

type ScoreBody = z.infer<typeof scoreBody>;

/** The facts of the applicant's case the computed criteria read. */
export interface ApplicantFacts {
  caseKind: 'returnee' | 'foreigner';
  femaleHead: boolean;
}

/**
 * Scores against the call's criteria: manual ones as ticked, computed ones from the case (the
 * returnee and foreigner bonus from the case's category, the female head from the household),
 * so an officer cannot type a bonus in.
 */
export function scoreLines(criteria: StoredCriterion[], ticked: ReadonlySet<string>, facts: ApplicantFacts) {
  const breakdown: StoredScoreLine[] = criteria.map((criterion) => {
    const met =
      criterion.kind === 'manual'
        ? ticked.has(criterion.code)
        : criterion.kind === 'returnee'
          ? facts.caseKind === 'returnee'
          : criterion.kind === 'foreigner'
            ? facts.caseKind === 'foreigner'
            : facts.femaleHead;
    return { criterion: criterion.code, points: met ? criterion.points : 0, met };
  });
  return { breakdown, total: breakdown.reduce((sum, line) => sum + line.points, 0) };
}

/**
 * Scores (or re-scores) a submitted application of an open or closed call: an officer of the
 * institution running the call with request.review. The score's version guards against two
 * officers scoring at once (0 for the first score). The applicant's case gets a timeline event.
 */
export async function scoreApplication(
  access: AccessContext,
  deps: CallDeps,
  requestId: string,
  body: ScoreBody,
): Promise<CallRanking> {
  const user = access.requireUser();
  const db = callDb(access.db);
  const request = await db
    .selectFrom('requests as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select([
      'r.id',
      'r.number',
      'r.call_id',
      'r.status',
      'r.case_id',
      'r.person_id',
      'r.household_id',
      'j.path',
      'c.kind as caseKind',
    ])
    .where('r.id', '=', requestId)
    .executeTakeFirst();
  if (!request) throw errors.notFound();
  await access.requireInJurisdiction('request', requestId, request.path);
  if (!request.call_id) throw callErrors.notAnApplication();
  const call = await requireCall(access, request.call_id);
  await requireRunner(access, call, 'request.review');
  if (call.status !== 'open' && call.status !== 'closed')
    throw callErrors.invalidTransition(access.locale, 'score', call.status);
  if (request.status === 'draft' || request.status === 'withdrawn') throw callErrors.notSubmitted();
  body.met.forEach((code, index) => {
    const criterion = call.criteria.find((c) => c.code === code);
    if (!criterion) throw callErrors.field(`met.${index}`, 'unknownCriterion');
    if (criterion.kind !== 'manual') throw callErrors.field(`met.${index}`, 'computedCriterion');
  });
  const head = await db
    .selectFrom('persons')
    .select('gender')
    .where('household_id', '=', request.household_id)
    .where('relation_to_head', '=', 'head')
    .where('merged_into', 'is', null)
    .executeTakeFirst();
  const { breakdown, total } = scoreLines(call.criteria, new Set(body.met), {
    caseKind: request.caseKind,
    femaleHead: head?.gender === 'female',
  });
  const note = body.note ? body.note : null;

  await access.db.transaction().execute(async (trx) => {
    const tdb = callDb(trx);
    if (body.version === 0) {
      const inserted = await tdb
        .insertInto('call_application_scores')
        .values({
          request_id: request.id,
          call_id: call.id,
          breakdown: JSON.stringify(breakdown),
          total_points: total,
          note,
          scored_by: user.userId,
        })
        .onConflict((oc) => oc.column('request_id').doNothing())
        .returning('request_id')
        .executeTakeFirst();
      if (!inserted) throw errors.conflict();
    } else {
      const result = await tdb
        .updateTable('call_application_scores')
        .set({
          breakdown: JSON.stringify(breakdown),
          total_points: total,
          note,
          scored_by: user.userId,
          scored_at: new Date(),
          version: sql<number>`version + 1`,
        })
        .where('request_id', '=', request.id)
        .where('version', '=', body.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    }
    const details = {
      requestId: request.id,
      requestNumber: request.number,
      callId: call.id,
      number: call.number,
      totalPoints: total,
      breakdown,
    };
    await recordEvent(trx, access, request.case_id, 'call.scored', details, request.person_id);
    await access.audit(trx, { action: 'call.score', recordType: 'request', recordId: request.id, details });
  });
  return getRanking(access, deps, call.id);
}
