import { indicatorDefinitionSchema, type IndicatorDefinition } from './schema.js';
import { BENEFIT_DEFINITIONS } from './definitions-benefits.js';
import { CARE_DEFINITIONS } from './definitions-care.js';
import { REQUEST_DEFINITIONS } from './definitions-requests.js';
import { ASSESSMENT_DEFINITIONS } from './definitions-assessment.js';
import { CASE_PLAN_DEFINITIONS } from './definitions-case-plans.js';
import { CLOSURE_DEFINITIONS } from './definitions-closure.js';
import { REFERRAL_DEFINITIONS } from './definitions-referrals.js';
import { REGISTRATION_DEFINITIONS } from './definitions-registration.js';
import { SYSTEM_DEFINITIONS } from './definitions-system.js';

// The computed indicators shipped with Vatra. Each is data: a new indicator is a new entry in
// one of the definitions-*.ts files, by what it counts (or, later, in configuration), never new
// code. Every text says exactly what is counted, over what and in which period, so that a reader
// knows what "70%" means. The order below is the order users see them in.

/** The shipped definitions, validated once when the module loads. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  ...REGISTRATION_DEFINITIONS,
  ...ASSESSMENT_DEFINITIONS,
  ...CASE_PLAN_DEFINITIONS,
  ...REFERRAL_DEFINITIONS,
  ...CLOSURE_DEFINITIONS,
  ...SYSTEM_DEFINITIONS,
  ...REQUEST_DEFINITIONS,
  ...BENEFIT_DEFINITIONS,
  ...CARE_DEFINITIONS,
].map((definition) => indicatorDefinitionSchema.parse(definition));

const BY_KEY = new Map(INDICATOR_DEFINITIONS.map((definition) => [definition.key, definition]));

export function findIndicatorDefinition(key: string): IndicatorDefinition | undefined {
  return BY_KEY.get(key);
}
