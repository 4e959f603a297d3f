import { translate, type Locale } from '@vatra/core';

export interface FieldProblem {
  key: string;
  values?: Record<string, string | number>;
}

/** An error with an HTTP status and a catalog key; the error handler localises it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    readonly values: Record<string, string | number> = {},
    readonly fields?: Record<string, FieldProblem>,
  ) {
    super(code);
  }

  body(locale: Locale) {
    const fields = this.fields
      ? Object.fromEntries(
          Object.entries(this.fields).map(([name, problem]) => [
            name,
            translate(locale, problem.key, problem.values),
          ]),
        )
      : undefined;
    return {
      error: {
        code: this.code,
        message: translate(locale, this.messageKey, this.values),
        ...(fields ? { fields } : {}),
      },
    };
  }
}

export const errors = {
  unauthenticated: () => new HttpError(401, 'unauthenticated', 'server.errors.unauthenticated'),
  forbidden: () => new HttpError(403, 'forbidden', 'server.errors.forbidden'),
  outOfJurisdiction: () => new HttpError(403, 'out_of_jurisdiction', 'server.errors.outOfJurisdiction'),
  csrf: () => new HttpError(403, 'csrf', 'server.errors.csrf'),
  notFound: () => new HttpError(404, 'not_found', 'server.errors.notFound'),
  conflict: () => new HttpError(409, 'conflict', 'server.errors.conflict'),
  invalidCredentials: () => new HttpError(401, 'invalid_credentials', 'server.errors.invalidCredentials'),
  throttled: (minutes: number) => new HttpError(429, 'throttled', 'server.errors.throttled', { minutes }),
  /** A value that is well-formed but refers to something missing or out of reach. */
  badReference: (field: string) =>
    new HttpError(
      422,
      'bad_reference',
      'server.errors.badReference',
      { field },
      {
        [field]: { key: 'server.fields.invalidOption' },
      },
    ),
  duplicate: (field: string) =>
    new HttpError(
      409,
      'duplicate',
      'server.errors.duplicate',
      { field },
      {
        [field]: { key: 'server.fields.invalid' },
      },
    ),
  wrongPassword: () =>
    new HttpError(
      422,
      'wrong_password',
      'server.errors.wrongPassword',
      {},
      {
        currentPassword: { key: 'server.fields.invalid' },
      },
    ),
  selfDeactivate: () => new HttpError(422, 'self_deactivate', 'server.errors.selfDeactivate'),
};
