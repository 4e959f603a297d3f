import type { PersonInput } from '@vatra/core';
import { FOREIGN_ORIGINS, POOLS, SETTLEMENTS, STREETS, type Origin } from './names.js';
import { between, pick, random, type CaseSpec } from './plan.js';

// One invented household per case: names from the family's community, ages that make sense
// (children of school age, children under 16 and adults over 20 today, so they count the same
// on the day of any form of the last two years), and the papers they came with.

export interface DemoMember {
  input: PersonInput;
  /** Age in whole years today. */
  age: number;
}

export interface DemoFamily {
  settlement: string;
  addressLine: string | null;
  members: DemoMember[];
  /** The language the FVN interview was held in. */
  interviewLanguage: string;
}

const DAY = 86_400_000;

function birthDate(rand: () => number, today: Date, age: number): string {
  const born = new Date(today.getTime() - (age + rand() * 0.9 + 0.05) * 365.25 * DAY);
  return born.toISOString().slice(0, 10);
}

function lastNames(origin: Origin, spec: CaseSpec): readonly string[] {
  const pool = POOLS[origin].last;
  return [...(pool[spec.municipality] ?? []), ...pool.any];
}

function settlementOf(rand: () => number, spec: CaseSpec): string {
  const places = SETTLEMENTS[spec.municipality];
  const own = FOREIGN_ORIGINS.has(spec.origin) ? places.foreign : places[spec.origin];
  return pick(rand, own ?? places.default ?? ['Qendër']);
}

/** The household of a case: members in order head, spouse, children, grandparent. */
export function demoFamily(spec: CaseSpec, today: Date, arrival: string): DemoFamily {
  const rand = random(spec.seed);
  const pool = POOLS[spec.origin];
  const foreign = FOREIGN_ORIGINS.has(spec.origin);
  const lastName = pick(rand, lastNames(spec.origin, spec));
  const fatherName = () => pick(rand, pool.male);
  const country = foreign ? undefined : pick(rand, pool.returnedFrom);
  const category: PersonInput['category'] = foreign
    ? spec.origin === 'turkish_national'
      ? 'foreigner_residence'
      : 'foreigner_protection'
    : spec.size === 1 && rand() < 0.25
      ? 'returned_from_prison'
      : rand() < 0.7
        ? 'returnee_forced'
        : 'returnee_voluntary';
  const common = {
    lastName,
    category,
    community: pool.community,
    languages: [...pool.languages],
    ...(foreign ? { statusGrantDate: arrival } : { arrivalDate: arrival, countryReturnedFrom: country }),
  };
  const papers = (adult: boolean): PersonInput['identityDocuments'] =>
    foreign
      ? [
          { type: 'residence_permit', held: true },
          { type: 'passport', held: rand() < 0.4 },
        ]
      : adult
        ? [
            { type: 'passport', held: rand() < 0.8 },
            { type: 'id_card', held: rand() < 0.5 },
          ]
        : [{ type: 'birth_certificate', held: rand() < 0.6 }];

  const members: DemoMember[] = [];
  const single = spec.size === 1;
  // Domestic violence: the mother heads the household with her children.
  const motherHeads = spec.sensitive || (!single && rand() < 0.12);
  const headAge = Math.round(single ? between(rand, 24, 68) : between(rand, 28, 52));
  const headGender = motherHeads || (single && rand() < 0.2) ? 'female' : 'male';
  members.push({
    age: headAge,
    input: {
      ...common,
      firstName: pick(rand, headGender === 'female' ? pool.female : pool.male),
      fatherName: fatherName(),
      gender: headGender,
      dateOfBirth: birthDate(rand, today, headAge),
      relationToHead: 'head',
      identityDocuments: papers(true),
      vulnerability: spec.sensitive
        ? ['victim_of_violence', 'single_parent']
        : motherHeads
          ? ['single_parent']
          : category === 'returned_from_prison' || rand() < 0.3
            ? ['no_income']
            : [],
      sensitivity: spec.sensitive ? 'sensitive' : 'normal',
    },
  });
  let children = spec.size - 1;
  if (!motherHeads && spec.size >= 2) {
    const age = Math.max(22, Math.round(headAge - between(rand, 0, 6)));
    members.push({
      age,
      input: {
        ...common,
        firstName: pick(rand, pool.female),
        fatherName: fatherName(),
        gender: 'female',
        dateOfBirth: birthDate(rand, today, age),
        relationToHead: 'spouse',
        identityDocuments: papers(true),
      },
    });
    children--;
  }
  let grandparent = false;
  if (spec.size >= 6) {
    grandparent = true;
    children--;
  }
  const used = new Set<string>();
  for (let i = 0; i < children; i++) {
    const age = Math.min(15, Math.max(3, Math.round(between(rand, 3, 15.9) - i * 0.5)));
    const gender = rand() < 0.5 ? 'male' : 'female';
    let firstName = pick(rand, gender === 'male' ? pool.boys : pool.girls);
    for (let tries = 0; used.has(firstName) && tries < 10; tries++)
      firstName = pick(rand, gender === 'male' ? pool.boys : pool.girls);
    used.add(firstName);
    members.push({
      age,
      input: {
        ...common,
        firstName,
        fatherName: members[0]?.input.gender === 'male' ? members[0].input.firstName : fatherName(),
        gender,
        dateOfBirth: birthDate(rand, today, age),
        relationToHead: 'child',
        identityDocuments: papers(false),
        ...(spec.sensitive ? { sensitivity: 'sensitive' as const } : {}),
      },
    });
  }
  if (grandparent) {
    const age = Math.round(between(rand, 66, 82));
    members.push({
      age,
      input: {
        ...common,
        firstName: pick(rand, rand() < 0.5 ? pool.male : pool.female),
        fatherName: fatherName(),
        gender: 'male',
        dateOfBirth: birthDate(rand, today, age),
        relationToHead: 'parent',
        identityDocuments: papers(true),
        vulnerability: ['chronic_illness'],
      },
    });
    // The grandparent's name above was drawn from either pool; keep gender consistent with it.
    const last = members[members.length - 1];
    if (last && pool.female.includes(last.input.firstName)) last.input.gender = 'female';
  }
  const settlement = settlementOf(rand, spec);
  const town = ['Kaçanik', 'Pejë', 'Gjilan'].includes(settlement);
  return {
    settlement,
    addressLine: town
      ? `${pick(rand, STREETS[spec.municipality])} ${Math.floor(between(rand, 1, 140))}`
      : null,
    members,
    interviewLanguage: pool.interviewLanguage,
  };
}
