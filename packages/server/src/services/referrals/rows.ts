import {
  REFERRAL_ANSWER_DAYS,
  REFERRAL_AWAITING,
  localized,
  type CountryConfig,
  type LocalizedText,
  type ReferralAction,
  type ReferralStatus,
  type ReferralView,
} from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { caseVisible } from '../cases/visibility.js';

const DAY_MS = 86_400_000;

/** What the referral services need of the app: the countries' service catalogues. */
export interface ReferralDeps {
  countries: readonly CountryConfig[];
}

/**
 * May the user see the case a referral belongs to (the sending side): inside their
 * jurisdiction, visible by its sensitivity, and a scope that works on cases. SQL over `c`/`cj`.
 */
export function seesCase(access: AccessContext) {
  if (!access.has('case.read') && !access.has('referral.send')) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${access.inJurisdiction('cj.path')} and ${caseVisible(access, 'c')})`;
}

/** Referrals with everything their view shows, joined once; filter with where() and page in SQL. */
export function referralRows(access: AccessContext) {
  const user = access.requireUser();
  return caseDb(access.db)
    .selectFrom('referrals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('jurisdictions as cj', 'cj.id', 'c.jurisdiction_id')
    .innerJoin('households as h', 'h.id', 'c.household_id')
    .innerJoin('persons as p', (join) => join.on(sql<SqlBool>`p.id = coalesce(r.person_id, c.person_id)`))
    .innerJoin('institutions as fi', 'fi.id', 'r.from_institution_id')
    .innerJoin('institutions as ti', 'ti.id', 'r.to_institution_id')
    .innerJoin('users as su', 'su.id', 'r.sent_by')
    .leftJoin('users as ru', 'ru.id', 'r.received_by')
    .leftJoin('users as au', 'au.id', 'r.answered_by')
    .select([
      'r.id',
      'r.case_id as caseId',
      'c.number as caseNumber',
      'c.jurisdiction_id as caseJurisdictionId',
      'p.id as personId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'p.date_of_birth as dateOfBirth',
      'p.birth_year_only as birthYearOnly',
      'p.personal_number as personalNumber',
      'p.sensitivity as personSensitivity',
      'h.settlement',
      'fi.id as fromId',
      'fi.code as fromCode',
      'fi.name as fromName',
      'ti.id as toId',
      'ti.code as toCode',
      'ti.name as toName',
      'r.service_code as serviceCode',
      'r.plan_item_id as planItemId',
      'r.reason',
      'r.status',
      'r.sent_at as sentAt',
      'su.id as sentById',
      'su.full_name as sentByName',
      'r.received_at as receivedAt',
      'ru.id as receivedById',
      'ru.full_name as receivedByName',
      'r.answered_at as answeredAt',
      'au.id as answeredById',
      'au.full_name as answeredByName',
      'r.decline_reason as declineReason',
      'r.completed_at as completedAt',
      'r.feedback',
      'r.updated_at as updatedAt',
      'r.version',
    ])
    .select(seesCase(access).$castTo<boolean>().as('caseVisible'))
    .select(
      sql<boolean>`exists (select 1 from case_team ct where ct.case_id = c.id and ct.user_id = ${user.userId})`.as(
        'onTeam',
      ),
    )
    .select(
      // The accept note lives in the case event of the acceptance (the table has no column for it).
      sql<string | null>`(select e.details->>'note' from case_events e
        where e.case_id = r.case_id and e.kind = 'referral.accepted' and e.details->>'referralId' = r.id::text
        order by e.at desc limit 1)`.as('acceptNote'),
    );
}

export type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralRows>['executeTakeFirstOrThrow']>>;

/** Is the user on the receiving side: a user of the institution the referral went to, who may answer? */
export function isReceiver(access: AccessContext, toInstitutionId: string): boolean {
  return access.has('referral.answer') && access.user?.institutionId === toInstitutionId;
}

/** The steps this user may take on a referral now; the transition service checks again. */
export function allowedOn(
  access: AccessContext,
  row: { status: ReferralStatus; toId: string; caseVisible: boolean },
): ReferralAction[] {
  const actions: ReferralAction[] = [];
  if (isReceiver(access, row.toId)) {
    if (row.status === 'sent') actions.push('receive');
    if (row.status === 'received') actions.push('accept', 'decline');
    if (row.status === 'accepted') actions.push('complete');
  }
  if (row.caseVisible && access.has('referral.send') && REFERRAL_AWAITING.includes(row.status))
    actions.push('withdraw');
  return actions;
}

function ref(id: string | null, fullName: string | null) {
  return id ? { id, fullName: fullName ?? '' } : null;
}

export function toView(
  access: AccessContext,
  deps: ReferralDeps,
  row: ReferralRow,
  now = new Date(),
): ReferralView {
  const locale = access.locale;
  const receiver = isReceiver(access, row.toId);
  const personVisible =
    receiver || row.onTeam || (access.visibleSensitivities() as string[]).includes(row.personSensitivity);
  const country = deps.countries.find((c) => c.country.code === access.user?.countryCode);
  const service = row.serviceCode ? country?.services.find((s) => s.code === row.serviceCode) : undefined;
  const sentAt = new Date(row.sentAt);
  const answerDueAt = new Date(sentAt.getTime() + REFERRAL_ANSWER_DAYS * DAY_MS);
  const awaitingAnswer = REFERRAL_AWAITING.includes(row.status);
  const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
  return {
    id: row.id,
    case: { id: row.caseId, number: row.caseNumber },
    person: personVisible
      ? {
          id: row.personId,
          firstName: row.firstName,
          lastName: row.lastName,
          dateOfBirth: row.dateOfBirth,
          birthYearOnly: row.birthYearOnly,
          settlement: row.settlement,
          personalNumber: row.caseVisible ? row.personalNumber : null,
        }
      : null,
    fromInstitution: {
      id: row.fromId,
      code: row.fromCode,
      name: localized(row.fromName as LocalizedText, locale),
    },
    toInstitution: { id: row.toId, code: row.toCode, name: localized(row.toName as LocalizedText, locale) },
    serviceCode: row.serviceCode,
    serviceName: service ? localized(service.name, locale) : null,
    planItemId: row.planItemId,
    reason: row.reason,
    status: row.status,
    sentAt: sentAt.toISOString(),
    sentBy: { id: row.sentById, fullName: row.sentByName },
    receivedAt: iso(row.receivedAt),
    receivedBy: ref(row.receivedById, row.receivedByName),
    answeredAt: iso(row.answeredAt),
    answeredBy: ref(row.answeredById, row.answeredByName),
    acceptNote: row.acceptNote,
    declineReason: row.declineReason,
    completedAt: iso(row.completedAt),
    feedback: row.feedback,
    ageDays: Math.max(0, Math.floor((now.getTime() - sentAt.getTime()) / DAY_MS)),
    answerDueAt: answerDueAt.toISOString(),
    awaitingAnswer,
    overdue: awaitingAnswer && answerDueAt.getTime() < now.getTime(),
    caseVisible: row.caseVisible,
    allowed: allowedOn(access, row),
    updatedAt: new Date(row.updatedAt).toISOString(),
    version: row.version,
  };
}
