import { officeToday, type SchemeReportData, type SchemeReportQuery } from '@vatra/core';
import type { AccessContext } from '../access/context.js';
import { countrySchemes, type RequestDeps } from '../requests/schemes.js';
import { emptyFigures, schemeFigures, totalFigures } from './figures.js';
import { quarterPeriod } from './period.js';
import { periodRequests, receivedNothing } from './people.js';
import { requireReportPlace } from './place.js';
import { listRecommendations, mayRecommend } from './recommendations.js';

/**
 * Everything the quarterly scheme report shows for a municipality, from the database. Every
 * scheme of the country's catalogue has its row (a scheme nobody asked for is a finding too),
 * then any code found in the data that the catalogue no longer lists.
 */
export async function buildSchemeReport(
  access: AccessContext,
  deps: RequestDeps,
  query: Pick<SchemeReportQuery, 'jurisdiction' | 'year' | 'quarter'>,
  now = new Date(),
): Promise<SchemeReportData> {
  const user = access.requireUser();
  const place = await requireReportPlace(access, query.jurisdiction);
  const period = quarterPeriod(query.year, query.quarter, officeToday(now));
  const db = access.db;
  const [figures, requests, nothing, recommendations, canRecommend] = await Promise.all([
    schemeFigures(db, place.path, period),
    periodRequests(db, place.path, period),
    receivedNothing(db, place.path),
    listRecommendations(db, access, deps, place, query.year, query.quarter),
    mayRecommend(access, place),
  ]);
  const catalogue = countrySchemes(access, deps);
  const codes = [
    ...catalogue.map((scheme) => scheme.code),
    ...[...figures.byScheme.keys()]
      .filter((code) => !catalogue.some((scheme) => scheme.code === code))
      .sort(),
  ];
  const schemes = codes.map((code) => ({
    schemeCode: code,
    schemeName: catalogue.find((scheme) => scheme.code === code)?.name ?? null,
    ...(figures.byScheme.get(code) ?? emptyFigures()),
  }));
  const country = deps.countries.find((c) => c.country.code === user.countryCode);
  return {
    municipality: { id: place.id, code: place.code, name: place.name },
    currency: country?.country.currency ?? 'EUR',
    period,
    generatedAt: now.toISOString(),
    schemes,
    totals: totalFigures(schemes, [...figures.days.values()].flat()),
    requests,
    receivedNothing: nothing,
    recommendations,
    canRecommend,
  };
}
