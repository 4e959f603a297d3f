import type { CountryConfig, LocalizedText } from '@vatra/core';
import { errors } from '../../../http/errors.js';
import { commissionDb } from '../../../storage/commissions/tables.js';
import type { AccessContext } from '../../access/context.js';
import { tally } from '../decide.js';
import { meetingMembers } from '../item.js';

/** Everything a decision's papers print: the decision, request, applicant, body, meeting, vote. */
export interface DecisionFacts {
  decision: {
    id: string;
    number: string;
    outcome: 'approved' | 'partly_approved' | 'rejected';
    amount: number | null;
    currency: 'EUR' | 'ALL' | null;
    reasons: string;
    decidedOn: string;
    decidedBy: string;
  };
  request: {
    id: string;
    number: string;
    schemeCode: string;
    schemeName: LocalizedText | null;
    amountRequested: number | null;
    currency: 'EUR' | 'ALL' | null;
    appealWindowDays: number;
    executingType: string | null;
    caseId: string;
  };
  person: { name: string; personalNumber: string | null; languages: string[]; address: string };
  institution: { typeCode: string; typeName: LocalizedText };
  municipality: LocalizedText;
  country: LocalizedText;
  caseManager: string | null;
  meeting: {
    number: string;
    heldOn: string;
    chair: string | null;
    tally: { for: number; against: number; abstain: number; excluded: number };
  } | null;
  /** The decision this one replaces (an Appeals Commission overturning it). */
  overturned: string | null;
}

/**
 * Loads a decision for its papers. Readable by users whose jurisdiction covers the request and
 * who may read cases or review requests; others are refused (audited).
 */
export async function loadDecisionFacts(
  access: AccessContext,
  countries: readonly CountryConfig[],
  decisionId: string,
): Promise<DecisionFacts> {
  const db = commissionDb(access.db);
  const row = await db
    .selectFrom('request_decisions as d')
    .innerJoin('requests as r', 'r.id', 'd.request_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .innerJoin('households as h', 'h.id', 'r.household_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('institutions as i', 'i.id', 'd.institution_id')
    .innerJoin('institution_types as it', (join) =>
      join.onRef('it.code', '=', 'i.type_code').onRef('it.country_code', '=', 'j.country_code'),
    )
    .innerJoin('users as u', 'u.id', 'd.decided_by')
    .leftJoin('users as cm', 'cm.id', 'c.case_manager_id')
    .select([
      'd.id',
      'd.number',
      'd.outcome',
      'd.amount',
      'd.currency',
      'd.reasons',
      'd.decided_on',
      'd.meeting_item_id',
      'u.full_name as decidedBy',
      'r.id as requestId',
      'r.number as requestNumber',
      'r.scheme_code',
      'r.amount_requested',
      'r.currency as requestCurrency',
      'r.appeal_window_days',
      'r.executing_type',
      'r.case_id',
      'j.path',
      'j.name as municipality',
      'j.country_code',
      'p.first_name',
      'p.last_name',
      'p.personal_number',
      'p.languages',
      'h.settlement',
      'h.address_line',
      'i.type_code',
      'it.name as typeName',
      'cm.full_name as caseManager',
    ])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  await access.requireInJurisdiction('request_decision', decisionId, row.path);
  if (!access.has('case.read') && !access.has('request.review')) {
    await access.deny({ reason: 'scope', scope: 'case.read' }, 'request_decision', decisionId);
    throw errors.forbidden();
  }
  const country = countries.find((c) => c.country.code === row.country_code);
  const scheme = country?.schemes.find((s) => s.code === row.scheme_code);
  let meeting: DecisionFacts['meeting'] = null;
  let overturned: string | null = null;
  if (row.meeting_item_id) {
    const item = await db
      .selectFrom('commission_agenda_items as ai')
      .innerJoin('commission_meetings as m', 'm.id', 'ai.meeting_id')
      .select(['m.id', 'm.number', 'm.held_on', 'ai.appeal_id'])
      .where('ai.id', '=', row.meeting_item_id)
      .executeTakeFirstOrThrow();
    const members = await meetingMembers(access.db, item.id);
    const votes = await db
      .selectFrom('commission_votes')
      .select(['user_id', 'vote'])
      .where('item_id', '=', row.meeting_item_id)
      .execute();
    const count = tally(members, votes);
    meeting = {
      number: item.number,
      heldOn: item.held_on,
      chair: members.find((m) => m.role === 'chair')?.full_name ?? null,
      tally: { for: count.for, against: count.against, abstain: count.abstain, excluded: count.excluded },
    };
    if (item.appeal_id) {
      const previous = await db
        .selectFrom('request_appeals as a')
        .innerJoin('request_decisions as pd', 'pd.id', 'a.decision_id')
        .select('pd.number')
        .where('a.id', '=', item.appeal_id)
        .executeTakeFirst();
      overturned = previous?.number ?? null;
    }
  }
  return {
    decision: {
      id: row.id,
      number: row.number,
      outcome: row.outcome,
      amount: row.amount === null ? null : Number(row.amount),
      currency: row.currency,
      reasons: row.reasons,
      decidedOn: row.decided_on,
      decidedBy: row.decidedBy,
    },
    request: {
      id: row.requestId,
      number: row.requestNumber,
      schemeCode: row.scheme_code,
      schemeName: scheme?.name ?? null,
      amountRequested: row.amount_requested === null ? null : Number(row.amount_requested),
      currency: row.requestCurrency,
      appealWindowDays: row.appeal_window_days,
      executingType: row.executing_type,
      caseId: row.case_id,
    },
    person: {
      name: `${row.first_name} ${row.last_name}`,
      personalNumber: row.personal_number,
      languages: row.languages,
      address: [row.address_line, row.settlement].filter(Boolean).join(', '),
    },
    institution: { typeCode: row.type_code, typeName: row.typeName },
    municipality: row.municipality,
    country: country?.country.name ?? { sq: '', sr: '', en: '' },
    caseManager: row.caseManager,
    meeting,
    overturned,
  };
}
