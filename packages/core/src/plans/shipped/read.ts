import { readdirSync, readFileSync } from 'node:fs';
import { loadPlanFile } from '../load.js';
import type { PlanFile } from '../schema.js';

// Test helper: the shipped plans (plans/*.json at the repository root), validated.

export const PLANS_DIR = new URL('../../../../../plans/', import.meta.url);

export function shippedPlanFiles(): string[] {
  return readdirSync(PLANS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function readShippedPlan(name: string): PlanFile {
  return loadPlanFile(JSON.parse(readFileSync(new URL(name, PLANS_DIR), 'utf8')) as unknown, `plans/${name}`);
}
