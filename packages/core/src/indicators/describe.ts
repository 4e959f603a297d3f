import type { LocalizedText } from '../config/schema.js';
import type { Locale } from '../i18n/locales.js';
import { localized } from '../i18n/localized.js';
import type { IndicatorDefinition } from './schema.js';
import { INDICATOR_SOURCES } from './sources.js';

/** A definition as a reader sees it, in one language. */
export interface IndicatorDescription {
  key: string;
  unit: 'percent' | 'count';
  title: string;
  /** The full sentence: what is counted, over what, in which period. */
  definition: string;
  numerator: string;
  denominator: string | null;
  /** How rows belong to the period (the numerator's source). */
  period: string;
}

export function describeIndicator(definition: IndicatorDefinition, locale: Locale): IndicatorDescription {
  return {
    key: definition.key,
    unit: definition.unit,
    title: localized(definition.title, locale),
    definition: localized(definition.definition, locale),
    numerator: localized(definition.numerator.label, locale),
    denominator: definition.denominator ? localized(definition.denominator.label, locale) : null,
    period: localized(INDICATOR_SOURCES[definition.numerator.source].period, locale),
  };
}

/** The texts of a definition in every language (the API's indicatorDefinitionSummary). */
export function indicatorSummary(definition: IndicatorDefinition): {
  key: string;
  title: LocalizedText;
  definition: LocalizedText;
  unit: 'percent' | 'count';
  numerator: LocalizedText;
  denominator: LocalizedText | null;
} {
  return {
    key: definition.key,
    title: definition.title,
    definition: definition.definition,
    unit: definition.unit,
    numerator: definition.numerator.label,
    denominator: definition.denominator?.label ?? null,
  };
}

/** "12 / 40 = 30%" or "12": the value with its parts, for a tooltip or a PDF footnote. */
export function indicatorRatio(
  value: { numerator: number; denominator: number | null; value: number | null },
  unit: 'percent' | 'count',
): string {
  if (unit === 'count' || value.denominator === null) return String(value.numerator);
  return `${value.numerator} / ${value.denominator} = ${value.value === null ? '–' : `${value.value}%`}`;
}

/** Percent with one decimal, null when there is nothing to divide by. */
export function indicatorPercent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}
