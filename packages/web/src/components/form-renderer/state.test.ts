import { beforeAll, describe, expect, it } from 'vitest';
import { formDefinitionSchema, type FormDefinition } from '@vatra/core';
import { i18n, startLanguage } from '../../i18n';
import { checkForm, resolveForm, withAnswer } from './state';

// The field messages come from the catalogs the app has loaded, as in the browser.
beforeAll(async () => {
  await startLanguage('en');
  await i18n.loadLanguages('sq');
});

const text = (en: string) => ({ sq: en, sr: en, en });

const definition: FormDefinition = formDefinitionSchema.parse({
  key: 'probe',
  version: 1,
  country: 'XK',
  title: text('Probe'),
  sections: [
    {
      key: 'risks',
      title: text('Risks'),
      fields: [
        { key: 'concern', type: 'boolean', label: text('Concern'), required: true },
        {
          key: 'details',
          type: 'textarea',
          label: text('Details'),
          required: true,
          visibleWhen: { field: 'risks.concern', equals: true },
        },
      ],
    },
    {
      key: 'health',
      title: text('Health'),
      repeat: { over: 'household_members' },
      fields: [{ key: 'need', type: 'need', label: text('Need'), required: true }],
    },
  ],
});

const members = { household_members: [{ id: 'm1', label: 'One' }] };
const section = (key: string) => definition.sections.find((item) => item.key === key)!;

describe('form renderer state', () => {
  it('hides a field by its condition and drops its answer', () => {
    let draft = withAnswer({}, section('risks'), undefined, 'concern', true);
    draft = withAnswer(draft, section('risks'), undefined, 'details', 'Threats');
    expect(resolveForm(definition, draft, members).sections[0]?.items[0]?.fields[1]?.visible).toBe(true);
    draft = withAnswer(draft, section('risks'), undefined, 'concern', false);
    const resolved = resolveForm(definition, draft, members);
    expect(resolved.sections[0]?.items[0]?.fields[1]?.visible).toBe(false);
    expect(resolved.data.risks).toEqual({ concern: false });
  });

  it('words problems as the server does, at the server’s paths, in the form’s language', () => {
    const draft = withAnswer({}, section('risks'), undefined, 'concern', true);
    const result = checkForm(definition, draft, 'en', members);
    expect(result).toEqual({
      ok: false,
      errors: { 'risks.details': 'Required.', 'health.0.need': 'Required.' },
    });
    const sq = checkForm(definition, draft, 'sq', members);
    expect(sq.ok ? null : sq.errors['risks.details']).not.toBe('Required.');
  });

  it('passes a complete form with the hidden answers left out', () => {
    let draft = withAnswer({}, section('risks'), undefined, 'concern', false);
    draft = withAnswer(draft, section('risks'), undefined, 'details', 'left over');
    draft = withAnswer(draft, section('health'), 'm1', 'need', {
      needed: true,
      domain: 'health',
      priority: 'high',
    });
    expect(checkForm(definition, draft, 'en', members)).toEqual({
      ok: true,
      data: {
        risks: { concern: false },
        health: [{ member: 'm1', need: { needed: true, domain: 'health', priority: 'high' } }],
      },
    });
  });
});
