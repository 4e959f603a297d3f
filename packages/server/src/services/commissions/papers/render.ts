import { isLocale, officeToday, type CountryConfig } from '@vatra/core';
import { renderOfficialDocument } from '../../../pdf/document.js';
import type { Paper } from '../../../pdf/paper.js';
import { commissionDb } from '../../../storage/commissions/tables.js';
import type { AccessContext } from '../../access/context.js';
import { paperLocale } from '../../cases/papers/context.js';
import { requireMeeting } from '../access.js';
import { agendaOf } from '../view.js';
import { decisionPaper } from './decision.js';
import { loadDecisionFacts } from './load.js';
import { minutesPaper } from './minutes.js';
import { notificationPaper } from './notification.js';
import { words } from './words.js';

/** A commission's paper: the same shape as every rendered paper (http/replies.ts). */
export type CommissionPaper = Paper;

/** The minutes of a meeting of the user's commission, in the language asked for (default the user's). */
export async function minutesPdf(
  access: AccessContext,
  countries: readonly CountryConfig[],
  meetingId: string,
  lang?: string,
): Promise<CommissionPaper> {
  const { meeting, commission } = await requireMeeting(access, meetingId);
  const locale = lang && isLocale(lang) ? lang : access.locale;
  const db = commissionDb(access.db);
  const place = await db
    .selectFrom('jurisdictions as j')
    .innerJoin('institution_types as it', 'it.country_code', 'j.country_code')
    .select(['j.name as municipality', 'j.country_code', 'it.name as typeName'])
    .where('j.id', '=', commission.jurisdictionId)
    .where('it.code', '=', commission.type)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom('commission_meeting_members as mm')
    .innerJoin('users as u', 'u.id', 'mm.user_id')
    .select(['u.full_name', 'mm.role', 'mm.present'])
    .where('mm.meeting_id', '=', meetingId)
    .orderBy('mm.role')
    .orderBy('u.full_name')
    .execute();
  const country = countries.find((c) => c.country.code === place.country_code);
  const model = minutesPaper(words(locale), {
    number: meeting.number,
    heldOn: meeting.held_on,
    place: meeting.place,
    quorum: meeting.quorum,
    minutes: meeting.minutes,
    commission: place.typeName,
    municipality: place.municipality,
    country: country?.country.name ?? { sq: '', sr: '', en: '' },
    members: members.map((m) => ({ name: m.full_name, role: m.role, present: m.present })),
    agenda: await agendaOf(access.db, meetingId),
  });
  const pdf = await renderOfficialDocument(model);
  await access.audit(access.db, {
    action: 'commission.paper.minutes',
    recordType: 'commission_meeting',
    recordId: meetingId,
    details: { locale },
  });
  return { fileName: `${meeting.number}.pdf`, pdf, locale };
}

/** A decision as PDF: in the language asked for, else the applicant's, else the user's. */
export async function decisionPdf(
  access: AccessContext,
  countries: readonly CountryConfig[],
  decisionId: string,
  lang?: string,
): Promise<CommissionPaper> {
  const facts = await loadDecisionFacts(access, countries, decisionId);
  const locale = paperLocale(lang, facts.person.languages, access.locale);
  const pdf = await renderOfficialDocument(decisionPaper(words(locale), facts));
  await access.audit(access.db, {
    action: 'request.paper.decision',
    recordType: 'request_decision',
    recordId: decisionId,
    details: { locale, requestId: facts.request.id },
  });
  return { fileName: `${facts.decision.number}.pdf`, pdf, locale };
}

/** The letter notifying the applicant, in the applicant's language (Albanian or Serbian). */
export async function notificationPdf(
  access: AccessContext,
  countries: readonly CountryConfig[],
  decisionId: string,
  lang?: string,
): Promise<CommissionPaper> {
  const facts = await loadDecisionFacts(access, countries, decisionId);
  const locale = paperLocale(lang, facts.person.languages, access.locale);
  const sentOn = officeToday();
  const pdf = await renderOfficialDocument(notificationPaper(words(locale), facts, sentOn));
  await access.audit(access.db, {
    action: 'request.paper.notification',
    recordType: 'request_decision',
    recordId: decisionId,
    details: { locale, requestId: facts.request.id },
  });
  return { fileName: `${facts.decision.number}-notification.pdf`, pdf, locale };
}
