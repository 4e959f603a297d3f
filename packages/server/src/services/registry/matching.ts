import { partScore, phoneticKey } from '@vatra/core';

// How much a registered person looks like the one about to be registered. Pure: the duplicate
// check and the registration refusal use the same judgement.

export interface Wanted {
  firstName: string;
  lastName: string;
  dateOfBirth?: string | null | undefined;
  personalNumber?: string | null | undefined;
}

export interface Existing {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  birthYearOnly: boolean;
  personalNumber: string | null;
}

/** Candidates scoring below this are not shown. */
export const DUPLICATE_THRESHOLD = 0.5;

export function duplicateMatch(wanted: Wanted, existing: Existing): { score: number; strong: boolean } {
  if (wanted.personalNumber && wanted.personalNumber === existing.personalNumber) {
    return { score: 1, strong: true };
  }
  const straight = bothParts(
    partScore(wanted.firstName, existing.firstName),
    partScore(wanted.lastName, existing.lastName),
  );
  const swapped =
    0.9 *
    bothParts(partScore(wanted.firstName, existing.lastName), partScore(wanted.lastName, existing.firstName));
  const name = Math.max(straight, swapped);
  if (name === 0) return { score: 0, strong: false };
  const soundsSame =
    (phoneticKey(wanted.firstName) === phoneticKey(existing.firstName) &&
      phoneticKey(wanted.lastName) === phoneticKey(existing.lastName)) ||
    (phoneticKey(wanted.firstName) === phoneticKey(existing.lastName) &&
      phoneticKey(wanted.lastName) === phoneticKey(existing.firstName));
  const birth = compareBirth(wanted.dateOfBirth ?? null, existing);
  switch (birth) {
    case 'same':
      return { score: round(0.6 + 0.4 * name), strong: soundsSame };
    case 'year_only':
      // Only the year is on record: alike, but not enough to be sure.
      return { score: round(0.5 + 0.4 * name), strong: false };
    case 'same_year':
      return { score: round(0.85 * name), strong: false };
    case 'different':
      // Two different known dates of birth: most likely two people of the same name.
      return { score: round(0.5 * name), strong: false };
    case 'unknown':
      return { score: round(0.8 * name), strong: false };
  }
}

function bothParts(first: number, last: number): number {
  return first > 0 && last > 0 ? (first + last) / 2 : 0;
}

function compareBirth(
  wanted: string | null,
  existing: Existing,
): 'same' | 'year_only' | 'same_year' | 'different' | 'unknown' {
  if (!wanted || !existing.dateOfBirth) return 'unknown';
  const sameYear = wanted.slice(0, 4) === existing.dateOfBirth.slice(0, 4);
  if (existing.birthYearOnly) return sameYear ? 'year_only' : 'different';
  if (wanted === existing.dateOfBirth) return 'same';
  if (sameYear) return 'same_year';
  return 'different';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
