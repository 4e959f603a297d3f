import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadFormDefinitions, type FormDefinition } from '@vatra/core';
import { CONFIG_DIR, ConfigError } from './load.js';

/**
 * The form definitions of the configured countries (config/forms/<country>/<key>.v<n>.json),
 * validated at start-up like the rest of the configuration: a bad one stops the start with the
 * file and field named. A country without a forms folder simply has no forms yet.
 */
export function loadForms(folders: string[], root = CONFIG_DIR): FormDefinition[] {
  const files = folders.flatMap((folder) => {
    const dir = `${root}forms/${folder}/`;
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => {
        const file = `config/forms/${folder}/${name}`;
        try {
          return { file, json: JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as unknown };
        } catch (error) {
          throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
        }
      });
  });
  return loadFormDefinitions(files);
}
