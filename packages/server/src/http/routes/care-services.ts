import {
  approvalDecideBody,
  approvalItemBody,
  approvalListCreateBody,
  approvalListView,
  approvalLists,
  approvalSubmitBody,
  careServiceList,
  enrolBody,
  enrolmentActivateBody,
  enrolmentEndBody,
  enrolmentList,
  enrolmentView,
  idParams,
  providerCreateBody,
  providerList,
  providerServiceBody,
  providerServiceParams,
  providerServiceUpdateBody,
  providerUpdateBody,
  providerView,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import {
  addApprovalItem,
  createApprovalList,
  decideApprovalList,
  getApprovalList,
  listApprovalLists,
  submitApprovalList,
} from '../../services/care-services/approvals.js';
import { listCareServices } from '../../services/care-services/catalogue.js';
import {
  activateEnrolment,
  endEnrolment,
  enrol,
  listPersonEnrolments,
} from '../../services/care-services/enrolments.js';
import {
  addProviderService,
  createProvider,
  getProvider,
  listProviders,
  updateProvider,
  updateProviderService,
} from '../../services/care-services/providers.js';

/** The care-service basket, providers, enrolments and the Council's approval lists (issue 6). */
export function careServiceRoutes(app: Api): void {
  const tag = 'care-services';
  const deps = { countries: app.deps.countries };
  app.route({
    method: 'GET',
    url: '/api/care/services',
    ...operation({
      operationId: 'listCareServices',
      tag,
      summary: 'The care-service basket of your country: category, target groups, national standard',
      scope: 'care.read',
      schema: { response: { 200: careServiceList } },
    }),
    handler: (request) => listCareServices(request.access, deps),
  });
  app.route({
    method: 'GET',
    url: '/api/care/providers',
    ...operation({
      operationId: 'listCareProviders',
      tag,
      summary: 'Providers in your jurisdiction with licence status, capacity, occupancy and waiting lists',
      scope: 'care.read',
      schema: { response: { 200: providerList } },
    }),
    handler: (request) => listProviders(request.access),
  });
  app.route({
    method: 'POST',
    url: '/api/care/providers',
    ...operation({
      operationId: 'createCareProvider',
      tag,
      summary: 'Register a provider (public, NGO or private) with its licence and funding',
      scope: 'care.manage',
      schema: { body: providerCreateBody, response: { 201: providerView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createProvider(request.access, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/care/providers/:id',
    ...operation({
      operationId: 'getCareProvider',
      tag,
      summary: 'A provider with its services, the persons enrolled and each waiting list in order',
      scope: 'care.read',
      record: 'care_provider',
      readFromUnit: true,
      schema: { params: idParams, response: { 200: providerView } },
    }),
    handler: (request) => getProvider(request.access, request.params.id),
  });
  app.route({
    method: 'PATCH',
    url: '/api/care/providers/:id',
    ...operation({
      operationId: 'updateCareProvider',
      tag,
      summary: 'Edit a provider: licence, place, funding, active',
      scope: 'care.manage',
      record: 'care_provider',
      schema: { params: idParams, body: providerUpdateBody, response: { 200: providerView } },
    }),
    handler: (request) => updateProvider(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/providers/:id/services',
    ...operation({
      operationId: 'addCareProviderService',
      tag,
      summary: 'Add a service of the basket to a provider with its capacity',
      scope: 'care.manage',
      record: 'care_provider',
      schema: { params: idParams, body: providerServiceBody, response: { 200: providerView } },
    }),
    handler: (request) => addProviderService(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'PATCH',
    url: '/api/care/providers/:id/services/:serviceId',
    ...operation({
      operationId: 'updateCareProviderService',
      tag,
      summary: 'Change a service’s capacity (never below the places taken), place or activity',
      scope: 'care.manage',
      record: 'care_provider',
      schema: {
        params: providerServiceParams,
        body: providerServiceUpdateBody,
        response: { 200: providerView },
      },
    }),
    handler: (request) =>
      updateProviderService(request.access, request.params.id, request.params.serviceId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/enrolments',
    ...operation({
      operationId: 'enrolInCareService',
      tag,
      summary:
        'Enrol a person: a free place, or the waiting list; refused when full, unlicensed or unapproved',
      scope: 'care.manage',
      schema: { body: enrolBody, response: { 201: enrolmentView } },
    }),
    handler: async (request, reply) => reply.code(201).send(await enrol(request.access, deps, request.body)),
  });
  app.route({
    method: 'POST',
    url: '/api/care/enrolments/:id/activate',
    ...operation({
      operationId: 'activateCareEnrolment',
      tag,
      summary: 'Move the first person waiting into a free place',
      scope: 'care.manage',
      record: 'care_enrolment',
      schema: { params: idParams, body: enrolmentActivateBody, response: { 200: enrolmentView } },
    }),
    handler: (request) => activateEnrolment(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/enrolments/:id/end',
    ...operation({
      operationId: 'endCareEnrolment',
      tag,
      summary: 'End a place or take a person off the waiting list, with the reason',
      scope: 'care.manage',
      record: 'care_enrolment',
      schema: { params: idParams, body: enrolmentEndBody, response: { 200: enrolmentView } },
    }),
    handler: (request) => endEnrolment(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/persons/:id/care-enrolments',
    ...operation({
      operationId: 'listPersonCareEnrolments',
      tag,
      summary: 'A person’s places and waiting-list entries in care services, newest first',
      scope: 'care.read',
      record: 'person',
      schema: { params: idParams, response: { 200: enrolmentList } },
    }),
    handler: (request) => listPersonEnrolments(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/care/council-lists',
    ...operation({
      operationId: 'listCouncilApprovalLists',
      tag,
      summary: 'Lists of proposed beneficiaries for the Municipal Council, newest first',
      scope: 'care.read',
      schema: { response: { 200: approvalLists } },
    }),
    handler: (request) => listApprovalLists(request.access),
  });
  app.route({
    method: 'POST',
    url: '/api/care/council-lists',
    ...operation({
      operationId: 'createCouncilApprovalList',
      tag,
      summary: 'Start a list of proposed beneficiaries of community and residential services',
      scope: 'care.manage',
      schema: { body: approvalListCreateBody, response: { 201: approvalListView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createApprovalList(request.access, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/care/council-lists/:id',
    ...operation({
      operationId: 'getCouncilApprovalList',
      tag,
      summary: 'A list with its proposals, their documentation and the Council’s decisions',
      scope: 'care.read',
      record: 'council_list',
      schema: { params: idParams, response: { 200: approvalListView } },
    }),
    handler: (request) => getApprovalList(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/care/council-lists/:id/items',
    ...operation({
      operationId: 'proposeCouncilBeneficiary',
      tag,
      summary: 'Propose a person for a service with the documentation (draft lists only)',
      scope: 'care.manage',
      record: 'council_list',
      schema: { params: idParams, body: approvalItemBody, response: { 200: approvalListView } },
    }),
    handler: (request) => addApprovalItem(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/council-lists/:id/submit',
    ...operation({
      operationId: 'submitCouncilApprovalList',
      tag,
      summary: 'Send the list to the Council: every proposal must have its documentation',
      scope: 'care.manage',
      record: 'council_list',
      schema: { params: idParams, body: approvalSubmitBody, response: { 200: approvalListView } },
    }),
    handler: (request) => submitApprovalList(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/council-lists/:id/decide',
    ...operation({
      operationId: 'decideCouncilApprovalList',
      tag,
      summary: 'Record the Council’s decision (number, date) approving or rejecting each proposal',
      scope: 'care.manage',
      record: 'council_list',
      schema: { params: idParams, body: approvalDecideBody, response: { 200: approvalListView } },
    }),
    handler: (request) => decideApprovalList(request.access, request.params.id, request.body),
  });
}
