import {
  idParams,
  institutionCreateBody,
  institutionList,
  institutionListQuery,
  institutionSummary,
  institutionUpdateBody,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import {
  createInstitution,
  getInstitution,
  listInstitutions,
  updateInstitution,
} from '../../services/access/institutions.js';

export function adminInstitutionRoutes(app: Api): void {
  const tag = 'admin';
  app.route({
    method: 'GET',
    url: '/api/admin/institutions',
    ...operation({
      operationId: 'listInstitutions',
      tag,
      summary: 'Institutions in your jurisdiction, paged',
      scope: 'institution.manage',
      schema: { querystring: institutionListQuery, response: { 200: institutionList } },
    }),
    handler: (request) => listInstitutions(request.access, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/admin/institutions/:id',
    ...operation({
      operationId: 'getInstitution',
      tag,
      summary: 'One institution',
      scope: 'institution.manage',
      record: 'institution',
      schema: { params: idParams, response: { 200: institutionSummary } },
    }),
    handler: (request) => getInstitution(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/admin/institutions',
    ...operation({
      operationId: 'createInstitution',
      tag,
      summary: 'Create an institution (an NGO, a police station, a second office)',
      scope: 'institution.manage',
      schema: { body: institutionCreateBody, response: { 201: institutionSummary } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createInstitution(request.access, request.body)),
  });
  app.route({
    method: 'PATCH',
    url: '/api/admin/institutions/:id',
    ...operation({
      operationId: 'updateInstitution',
      tag,
      summary: 'Rename, deactivate or reactivate an institution',
      scope: 'institution.manage',
      record: 'institution',
      schema: { params: idParams, body: institutionUpdateBody, response: { 200: institutionSummary } },
    }),
    handler: (request) => updateInstitution(request.access, request.params.id, request.body),
  });
}
