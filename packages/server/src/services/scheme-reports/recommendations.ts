import type { SchemeRecommendation, SchemeRecommendationBody } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { schemeReportDb } from '../../storage/scheme-reports/tables.js';
import type { AccessContext } from '../access/context.js';
import { isUniqueViolation } from '../registry/persons.js';
import { findScheme, type RequestDeps } from '../requests/schemes.js';
import { schemeReportErrors } from './errors.js';
import { quarterPeriod } from './period.js';
import { requireReportPlace, type ReportPlace } from './place.js';

/**
 * Who writes the recommendations: the municipal office for communities and return. Its officers
 * and plan coordinators hold report.export like DRPR does, so the scope alone cannot tell them
 * apart; the office is the institution type of the user (as commissions are for meetings).
 */
const RECOMMENDING_TYPE = 'ZKKK';

/** Every version of the quarter's recommendations, general first, then by scheme; newest version first. */
export async function listRecommendations(
  db: Kysely<Database>,
  access: AccessContext,
  deps: RequestDeps,
  place: { id: string },
  year: number,
  quarter: number,
): Promise<SchemeRecommendation[]> {
  const rows = await schemeReportDb(db)
    .selectFrom('scheme_report_recommendations as s')
    .innerJoin('users as u', 'u.id', 's.entered_by')
    .select([
      's.id',
      's.scheme_code as schemeCode',
      's.version',
      's.text',
      's.entered_at as enteredAt',
      'u.id as userId',
      'u.full_name as userName',
      sql<boolean>`s.version = max(s.version) over (partition by coalesce(s.scheme_code, ''))`.as('current'),
    ])
    .where('s.jurisdiction_id', '=', place.id)
    .where('s.year', '=', year)
    .where('s.quarter', '=', quarter)
    .orderBy(sql`s.scheme_code nulls first`)
    .orderBy('s.version', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    schemeCode: row.schemeCode,
    schemeName: row.schemeCode ? (findScheme(access, deps, row.schemeCode)?.name ?? null) : null,
    version: row.version,
    current: row.current,
    text: row.text,
    enteredBy: { id: row.userId, name: row.userName },
    enteredAt: new Date(row.enteredAt).toISOString(),
  }));
}

/** Whether the user's institution is the recommending office of (or above) the municipality. */
export async function mayRecommend(access: AccessContext, place: ReportPlace): Promise<boolean> {
  const user = access.user;
  if (!user || !access.has('report.export')) return false;
  const office = await schemeReportDb(access.db)
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select('j.path')
    .where('i.id', '=', user.institutionId)
    .where('i.type_code', '=', RECOMMENDING_TYPE)
    .executeTakeFirst();
  return office !== undefined && place.path.startsWith(office.path);
}

/**
 * Enters the office's recommendation for a quarter (general, or on one scheme) as the next
 * version; the earlier one stays as history. `version` is the one the officer saw: when someone
 * saved a newer one meanwhile, the write is refused (409) rather than silently replacing it.
 */
export async function enterRecommendation(
  access: AccessContext,
  deps: RequestDeps,
  body: SchemeRecommendationBody,
): Promise<{ items: SchemeRecommendation[] }> {
  const user = access.requireUser();
  const place = await requireReportPlace(access, body.jurisdiction);
  if (!(await mayRecommend(access, place))) {
    await access.deny({ reason: 'not_recommending_office' }, 'jurisdiction', place.id);
    throw schemeReportErrors.notRecommendingOffice();
  }
  quarterPeriod(body.year, body.quarter);
  if (body.schemeCode && !findScheme(access, deps, body.schemeCode))
    throw schemeReportErrors.field('schemeCode', 'unknownScheme');
  try {
    return await access.db.transaction().execute(async (trx) => {
      const k = schemeReportDb(trx);
      let current = k
        .selectFrom('scheme_report_recommendations')
        .select(sql<number>`coalesce(max(version), 0)::int`.as('version'))
        .where('jurisdiction_id', '=', place.id)
        .where('year', '=', body.year)
        .where('quarter', '=', body.quarter);
      current = body.schemeCode
        ? current.where('scheme_code', '=', body.schemeCode)
        : current.where('scheme_code', 'is', null);
      const { version } = await current.executeTakeFirstOrThrow();
      if (Number(version) !== body.version) throw schemeReportErrors.staleRecommendation();
      const inserted = await k
        .insertInto('scheme_report_recommendations')
        .values({
          jurisdiction_id: place.id,
          year: body.year,
          quarter: body.quarter,
          scheme_code: body.schemeCode,
          version: body.version + 1,
          text: body.text,
          entered_by: user.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await access.audit(trx, {
        action: 'scheme_report.recommend',
        recordType: 'scheme_report_recommendation',
        recordId: inserted.id,
        details: {
          jurisdictionId: place.id,
          year: body.year,
          quarter: body.quarter,
          schemeCode: body.schemeCode,
          version: body.version + 1,
        },
      });
      return { items: await listRecommendations(trx, access, deps, place, body.year, body.quarter) };
    });
  } catch (error) {
    // Two officers saving the same version at once: the index lets one through.
    if (isUniqueViolation(error)) throw schemeReportErrors.staleRecommendation();
    throw error;
  }
}
