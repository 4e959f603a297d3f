import { errorBody } from '@vatra/core';
import type { FastifyContextConfig, FastifySchema } from 'fastify';
import type { RecordKind, RouteScope } from './route-access.js';

export const ERROR_RESPONSES = {
  400: errorBody.describe('Invalid input: fields name the problems'),
  401: errorBody.describe('Not logged in or session expired'),
  403: errorBody.describe('Missing scope, outside jurisdiction, or bad CSRF token (audited)'),
  404: errorBody.describe('No such record'),
  409: errorBody.describe('Stale version or duplicate'),
  422: errorBody.describe('Refers to something missing or out of reach'),
  429: errorBody.describe('Too many attempts'),
} as const;

interface OperationDef<S extends FastifySchema> {
  operationId: string;
  tag: string;
  summary: string;
  /** null: any logged-in user; a list: any one of the scopes. */
  scope: RouteScope;
  record?: RecordKind;
  /** See RouteAccess: a unit's worker may read this record in the unit's municipality. */
  readFromUnit?: true;
  schema: S;
}

/**
 * One API operation's declaration: OpenAPI id, tag and summary, the scope it needs and the
 * record whose jurisdiction is checked. The access hook and the access-matrix test read it.
 */
export function operation<S extends FastifySchema & { response?: Record<number, unknown> }>(
  def: OperationDef<S>,
) {
  const schema = {
    ...def.schema,
    operationId: def.operationId,
    tags: [def.tag],
    summary: def.summary,
    security: [{ session: [] }],
    response: { ...ERROR_RESPONSES, ...(def.schema.response ?? {}) },
  } as S;
  const config: FastifyContextConfig = {
    access: {
      scope: def.scope,
      tag: def.tag,
      operationId: def.operationId,
      ...(def.record ? { record: def.record } : {}),
      ...(def.readFromUnit ? { readFromUnit: true as const } : {}),
    },
  };
  return { schema, config };
}

/** A public operation (login, health, the OpenAPI document). */
export function publicOperation<S extends FastifySchema & { response?: Record<number, unknown> }>(
  def: Omit<OperationDef<S>, 'scope' | 'record'>,
) {
  const schema = {
    ...def.schema,
    operationId: def.operationId,
    tags: [def.tag],
    summary: def.summary,
    response: { ...ERROR_RESPONSES, ...(def.schema.response ?? {}) },
  } as S;
  const config: FastifyContextConfig = { access: { public: true } };
  return { schema, config };
}
