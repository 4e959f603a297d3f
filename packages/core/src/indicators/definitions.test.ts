import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS, findIndicatorDefinition } from './definitions.js';
import { describeIndicator, indicatorPercent, indicatorRatio, indicatorSummary } from './describe.js';
import {
  indicatorDefinitionProblems,
  indicatorDefinitionSchema,
  type IndicatorDefinition,
} from './schema.js';
import { INDICATOR_SOURCES } from './sources.js';

const base = INDICATOR_DEFINITIONS.find(
  (definition) => definition.key === 'cases.visited_72h',
) as IndicatorDefinition;

describe('the shipped indicator definitions', () => {
  it('are at least sixteen, with unique keys', () => {
    expect(INDICATOR_DEFINITIONS.length).toBeGreaterThanOrEqual(16);
    const keys = INDICATOR_DEFINITIONS.map((definition) => definition.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are every one valid against the vocabulary (fields, values, numerator within denominator)', () => {
    for (const definition of INDICATOR_DEFINITIONS)
      expect(indicatorDefinitionProblems(definition)).toEqual([]);
  });

  it('have a numerator whose conditions include every condition of the denominator', () => {
    for (const definition of INDICATOR_DEFINITIONS) {
      const { numerator, denominator } = definition;
      if (!denominator) continue;
      expect(numerator.source, definition.key).toBe(denominator.source);
      for (const condition of denominator.where)
        expect(numerator.where, definition.key).toContainEqual(condition);
      expect(numerator.distinct, definition.key).toBe(denominator.distinct);
    }
  });

  it('say what they count in sq, sr and en, with no text left empty or untranslated', () => {
    for (const definition of INDICATOR_DEFINITIONS) {
      for (const text of [definition.title, definition.definition, definition.numerator.label]) {
        for (const language of ['sq', 'sr', 'en'] as const)
          expect(text[language].trim(), definition.key).not.toBe('');
        expect(text.sq, definition.key).not.toBe(text.en);
        expect(text.sr, definition.key).not.toBe(text.en);
      }
      if (definition.unit === 'percent')
        expect(definition.definition.en, definition.key).toMatch(/^Share of/);
    }
  });

  it('cover the plans: 72-hour visits, FVN, plans, managers, referrals by destination, closure, monitoring, documents, institutions', () => {
    for (const key of [
      'cases.vulnerable_visited_72h',
      'forms.fvn',
      'cases.plan_approved',
      'cases.plan_document_uploaded',
      'cases.manager_appointed',
      'referrals.persons_to_education',
      'referrals.persons_to_employment',
      'referrals.persons_to_civil_registry',
      'referrals.persons_to_health',
      'referrals.persons_to_social_work',
      'referrals.answered_within_14_days',
      'closures.sustainable',
      'closures.re_emigrated',
      'monitoring.last_month',
      'monitoring.received_nothing',
      'certificates.persons',
      'documents.corrected',
      'institutions.connected',
    ])
      expect(findIndicatorDefinition(key), key).toBeDefined();
    expect(findIndicatorDefinition('no.such')).toBeUndefined();
  });
});

describe('indicatorDefinitionProblems', () => {
  it('names an unknown field, a value outside the field, a flag used as a value and a bad distinct', () => {
    const bad = indicatorDefinitionSchema.parse({
      ...base,
      numerator: {
        ...base.numerator,
        where: [
          { field: 'colour', op: 'is', value: true },
          { field: 'kind', op: 'eq', value: 'tourist' },
          { field: 'vulnerable', op: 'eq', value: 'yes' },
        ],
        distinct: 'kind',
      },
      denominator: null,
    });
    expect(indicatorDefinitionProblems(bad)).toEqual([
      'cases.visited_72h: numerator.distinct: "kind" is not an id field of cases',
      'cases.visited_72h: numerator: cases has no field "colour"',
      'cases.visited_72h: numerator: "tourist" is not a value of kind',
      'cases.visited_72h: numerator: "vulnerable" takes no values',
      'cases.visited_72h: a percent needs a denominator',
    ]);
  });

  it('refuses a numerator that is not a subset of its denominator, or counts another source', () => {
    const wider = indicatorDefinitionSchema.parse({
      ...base,
      numerator: { ...base.numerator, where: [] },
      denominator: { ...base.numerator, where: [{ field: 'vulnerable', op: 'is', value: true }] },
    });
    expect(indicatorDefinitionProblems(wider)).toEqual([
      'cases.visited_72h: numerator lacks the denominator\'s condition on "vulnerable"',
    ]);
    const other = indicatorDefinitionSchema.parse({
      ...base,
      denominator: { label: base.numerator.label, source: 'closures', where: [] },
    });
    expect(indicatorDefinitionProblems(other)).toContain(
      'cases.visited_72h: numerator and denominator count different sources',
    );
  });
});

describe('describeIndicator', () => {
  it('gives the title, the sentence, both sides and the period in the reader’s language', () => {
    expect(describeIndicator(base, 'en')).toEqual({
      key: 'cases.visited_72h',
      unit: 'percent',
      title: 'Families visited within 72 hours',
      definition:
        'Share of the families returned (or granted status) in the period that the team visited within 72 hours of return.',
      numerator: 'families visited within 72 hours',
      denominator: 'families returned or granted status',
      period: INDICATOR_SOURCES.cases.period.en,
    });
    expect(describeIndicator(base, 'sq').title).toBe('Familje të vizituara brenda 72 orëve');
    expect(describeIndicator(base, 'sr-Cyrl').title).toBe('Породице посећене у року од 72 сата');
    const count = findIndicatorDefinition('forms.fvn') as IndicatorDefinition;
    expect(describeIndicator(count, 'sr').denominator).toBeNull();
    expect(indicatorSummary(count)).toMatchObject({ key: 'forms.fvn', unit: 'count', denominator: null });
  });

  it('rounds percentages to one decimal and shows the ratio behind them', () => {
    expect(indicatorPercent(2, 3)).toBe(66.7);
    expect(indicatorPercent(0, 0)).toBeNull();
    expect(indicatorRatio({ numerator: 2, denominator: 3, value: 66.7 }, 'percent')).toBe('2 / 3 = 66.7%');
    expect(indicatorRatio({ numerator: 5, denominator: null, value: 5 }, 'count')).toBe('5');
  });
});
