// The computed definitions linked, when Vatra first loads them, to the indicators of the three
// shipped reintegration plans (plans/<key>.json), by plan key and indicator id. A link is made only where the definition
// counts what the indicator's own words say; most indicators of these plans (meetings,
// trainings, centres built, school results, benefits of social schemes) have no data in Vatra
// and stay manual. Where the plans share an indicator the same definition is linked in all
// three, so that the national view compares municipalities on one definition.
//
// Left unlinked on purpose:
// - "cases closed in the physical file" (o1.m1.5.i2): paper files, not the system. In Peja and
//   Gjilan o1.m1.5.i3 reads "closed in the physical file(s) SMR/SUS", which may mean either.
// - Percent objectives such as "services are monitored systematically" or "the referral system
//   is functional": no definition measures them as worded.
// - Gjilan o2.m2.9.i1 joins persons returned from prison and plans prepared for them in one count.
// - "returnees referred to QAP" (o4.m4.7.i3): the definition also counts foreigners.
//
// Requests and benefits (definitions-requests.ts, definitions-benefits.ts in core) are linked where
// the words name a scheme of the catalogue: social housing requests and families, the rent
// (housing) bonus, MATP/AMTR (the Employment Office's schemes: self-employment grant, on-the-job
// training, vocational training), agricultural grants, the KKR house scheme files and the
// literacy scheme; "returnees" only where the plan says so (Peja's plan says
// "returnees and foreigners"). Left unlinked: "requests submitted based on the PIR" (a request is
// not tied to a plan item), "beneficiaries of social schemes" (the plans do not say which schemes
// are social), "number of KKR decisions for this scheme" (decisions counted by their date, not by
// the request's submission), "self-employment and consultancy", and the objectives' "beneficiaries
// of vocational training" and "receiving social assistance": the plans measure those in percent of
// something they do not name.

/** Indicator id → definition key, per plan key. */
export const SHIPPED_INDICATOR_LINKS: Record<string, Record<string, string>> = {
  'kacanik-reintegration-2019-2022': {
    'o1.i3': 'closures.sustainable',
    'o1.m1.1.i1': 'cases.vulnerable_returnee_families',
    'o1.m1.1.i2': 'visits.completed',
    'o1.m1.1.i3': 'forms.fvn',
    'o1.m1.1.i4': 'forms.anamnesis',
    'o1.m1.1.i5': 'forms.entered',
    'o1.m1.2.i1': 'plans.pir_drafted',
    'o1.m1.3.i1': 'managers.decisions',
    'o1.m1.3.i2': 'referrals.from_plan',
    'o1.m1.4.i1': 'monitoring.entries',
    // The final evaluation is recorded when a case is closed.
    'o1.m1.5.i1': 'closures.count',
    'o1.m1.5.i3': 'closures.count',
    'o2.m2.9.i1': 'persons.returned_from_prison',
    'o2.m2.8.i2': 'requests.social_housing_returnees',
    'o2.m2.8.i3': 'benefits.returnee_households_social_housing',
    'o2.m2.8.i4': 'benefits.households_rent_bonus',
    'o3.i3': 'institutions.connected',
    'o3.m3.1.i1': 'referrals.cases_to_municipal',
    'o3.m3.3.i1': 'referrals.persons_to_municipal',
    'o3.m3.3.i2': 'referrals.persons_to_civil_registry',
    'o3.m3.3.i3': 'referrals.persons_to_social_work',
    'o3.m3.3.i4': 'referrals.persons_to_employment',
    'o3.m3.3.i5': 'referrals.persons_to_education',
    'o3.m3.3.i6': 'referrals.persons_to_vocational_training',
    // "CSOs": civil-society organisations, the NGO institution type.
    'o3.m3.3.i7': 'referrals.persons_to_ngo',
    'o3.m3.3.i8': 'referrals.persons_to_police',
    'o4.m4.1.i3': 'certificates.persons',
    'o4.m4.8.i1': 'benefits.returnees_employment',
    'o4.m4.9.i1': 'benefits.returnees_agricultural_grant',
    'o5.m5.5.i2': 'requests.house_scheme_to_kkr',
    'o6.m6.6.i4': 'benefits.persons_literacy',
    'o11.m11.1.i1': 'cases.registered',
    // "Number and type": the number; the types are on the documents list.
    'o11.m11.1.i2': 'documents.uploaded',
    'o11.m11.1.i3': 'corrections.all',
  },
  'peja-reintegration-2026-2028': {
    'o1.i3': 'closures.sustainable',
    // Returned and foreign families: the definition counts both.
    'o1.m1.1.i1': 'cases.vulnerable_families',
    'o1.m1.1.i2': 'visits.completed',
    'o1.m1.1.i3': 'forms.fvn',
    'o1.m1.1.i4': 'forms.entered',
    // Reintegration and integration plans: PIR and PII.
    'o1.m1.2.i1': 'plans.drafted',
    'o1.m1.3.i1': 'referrals.from_plan',
    'o1.m1.4.i1': 'monitoring.entries',
    'o1.m1.5.i1': 'closures.count',
    'o2.i3': 'institutions.connected',
    'o2.m2.1.i1': 'referrals.cases_to_municipal',
    'o2.m2.3.i1': 'referrals.persons_to_municipal',
    'o2.m2.3.i2': 'referrals.persons_to_civil_registry',
    'o2.m2.3.i3': 'referrals.persons_to_employment',
    'o2.m2.3.i4': 'referrals.persons_to_social_work',
    'o2.m2.3.i5': 'referrals.persons_to_education',
    'o3.m3.7.i1': 'benefits.persons_employment',
    'o3.m3.8.i1': 'benefits.persons_agricultural_grant',
    'o4.m4.5.i2': 'requests.house_scheme_to_kkr',
    'o10.m10.1.i1': 'cases.registered',
    'o10.m10.1.i2': 'documents.uploaded',
    'o10.m10.1.i3': 'corrections.all',
  },
  // The Serbian transcription names the same offices: SCS (civil status service = ZGJC), CSR
  // (social work centre = QPS), KZ (employment office = ZP), ODO (education directorate = DKA),
  // CSO (vocational training centre = QAP, in the order of the Kaçanik plan), OCD (civil-society
  // organisations = NGO), KP (Kosovo Police).
  'gjilan-reintegration-2019-2022': {
    'o1.i3': 'closures.sustainable',
    'o1.m1.1.i1': 'cases.vulnerable_returnee_families',
    'o1.m1.1.i2': 'visits.completed',
    'o1.m1.1.i3': 'forms.fvn',
    'o1.m1.1.i4': 'forms.anamnesis',
    'o1.m1.1.i5': 'forms.entered',
    'o1.m1.2.i1': 'plans.pir_drafted',
    'o1.m1.3.i1': 'managers.decisions',
    'o1.m1.3.i2': 'referrals.from_plan',
    'o1.m1.4.i1': 'monitoring.entries',
    'o1.m1.5.i1': 'closures.count',
    'o2.m2.8.i2': 'requests.social_housing_returnees',
    'o2.m2.8.i3': 'benefits.returnee_households_social_housing',
    'o2.m2.8.i4': 'benefits.households_rent_bonus',
    'o3.i3': 'institutions.connected',
    'o3.m3.1.i1': 'referrals.cases_to_municipal',
    'o3.m3.3.i1': 'referrals.persons_to_municipal',
    'o3.m3.3.i2': 'referrals.persons_to_civil_registry',
    // Printed "navedenih" (listed) for "upućenih" (referred), as in the other rows.
    'o3.m3.3.i3': 'referrals.persons_to_social_work',
    'o3.m3.3.i4': 'referrals.persons_to_employment',
    'o3.m3.3.i5': 'referrals.persons_to_education',
    'o3.m3.3.i6': 'referrals.persons_to_vocational_training',
    'o3.m3.3.i7': 'referrals.persons_to_ngo',
    'o3.m3.3.i8': 'referrals.persons_to_police',
    'o4.m4.1.i3': 'certificates.persons',
    'o4.m4.8.i1': 'benefits.returnees_employment',
    'o4.m4.9.i1': 'benefits.returnees_agricultural_grant',
    'o5.m5.5.i2': 'requests.house_scheme_to_kkr',
    'o6.m6.6.i4': 'benefits.persons_literacy',
    'o10.m10.1.i1': 'cases.registered',
    'o10.m10.1.i2': 'documents.uploaded',
    'o10.m10.1.i3': 'corrections.all',
  },
  // Pukë's social plan: the counts its words name, from social-care cases (core
  // definitions-care.ts). Left manual: "the phone line is working" and "children referred to
  // NJMF through the counselling line" (no definition says either as worded), and the rest of
  // the plan (structures, trainings, round-tables, consultations).
  'puke-social-plan-2021-2023': {
    'g1-2.1.i4': 'care.cases_referred',
    'g1-2.3.i4': 'care.dv_cases',
    'g1-2.3.i5': 'care.dv_victims_served',
    'g1-2.4.i4': 'care.children_served',
    'g1-3.4.i1': 'care.intersectoral',
    'g1-3.4.i2': 'care.served',
  },
};
