import {
  idParams,
  okBody,
  passwordResetBody,
  userCreateBody,
  userList,
  userListQuery,
  userSummary,
  userUpdateBody,
  versionBody,
  uuid,
} from '@vatra/core';
import { z } from 'zod';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import {
  grantJurisdiction,
  revokeJurisdiction,
  createUser,
  getUser,
  listUsersFor,
  resetPassword,
  setUserActive,
  updateUser,
} from '../../services/access/users.js';

export function adminUserRoutes(app: Api): void {
  const tag = 'admin';
  app.route({
    method: 'GET',
    url: '/api/admin/users',
    ...operation({
      operationId: 'listUsers',
      tag,
      summary: 'Users of institutions in your jurisdiction, paged',
      scope: 'user.manage',
      schema: { querystring: userListQuery, response: { 200: userList } },
    }),
    handler: (request) => listUsersFor(request.access, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/admin/users/:id',
    ...operation({
      operationId: 'getUser',
      tag,
      summary: 'One user',
      scope: 'user.manage',
      record: 'user',
      schema: { params: idParams, response: { 200: userSummary } },
    }),
    handler: (request) => getUser(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/admin/users',
    ...operation({
      operationId: 'createUser',
      tag,
      summary: 'Create a user (must change the password at first login)',
      scope: 'user.manage',
      schema: { body: userCreateBody, response: { 201: userSummary } },
    }),
    handler: async (request, reply) => reply.code(201).send(await createUser(request.access, request.body)),
  });
  app.route({
    method: 'PATCH',
    url: '/api/admin/users/:id',
    ...operation({
      operationId: 'updateUser',
      tag,
      summary: 'Change name, e-mail, institution, roles or language',
      scope: 'user.manage',
      record: 'user',
      schema: { params: idParams, body: userUpdateBody, response: { 200: userSummary } },
    }),
    handler: (request) => updateUser(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/admin/users/:id/deactivate',
    ...operation({
      operationId: 'deactivateUser',
      tag,
      summary: 'Deactivate a user and end their sessions',
      scope: 'user.manage',
      record: 'user',
      schema: { params: idParams, body: versionBody, response: { 200: userSummary } },
    }),
    handler: (request) => setUserActive(request.access, request.params.id, false, request.body.version),
  });
  app.route({
    method: 'POST',
    url: '/api/admin/users/:id/activate',
    ...operation({
      operationId: 'activateUser',
      tag,
      summary: 'Activate a user again',
      scope: 'user.manage',
      record: 'user',
      schema: { params: idParams, body: versionBody, response: { 200: userSummary } },
    }),
    handler: (request) => setUserActive(request.access, request.params.id, true, request.body.version),
  });
  app.route({
    method: 'POST',
    url: '/api/admin/users/:id/reset-password',
    ...operation({
      operationId: 'resetUserPassword',
      tag,
      summary: 'Set a new temporary password; the user must change it at next login',
      scope: 'user.manage',
      record: 'user',
      schema: { params: idParams, body: passwordResetBody, response: { 200: okBody } },
    }),
    handler: async (request) => {
      await resetPassword(request.access, request.params.id, request.body.password);
      return { ok: true as const };
    },
  });
  app.route({
    method: 'POST',
    url: '/api/admin/users/:id/grants',
    ...operation({
      operationId: 'grantJurisdiction',
      tag,
      summary: 'Let a user see one more jurisdiction (one you hold yourself)',
      scope: 'user.manage',
      record: 'user',
      schema: { params: idParams, body: z.object({ jurisdictionId: uuid }), response: { 200: userSummary } },
    }),
    handler: (request) => grantJurisdiction(request.access, request.params.id, request.body.jurisdictionId),
  });
  app.route({
    method: 'DELETE',
    url: '/api/admin/users/:id/grants/:jurisdictionId',
    ...operation({
      operationId: 'revokeJurisdiction',
      tag,
      summary: 'Withdraw a granted jurisdiction',
      scope: 'user.manage',
      record: 'user',
      schema: { params: idParams.extend({ jurisdictionId: uuid }), response: { 200: userSummary } },
    }),
    handler: (request) =>
      revokeJurisdiction(request.access, request.params.id, request.params.jurisdictionId),
  });
}
