import { DOCUMENT_TYPES, officeToday, type DocumentStats, type DocumentStatsQuery } from '@vatra/core';
import { sql, type Expression, type SqlBool } from 'kysely';
import { errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { documentErrors } from './errors.js';

/**
 * Counts for the plan indicators: documents uploaded in a period (by upload date, UTC days,
 * both ends included) in a jurisdiction inside the user's, or in all of theirs: new documents
 * (revision 1) and corrections (revision > 1), by type. Counts carry no personal data, so
 * sensitive cases are counted too.
 */
export async function documentStats(
  access: AccessContext,
  query: DocumentStatsQuery,
): Promise<DocumentStats> {
  const today = officeToday();
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (to < from) throw documentErrors.badRange();

  let place: Expression<SqlBool> = access.inJurisdiction('j.path');
  if (query.jurisdictionId) {
    const jurisdiction = await access.db
      .selectFrom('jurisdictions')
      .select('path')
      .where('id', '=', query.jurisdictionId)
      .executeTakeFirst();
    if (!jurisdiction) throw errors.badReference('jurisdictionId');
    await access.requireInJurisdiction('jurisdiction', query.jurisdictionId, jurisdiction.path);
    place = sql<SqlBool>`starts_with(j.path, ${jurisdiction.path})`;
  }
  const rows = await caseDb(access.db)
    .selectFrom('documents as d')
    .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
    .select([
      'd.doc_type',
      sql<number>`(count(*) filter (where d.revision = 1))::int`.as('documents'),
      sql<number>`(count(*) filter (where d.revision > 1))::int`.as('corrections'),
    ])
    .where(place)
    // Days are the offices' days: a date compared with a timestamptz is its midnight in the
    // session's zone, which is the offices' (db/open.ts).
    .where(sql<SqlBool>`d.uploaded_at >= ${from}::date and d.uploaded_at < ${to}::date + 1`)
    .groupBy('d.doc_type')
    .execute();

  const byType = Object.fromEntries(
    DOCUMENT_TYPES.map((type) => {
      const row = rows.find((r) => r.doc_type === type);
      return [type, { documents: row?.documents ?? 0, corrections: row?.corrections ?? 0 }];
    }),
  ) as DocumentStats['byType'];
  const total = Object.values(byType).reduce(
    (sum, counts) => ({
      documents: sum.documents + counts.documents,
      corrections: sum.corrections + counts.corrections,
    }),
    { documents: 0, corrections: 0 },
  );
  await access.audit(access.db, {
    action: 'document.stats',
    ...(query.jurisdictionId ? { recordType: 'jurisdiction', recordId: query.jurisdictionId } : {}),
    details: { from, to, total },
  });
  return { jurisdictionId: query.jurisdictionId ?? null, from, to, byType, total };
}
