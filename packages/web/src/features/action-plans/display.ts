import type { TFunction } from 'i18next';
import {
  formatMoney,
  type ACTION_PLAN_STATUSES,
  type Locale,
  type PROGRESS_STATUSES,
  type PlanCost,
  type PlanDeadline,
  type PlanIndicatorState,
} from '@vatra/core';
import { tone } from '../../components/presets';
import { thisYear } from '../../lib/dates';

// Words and colours of the plan screens, kept out of the components so every table says the
// same thing the same way.

type PlanStatus = (typeof ACTION_PLAN_STATUSES)[number];
type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
type Unit = PlanIndicatorState['unit'];

export const PLAN_STATUS_COLOR: Record<PlanStatus, string> = {
  draft: tone.neutral,
  adopted: 'blue',
  in_implementation: tone.success,
  evaluated: 'violet',
};

/** Progress colours; the badge also carries the word, so colour is never the only signal. */
export const PROGRESS_COLOR: Record<ProgressStatus, string> = {
  on_track: 'teal',
  at_risk: 'yellow',
  off_track: 'red',
  no_target: 'gray.3',
  no_data: 'gray.6',
};

export const PROGRESS_ORDER: readonly ProgressStatus[] = [
  'on_track',
  'at_risk',
  'off_track',
  'no_data',
  'no_target',
];

/** A value of an indicator in its unit: "70%", "12", "yes". */
export function indicatorValue(
  value: number | string | null,
  unit: Unit,
  number: (n: number) => string,
  t: TFunction<'web'>,
): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (unit === 'percent') return `${number(value)}%`;
  if (unit === 'yes_no') return value >= 1 ? t('common.yes') : t('common.no');
  return number(value);
}

export function deadlineText(
  deadline: PlanDeadline | undefined,
  t: TFunction<'web'>,
  date: (d: string) => string,
) {
  if (!deadline) return null;
  if (deadline.text) return deadline.text;
  switch (deadline.kind) {
    case 'quarter':
      return t('actionPlans.structure.deadlineKinds.quarter', {
        quarter: String(deadline.quarter),
        year: String(deadline.year),
      });
    case 'date':
      return date(deadline.date);
    case 'year':
      return String(deadline.year);
    case 'period':
      return t('actionPlans.structure.deadlineKinds.period', {
        from: String(deadline.from),
        to: String(deadline.to),
      });
    case 'ongoing':
      return t('actionPlans.structure.deadlineKinds.ongoing');
    default:
      return t('actionPlans.structure.deadlineKinds.unknown');
  }
}

export function costText(cost: PlanCost, t: TFunction<'web'>, locale: Locale): string {
  switch (cost.kind) {
    case 'amount': {
      const money = formatMoney(locale, cost.amount, cost.currency);
      const when = cost.year ? String(cost.year) : t('actionPlans.structure.costKinds.period');
      return [money, when, cost.source].filter(Boolean).join(' · ');
    }
    case 'funding_code':
      return t('actionPlans.structure.costKinds.funding_code', { code: cost.code });
    case 'donors':
      return cost.donor
        ? t('actionPlans.structure.costKinds.donor', { donor: cost.donor })
        : t('actionPlans.structure.costKinds.donors');
    case 'shared':
      return t('actionPlans.structure.costKinds.shared', { with: cost.with });
    case 'none':
      return t('actionPlans.structure.costKinds.none');
    default:
      return cost.text ?? t('actionPlans.structure.costKinds.unknown');
  }
}

/** Actual ÷ planned as a share 0–100 (null when nothing is planned). */
export function executionPercent(planned: number, actual: number): number | null {
  if (planned <= 0) return null;
  return Math.round((actual / planned) * 1000) / 10;
}

/** Years of a plan's period, for selects. */
export function periodYears(period: { from: number; to: number }): number[] {
  const years: number[] = [];
  for (let year = period.from; year <= period.to; year++) years.push(year);
  return years;
}

/** The year the indicator tab opens on: this year when inside the period, else the nearest end. */
export function defaultYear(period: { from: number; to: number }): number {
  const now = thisYear();
  return Math.min(period.to, Math.max(period.from, now));
}
