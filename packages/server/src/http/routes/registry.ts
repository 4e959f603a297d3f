import {
  duplicateCheckBody,
  duplicateCheckResult,
  householdCreateBody,
  householdDetail,
  idParams,
  personDetail,
  personHistory as personHistoryBody,
  personMergeBody,
  personSearchQuery,
  personSearchResult,
  personUpdateBody,
  possibleDuplicateError,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { personHistory } from '../../services/registry/history.js';
import { createHousehold, getHousehold } from '../../services/registry/households.js';
import {
  checkDuplicates,
  getPerson,
  mergePersons,
  searchPersons,
  updatePerson,
} from '../../services/registry/persons.js';

export function registryRoutes(app: Api): void {
  const tag = 'registry';
  app.route({
    method: 'GET',
    url: '/api/persons/search',
    ...operation({
      operationId: 'searchPersons',
      tag,
      summary:
        'Persons in your jurisdiction by name (tolerant of spelling and diacritics), date of birth or personal number, best match first',
      scope: 'person.read',
      schema: { querystring: personSearchQuery, response: { 200: personSearchResult } },
    }),
    handler: (request) => searchPersons(request.access, request.query),
  });
  app.route({
    method: 'POST',
    url: '/api/persons/duplicates',
    ...operation({
      operationId: 'checkPersonDuplicates',
      tag,
      summary:
        'Possible duplicates of a person about to be registered, across your country; outside your jurisdiction only municipality, year of birth and initials',
      scope: 'person.register',
      schema: { body: duplicateCheckBody, response: { 200: duplicateCheckResult } },
    }),
    handler: (request) => checkDuplicates(request.access, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/households',
    ...operation({
      operationId: 'createHousehold',
      tag,
      summary:
        'Register a household and its members; strong duplicates must be listed in acknowledgedDuplicates (409 possible_duplicate otherwise)',
      scope: 'person.register',
      schema: { body: householdCreateBody, response: { 201: householdDetail, 409: possibleDuplicateError } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createHousehold(request.access, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/households/:id',
    ...operation({
      operationId: 'getHousehold',
      tag,
      summary: 'A household with the members you may see',
      scope: 'person.read',
      record: 'household',
      schema: { params: idParams, response: { 200: householdDetail } },
    }),
    handler: (request) => getHousehold(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/persons/:id',
    ...operation({
      operationId: 'getPerson',
      tag,
      summary: 'One person (a merged record says which one it was merged into)',
      scope: 'person.read',
      record: 'person',
      schema: { params: idParams, response: { 200: personDetail } },
    }),
    handler: (request) => getPerson(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/persons/:id/history',
    ...operation({
      operationId: 'getPersonHistory',
      tag,
      summary: 'The record history of a person: who changed what and when, and the events of their cases',
      scope: 'person.read',
      record: 'person',
      schema: { params: idParams, response: { 200: personHistoryBody } },
    }),
    handler: (request) => personHistory(request.access, request.params.id),
  });
  app.route({
    method: 'PATCH',
    url: '/api/persons/:id',
    ...operation({
      operationId: 'updatePerson',
      tag,
      summary: 'Change a person’s registration data (optimistic concurrency: send the version you read)',
      scope: 'person.register',
      record: 'person',
      schema: { params: idParams, body: personUpdateBody, response: { 200: personDetail } },
    }),
    handler: (request) => updatePerson(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/persons/:id/merge',
    ...operation({
      operationId: 'mergePersons',
      tag,
      summary:
        'Merge a duplicate record into this one: the duplicate is kept and points here, its household members move here',
      scope: 'person.merge',
      record: 'person',
      schema: { params: idParams, body: personMergeBody, response: { 200: personDetail } },
    }),
    handler: (request) =>
      mergePersons(request.access, request.params.id, request.body.duplicateId, request.body.version),
  });
}
