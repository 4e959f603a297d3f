import { officeToday } from '@vatra/core';
import type { SchemeConfig } from '@vatra/core';
import { callDb } from '../../storage/calls/tables.js';
import type { AccessContext } from '../access/context.js';
import { callErrors } from './errors.js';

/**
 * The call a request is filed under, checked: a scheme tied to calls needs one; the call must be
 * for the same scheme, cover the case's municipality, be open and within its dates, and the
 * person must not have applied already. Every refusal names `callId`. Returns the call's id and
 * running institution (which decides the application), or null for a scheme without calls.
 */
export async function callForFiling(
  access: AccessContext,
  scheme: SchemeConfig,
  callId: string | undefined,
  casePath: string,
  personId: string,
): Promise<{ id: string; number: string; institutionId: string } | null> {
  if (!callId) {
    if (scheme.tiedToCall) throw callErrors.field('callId', 'callRequired');
    return null;
  }
  const call = await callDb(access.db)
    .selectFrom('calls as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select([
      'c.id',
      'c.number',
      'c.institution_id',
      'c.scheme_code',
      'c.status',
      'c.opens_on',
      'c.closes_on',
      'j.path',
    ])
    .where('c.id', '=', callId)
    .executeTakeFirst();
  if (!call) throw callErrors.field('callId', 'unknownCall');
  if (call.scheme_code !== scheme.code) throw callErrors.field('callId', 'callOtherScheme');
  if (!casePath.startsWith(call.path)) throw callErrors.field('callId', 'callOtherPlace');
  const day = officeToday();
  if (call.status !== 'open') throw callErrors.field('callId', 'callNotOpen');
  if (call.closes_on < day) throw callErrors.field('callId', 'callPastClose', { closesOn: call.closes_on });
  if (call.opens_on > day) throw callErrors.field('callId', 'callNotYetOpen', { opensOn: call.opens_on });
  const existing = await callDb(access.db)
    .selectFrom('requests')
    .select('number')
    .where('call_id', '=', call.id)
    .where('person_id', '=', personId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst();
  if (existing) throw callErrors.field('callId', 'alreadyApplied', { number: existing.number });
  return { id: call.id, number: call.number, institutionId: call.institution_id };
}

/**
 * An application is submitted only while its call still takes applications: a draft filed while
 * the call was open must not slip in after the close date or once the call is closed.
 */
export async function requireCallTakingApplications(access: AccessContext, callId: string): Promise<void> {
  const call = await callDb(access.db)
    .selectFrom('calls')
    .select(['status', 'opens_on', 'closes_on'])
    .where('id', '=', callId)
    .executeTakeFirstOrThrow();
  const day = officeToday();
  if (call.status !== 'open') throw callErrors.field('callId', 'callNotOpen');
  if (call.closes_on < day) throw callErrors.field('callId', 'callPastClose', { closesOn: call.closes_on });
}
