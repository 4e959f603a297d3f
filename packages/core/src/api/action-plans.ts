import { z } from 'zod';
import { ACTION_PLAN_STATUSES, PLAN_KINDS, planFileSchema, sourceText } from '../plans/schema.js';
import { namedRef } from './common.js';

// Municipal action plans (reintegration plans, social-services strategies, social plans) as
// shipped in plans/: read-only for now. Case plans (PIR/PII) are /api/plans; these are
// /api/action-plans.

export const actionPlanSummary = z.object({
  key: z.string(),
  kind: z.enum(PLAN_KINDS),
  title: sourceText,
  municipality: namedRef,
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  status: z.enum(ACTION_PLAN_STATUSES),
  counts: z.object({
    goals: z.number().int(),
    objectives: z.number().int(),
    measures: z.number().int(),
    actions: z.number().int(),
    indicators: z.number().int(),
  }),
});
export const actionPlanList = z.object({ items: z.array(actionPlanSummary) });
export const actionPlanParams = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(80),
});
export const actionPlanDetail = planFileSchema;
