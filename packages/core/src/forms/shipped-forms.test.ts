// Checks the form definitions shipped in config/forms/<country>/ as the server will load them,
// and fills each one in as an officer would.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { LocalizedText } from '../config/schema.js';
import { NEED_DOMAINS, type FormDefinition } from './definition.js';
import { findFormDefinition, loadFormDefinitions } from './load.js';
import { extractNeeds, validateSubmission, type FormValidation } from './validate.js';

const formsRoot = new URL('../../../../config/forms/', import.meta.url);

const countries = readdirSync(formsRoot).filter((name) => statSync(new URL(name, formsRoot)).isDirectory());

const files = countries.flatMap((country) =>
  readdirSync(new URL(`${country}/`, formsRoot))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      file: `config/forms/${country}/${name}`,
      json: JSON.parse(readFileSync(new URL(`${country}/${name}`, formsRoot), 'utf8')) as unknown,
    })),
);

const definitions = loadFormDefinitions(files);

function form(key: string): FormDefinition {
  const definition = findFormDefinition(definitions, 'XK', key);
  if (!definition) throw new Error(`no XK form ${key}`);
  return definition;
}

const fieldCount = (definition: FormDefinition) =>
  definition.sections.reduce((count, section) => count + section.fields.length, 0);

function texts(definition: FormDefinition): Array<[string, LocalizedText]> {
  const found: Array<[string, LocalizedText]> = [['title', definition.title]];
  if (definition.description) found.push(['description', definition.description]);
  for (const section of definition.sections) {
    found.push([section.key, section.title]);
    if (section.description) found.push([`${section.key} description`, section.description]);
    for (const field of section.fields) {
      const at = `${section.key}.${field.key}`;
      found.push([at, field.label]);
      if (field.help) found.push([`${at} help`, field.help]);
      if (field.type === 'number' && field.unit) found.push([`${at} unit`, field.unit]);
      if (field.type === 'single_choice' || field.type === 'multiple_choice') {
        for (const option of field.options) found.push([`${at}:${option.key}`, option.label]);
      }
    }
  }
  return found;
}

function expectOk(result: FormValidation) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.data;
}

describe('shipped form definitions', () => {
  it('all load, one file per form and version', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(definitions.map((d) => `${d.country}/${d.key}.v${d.version}`).sort()).toEqual(
      expect.arrayContaining(['XK/anamnesis.v1', 'XK/fvn.v1', 'XK/monitoring.v1']),
    );
  });

  it('have clean texts in every language: no Cyrillic in Serbian Latin, NFC, no stray spaces', () => {
    for (const definition of definitions) {
      for (const [where, text] of texts(definition)) {
        for (const value of [text.sq, text.sr, text.en]) {
          expect(value, `${definition.key} ${where}`).toBe(value.trim().normalize('NFC'));
        }
        expect(text.sr, `${definition.key} ${where}`).not.toMatch(/[\u0400-\u04FF]/);
      }
    }
  });

  it('the FVN covers every area, each ending in a need, and stays a usable size', () => {
    const fvn = form('fvn');
    expect(fieldCount(fvn)).toBeGreaterThanOrEqual(40);
    expect(fieldCount(fvn)).toBeLessThanOrEqual(75);
    const needDomains = fvn.sections.flatMap((section) =>
      section.fields.flatMap((field) => (field.type === 'need' && field.domain ? [field.domain] : [])),
    );
    expect(new Set(needDomains)).toEqual(new Set(NEED_DOMAINS.filter((domain) => domain !== 'other')));
    const repeats = Object.fromEntries(fvn.sections.map((section) => [section.key, section.repeat?.over]));
    expect(repeats).toMatchObject({
      documents: 'household_members',
      employment: 'adults',
      education: 'children',
      health: 'household_members',
    });
    for (const section of fvn.sections.filter(
      (s) => s.key !== 'visit' && s.key !== 'household' && s.key !== 'summary',
    )) {
      expect(section.fields.at(-1)?.type, section.key).toBe('need');
    }
  });

  it('a household of three fills in the FVN; its needs come out with domains and priorities', () => {
    const data = expectOk(
      validateSubmission(
        form('fvn'),
        {
          visit: {
            visit_date: '2025-03-14',
            location: 'home',
            interviewed_person: 'Arben Krasniqi, father',
            team_institutions: ['zkkk', 'qps'],
            interview_language: 'albanian',
          },
          household: { household_size: 3, children_count: 1, single_parent: false, members_abroad: true },
          documents: [
            {
              member: 'father',
              birth_registered: true,
              documents_held: ['id_card', 'passport'],
              need: { needed: false },
            },
            {
              member: 'mother',
              birth_registered: true,
              documents_held: ['passport'],
              documents_missing: ['id_card'],
              need: { needed: true, priority: 'medium' },
            },
            {
              member: 'child',
              birth_registered: false,
              documents_missing: ['birth_certificate'],
              events_abroad: ['birth'],
              need: { needed: true, priority: 'high', note: 'Born in Germany' },
            },
          ],
          housing: {
            housing_status: 'rented_programme',
            rooms: 2,
            condition: 'needs_repair',
            repairs_needed: ['heating', 'furniture'],
            utilities: ['electricity', 'running_water'],
            property: 'damaged_house',
            property_documented: true,
            need: { needed: true, priority: 'high', note: 'Rent from the programme ends after 12 months' },
          },
          employment: [
            {
              member: 'father',
              employment_status: 'unemployed',
              registered_job_seeker: false,
              education_level: 'secondary',
              literate: true,
              occupation: 'Construction worker in Germany',
              labour_measures: ['job_mediation', 'vocational_training'],
              need: { needed: true, priority: 'high' },
            },
            {
              member: 'mother',
              employment_status: 'homemaker',
              education_level: 'primary',
              literate: true,
              need: { needed: false },
            },
          ],
          education: [
            {
              member: 'child',
              enrolment: 'not_enrolled',
              schooling_abroad: true,
              school_documents: 'incomplete',
              needs_document_recognition: true,
              needs_language_course: true,
              special_educational_needs: false,
              need: { needed: true, priority: 'high' },
            },
          ],
          health: [
            {
              member: 'father',
              chronic_illness: false,
              disability: false,
              regular_medication: false,
              need: { needed: false },
            },
            {
              member: 'mother',
              chronic_illness: true,
              chronic_illness_details: 'Diabetes',
              disability: false,
              regular_medication: true,
              medication_access: 'irregular',
              need: { needed: true, priority: 'medium' },
            },
            {
              member: 'child',
              chronic_illness: false,
              disability: false,
              regular_medication: false,
              need: { needed: false },
            },
          ],
          social_assistance: {
            income_sources: ['none'],
            household_income: 0,
            receives_assistance: true,
            assistance_received: ['reintegration_package', 'reintegration_rent'],
            possibly_eligible: true,
            need: { needed: true, priority: 'high' },
          },
          psychosocial: { signs: ['distress_after_return'], wants_support: false, need: { needed: false } },
          vulnerability: {
            categories: [],
            safety_concern: false,
            vulnerability_level: 'medium',
            need: { needed: false },
          },
          legal: { legal_issues: ['property_dispute'], need: { needed: true, priority: 'low' } },
          summary: {
            priority_summary: 'Birth registration of the child, school enrolment, heating before winter.',
            informed_rights: true,
            data_sharing_consent: true,
          },
        },
        {
          members: {
            household_members: ['father', 'mother', 'child'],
            adults: ['father', 'mother'],
            children: ['child'],
          },
        },
      ),
    );
    const needs = extractNeeds(form('fvn'), data);
    expect(needs.map((need) => [need.domain, need.priority, need.member ?? '-'])).toEqual([
      ['documents', 'medium', 'mother'],
      ['documents', 'high', 'child'],
      ['housing', 'high', '-'],
      ['income_employment', 'high', 'father'],
      ['education', 'high', 'child'],
      ['health', 'medium', 'mother'],
      ['social_assistance', 'high', '-'],
      ['legal', 'low', '-'],
    ]);
    expect(needs[1]).toMatchObject({ path: 'documents.2.need', note: 'Born in Germany' });
  });

  it('the FVN refuses answers the visit cannot have given', () => {
    const result = validateSubmission(form('fvn'), {
      housing: {
        housing_status: 'no_home',
        rooms: 2,
        property: 'none',
        need: { needed: true, priority: 'high' },
      },
      education: [{ member: 'child', enrolment: 'preschool', grade: 1, need: { needed: false } }],
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((problem) => `${problem.path} ${problem.key}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'visit.visit_date server.fields.required',
        'housing.rooms server.fields.invalid',
        'education.0.grade server.fields.invalid',
      ]),
    );
    expect(paths).not.toContain('housing.condition server.fields.required');
  });

  it('the social anamnesis can be filled in', () => {
    const data = expectOk(
      validateSubmission(form('anamnesis'), {
        report: { report_date: '2025-03-17', social_worker: 'Drita Berisha', sources: ['home_visit', 'fvn'] },
        family_history: { composition: 'Father, mother and a daughter of 9.', relations: 'supportive' },
        migration_history: {
          arrival_type: 'forced_return',
          years_away: 6,
          countries: 'Germany',
          future_plans: 'stay',
        },
        current_situation: { housing: 'Rented flat paid by the programme.', economic: 'No income.' },
        social_network: { relatives_support: 'some', community_ties: 'some' },
        risks: { factors: ['poverty'], protection_concern: false, risk_level: 'medium' },
        assessment: {
          strengths: 'Motivated parents.',
          assessment: 'Needs documents and school enrolment first.',
          main_need: { needed: true, domain: 'education', priority: 'high' },
        },
        recommendation: {
          services: ['civil_documents', 'education'],
          recommendation: 'Draft the PIR.',
          individual_plan: true,
        },
      }),
    );
    expect(extractNeeds(form('anamnesis'), data)).toEqual([
      expect.objectContaining({ domain: 'education', priority: 'high', path: 'assessment.main_need' }),
    ]);
  });

  it('monthly monitoring: "received nothing" hides the services and asks why', () => {
    const nothing = {
      contact: { monitoring_date: '2025-04-30', contact_type: 'phone', family_reached: true },
      services: { received_nothing: true, no_service_reason: 'The school has not answered yet.' },
      needs_progress: {
        documents: 'met',
        housing: 'in_progress',
        income_employment: 'not_started',
        education: 'not_started',
        health: 'no_need',
        social_assistance: 'in_progress',
        psychosocial: 'no_need',
        legal: 'no_need',
      },
      requests: { requests_filed: false },
      checks: { school_attendance: 'none', job_seekers_registered: 'none' },
      assessment: { situation: 'unchanged', plan_revision_needed: false },
    };
    expect(expectOk(validateSubmission(form('monitoring'), nothing)).services).toEqual({
      received_nothing: true,
      no_service_reason: 'The school has not answered yet.',
    });
    const contradictory = { ...nothing, services: { received_nothing: true, areas_received: ['housing'] } };
    const result = validateSubmission(form('monitoring'), contradictory);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.key}`)).toEqual([
      'services.areas_received server.fields.invalid',
      'services.no_service_reason server.fields.required',
    ]);
  });
});
