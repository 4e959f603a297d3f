import type { Catalog } from '../../catalog.js';
import { cases } from './server-cases.js';
import { documents } from './server-documents.js';
import { referrals } from './server-referrals.js';
import { requests } from './server-requests.js';
import { commissions } from './server-commissions.js';
import { actionPlans } from './server-action-plans.js';
import { planRegisters } from './server-plan-registers.js';
import { calls } from './server-calls.js';
import { schemeReports } from './server-scheme-reports.js';
import { care } from './server-care.js';
import { careChild } from './server-care-child.js';
import { careServices } from './server-care-services.js';
import { careDv } from './server-care-dv.js';
import { needsAnalysis } from './server-needs-analysis.js';
import { employment } from './server-employment.js';
import { socialFund } from './server-social-fund.js';
import { fields } from './server-fields.js';

export const server: Catalog['server'] = {
  errors: {
    validation: 'Disa fusha nuk janë të vlefshme.',
    unauthenticated: 'Ju lutemi kyçuni.',
    sessionExpired: 'Seanca juaj ka skaduar. Ju lutemi kyçuni përsëri.',
    forbidden: 'Nuk keni leje për këtë veprim.',
    outOfJurisdiction: 'Ky regjistrim është jashtë juridiksionit tuaj.',
    notFound: 'Nuk u gjet.',
    conflict: 'Dikush tjetër e ndryshoi këtë regjistrim ndërkohë. Ringarkojeni dhe provoni përsëri.',
    invalidCredentials: 'Emri i përdoruesit ose fjalëkalimi është i gabuar.',
    throttled: 'Shumë tentativa të dështuara. Provoni përsëri pas {{minutes}} minutash.',
    csrf: 'Shenja e sigurisë e kësaj faqeje mungon ose ka skaduar. Ringarkoni faqen.',
    internal: 'Ndodhi një gabim në server. Gabimi është regjistruar.',
    unavailable: 'Baza e të dhënave nuk është e arritshme.',
    duplicate: 'Ekziston tashmë një regjistrim me këtë {{field}}.',
    badReference: '{{field}} i zgjedhur nuk ekziston ose është jashtë juridiksionit tuaj.',
    wrongPassword: 'Fjalëkalimi aktual është i gabuar.',
    selfDeactivate: 'Nuk mund ta çaktivizoni llogarinë tuaj.',
    badRequest: 'Kërkesa nuk mund të lexohej.',
    tooLarge: 'Kërkesa është shumë e madhe.',
    possibleDuplicate:
      'Ky person mund të jetë regjistruar tashmë. Shikoni dublikatat e mundshme para se ta ruani.',
    personMerged: 'Ky regjistrim është bashkuar me një tjetër dhe nuk mund të ndryshohet më.',
    mergeSelf: 'Një regjistrim nuk mund të bashkohet me vetveten.',
    sensitiveRecord: 'Ky regjistrim është i dukshëm vetëm për ata që punojnë me rastin.',
  },
  fields,
  cases,
  documents,
  referrals,
  requests,
  commissions,
  actionPlans,
  planRegisters,
  calls,
  schemeReports,
  care,
  careChild,
  careServices,
  careDv,
  needsAnalysis,
  employment,
  socialFund,
};
