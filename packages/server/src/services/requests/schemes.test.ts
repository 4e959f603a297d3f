import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_DIR, loadCountry } from '../../config/load.js';

// The scheme catalogue is configuration: a wrong schemes.json stops the server with the file and
// field named, like the other country files.

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A copy of config/kosovo with schemes.json changed by `edit`. */
function kosovoWith(edit: (schemes: Record<string, unknown>[]) => void): string {
  root = mkdtempSync(join(tmpdir(), 'vatra-schemes-'));
  cpSync(join(CONFIG_DIR, 'kosovo'), join(root, 'kosovo'), { recursive: true });
  const file = join(root, 'kosovo', 'schemes.json');
  const schemes = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  edit(schemes);
  writeFileSync(file, JSON.stringify(schemes));
  // The loader joins root and folder as text.
  return `${root}/`;
}

describe('scheme catalogue configuration', () => {
  it('loads Kosovo’s schemes with their defaults', () => {
    const config = loadCountry('kosovo');
    const reconstruction = config.schemes.find((scheme) => scheme.code === 'reconstruction');
    expect(reconstruction).toMatchObject({
      decidingInstitutionType: 'KKR',
      decidedByCommission: true,
      executingInstitutionType: 'DRPR-RC',
      appealWindowDays: 15,
      appealDecisionDays: 30,
      serviceCode: 'reconstruction',
    });
    expect(config.schemes.length).toBeGreaterThanOrEqual(18);
  });

  it('names the file and field of an unknown institution type', () => {
    const dir = kosovoWith((schemes) => {
      const first = schemes[0];
      if (first) first.decidingInstitutionType = 'NOPE';
    });
    expect(() => loadCountry('kosovo', dir)).toThrow(
      'config/kosovo/schemes.json: [0].decidingInstitutionType: unknown institution type NOPE',
    );
  });

  it('names the file and field of a malformed scheme', () => {
    const dir = kosovoWith((schemes) => {
      const second = schemes[1];
      if (second) second.decisionDays = -3;
    });
    expect(() => loadCountry('kosovo', dir)).toThrow(/schemes\.json: \[1\]\.decisionDays/);
  });

  it('names an unknown service', () => {
    const dir = kosovoWith((schemes) => {
      const first = schemes[0];
      if (first) first.serviceCode = 'teleportation';
    });
    expect(() => loadCountry('kosovo', dir)).toThrow(
      'config/kosovo/schemes.json: [0].serviceCode: unknown service teleportation',
    );
  });
});
