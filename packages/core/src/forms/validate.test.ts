import { describe, expect, it } from 'vitest';
import { evaluateCondition, isFieldRequired, lookupIn } from './conditions.js';
import { formDefinitionSchema } from './definition.js';
import {
  extractNeeds,
  isIsoDate,
  validateSubmission,
  type FormProblem,
  type FormValidation,
} from './validate.js';

const t = (en: string) => ({ sq: `${en} (sq)`, sr: `${en} (sr)`, en });

const definition = formDefinitionSchema.parse({
  key: 'test',
  version: 1,
  country: 'XK',
  title: t('Test'),
  sections: [
    {
      key: 'housing',
      title: t('Housing'),
      fields: [
        {
          key: 'status',
          type: 'single_choice',
          label: t('Status'),
          required: true,
          options: [
            { key: 'own', label: t('Own') },
            { key: 'rented', label: t('Rented') },
            { key: 'none', label: t('None') },
          ],
        },
        {
          key: 'rent',
          type: 'number',
          label: t('Rent'),
          min: 0,
          max: 5000,
          required: true,
          visibleWhen: { field: 'housing.status', equals: 'rented' },
        },
        {
          key: 'rooms',
          type: 'number',
          label: t('Rooms'),
          integer: true,
          min: 1,
          max: 20,
          visibleWhen: { not: { field: 'housing.status', equals: 'none' } },
        },
        {
          key: 'repairs',
          type: 'multiple_choice',
          label: t('Repairs'),
          options: [
            { key: 'roof', label: t('Roof') },
            { key: 'walls', label: t('Walls') },
          ],
        },
        {
          key: 'repair_note',
          type: 'textarea',
          label: t('Repair note'),
          maxLength: 20,
          required: {
            any: [
              { field: 'housing.repairs', equals: 'roof' },
              { field: 'housing.rooms', in: [1, 2] },
            ],
          },
        },
        { key: 'need', type: 'need', label: t('Housing need'), domain: 'housing' },
      ],
    },
    {
      key: 'members',
      title: t('Members'),
      repeat: { over: 'household_members' },
      fields: [
        { key: 'id_card', type: 'boolean', label: t('ID card'), required: true },
        {
          key: 'missing',
          type: 'text',
          label: t('Missing'),
          minLength: 3,
          maxLength: 40,
          required: {
            all: [
              { field: 'members.id_card', equals: false },
              { field: 'housing.status', in: ['own', 'rented'] },
            ],
          },
          visibleWhen: { field: 'members.id_card', equals: false },
        },
        { key: 'born', type: 'date', label: t('Born') },
        { key: 'need', type: 'need', label: t('Documents need'), domain: 'documents' },
      ],
    },
    {
      key: 'summary',
      title: t('Summary'),
      fields: [{ key: 'other', type: 'need', label: t('Other need') }],
    },
  ],
});

const members = { household_members: ['p1', 'p2'] };

function problems(result: FormValidation): FormProblem[] {
  return result.ok ? [] : result.problems;
}

function valid(submission: unknown) {
  const result = validateSubmission(definition, submission, { members });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

const good = {
  housing: {
    status: 'rented',
    rent: 120,
    rooms: 3,
    need: { needed: true, priority: 'high', note: '  Rent ends in May  ' },
  },
  members: [
    { member: 'p1', id_card: true, need: { needed: false } },
    {
      member: 'p2',
      id_card: false,
      missing: 'ID card',
      born: '2016-02-29',
      need: { needed: true, priority: 'medium' },
    },
  ],
  summary: { other: { needed: true, domain: 'legal', priority: 'low' } },
};

describe('validateSubmission', () => {
  it('returns cleaned data for a valid submission', () => {
    const data = valid(good);
    expect(data.housing).toEqual({
      status: 'rented',
      rent: 120,
      rooms: 3,
      need: { needed: true, domain: 'housing', priority: 'high', note: 'Rent ends in May' },
    });
    expect(data.members).toEqual([
      { member: 'p1', id_card: true, need: { needed: false } },
      {
        member: 'p2',
        id_card: false,
        missing: 'ID card',
        born: '2016-02-29',
        need: { needed: true, domain: 'documents', priority: 'medium' },
      },
    ]);
  });

  it('refuses a value in a hidden field, and accepts it once the field is shown', () => {
    const hidden = { ...good, housing: { ...good.housing, status: 'own' } };
    expect(problems(validateSubmission(definition, hidden, { members }))).toEqual([
      { path: 'housing.rent', key: 'server.fields.invalid', values: { reason: 'hidden' } },
    ]);
    const chain = { ...good, housing: { status: 'none', rooms: 2 } };
    expect(problems(validateSubmission(definition, chain, { members }))).toContainEqual({
      path: 'housing.rooms',
      key: 'server.fields.invalid',
      values: { reason: 'hidden' },
    });
  });

  it('requires a field when it is shown, and when its condition holds', () => {
    const noRent = { ...good, housing: { status: 'rented', rooms: 3 } };
    expect(problems(validateSubmission(definition, noRent, { members }))).toEqual([
      { path: 'housing.rent', key: 'server.fields.required' },
    ]);
    const roof = { ...good, housing: { status: 'own', rooms: 4, repairs: ['roof'] } };
    expect(problems(validateSubmission(definition, roof, { members }))).toEqual([
      { path: 'housing.repair_note', key: 'server.fields.required' },
    ]);
    const fewRooms = { ...good, housing: { status: 'own', rooms: 2 } };
    expect(problems(validateSubmission(definition, fewRooms, { members }))).toEqual([
      { path: 'housing.repair_note', key: 'server.fields.required' },
    ]);
    expect(valid({ ...good, housing: { status: 'own', rooms: 4, repairs: ['walls'] } }).housing).toEqual({
      status: 'own',
      rooms: 4,
      repairs: ['walls'],
    });
  });

  it('treats blank text, null and empty lists as unanswered', () => {
    const blank = { ...good, housing: { status: 'own', rooms: null, repairs: [], repair_note: '   ' } };
    expect(valid(blank).housing).toEqual({ status: 'own' });
    expect(
      problems(validateSubmission(definition, { housing: { status: '  ' } }, { members })),
    ).toContainEqual({
      path: 'housing.status',
      key: 'server.fields.required',
    });
  });

  it('validates repeated sections item by item, with conditions inside the item', () => {
    const result = validateSubmission(
      definition,
      {
        ...good,
        members: [
          { member: 'p1', id_card: false },
          { member: 'p2', id_card: true, missing: 'passport', born: '2015-02-29' },
        ],
      },
      { members },
    );
    expect(problems(result)).toEqual([
      { path: 'members.0.missing', key: 'server.fields.required' },
      { path: 'members.1.missing', key: 'server.fields.invalid', values: { reason: 'hidden' } },
      { path: 'members.1.born', key: 'server.fields.invalidDate' },
    ]);
  });

  it('checks the members of a repeated section against the household', () => {
    const result = validateSubmission(
      definition,
      {
        ...good,
        members: [
          { member: 'p1', id_card: true },
          { member: 'p1', id_card: true },
          { member: 'stranger', id_card: true },
          { id_card: true },
        ],
      },
      { members },
    );
    expect(problems(result)).toEqual([
      { path: 'members.1.member', key: 'server.fields.invalid' },
      { path: 'members.2.member', key: 'server.fields.invalidOption' },
      { path: 'members.3.member', key: 'server.fields.required' },
      { path: 'members', key: 'server.fields.required', values: { member: 'p2' } },
    ]);
    expect(problems(validateSubmission(definition, { ...good, members: { p1: {} } }))).toEqual([
      { path: 'members', key: 'server.fields.invalid' },
    ]);
    // Without the household, any member id is accepted once.
    expect(validateSubmission(definition, { ...good, members: [{ member: 'x', id_card: true }] }).ok).toBe(
      true,
    );
  });

  it('refuses unknown sections and fields', () => {
    const result = validateSubmission(
      definition,
      {
        ...good,
        extra: {},
        housing: { ...good.housing, garden: true },
        members: [{ ...good.members[0], shoe: 42 }, good.members[1]],
      },
      { members },
    );
    expect(problems(result)).toEqual([
      { path: 'extra', key: 'server.fields.unknownField' },
      { path: 'housing.garden', key: 'server.fields.unknownField' },
      { path: 'members.0.shoe', key: 'server.fields.unknownField' },
    ]);
    expect(problems(validateSubmission(definition, [1, 2]))).toEqual([
      { path: '_', key: 'server.fields.invalid' },
    ]);
  });

  it('checks number bounds, integers and numbers', () => {
    const check = (housing: Record<string, unknown>) =>
      problems(
        validateSubmission(definition, { ...good, housing: { status: 'rented', ...housing } }, { members }),
      );
    expect(check({ rent: 5001 })).toEqual([
      { path: 'housing.rent', key: 'server.fields.tooBig', values: { max: 5000 } },
    ]);
    expect(check({ rent: -1 })).toEqual([
      { path: 'housing.rent', key: 'server.fields.tooSmall', values: { min: 0 } },
    ]);
    expect(check({ rent: 'lots' })).toEqual([{ path: 'housing.rent', key: 'server.fields.notNumber' }]);
    expect(check({ rent: 10, rooms: 2.5 })).toEqual([
      { path: 'housing.rooms', key: 'server.fields.invalidFormat' },
    ]);
    expect(check({ rent: 10, rooms: 0 })).toEqual([
      { path: 'housing.rooms', key: 'server.fields.tooSmall', values: { min: 1 } },
    ]);
    expect(valid({ ...good, housing: { status: 'rented', rent: '99.5', rooms: 3 } }).housing).toMatchObject({
      rent: 99.5,
    });
  });

  it('checks choice options', () => {
    const check = (housing: Record<string, unknown>) =>
      problems(validateSubmission(definition, { ...good, housing: { rooms: 3, ...housing } }, { members }));
    expect(check({ status: 'castle' })).toEqual([
      { path: 'housing.status', key: 'server.fields.invalidOption' },
    ]);
    expect(check({ status: 'own', repairs: ['roof', 'moat'] })).toEqual([
      { path: 'housing.repairs', key: 'server.fields.invalidOption' },
    ]);
    expect(check({ status: 'own', repairs: 'walls' })).toEqual([
      { path: 'housing.repairs', key: 'server.fields.invalid' },
    ]);
    expect(check({ status: 'own', repairs: ['walls', 'walls'] })).toEqual([
      { path: 'housing.repairs', key: 'server.fields.invalid' },
    ]);
    // Chosen options come back in the order of the definition.
    expect(
      valid({ ...good, housing: { status: 'own', rooms: 3, repairs: ['walls', 'roof'], repair_note: 'x' } })
        .housing,
    ).toMatchObject({ repairs: ['roof', 'walls'] });
  });

  it('checks text length and cleans text', () => {
    const member = (missing: unknown) => ({
      ...good,
      members: [good.members[0], { member: 'p2', id_card: false, missing }],
    });
    expect(problems(validateSubmission(definition, member('ab'), { members }))).toEqual([
      { path: 'members.1.missing', key: 'server.fields.tooShort', values: { min: 3 } },
    ]);
    expect(problems(validateSubmission(definition, member('x'.repeat(41)), { members }))).toEqual([
      { path: 'members.1.missing', key: 'server.fields.tooLong', values: { max: 40 } },
    ]);
    expect(problems(validateSubmission(definition, member(12), { members }))).toEqual([
      { path: 'members.1.missing', key: 'server.fields.invalid' },
    ]);
    const cleaned = valid(member('  Letërnjoftimi\n  i  ri '));
    expect((cleaned.members as Array<Record<string, unknown>>)[1]?.missing).toBe('Letërnjoftimi i ri');
    const decomposed = 'Lete\u0308rnjoftimi';
    expect((valid(member(decomposed)).members as Array<Record<string, unknown>>)[1]?.missing).toBe(
      'Letërnjoftimi',
    );
  });

  it('checks needs: domain, priority and note', () => {
    const check = (other: unknown) =>
      problems(validateSubmission(definition, { ...good, summary: { other } }, { members }));
    expect(check({ needed: true, priority: 'high' })).toEqual([
      { path: 'summary.other.domain', key: 'server.fields.required' },
    ]);
    expect(check({ needed: true, domain: 'space', priority: 'urgent' })).toEqual([
      { path: 'summary.other.domain', key: 'server.fields.invalidOption' },
      { path: 'summary.other.priority', key: 'server.fields.invalidOption' },
    ]);
    expect(check({ priority: 'high' })).toEqual([
      { path: 'summary.other.needed', key: 'server.fields.required' },
    ]);
    expect(check({ needed: false, priority: 'high', colour: 'red' })).toEqual([
      { path: 'summary.other.colour', key: 'server.fields.unknownField' },
      { path: 'summary.other.priority', key: 'server.fields.invalid' },
    ]);
    expect(check({ needed: true, domain: 'legal', priority: 'low', note: 'n'.repeat(2001) })).toEqual([
      { path: 'summary.other.note', key: 'server.fields.tooLong', values: { max: 2000 } },
    ]);
    // A fixed domain may be left out or repeated, never changed.
    const housing = (need: unknown) =>
      problems(
        validateSubmission(definition, { ...good, housing: { status: 'own', rooms: 3, need } }, { members }),
      );
    expect(housing({ needed: true, domain: 'housing', priority: 'low' })).toEqual([]);
    expect(housing({ needed: true, domain: 'health', priority: 'low' })).toEqual([
      { path: 'housing.need.domain', key: 'server.fields.invalidOption' },
    ]);
  });
});

describe('extractNeeds', () => {
  it('lists the needs with domain, priority, note, path and member', () => {
    expect(extractNeeds(definition, valid(good))).toEqual([
      {
        domain: 'housing',
        priority: 'high',
        note: 'Rent ends in May',
        path: 'housing.need',
        section: 'housing',
        field: 'need',
      },
      {
        domain: 'documents',
        priority: 'medium',
        path: 'members.1.need',
        section: 'members',
        field: 'need',
        member: 'p2',
      },
      { domain: 'legal', priority: 'low', path: 'summary.other', section: 'summary', field: 'other' },
    ]);
  });

  it('returns nothing when no need was marked', () => {
    const data = valid({
      housing: { status: 'own', rooms: 5 },
      members: [
        { member: 'p1', id_card: true },
        { member: 'p2', id_card: true },
      ],
    });
    expect(extractNeeds(definition, data)).toEqual([]);
  });
});

describe('conditions', () => {
  const lookup = lookupIn({ a: { x: 'one', list: ['p', 'q'], flag: false } });
  it('evaluates equals, in, all, any and not, with multiple choices and missing answers', () => {
    expect(evaluateCondition({ field: 'a.x', equals: 'one' }, lookup)).toBe(true);
    expect(evaluateCondition({ field: 'a.list', equals: 'q' }, lookup)).toBe(true);
    expect(evaluateCondition({ field: 'a.list', in: ['r', 'p'] }, lookup)).toBe(true);
    expect(evaluateCondition({ field: 'a.flag', equals: false }, lookup)).toBe(true);
    expect(evaluateCondition({ field: 'a.missing', equals: false }, lookup)).toBe(false);
    expect(evaluateCondition({ field: 'b.x', equals: 'one' }, lookup)).toBe(false);
    expect(
      evaluateCondition(
        { all: [{ field: 'a.x', equals: 'one' }, { not: { field: 'a.list', equals: 'z' } }] },
        lookup,
      ),
    ).toBe(true);
    expect(
      evaluateCondition(
        {
          any: [
            { field: 'a.x', equals: 'two' },
            { field: 'a.flag', equals: true },
          ],
        },
        lookup,
      ),
    ).toBe(false);
  });

  it('says a hidden field is never required', () => {
    const field = { required: true, visibleWhen: { field: 'a.x', equals: 'two' } };
    expect(isFieldRequired(field, lookup)).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
  });
});
