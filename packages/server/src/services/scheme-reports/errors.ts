import { HttpError } from '../../http/errors.js';

type FieldKey = 'futureQuarter' | 'unknownScheme' | 'notMunicipality';

/** Refusals of the scheme report, each with its catalog key (server.schemeReports.*). */
export const schemeReportErrors = {
  /** Recommendations are the municipal office for communities and return's (ZKKK) to enter. */
  notRecommendingOffice: () =>
    new HttpError(403, 'not_recommending_office', 'server.schemeReports.notRecommendingOffice'),
  /** Someone else saved a newer recommendation meanwhile. */
  staleRecommendation: () =>
    new HttpError(409, 'stale_recommendation', 'server.schemeReports.staleRecommendation'),
  field: (field: string, key: FieldKey) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.schemeReports.${key}` } },
    ),
};
