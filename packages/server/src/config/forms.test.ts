import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadForms } from './forms.js';
import { CONFIG_DIR } from './load.js';

describe('form definitions in the configuration', () => {
  it('load for Kosovo (the case path and social care) and Albania (social care)', () => {
    const keys = loadForms(['kosovo', 'albania']).map((form) => `${form.country}/${form.key}.v${form.version}`);
    expect(keys.sort()).toEqual([
      'AL/care_assessment.v1',
      'XK/anamnesis.v1',
      'XK/care_assessment.v1',
      'XK/fvn.v1',
      'XK/monitoring.v1',
    ]);
  });

  it('stop the start naming the file of a broken definition', () => {
    const root = `${mkdtempSync(join(tmpdir(), 'vatra-forms-'))}/`;
    cpSync(CONFIG_DIR, root, { recursive: true });
    const path = `${root}forms/kosovo/monitoring.v1.json`;
    const form = JSON.parse(readFileSync(path, 'utf8')) as { sections: { fields: { label: unknown }[] }[] };
    const field = form.sections[0]?.fields[0];
    if (field) field.label = { sq: 'Vetëm shqip' };
    writeFileSync(path, JSON.stringify(form));
    expect(() => loadForms(['kosovo'], root)).toThrow(/config\/forms\/kosovo\/monitoring\.v1\.json: sections\[0\]\.fields\[0\]\.label/);
    writeFileSync(path, '{');
    expect(() => loadForms(['kosovo'], root)).toThrow(/monitoring\.v1\.json: not valid JSON/);
  });
});
