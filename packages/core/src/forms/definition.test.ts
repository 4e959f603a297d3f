import { describe, expect, it } from 'vitest';
import { formDefinitionSchema } from './definition.js';
import { FormDefinitionError, findFormDefinition, loadFormDefinitions } from './load.js';

const t = (en: string) => ({ sq: `${en} (sq)`, sr: `${en} (sr)`, en });

/** A small valid definition; tests change one thing in a copy. */
function sample(): Record<string, unknown> & { sections: Array<Record<string, unknown>> } {
  return {
    key: 'sample',
    version: 1,
    country: 'XK',
    title: t('Sample'),
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
            ],
          },
          {
            key: 'rent',
            type: 'number',
            label: t('Rent'),
            visibleWhen: { field: 'housing.status', equals: 'rented' },
          },
        ],
      },
    ],
  };
}

const fields = (def: ReturnType<typeof sample>, s = 0) =>
  def.sections[s]!.fields as Array<Record<string, unknown>>;

function loadOne(json: unknown, file = 'config/forms/kosovo/sample.v1.json') {
  return loadFormDefinitions([{ file, json }]);
}

function loadError(json: unknown, file?: string): string {
  try {
    loadOne(json, file);
  } catch (error) {
    expect(error).toBeInstanceOf(FormDefinitionError);
    return (error as Error).message;
  }
  throw new Error('expected the definition to be refused');
}

describe('form definitions', () => {
  it('accepts a valid definition and fills defaults', () => {
    const [definition] = loadOne(sample());
    const rent = definition!.sections[0]!.fields[1]!;
    expect(rent.required).toBe(false);
    expect(rent.type === 'number' && rent.integer).toBe(false);
  });

  it('refuses a condition that points to a missing field, naming the file and the path', () => {
    const def = sample();
    fields(def)[1]!.visibleWhen = {
      all: [
        { field: 'housing.status', equals: 'rented' },
        { field: 'housing.nope', equals: 1 },
      ],
    };
    expect(loadError(def)).toBe(
      'config/forms/kosovo/sample.v1.json: sections[0].fields[1].visibleWhen.all[1].field: unknown field housing.nope',
    );
  });

  it('refuses a condition that looks forward', () => {
    const def = sample();
    fields(def)[0]!.required = { field: 'housing.rent', equals: 3 };
    expect(loadError(def)).toContain(
      'sections[0].fields[0].required.field: housing.rent is not an earlier field',
    );
  });

  it('refuses a condition value the field cannot hold', () => {
    const def = sample();
    fields(def)[1]!.visibleWhen = { field: 'housing.status', in: ['rented', 'leased'] };
    expect(loadError(def)).toContain(
      'sections[0].fields[1].visibleWhen.in: housing.status: leased is not one of its options',
    );
  });

  it('refuses conditions on needs and on another repeated section', () => {
    const def = sample();
    def.sections.push({
      key: 'members',
      title: t('Members'),
      repeat: { over: 'household_members' },
      fields: [
        { key: 'adult', type: 'boolean', label: t('Adult') },
        { key: 'need', type: 'need', label: t('Need') },
      ],
    });
    def.sections.push({
      key: 'after',
      title: t('After'),
      fields: [
        { key: 'a', type: 'text', label: t('A'), visibleWhen: { field: 'members.adult', equals: true } },
        {
          key: 'b',
          type: 'text',
          label: t('B'),
          visibleWhen: { not: { field: 'members.need', equals: 'x' } },
        },
      ],
    });
    const message = loadError(def);
    expect(message).toContain(
      'sections[2].fields[0].visibleWhen.field: members.adult is in the repeated section members',
    );
    expect(message).toContain('sections[2].fields[1].visibleWhen.not.field');
  });

  it('refuses duplicate keys, empty options, reserved keys and a missing translation', () => {
    const def = sample();
    fields(def).push({ key: 'rent', type: 'text', label: t('Again') });
    fields(def).push({ key: 'member', type: 'text', label: t('Member') });
    fields(def).push({ key: 'kind', type: 'multiple_choice', label: t('Kind'), options: [] });
    fields(def).push({ key: 'note', type: 'textarea', label: { sq: 'Shënim', en: 'Note' } });
    const message = loadError(def);
    expect(message).toContain('sections[0].fields[4].options: at least one option');
    expect(message).toContain('sections[0].fields[5].label.sr');
    const withoutShapeErrors = sample();
    fields(withoutShapeErrors).push({ key: 'rent', type: 'text', label: t('Again') });
    fields(withoutShapeErrors).push({ key: 'member', type: 'text', label: t('Member') });
    const second = loadError(withoutShapeErrors);
    expect(second).toContain('sections[0].fields[2].key: field key rent is used twice in section housing');
    expect(second).toContain('sections[0].fields[3].key: member is reserved');
  });

  it('refuses unknown properties, unknown field types and bad bounds', () => {
    const def = sample();
    fields(def)[1]!.visibleWhn = { field: 'housing.status', equals: 'rented' };
    expect(loadError(def)).toContain('sections[0].fields[1]');
    const typed = sample();
    fields(typed)[1]!.type = 'slider';
    expect(loadError(typed)).toContain('sections[0].fields[1].type');
    const bounds = sample();
    Object.assign(fields(bounds)[1]!, { min: 10, max: 1 });
    expect(loadError(bounds)).toContain('sections[0].fields[1].max: max 1 is below min 10');
  });

  it('refuses a malformed condition', () => {
    const def = sample();
    fields(def)[1]!.visibleWhen = { field: 'housing.status', matches: 'rent' };
    expect(loadError(def)).toContain('sections[0].fields[1].visibleWhen');
  });

  it('checks the file name against key and version, and duplicates across files', () => {
    expect(loadError(sample(), 'config/forms/kosovo/sample.v2.json')).toContain('expected sample.v1.json');
    expect(() =>
      loadFormDefinitions([
        { file: 'config/forms/kosovo/sample.v1.json', json: sample() },
        { file: 'config/forms/other/sample.v1.json', json: sample() },
      ]),
    ).toThrow(
      'config/forms/other/sample.v1.json: XK form sample version 1 is also defined in config/forms/kosovo/sample.v1.json',
    );
  });

  it('finds a given version or the newest', () => {
    const v2 = { ...sample(), version: 2 };
    const definitions = loadFormDefinitions([
      { file: 'a/sample.v2.json', json: v2 },
      { file: 'a/sample.v1.json', json: sample() },
    ]);
    expect(findFormDefinition(definitions, 'XK', 'sample')?.version).toBe(2);
    expect(findFormDefinition(definitions, 'XK', 'sample', 1)?.version).toBe(1);
    expect(findFormDefinition(definitions, 'XK', 'sample', 3)).toBeUndefined();
    expect(findFormDefinition(definitions, 'AL', 'sample')).toBeUndefined();
  });

  it('exposes the checked schema for other callers', () => {
    expect(formDefinitionSchema.safeParse(sample()).success).toBe(true);
  });
});
