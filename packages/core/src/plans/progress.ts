import type { INDICATOR_UNITS } from './schema.js';

export const PROGRESS_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_target', 'no_data'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** How far behind the expected value an indicator may be and still be "at risk" rather than "off track". */
export const PROGRESS_RULE = {
  /** Percent indicators: points below the target. */
  percentPoints: 10,
  /** Counts and amounts: share of the expected value still counted as at risk. */
  countShare: 0.75,
  /** Yes/no deliverables become at risk when this share of the year has passed undelivered. */
  deliverableLate: 0.75,
} as const;

export interface ProgressInput {
  unit: (typeof INDICATOR_UNITS)[number];
  baseline: number | string | null;
  target: number | string | null;
  current: number | null;
  /** Share of the target's year that has passed: 0 before it starts, 1 once it is over. */
  elapsed: number;
}

export interface ProgressResult {
  expected: number | null;
  status: ProgressStatus;
}

/** Numbers as the sources write them: 70, "70%", "yes" (1) and "no" (0); anything else is not a target. */
export function numericTarget(value: number | string | null): number | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  const text = value.trim().toLowerCase();
  if (['yes', 'po', 'da', 'да', 'realizuar', 'done'].includes(text)) return 1;
  if (['no', 'jo', 'ne', 'не'].includes(text)) return 0;
  const match = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(text);
  return match?.[1] ? Number(match[1].replace(',', '.')) : null;
}

/**
 * The progress rule (docs/ARCHITECTURE.md, "Action plans"), one per kind of indicator:
 *
 * - percent (a share, not cumulative): the year's target is expected all year. On track at or
 *   above it; at risk up to 10 points below; off track further below.
 * - count and amount (they accumulate over the year): the expected value grows from nothing
 *   (or from the baseline, when the target is a reduction) to the target, pro rata through the
 *   year. On track at or beyond it; at risk while at least 75% of the way there; off track below.
 * - yes/no deliverable: on track once delivered; undelivered is at risk after 75% of the year
 *   and off track once the year is over.
 *
 * Targets that are not numbers ("all", "improved") and text indicators have no target to judge
 * by; indicators without any value yet have no data.
 */
export function judgeProgress(input: ProgressInput): ProgressResult {
  const target = numericTarget(input.target);
  if (target === null || input.unit === 'text') return { expected: null, status: 'no_target' };
  const elapsed = Math.min(1, Math.max(0, input.elapsed));
  if (input.unit === 'yes_no') {
    if (input.current !== null && input.current >= 1) return { expected: 1, status: 'on_track' };
    if (elapsed >= 1) return { expected: 1, status: input.current === null ? 'no_data' : 'off_track' };
    return { expected: 1, status: elapsed >= PROGRESS_RULE.deliverableLate ? 'at_risk' : 'on_track' };
  }
  if (input.current === null) return { expected: null, status: 'no_data' };
  const baseline = numericTarget(input.baseline);
  const falling = baseline !== null && target < baseline;
  if (input.unit === 'percent') {
    const gap = falling ? input.current - target : target - input.current;
    return {
      expected: target,
      status: gap <= 0 ? 'on_track' : gap <= PROGRESS_RULE.percentPoints ? 'at_risk' : 'off_track',
    };
  }
  if (falling) {
    const expected = baseline - (baseline - target) * elapsed;
    const slack = (baseline - target) * (1 - PROGRESS_RULE.countShare);
    const status =
      input.current <= expected ? 'on_track' : input.current <= expected + slack ? 'at_risk' : 'off_track';
    return { expected: round(expected), status };
  }
  const expected = target * elapsed;
  const status =
    input.current >= expected
      ? 'on_track'
      : input.current >= expected * PROGRESS_RULE.countShare
        ? 'at_risk'
        : 'off_track';
  return { expected: round(expected), status };
}

/** Share of a calendar year passed at a moment (UTC): 0 before 1 January, 1 after 31 December. */
export function yearElapsed(year: number, now: Date): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
