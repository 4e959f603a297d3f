import type { StaffingLine } from '../api/needs-analysis.js';
import type { LocalizedText } from '../config/schema.js';
import type { NeedsConfig, StaffRounding, StaffingNorm } from './config.js';

// Staffing norms against the staff a municipality has. A norm of one post per perFrom–perTo of
// its basis gives a range: the basis divided by the larger ratio (fewest posts) up to the basis
// divided by the smaller one (most posts), each rounded as the norm says (a started block of
// inhabitants needs a whole post: "up"). A norm per administrative unit is also checked unit by
// unit against the staff counted there.

export interface StaffRow {
  unit: string | null;
  role: string;
  count: number;
}

export interface StaffingInput {
  inhabitants: number;
  children: number;
  /** The municipality's administrative units (code and name), from the jurisdictions. */
  units: { code: string; name: LocalizedText }[];
  staff: readonly StaffRow[];
}

function rounded(value: number, rounding: StaffRounding): number {
  // Ratios of integers: strip float noise before rounding (3 / 3 * … must stay 1, not 1.0000001).
  const clean = Math.round(value * 1e9) / 1e9;
  if (rounding === 'up') return Math.ceil(clean);
  if (rounding === 'down') return Math.floor(clean);
  return Math.round(clean);
}

export function requiredStaff(norm: Pick<StaffingNorm, 'perFrom' | 'perTo' | 'rounding'>, basis: number) {
  return {
    min: rounded(basis / norm.perTo, norm.rounding),
    max: rounded(basis / norm.perFrom, norm.rounding),
  };
}

function judge(required: { min: number; max: number }, actual: number) {
  return {
    gap: { min: required.min - actual, max: required.max - actual },
    status:
      actual < required.min
        ? ('short' as const)
        : actual > required.max
          ? ('over' as const)
          : ('within' as const),
  };
}

export function staffingLines(
  config: Pick<NeedsConfig, 'norms' | 'roles'>,
  input: StaffingInput,
): StaffingLine[] {
  const roleName = (code: string): LocalizedText =>
    config.roles.find((role) => role.code === code)?.name ?? { sq: code, sr: code, en: code };
  return config.norms.map((norm) => {
    const basisValue =
      norm.basis === 'inhabitants'
        ? input.inhabitants
        : norm.basis === 'children'
          ? input.children
          : input.units.length;
    const required = requiredStaff(norm, basisValue);
    const ofRole = input.staff.filter((row) => row.role === norm.role);
    const actual = ofRole.reduce((sum, row) => sum + row.count, 0);
    const units =
      norm.basis === 'units'
        ? input.units.map((unit) => {
            const unitRequired = requiredStaff(norm, 1);
            const unitActual = ofRole
              .filter((row) => row.unit === unit.code)
              .reduce((sum, row) => sum + row.count, 0);
            return {
              unit: unit.code,
              name: unit.name,
              required: unitRequired,
              actual: unitActual,
              ...judge(unitRequired, unitActual),
            };
          })
        : [];
    return {
      norm: norm.code,
      name: norm.name,
      role: norm.role,
      roleName: roleName(norm.role),
      basis: norm.basis,
      basisValue,
      perFrom: norm.perFrom,
      perTo: norm.perTo,
      legalBasis: norm.legalBasis,
      required,
      actual,
      ...judge(required, actual),
      units,
    };
  });
}
