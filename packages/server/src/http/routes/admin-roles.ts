import {
  idParams,
  institutionTypeList,
  jurisdictionList,
  roleCreateBody,
  roleList,
  roleSummary,
  roleUpdateBody,
  scopeList,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { listInstitutionTypes, listJurisdictions, listScopes } from '../../services/access/reference.js';
import { createRole, listRoles, updateRole } from '../../services/access/roles.js';

export function adminRoleRoutes(app: Api): void {
  const tag = 'admin';
  app.route({
    method: 'GET',
    url: '/api/admin/roles',
    ...operation({
      operationId: 'listRoles',
      tag,
      summary: 'Roles of the countries you work in, with their scopes',
      scope: null,
      schema: { response: { 200: roleList } },
    }),
    handler: (request) => listRoles(request.access),
  });
  app.route({
    method: 'POST',
    url: '/api/admin/roles',
    ...operation({
      operationId: 'createRole',
      tag,
      summary: 'Create a role as a set of scopes',
      scope: 'role.manage',
      schema: { body: roleCreateBody, response: { 201: roleSummary } },
    }),
    handler: async (request, reply) => reply.code(201).send(await createRole(request.access, request.body)),
  });
  app.route({
    method: 'PATCH',
    url: '/api/admin/roles/:id',
    ...operation({
      operationId: 'updateRole',
      tag,
      summary: "Rename a role or change its scopes (takes effect at the users' next request)",
      scope: 'role.manage',
      record: 'role',
      schema: { params: idParams, body: roleUpdateBody, response: { 200: roleSummary } },
    }),
    handler: (request) => updateRole(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/admin/jurisdictions',
    ...operation({
      operationId: 'listJurisdictions',
      tag: 'reference',
      summary: 'Jurisdictions you may see (your subtrees and their ancestors)',
      scope: null,
      schema: { response: { 200: jurisdictionList } },
    }),
    handler: (request) => listJurisdictions(request.access),
  });
  app.route({
    method: 'GET',
    url: '/api/admin/institution-types',
    ...operation({
      operationId: 'listInstitutionTypes',
      tag: 'reference',
      summary: 'Institution types of the countries you work in',
      scope: null,
      schema: { response: { 200: institutionTypeList } },
    }),
    handler: (request) => listInstitutionTypes(request.access),
  });
  app.route({
    method: 'GET',
    url: '/api/admin/scopes',
    ...operation({
      operationId: 'listScopes',
      tag: 'reference',
      summary: 'The permission vocabulary',
      scope: null,
      schema: { response: { 200: scopeList } },
    }),
    handler: () => listScopes(),
  });
}
