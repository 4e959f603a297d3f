import { CATALOGS, LOCALES } from '@vatra/core';
import { describe, expect, it } from 'vitest';
import { workSources } from './work-sources.js';

// The home screen and the work-queue page title each kind of work by `cases.queueKinds.<kind>`;
// a kind without one showed its raw key ("request_decision_due") to the user.
describe('every kind of work', () => {
  const kinds = workSources({ countries: [], forms: [] }).map((source) => source.kind);

  it('is listed once', () => {
    expect(kinds.length).toBeGreaterThan(10);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it.each(LOCALES)('has a title in %s', (locale) => {
    const titles = CATALOGS[locale].web.cases.queueKinds as Record<string, string>;
    expect(kinds.filter((kind) => !titles[kind]?.trim())).toEqual([]);
  });
});
