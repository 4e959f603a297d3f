// The target groups of a needs analysis and the administrative measures that describe them.
// Each measure says what it counts for coverage: the people or families in need, those served,
// or neither (a figure shown as it is). Coverage = served / in need, only where the data of a
// year gives both; the gap is in need − served. Labels are in the web catalog
// (web.needsAnalysis.groups.* and web.needsAnalysis.measures.*).

export const TARGET_GROUPS = [
  'population',
  'economic_assistance',
  'disability',
  'job_seekers',
  'children',
  'domestic_violence',
  'elderly',
  'housing',
  'families',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export type MeasureRole = 'in_need' | 'served' | 'other';

export interface MeasureDefinition {
  group: TargetGroup;
  role: MeasureRole;
}

export const MEASURES = {
  households: { group: 'population', role: 'other' },
  ea_applicant_families: { group: 'economic_assistance', role: 'in_need' },
  ea_beneficiary_families: { group: 'economic_assistance', role: 'served' },
  ea_beneficiary_individuals: { group: 'economic_assistance', role: 'other' },
  ea_poor_families_outside: { group: 'economic_assistance', role: 'other' },
  disability_payment_recipients: { group: 'disability', role: 'other' },
  disability_with_carer: { group: 'disability', role: 'other' },
  disability_children: { group: 'disability', role: 'other' },
  job_seekers_registered: { group: 'job_seekers', role: 'in_need' },
  job_seekers_placed: { group: 'job_seekers', role: 'served' },
  children_in_need: { group: 'children', role: 'other' },
  children_in_ea_families: { group: 'children', role: 'other' },
  children_without_parental_care: { group: 'children', role: 'other' },
  dv_protection_orders: { group: 'domestic_violence', role: 'other' },
  elderly_in_need: { group: 'elderly', role: 'other' },
  housing_applications: { group: 'housing', role: 'in_need' },
  housing_units: { group: 'housing', role: 'served' },
  divorces: { group: 'families', role: 'other' },
} as const satisfies Record<string, MeasureDefinition>;

export type MeasureCode = keyof typeof MEASURES;
export const MEASURE_CODES = Object.keys(MEASURES) as MeasureCode[];

export function isMeasure(code: string): code is MeasureCode {
  return Object.prototype.hasOwnProperty.call(MEASURES, code);
}

/** Genders of population rows; "all" is a figure not broken down by gender. */
export const NEEDS_GENDERS = ['female', 'male', 'all'] as const;
export type NeedsGender = (typeof NEEDS_GENDERS)[number];

/** The age band of a row that states a total over all bands (the source's "Population" column). */
export const TOTAL_BAND = 'total';

/** Kinds of needs-analysis import, each with its own file layout. */
export const NEEDS_IMPORT_KINDS = ['population', 'administrative', 'staff'] as const;
export type NeedsImportKind = (typeof NEEDS_IMPORT_KINDS)[number];

/** The columns of each kind's file, in order; the header row names them exactly so. */
export const NEEDS_COLUMNS = {
  population: ['unit', 'year', 'gender', 'age_band', 'count', 'source'],
  administrative: ['unit', 'year', 'measure', 'value', 'source'],
  staff: ['unit', 'year', 'role', 'count', 'source'],
} as const satisfies Record<NeedsImportKind, readonly string[]>;

/** Columns a file may leave out (empty when missing). */
export const OPTIONAL_NEEDS_COLUMNS: ReadonlySet<string> = new Set(['source']);
