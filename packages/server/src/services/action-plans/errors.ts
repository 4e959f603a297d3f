import { translate, type Locale } from '@vatra/core';
import { HttpError } from '../../http/errors.js';

type FieldKey =
  | 'adoptionRequired'
  | 'keyChanged'
  | 'municipalityChanged'
  | 'statusChanged'
  | 'unknownDefinition'
  | 'unknownRow'
  | 'unknownStep'
  | 'yearOutsidePeriod'
  | 'periodOrder'
  | 'evidenceNotOfPlan'
  | 'periodOutsidePlan'
  | 'definitionUnit';

/** Refusals of the action-plan path, each with its catalog key (server.actionPlans.*). */
export const planErrors = {
  invalidTransition: (locale: Locale, from: string, to: string) =>
    new HttpError(409, 'invalid_transition', 'server.actionPlans.invalidTransition', {
      from: translate(locale, `server.actionPlans.status.${from}`),
      to: translate(locale, `server.actionPlans.status.${to}`),
    }),
  readOnly: () => new HttpError(409, 'plan_read_only', 'server.actionPlans.readOnly'),
  indicatorComputed: () => new HttpError(409, 'indicator_computed', 'server.actionPlans.indicatorComputed'),
  /** A field whose value is well-formed but not acceptable here. */
  field: (field: string, key: FieldKey, values: Record<string, string | number> = {}) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.actionPlans.${key}`, values } },
    ),
  /** A plan document that does not hold together: each problem under its path, or sheet and cell. */
  planProblems: (problems: Record<string, string>) =>
    new HttpError(
      400,
      'invalid_plan',
      'server.actionPlans.invalidPlan',
      { count: Object.keys(problems).length },
      Object.fromEntries(
        Object.entries(problems).map(([field, message]) => [
          field,
          { key: 'server.actionPlans.problem', values: { message } },
        ]),
      ),
    ),
};
