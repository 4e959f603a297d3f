import { formatDate, isLocale, localized, translate, type Locale, type LocalizedText } from '@vatra/core';
import { caseDb } from '../../../storage/cases/tables.js';
import type { AccessContext } from '../../access/context.js';
import { countryOf, type CaseConfig } from '../config.js';

/** The language a paper is printed in: the one asked for, else the person's, else the user's. */
export function paperLocale(asked: string | undefined, personLanguages: string[], fallback: Locale): Locale {
  if (asked && isLocale(asked)) return asked;
  for (const language of personLanguages) if (language === 'sq' || language === 'sr') return language;
  return fallback;
}

/** What every paper of a case prints: who issues it, for whom, where. */
export interface PaperContext {
  locale: Locale;
  t: (key: string, values?: Record<string, string | number>) => string;
  date: (iso: string | null) => string;
  text: (value: LocalizedText) => string;
  country: string;
  municipality: string;
  case: {
    id: string;
    number: string;
    kind: 'returnee' | 'foreigner';
    createdAt: Date;
    settlement: string;
    address: string | null;
  };
  person: {
    id: string;
    name: string;
    fatherName: string | null;
    dateOfBirth: string | null;
    birthYearOnly: boolean;
    personalNumber: string | null;
    category: string;
    arrivalDate: string | null;
    statusGrantDate: string | null;
    countryReturnedFrom: string | null;
    languages: string[];
  };
  householdSize: number;
}

/** Loads the case, its principal person and place, and the translation helpers for a locale. */
export async function paperContext(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  askedLocale: string | undefined,
  personId?: string,
): Promise<PaperContext> {
  const db = caseDb(access.db);
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('households as h', 'h.id', 'c.household_id')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select([
      'c.id',
      'c.number',
      'c.kind',
      'c.created_at',
      'c.person_id',
      'h.id as householdId',
      'h.settlement',
      'h.address_line',
      'j.name as municipality',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const person = await db
    .selectFrom('persons')
    .selectAll()
    .where('id', '=', personId ?? row.person_id)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('household_id', '=', row.householdId)
    .where('merged_into', 'is', null)
    .executeTakeFirstOrThrow();
  const locale = paperLocale(askedLocale, person.languages, access.locale);
  return {
    locale,
    t: (key, values) => translate(locale, `pdf.cases.${key}`, values),
    date: (iso) => (iso ? formatDate(locale, iso) : '—'),
    text: (value) => localized(value, locale),
    country: localized(countryOf(config, access).country.name, locale),
    municipality: localized(row.municipality, locale),
    case: {
      id: row.id,
      number: row.number,
      kind: row.kind,
      createdAt: new Date(row.created_at),
      settlement: row.settlement,
      address: row.address_line,
    },
    person: {
      id: person.id,
      name: `${person.first_name} ${person.last_name}`,
      fatherName: person.father_name,
      dateOfBirth: person.date_of_birth,
      birthYearOnly: person.birth_year_only,
      personalNumber: person.personal_number,
      category: person.category,
      arrivalDate: person.arrival_date,
      statusGrantDate: person.status_grant_date,
      countryReturnedFrom: person.country_returned_from,
      languages: person.languages,
    },
    householdSize: Number(members.n),
  };
}

/** The identity block every paper about a person prints. */
export function personFields(ctx: PaperContext) {
  const p = ctx.person;
  const born = p.birthYearOnly && p.dateOfBirth ? p.dateOfBirth.slice(0, 4) : ctx.date(p.dateOfBirth);
  const countryName = p.countryReturnedFrom ? regionName(p.countryReturnedFrom, ctx.locale) : '—';
  const foreigner = p.category === 'foreigner_protection' || p.category === 'foreigner_residence';
  return [
    { label: ctx.t('fields.name'), value: p.name },
    { label: ctx.t('fields.fatherName'), value: p.fatherName ?? '—' },
    { label: ctx.t('fields.dateOfBirth'), value: born },
    { label: ctx.t('fields.personalNumber'), value: p.personalNumber ?? '—' },
    { label: ctx.t('fields.category'), value: ctx.t(`category.${p.category}`) },
    foreigner
      ? { label: ctx.t('fields.statusGrantDate'), value: ctx.date(p.statusGrantDate) }
      : { label: ctx.t('fields.arrivalDate'), value: ctx.date(p.arrivalDate) },
    { label: ctx.t('fields.countryReturnedFrom'), value: countryName },
    {
      label: ctx.t('fields.address'),
      value: [ctx.case.address, ctx.case.settlement, ctx.municipality].filter(Boolean).join(', '),
    },
  ];
}

export function institutionName(name: LocalizedText | undefined, ctx: PaperContext): string {
  return name ? ctx.text(name) : '';
}

const INTL_TAG: Record<Locale, string> = { sq: 'sq', sr: 'sr-Latn', 'sr-Cyrl': 'sr-Cyrl', en: 'en' };

/** A country's name in the paper's language ("DE" → "Gjermania"); the code when ICU lacks it. */
export function regionName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
