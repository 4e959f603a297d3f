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
// Messages the server sends: errors and field validation. Keys are shared by all languages.
export const server = {
  errors: {
    validation: 'Some fields are not valid.',
    unauthenticated: 'Please log in.',
    sessionExpired: 'Your session has expired. Please log in again.',
    forbidden: 'You do not have permission to do this.',
    outOfJurisdiction: 'This record is outside your jurisdiction.',
    notFound: 'Not found.',
    conflict: 'Someone else changed this record in the meantime. Reload it and try again.',
    invalidCredentials: 'Wrong username or password.',
    throttled: 'Too many failed attempts. Try again in {{minutes}} minutes.',
    csrf: 'The security token of this page is missing or out of date. Reload the page.',
    internal: 'Something went wrong on the server. The error has been recorded.',
    unavailable: 'The database cannot be reached.',
    duplicate: 'A record with this {{field}} already exists.',
    badReference: 'The selected {{field}} does not exist or is outside your jurisdiction.',
    wrongPassword: 'The current password is wrong.',
    selfDeactivate: 'You cannot deactivate your own account.',
    badRequest: 'The request could not be read.',
    tooLarge: 'The request is too large.',
    possibleDuplicate:
      'This person may already be registered. Look at the possible duplicates before saving.',
    personMerged: 'This record was merged into another one and can no longer be changed.',
    mergeSelf: 'A record cannot be merged into itself.',
    sensitiveRecord: 'This record is visible only to the people working on the case.',
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
} as const;
