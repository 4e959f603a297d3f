import type { Condition, ConditionValue, FormField } from './definition.js';

// Conditions are evaluated the same way by the server (validate.ts) and by the web renderer:
// against the answers given so far, through a lookup of 'section.field'.

/** The current (cleaned) value of 'section.field', or undefined when unanswered or hidden. */
export type FieldLookup = (ref: string) => unknown;

export function evaluateCondition(condition: Condition, lookup: FieldLookup): boolean {
  if ('all' in condition) return condition.all.every((inner) => evaluateCondition(inner, lookup));
  if ('any' in condition) return condition.any.some((inner) => evaluateCondition(inner, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  const value = lookup(condition.field);
  const targets = 'equals' in condition ? [condition.equals] : condition.in;
  return targets.some((target) => matches(value, target));
}

function matches(value: unknown, target: ConditionValue): boolean {
  if (Array.isArray(value)) return value.includes(target);
  return value === target;
}

/** Whether a field is shown, given the answers so far. */
export function isFieldVisible(field: Pick<FormField, 'visibleWhen'>, lookup: FieldLookup): boolean {
  return field.visibleWhen ? evaluateCondition(field.visibleWhen, lookup) : true;
}

/** Whether a field must be answered: it is visible and required (always or by its condition). */
export function isFieldRequired(
  field: Pick<FormField, 'visibleWhen' | 'required'>,
  lookup: FieldLookup,
): boolean {
  if (!isFieldVisible(field, lookup)) return false;
  return typeof field.required === 'boolean' ? field.required : evaluateCondition(field.required, lookup);
}

/**
 * A lookup over form data: 'section.field' reads the section's answers, or, for the repeated
 * section being filled, the answers of the current item.
 */
export function lookupIn(
  data: Record<string, unknown>,
  current?: { section: string; item: Record<string, unknown> },
): FieldLookup {
  return (ref) => {
    const [sectionKey = '', fieldKey = ''] = ref.split('.');
    const section = current && current.section === sectionKey ? current.item : data[sectionKey];
    if (!section || typeof section !== 'object' || Array.isArray(section)) return undefined;
    return (section as Record<string, unknown>)[fieldKey];
  };
}
