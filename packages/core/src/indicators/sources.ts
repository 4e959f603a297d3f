import { CARE_CHANNELS, CARE_RISK_LEVELS, CARE_STATUSES } from '../api/care.js';
import { CASE_KINDS, CASE_OUTCOMES, CASE_STATUSES, VISIT_OUTCOMES } from '../api/cases.js';
import { DOCUMENT_TYPES } from '../api/documents.js';
import { REFERRAL_STATUSES } from '../api/referrals.js';
import { APPEAL_OUTCOMES, DECISION_OUTCOMES, REQUEST_STATUSES } from '../api/requests.js';
import type { LocalizedText } from '../config/schema.js';
import { PERSON_CATEGORIES } from '../registry/vocabulary.js';

// The facts an indicator can count: a fixed vocabulary of sources, each a set of rows with named
// fields. The server computes every field in one place (services/indicators/sources.ts); a
// definition only names a source, conditions on its fields and, for persons or cases counted
// once, an id field. Facts about later steps of a case (a visit, a form, a plan) are "to date":
// a case registered in the period counts as visited if it has been visited by now.

export type IndicatorFieldSpec =
  | { type: 'boolean'; doc: string }
  | { type: 'enum'; values: readonly string[]; doc: string }
  /** An identity: only for counting distinct persons or cases. */
  | { type: 'id'; doc: string };

export interface IndicatorSourceSpec {
  /** How a row belongs to the period, in words (shown with every definition). */
  period: LocalizedText;
  /** 'event': the row's date falls in [from, to]; 'snapshot': the state at the end of `to`. */
  periodKind: 'event' | 'snapshot';
  fields: Record<string, IndicatorFieldSpec>;
}

export const INDICATOR_FORM_KEYS = ['fvn', 'anamnesis', 'monitoring'] as const;
/** Institution types of config/kosovo/institution-types.json. */
export const INSTITUTION_TYPE_CODES = [
  'ZKKK',
  'QPS',
  'DRPR',
  'DRPR-RC',
  'KKR',
  'KA',
  'ZP',
  'QAP',
  'DKA',
  'ZGJC',
  'DSHMS',
  'NGO',
  'POLICE',
  'MUN',
  'MIA',
  'ATK',
] as const;
/** Scheme codes of config/kosovo/schemes.json (server indicators/requests-benefits.test.ts keeps the two in step). */
export const INDICATOR_SCHEME_CODES = [
  'reconstruction',
  'renovation',
  'furnishing',
  'rent_reintegration_fund',
  'rent_housing_bonus',
  'social_housing',
  'municipal_plot',
  'social_assistance',
  'civil_documents',
  'free_legal_aid',
  'self_employment_grant',
  'on_the_job_training',
  'vocational_training',
  'agricultural_grant',
  'profit_tax_exemption',
  'school_placement',
  'language_course',
  'document_recognition',
  'adult_literacy',
  'psychosocial_support',
] as const;

const caseId: IndicatorFieldSpec = { type: 'id', doc: 'the case' };
const kind: IndicatorFieldSpec = {
  type: 'enum',
  values: CASE_KINDS,
  doc: 'returnee (PIR) or foreigner (PII) case',
};
const vulnerable: IndicatorFieldSpec = {
  type: 'boolean',
  doc: 'a member of the household has at least one vulnerability recorded in the registry',
};

export const INDICATOR_SOURCES = {
  /** One row per case (a family), in the period when its clock started (arrival or status grant). */
  cases: {
    period: {
      sq: 'rastet me datë kthimi ose dhënieje të statusit brenda periudhës',
      sr: 'slučajevi čiji je datum povratka ili dobijanja statusa u periodu',
      en: 'cases whose return or status-grant date falls in the period',
    },
    periodKind: 'event',
    fields: {
      case_id: caseId,
      person_id: { type: 'id', doc: 'the person the case was opened for' },
      kind,
      vulnerable,
      status: { type: 'enum', values: CASE_STATUSES, doc: 'today' },
      outcome: { type: 'enum', values: CASE_OUTCOMES, doc: 'of a closed case' },
      visited: { type: 'boolean', doc: 'a completed visit is recorded' },
      visited_within_deadline: {
        type: 'boolean',
        doc: 'a completed visit no later than the visit deadline (72 hours after the clock start in Kosovo)',
      },
      fvn_completed: { type: 'boolean', doc: 'an FVN (needs assessment form) is filed' },
      anamnesis_completed: { type: 'boolean', doc: 'a social anamnesis is filed' },
      plan_drafted: { type: 'boolean', doc: 'an individual plan (PIR/PII) exists, draft or approved' },
      plan_approved: { type: 'boolean', doc: 'an individual plan has been approved' },
      plan_document_uploaded: { type: 'boolean', doc: 'a signed plan (document type "plan") is uploaded' },
      manager_appointed: { type: 'boolean', doc: 'a case manager has been appointed by decision' },
      referred: { type: 'boolean', doc: 'at least one referral was sent' },
      certificate_issued: { type: 'boolean', doc: 'a certificate of repatriation was issued' },
    },
  },
  /** Cases open at the end of the period (registered by then, not closed by then). */
  open_cases: {
    period: {
      sq: 'rastet e hapura në ditën e fundit të periudhës',
      sr: 'slučajevi otvoreni poslednjeg dana perioda',
      en: 'cases open on the last day of the period',
    },
    periodKind: 'snapshot',
    fields: {
      case_id: caseId,
      kind,
      vulnerable,
      plan_approved: { type: 'boolean', doc: 'an individual plan approved by the end of the period' },
      manager_appointed: { type: 'boolean', doc: 'a case manager decision dated by the end of the period' },
      monitored_last_month: {
        type: 'boolean',
        doc: 'a monitoring entry for the calendar month of the end of the period',
      },
    },
  },
  /** Cases closed in the period (as they stand today: a reopened case is no longer closed). */
  closures: {
    period: {
      sq: 'rastet e mbyllura brenda periudhës',
      sr: 'slučajevi zatvoreni u periodu',
      en: 'cases closed in the period',
    },
    periodKind: 'event',
    fields: {
      case_id: caseId,
      kind,
      vulnerable,
      outcome: { type: 'enum', values: CASE_OUTCOMES, doc: 'the outcome recorded at closure' },
    },
  },
  /** Persons of the registry (not merged), in the period of their arrival or status grant. */
  persons: {
    period: {
      sq: 'personat me datë kthimi ose dhënieje të statusit brenda periudhës',
      sr: 'lica čiji je datum povratka ili dobijanja statusa u periodu',
      en: 'persons whose arrival or status-grant date falls in the period',
    },
    periodKind: 'event',
    fields: {
      person_id: { type: 'id', doc: 'the person' },
      category: { type: 'enum', values: PERSON_CATEGORIES, doc: 'the registry category' },
      vulnerable: { type: 'boolean', doc: 'the person has at least one vulnerability recorded' },
    },
  },
  /** Visits to the family, by the date of the visit. */
  visits: {
    period: {
      sq: 'vizitat e bëra brenda periudhës',
      sr: 'posete obavljene u periodu',
      en: 'visits made in the period',
    },
    periodKind: 'event',
    fields: {
      case_id: caseId,
      kind,
      outcome: { type: 'enum', values: VISIT_OUTCOMES, doc: 'of the visit' },
      within_deadline: { type: 'boolean', doc: 'made no later than the case visit deadline' },
    },
  },
  /** Forms filed, by date; a correction (a later revision of the same form) is not a new form. */
  forms: {
    period: {
      sq: 'formularët e plotësuar brenda periudhës',
      sr: 'obrasci popunjeni u periodu',
      en: 'forms filed in the period',
    },
    periodKind: 'event',
    fields: {
      case_id: caseId,
      kind,
      form_key: { type: 'enum', values: INDICATOR_FORM_KEYS, doc: 'fvn, anamnesis or monitoring' },
    },
  },
  /** Individual plans (first versions only: a revision is the same plan), by creation date. */
  individual_plans: {
    period: {
      sq: 'planet individuale të hartuara brenda periudhës',
      sr: 'individualni planovi izrađeni u periodu',
      en: 'individual plans drafted in the period',
    },
    periodKind: 'event',
    fields: {
      case_id: caseId,
      kind,
      plan_type: { type: 'enum', values: ['PIR', 'PII'], doc: 'PIR for returnees, PII for foreigners' },
      approved: { type: 'boolean', doc: 'approved by now (in this or a later version)' },
    },
  },
  /** QPS decisions appointing a case manager, by decision date. */
  manager_decisions: {
    period: {
      sq: 'vendimet e nxjerra brenda periudhës',
      sr: 'rešenja doneta u periodu',
      en: 'decisions dated in the period',
    },
    periodKind: 'event',
    fields: { case_id: caseId, kind },
  },
  /** Referrals, by the date they were sent. */
  referrals: {
    period: {
      sq: 'referimet e dërguara brenda periudhës',
      sr: 'upućivanja poslata u periodu',
      en: 'referrals sent in the period',
    },
    periodKind: 'event',
    fields: {
      case_id: caseId,
      person_id: { type: 'id', doc: 'the person referred (the case person when the referral names none)' },
      kind,
      destination_type: {
        type: 'enum',
        values: INSTITUTION_TYPE_CODES,
        doc: 'the type of the institution the referral was sent to',
      },
      status: { type: 'enum', values: REFERRAL_STATUSES, doc: 'today' },
      answered: { type: 'boolean', doc: 'accepted or declined by the receiving institution' },
      answered_within_14_days: { type: 'boolean', doc: 'answered no later than 14 days after it was sent' },
      from_plan: { type: 'boolean', doc: 'sent for a service of the individual plan (PIR/PII)' },
    },
  },
  /** Monthly monitoring entries, by the month they cover (months overlapping the period). */
  monitoring: {
    period: {
      sq: 'muajt e monitorimit brenda periudhës',
      sr: 'meseci praćenja u periodu',
      en: 'monitoring months within the period',
    },
    periodKind: 'event',
    fields: {
      case_id: caseId,
      kind,
      received_nothing: { type: 'boolean', doc: 'the family received no service or benefit that month' },
    },
  },
  /** Certificates of repatriation, by date of issue. */
  certificates: {
    period: {
      sq: 'vërtetimet e lëshuara brenda periudhës',
      sr: 'potvrde izdate u periodu',
      en: 'certificates issued in the period',
    },
    periodKind: 'event',
    fields: { case_id: caseId, person_id: { type: 'id', doc: 'the person certified' } },
  },
  /** Uploaded scans, every revision, by upload date. */
  documents: {
    period: {
      sq: 'dokumentet e ngarkuara brenda periudhës',
      sr: 'dokumenti otpremljeni u periodu',
      en: 'documents uploaded in the period',
    },
    periodKind: 'event',
    fields: {
      doc_type: { type: 'enum', values: DOCUMENT_TYPES, doc: 'the kind of document' },
      is_correction: { type: 'boolean', doc: 'a later revision replacing an earlier upload' },
    },
  },
  /** Corrections and completions: later revisions of forms and of documents, by date. */
  corrections: {
    period: {
      sq: 'përmirësimet e bëra brenda periudhës',
      sr: 'ispravke unete u periodu',
      en: 'corrections made in the period',
    },
    periodKind: 'event',
    fields: {
      record_type: { type: 'enum', values: ['form', 'document'], doc: 'a form or an uploaded document' },
    },
  },
  /** Requests for support schemes, by the day they were submitted (drafts never submitted are not requests yet). */
  requests: {
    period: {
      sq: 'kërkesat e dorëzuara brenda periudhës',
      sr: 'zahtevi podneti u periodu',
      en: 'requests submitted in the period',
    },
    periodKind: 'event',
    fields: {
      request_id: { type: 'id', doc: 'the request' },
      case_id: caseId,
      person_id: { type: 'id', doc: 'the applicant' },
      household_id: { type: 'id', doc: "the applicant's household" },
      kind,
      scheme: { type: 'enum', values: INDICATOR_SCHEME_CODES, doc: 'the scheme applied for' },
      deciding_type: {
        type: 'enum',
        values: INSTITUTION_TYPE_CODES,
        doc: 'the type of the deciding body (KKR, QPS, ZP, MUN, ATK…)',
      },
      status: { type: 'enum', values: REQUEST_STATUSES, doc: 'today' },
      decided: { type: 'boolean', doc: 'a first decision is recorded (by now)' },
      outcome: { type: 'enum', values: DECISION_OUTCOMES, doc: 'of the latest decision' },
      decided_within_deadline: {
        type: 'boolean',
        doc: 'the first decision is dated no later than the legal deadline computed at submission',
      },
      appealed: { type: 'boolean', doc: 'an appeal was filed against a decision' },
      appeal_decided: { type: 'boolean', doc: 'the Appeals Commission has decided an appeal' },
      appeal_outcome: { type: 'enum', values: APPEAL_OUTCOMES, doc: 'of the latest decided appeal' },
      executed: { type: 'boolean', doc: 'the execution of a positive decision is completed' },
    },
  },
  /** Benefits of the register (what a person and household received), by the day granted. */
  benefits: {
    period: {
      sq: 'përfitimet e dhëna brenda periudhës',
      sr: 'davanja dodeljena u periodu',
      en: 'benefits granted in the period',
    },
    periodKind: 'event',
    fields: {
      person_id: { type: 'id', doc: 'the person who received it' },
      household_id: { type: 'id', doc: 'the household' },
      case_id: caseId,
      kind: { ...kind, doc: 'returnee (PIR) or foreigner (PII) case of the benefit, when it has one' },
      scheme: { type: 'enum', values: INDICATOR_SCHEME_CODES, doc: 'the scheme it was granted under' },
      granted_by_type: {
        type: 'enum',
        values: INSTITUTION_TYPE_CODES,
        doc: 'the type of the institution that granted or carried it out',
      },
      currency: { type: 'enum', values: ['EUR', 'ALL'], doc: 'the currency of its amount' },
      has_amount: { type: 'boolean', doc: 'a money amount is recorded' },
    },
  },
  /**
   * Social-care cases (issue 6), by the day they were opened. Counts only: an indicator never
   * shows who, so domestic-violence cases count here like any other.
   */
  care_cases: {
    period: {
      sq: 'rastet e kujdesit shoqëror të hapura brenda periudhës',
      sr: 'slučajevi socijalne zaštite otvoreni u periodu',
      en: 'social-care cases opened in the period',
    },
    periodKind: 'event',
    fields: {
      care_case_id: { type: 'id', doc: 'the care case' },
      person_id: { type: 'id', doc: 'the person the case is for' },
      channel: { type: 'enum', values: CARE_CHANNELS, doc: 'how the case came in' },
      referred: {
        type: 'boolean',
        doc: 'brought by someone else: an institution, NGO, village head, the phone line or a returnee case',
      },
      returnee: { type: 'boolean', doc: 'the person has a returnee case' },
      dv: { type: 'boolean', doc: 'a domestic-violence case' },
      child: {
        type: 'boolean',
        doc: 'a child: a child target group or a child-protection plan',
      },
      risk_level: { type: 'enum', values: CARE_RISK_LEVELS, doc: 'of the latest assessment' },
      status: { type: 'enum', values: CARE_STATUSES, doc: 'today' },
      assessed: { type: 'boolean', doc: 'a needs and risk assessment is recorded (by now)' },
      planned: { type: 'boolean', doc: 'a care plan is made (by now)' },
      served: {
        type: 'boolean',
        doc: 'the person has received a service: a place taken in a service or a referral accepted (by now)',
      },
      intersectoral: {
        type: 'boolean',
        doc: 'a technical group of several institutions works the case (DV or child protection)',
      },
      protection_order: { type: 'boolean', doc: 'a protection order is recorded' },
    },
  },
  /** Active institutions at the end of the period (as registered today). */
  institutions: {
    period: {
      sq: 'institucionet aktive në ditën e fundit të periudhës',
      sr: 'aktivne institucije poslednjeg dana perioda',
      en: 'active institutions on the last day of the period',
    },
    periodKind: 'snapshot',
    fields: {
      type: { type: 'enum', values: INSTITUTION_TYPE_CODES, doc: 'the institution type' },
      connected: { type: 'boolean', doc: 'at least one active user of the institution' },
    },
  },
} as const satisfies Record<string, IndicatorSourceSpec>;

export type IndicatorSourceKey = keyof typeof INDICATOR_SOURCES;
export const INDICATOR_SOURCE_KEYS = Object.keys(INDICATOR_SOURCES) as IndicatorSourceKey[];
