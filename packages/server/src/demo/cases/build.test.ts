import { describe, expect, it } from 'vitest';
import { loadForms } from '../../config/forms.js';
import { loadCountries } from '../../config/load.js';
import { buildDemoCases, demoActorNames, type BuildContext } from './build.js';
import { demoCasePlan } from './plan.js';

// The builder alone, without a database: stand-in ids for the reference rows.
function context(now: Date, sequences = new Map<string, number>()): BuildContext {
  const country = loadCountries(['kosovo']).find((candidate) => candidate.country.code === 'XK');
  if (!country) throw new Error('no Kosovo configuration');
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const institutions = new Map<string, string>();
  for (const place of ['XK-KAC', 'XK-PEJ', 'XK-GJL'])
    for (const type of ['ZGJC', 'NGO', 'ZP', 'QAP', 'MUN', 'QPS', 'DRPR-RC', 'DKA', 'DSHMS'])
      institutions.set(`${type}-${place}`, id());
  return {
    now,
    country,
    forms: loadForms(['kosovo']),
    jurisdictions: new Map(['XK-KAC', 'XK-PEJ', 'XK-GJL'].map((code) => [code, id()])),
    institutions,
    actors: new Map(
      demoActorNames().map((username) => [
        username,
        { id: id(), username, fullName: username, institutionId: id() },
      ]),
    ),
    sequences,
  };
}

describe('the demo cases, built in memory', () => {
  it('are the same demo every time', () => {
    const now = new Date();
    const first = buildDemoCases(demoCasePlan(), context(now));
    const again = buildDemoCases(demoCasePlan(), context(now));
    expect(again).toEqual(first);
    expect(first.cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(first.events.map((event) => event.id)).size).toBe(first.events.length);
  });

  it('continue the numbers already taken', () => {
    const now = new Date();
    const plain = buildDemoCases(demoCasePlan(), context(now));
    const year = Number(plain.cases.find((row) => row.number.startsWith('PEJ-'))?.number.slice(4, 8));
    const rows = buildDemoCases(demoCasePlan(), context(now, new Map([[`case:XK-PEJ/${year}`, 41]])));
    const numbers = rows.cases
      .map((row) => row.number)
      .filter((number) => number.startsWith(`PEJ-${year}-`))
      .sort();
    expect(numbers[0]).toBe(`PEJ-${year}-0042`);
    expect(rows.sequences.find((s) => s.series === 'case:XK-PEJ' && s.year === year)?.last_value).toBe(
      41 + numbers.length,
    );
  });
});
