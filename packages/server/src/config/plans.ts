import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PlanFileError, loadPlanFile, type PlanFile } from '@vatra/core';
import { ConfigError } from './load.js';
import { PLANS_DIR } from '../paths.js';

export { PLANS_DIR };

const loaded = new Map<string, PlanFile[]>();

/**
 * The municipal action plans shipped as data (plans/<key>.json), validated at start-up like the
 * configuration: a bad file stops the start with the file and field named. Read once per
 * process (the five plans are about a megabyte).
 */
export function loadPlans(root = PLANS_DIR): PlanFile[] {
  const cached = loaded.get(root);
  if (cached) return cached;
  const plans = existsSync(root)
    ? readdirSync(root)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => {
          const file = `plans/${name}`;
          let json: unknown;
          try {
            json = JSON.parse(readFileSync(`${root}${name}`, 'utf8'));
          } catch (error) {
            throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
          }
          try {
            return loadPlanFile(json, file);
          } catch (error) {
            if (error instanceof PlanFileError) throw new ConfigError(error.message);
            throw error;
          }
        })
    : [];
  loaded.set(root, plans);
  return plans;
}
