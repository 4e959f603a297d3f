import type { Dossier } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { Commission } from './access.js';

/** The request side of a dossier: the request, the case and its manager, the applicant. */
function dossierQuery(db: Kysely<Database>) {
  return commissionDb(db)
    .selectFrom('requests as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .leftJoin('users as cm', 'cm.id', 'c.case_manager_id')
    .select([
      'r.id as requestId',
      'r.number as requestNumber',
      'r.scheme_code as schemeCode',
      'r.description',
      'r.amount_requested as amountRequested',
      'r.currency',
      'r.decision_due_on as decisionDueOn',
      'r.status',
      'r.jurisdiction_id as jurisdictionId',
      'r.deciding_type as decidingType',
      'r.submitted_at as submittedAt',
      'c.id as caseId',
      'c.number as caseNumber',
      'p.first_name',
      'p.last_name',
      'cm.id as managerId',
      'cm.full_name as managerName',
    ]);
}

function appealQuery(db: Kysely<Database>) {
  return commissionDb(db)
    .selectFrom('request_appeals as a')
    .innerJoin('request_decisions as d', 'd.id', 'a.decision_id')
    .select([
      'a.id',
      'a.request_id as requestId',
      'a.filed_on as filedOn',
      'a.grounds',
      'a.status',
      'a.decision_due_on as decisionDueOn',
      'd.number as decisionNumber',
      'd.outcome as decisionOutcome',
    ]);
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof dossierQuery>['execute']>>[number];
type AppealRow = Awaited<ReturnType<ReturnType<typeof appealQuery>['execute']>>[number];

function toDossier(row: RequestRow, appeal: AppealRow | undefined): Dossier {
  return {
    requestId: row.requestId,
    requestNumber: row.requestNumber,
    schemeCode: row.schemeCode,
    description: row.description,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    personName: `${row.first_name} ${row.last_name}`,
    amountRequested: row.amountRequested === null ? null : Number(row.amountRequested),
    currency: row.currency,
    caseManager: row.managerId && row.managerName ? { id: row.managerId, fullName: row.managerName } : null,
    appeal: appeal
      ? {
          id: appeal.id,
          filedOn: appeal.filedOn,
          grounds: appeal.grounds,
          decisionNumber: appeal.decisionNumber,
          decisionOutcome: appeal.decisionOutcome,
          decisionDueOn: appeal.decisionDueOn,
        }
      : null,
    decisionDueOn: appeal ? appeal.decisionDueOn : row.decisionDueOn,
  };
}

/** Dossiers by request (and appeal, for the Appeals Commission), in the order given. */
export async function loadDossiers(
  db: Kysely<Database>,
  refs: { requestId: string; appealId: string | null }[],
): Promise<Dossier[]> {
  if (refs.length === 0) return [];
  const requests = await dossierQuery(db)
    .where(
      'r.id',
      'in',
      refs.map((ref) => ref.requestId),
    )
    .execute();
  const appealIds = refs.flatMap((ref) => (ref.appealId ? [ref.appealId] : []));
  const appeals = appealIds.length ? await appealQuery(db).where('a.id', 'in', appealIds).execute() : [];
  return refs.flatMap((ref) => {
    const row = requests.find((r) => r.requestId === ref.requestId);
    if (!row) return [];
    return [
      toDossier(
        row,
        appeals.find((a) => a.id === ref.appealId),
      ),
    ];
  });
}

/**
 * The dossiers waiting for the commission. KKR: requests of its municipality that it decides
 * (deciding body KKR) under review and on no open meeting's agenda. Appeals Commission: filed
 * appeals against decisions of its municipality, on no open meeting's agenda. Oldest first.
 */
export async function waitingDossiers(db: Kysely<Database>, commission: Commission): Promise<Dossier[]> {
  if (commission.type === 'KKR') {
    const rows = await dossierQuery(db)
      .where('r.jurisdiction_id', '=', commission.jurisdictionId)
      .where('r.deciding_type', '=', 'KKR')
      .where('r.status', '=', 'under_review')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('commission_agenda_items as ai')
              .innerJoin('commission_meetings as m', 'm.id', 'ai.meeting_id')
              .select('ai.id')
              .where('m.status', '<>', 'closed')
              .whereRef('ai.request_id', '=', 'r.id'),
          ),
        ),
      )
      .orderBy(sql`coalesce(r.submitted_at, r.created_at)`)
      .execute();
    return rows.map((row) => toDossier(row, undefined));
  }
  const appeals = await appealQuery(db)
    .innerJoin('requests as r', 'r.id', 'a.request_id')
    .where('r.jurisdiction_id', '=', commission.jurisdictionId)
    .where('a.status', '=', 'filed')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('commission_agenda_items as ai')
            .innerJoin('commission_meetings as m', 'm.id', 'ai.meeting_id')
            .select('ai.id')
            .where('m.status', '<>', 'closed')
            .whereRef('ai.appeal_id', '=', 'a.id'),
        ),
      ),
    )
    .orderBy('a.filed_on')
    .execute();
  return loadDossiers(
    db,
    appeals.map((a) => ({ requestId: a.requestId, appealId: a.id })),
  );
}
