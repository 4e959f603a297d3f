import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_DIR, ConfigError, loadCountries, loadCountry } from './load.js';

function copyOfConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vatra-config-'));
  cpSync(CONFIG_DIR, dir, { recursive: true });
  return `${dir}/`;
}

function edit(root: string, file: string, change: (data: unknown) => unknown): void {
  const path = `${root}${file}`;
  writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')))));
}

describe('country configuration', () => {
  it('loads both shipped countries', () => {
    const [kosovo, albania] = loadCountries(['kosovo', 'albania']);
    expect(kosovo?.regions.flatMap((r) => r.municipalities)).toHaveLength(38);
    expect(albania?.regions.flatMap((r) => r.municipalities)).toHaveLength(61);
    expect(kosovo?.country.deadlines.homeVisit).toMatchObject({ value: 72, unit: 'hours' });
    expect(kosovo?.country.deadlines.appealWindow).toMatchObject({ value: 15, unit: 'days' });
  });

  it('names the file and the field of a bad value', () => {
    const root = copyOfConfig();
    edit(root, 'kosovo/country.json', (data) => ({ ...(data as object), deadlines: { ...(data as { deadlines: object }).deadlines, homeVisit: { value: -1, unit: 'hours', basis: 'plan', description: { sq: 'a', sr: 'a', en: 'a' } } } }));
    expect(() => loadCountry('kosovo', root)).toThrow(ConfigError);
    expect(() => loadCountry('kosovo', root)).toThrow(/config\/kosovo\/country\.json: deadlines\.homeVisit\.value/);
  });

  it('names a missing file, broken JSON, an unknown scope and a duplicate code', () => {
    const root = copyOfConfig();
    writeFileSync(`${root}albania/roles.json`, '[{');
    expect(() => loadCountry('albania', root)).toThrow(/config\/albania\/roles\.json: not valid JSON/);
    expect(() => loadCountry('nowhere', root)).toThrow(/config\/nowhere\/country\.json: file is missing/);
    edit(root, 'kosovo/roles.json', (roles) => (roles as { scopes: string[] }[]).map((r, i) => (i === 2 ? { ...r, scopes: ['case.everything'] } : r)));
    expect(() => loadCountry('kosovo', root)).toThrow(/config\/kosovo\/roles\.json: \[2\]\.scopes\[0\]/);
    const root2 = copyOfConfig();
    edit(root2, 'kosovo/jurisdictions.json', (regions) => {
      const list = regions as { municipalities: { code: string }[] }[];
      const first = list[0]?.municipalities[0];
      const second = list[0]?.municipalities[1];
      if (first && second) second.code = first.code;
      return list;
    });
    expect(() => loadCountry('kosovo', root2)).toThrow(/used twice/);
  });
});
