import { DOCUMENT_TYPES, type DocumentStats, type DocumentStatsQuery } from '@vatra/core';
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
  const today = new Date().toISOString().slice(0, 10);
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
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const rows = await caseDb(access.db)
    .selectFrom('documents as d')
    .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
    .select([
      'd.doc_type',
      sql<number>`(count(*) filter (where d.revision = 1))::int`.as('documents'),
      sql<number>`(count(*) filter (where d.revision > 1))::int`.as('corrections'),
    ])
    .where(place)
    .where('d.uploaded_at', '>=', new Date(`${from}T00:00:00Z`))
    .where('d.uploaded_at', '<', end)
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
