import { negotiateLocale } from '@vatra/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AccessContext } from '../services/access/context.js';
import { SESSION_COOKIE, resolveSession } from '../services/access/sessions.js';
import type { Settings } from '../settings.js';
import type { Db } from '../db/open.js';
import { HttpError, errors } from './errors.js';
import { coversPath, readPathsWithUnitMunicipality } from '../services/access/unit-reach.js';
import { locateRecord, scopeAllows } from './route-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    access: AccessContext;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every API request passes here before its body is even validated: the session is resolved,
 * CSRF checked for state-changing requests, the route's scope and the record's jurisdiction
 * enforced, and each refusal audited. Routes without an access declaration are refused, so a
 * forgotten declaration fails closed.
 */
export function registerAccessHook(app: FastifyInstance, db: Db, settings: Settings): void {
  app.decorateRequest('access', null as unknown as AccessContext);

  app.addHook('onRequest', async (request) => {
    // Static files of the web app and /healthz need no session: no database work for them.
    const token = request.url.startsWith('/api/') ? request.cookies[SESSION_COOKIE] : undefined;
    const resolved = token
      ? await resolveSession(db.kysely, settings, token)
      : { user: null, expired: false };
    const locale = resolved.user?.locale ?? negotiateLocale(request.headers['accept-language']);
    const access = request.routeOptions.config.access;
    const operation = access && 'operationId' in access ? access.operationId : 'unknown';
    request.access = new AccessContext(db.kysely, resolved.user, request.ip ?? null, locale, operation);
    if (resolved.expired) request.sessionExpired = true;
  });

  app.addHook('preValidation', async (request) => {
    const url = request.routeOptions.url ?? '';
    if (!url.startsWith('/api/')) return;
    const access = request.routeOptions.config.access;
    if (!access) throw errors.forbidden();
    if ('public' in access) {
      checkOrigin(request);
      return;
    }
    const user = request.access.user;
    if (!user) {
      throw request.sessionExpired
        ? new HttpError(401, 'session_expired', 'server.errors.sessionExpired')
        : errors.unauthenticated();
    }
    if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== user.csrfToken) {
      await request.access.deny({ reason: 'csrf' });
      throw errors.csrf();
    }
    if (access.scope !== null && !scopeAllows(access.scope, (scope) => request.access.has(scope))) {
      await request.access.deny({
        reason: 'scope',
        scope: typeof access.scope === 'string' ? access.scope : access.scope.join('|'),
      });
      throw errors.forbidden();
    }
    if (access.record) {
      const id = (request.params as Record<string, string> | undefined)?.id ?? '';
      const path = await locateRecord(db.kysely, access.record, id);
      // An id that is not a record is left to validation (bad format) or the handler (404).
      if (path !== undefined) {
        const reach = access.readFromUnit ? await readPathsWithUnitMunicipality(request.access) : [];
        if (!coversPath(reach, path)) await request.access.requireInJurisdiction(access.record, id, path);
      }
    }
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    sessionExpired?: boolean;
  }
}

/** Requests that change state without a session (login) must come from this site if they say where from. */
function checkOrigin(request: FastifyRequest): void {
  if (!UNSAFE.has(request.method)) return;
  const origin = request.headers.origin;
  if (!origin) return;
  try {
    if (new URL(origin).host !== request.headers.host) throw errors.csrf();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw errors.csrf();
  }
}
