import type { SocialFundYear } from '@vatra/core';
import { sql, type Expression, type SqlBool } from 'kysely';
import { providerChoices, reportRows, requestRows, subsidyRows } from '../../storage/social-fund/queries.js';
import type { AccessContext } from '../access/context.js';
import { careCatalogue } from '../care-services/catalogue.js';
import { canEdit, currencyOf, type SocialFundDeps } from './access.js';
import { socialFundErrors } from './errors.js';
import { requestTotals, requestView, subsidiesByRecipient, subsidiesBySource, subsidyView } from './views.js';

/** The rows of a year in the user's jurisdiction, or in one municipality of it. */
async function placeFilter(
  access: AccessContext,
  jurisdictionId: string | undefined,
): Promise<(path: string) => Expression<SqlBool>> {
  if (!jurisdictionId) return (path) => access.inJurisdiction(path);
  const place = await access.db
    .selectFrom('jurisdictions')
    .select('path')
    .where('id', '=', jurisdictionId)
    .executeTakeFirst();
  if (!place) throw socialFundErrors.field('jurisdictionId', 'outsideJurisdiction');
  await access.requireInJurisdiction('jurisdiction', jurisdictionId, place.path);
  return (path) => sql<SqlBool>`starts_with(${sql.ref(path)}, ${place.path})`;
}

/** A year's requests and subsidies with their totals per currency, per source and per recipient. */
export async function getYear(
  access: AccessContext,
  deps: SocialFundDeps,
  query: { year: number; jurisdictionId?: string | undefined },
): Promise<SocialFundYear> {
  const user = access.requireUser();
  const where = await placeFilter(access, query.jurisdictionId);
  const requests = (await requestRows(access.db, where).where('r.year', '=', query.year).execute()).map(
    requestView,
  );
  const subsidyList = await subsidyRows(access.db, where).where('s.year', '=', query.year).execute();
  const reports = await reportRows(
    access.db,
    subsidyList.map((s) => s.id),
  );
  const subsidies = subsidyList.map((row) => subsidyView(row, reports));
  return {
    year: query.year,
    currency: currencyOf(deps, user.countryCode),
    requests,
    subsidies,
    totals: requestTotals(requests),
    bySource: subsidiesBySource(subsidies),
    byRecipient: subsidiesByRecipient(subsidies),
    canEdit: canEdit(access),
    services: careCatalogue(deps, user.countryCode).services.map((s) => ({ code: s.code, name: s.name })),
    providers: (await providerChoices(access.db, where)).map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      jurisdictionId: p.jurisdiction_id,
    })),
  };
}
