import { directoryInstitutions, directoryPlaces } from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { listDirectoryInstitutions, listDirectoryPlaces } from '../../services/directory.js';

export function directoryRoutes(app: Api): void {
  const tag = 'reference';
  app.route({
    method: 'GET',
    url: '/api/directory/institutions',
    ...operation({
      operationId: 'listDirectoryInstitutions',
      tag,
      summary: 'Active institutions of your country, for referrals and responsible institutions',
      scope: null,
      schema: { response: { 200: directoryInstitutions } },
    }),
    handler: (request) => listDirectoryInstitutions(request.access),
  });
  app.route({
    method: 'GET',
    url: '/api/directory/places',
    ...operation({
      operationId: 'listDirectoryPlaces',
      tag,
      summary: 'Municipalities and administrative units of your country',
      scope: null,
      schema: { response: { 200: directoryPlaces } },
    }),
    handler: (request) => listDirectoryPlaces(request.access),
  });
}
