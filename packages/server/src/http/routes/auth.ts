import { changePasswordBody, localeBody, loginBody, meBody, okBody } from '@vatra/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Api } from '../routes.js';
import { errors } from '../errors.js';
import { operation, publicOperation } from '../operation.js';
import { login } from '../../services/access/login.js';
import { buildMe } from '../../services/access/me.js';
import { hashPassword, verifyPassword } from '../../services/access/passwords.js';
import { SESSION_COOKIE, endSession, resolveSession } from '../../services/access/sessions.js';

export function authRoutes(app: Api): void {
  const { db, settings } = app.deps;

  const secureCookie = (request: FastifyRequest) =>
    settings.cookieSecure === 'auto' ? request.protocol === 'https' : settings.cookieSecure;

  const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookie(request),
      path: '/',
    });

  app.route({
    method: 'POST',
    url: '/api/auth/login',
    ...publicOperation({
      operationId: 'login',
      tag: 'auth',
      summary: 'Log in with username and password; sets the session cookie',
      schema: { body: loginBody, response: { 200: meBody } },
    }),
    handler: async (request, reply) => {
      const { token } = await login(db.kysely, settings, request.body.username, request.body.password, {
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
        locale: request.body.locale,
      });
      setSessionCookie(request, reply, token);
      const { user } = await resolveSession(db.kysely, settings, token);
      if (!user) throw errors.unauthenticated();
      return buildMe(db.kysely, user);
    },
  });

  app.route({
    method: 'POST',
    url: '/api/auth/logout',
    ...operation({
      operationId: 'logout',
      tag: 'auth',
      summary: 'End this session',
      scope: null,
      schema: { response: { 200: okBody } },
    }),
    handler: async (request, reply) => {
      const user = request.access.requireUser();
      await endSession(db.kysely, user.sessionId);
      await request.access.audit(db.kysely, {
        action: 'auth.logout',
        recordType: 'user',
        recordId: user.userId,
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  app.route({
    method: 'GET',
    url: '/api/auth/me',
    ...operation({
      operationId: 'getMe',
      tag: 'auth',
      summary: 'The logged-in user, institution, jurisdiction, roles and scopes',
      scope: null,
      schema: { response: { 200: meBody } },
    }),
    handler: (request) => buildMe(db.kysely, request.access.requireUser()),
  });

  app.route({
    method: 'PUT',
    url: '/api/auth/locale',
    ...operation({
      operationId: 'setLocale',
      tag: 'auth',
      summary: "Remember the user's language",
      scope: null,
      schema: { body: localeBody, response: { 200: okBody } },
    }),
    handler: async (request) => {
      const user = request.access.requireUser();
      await db.kysely
        .updateTable('users')
        .set({ locale: request.body.locale })
        .where('id', '=', user.userId)
        .execute();
      return { ok: true as const };
    },
  });

  app.route({
    method: 'POST',
    url: '/api/auth/password',
    ...operation({
      operationId: 'changePassword',
      tag: 'auth',
      summary: 'Change your own password',
      scope: null,
      schema: { body: changePasswordBody, response: { 200: okBody } },
    }),
    handler: async (request) => {
      const user = request.access.requireUser();
      const row = await db.kysely
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', user.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(row.password_hash, request.body.currentPassword))) {
        await request.access.audit(db.kysely, {
          action: 'auth.password',
          outcome: 'failed',
          recordType: 'user',
          recordId: user.userId,
        });
        throw errors.wrongPassword();
      }
      const hash = await hashPassword(request.body.newPassword);
      await db.kysely.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set((eb) => ({ password_hash: hash, must_change_password: false, version: eb('version', '+', 1) }))
          .where('id', '=', user.userId)
          .execute();
        // Other sessions of this account end: a changed password should lock out whoever knew the old one.
        await trx
          .deleteFrom('sessions')
          .where('user_id', '=', user.userId)
          .where('id', '!=', user.sessionId)
          .execute();
        await request.access.audit(trx, {
          action: 'auth.password',
          recordType: 'user',
          recordId: user.userId,
        });
      });
      return { ok: true as const };
    },
  });

  app.get(
    '/healthz',
    { config: { access: { public: true } }, schema: { hide: true } },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(db.kysely);
        return { status: 'ok' };
      } catch {
        return reply.code(503).send({ status: 'unavailable' });
      }
    },
  );
}
