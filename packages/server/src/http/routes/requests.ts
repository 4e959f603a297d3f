import {
  benefitList,
  benefitTotals,
  benefitTotalsQuery,
  idParams,
  requestAppealBody,
  requestCompleteBody,
  requestCreateBody,
  requestDecideBody,
  requestDocumentBody,
  requestExecutionBody,
  requestExternalDecisionBody,
  requestList,
  requestNotifyBody,
  requestStepBody,
  requestUpdateBody,
  requestView,
  schemeList,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { benefitTotals as totals, householdBenefits } from '../../services/requests/benefits.js';
import { createRequest, recordRequestDocument, updateRequest } from '../../services/requests/create.js';
import { completeExecution, startExecution } from '../../services/requests/execution.js';
import { recordExternalDecision } from '../../services/requests/external.js';
import { getRequest, listCaseRequests } from '../../services/requests/read.js';
import { listSchemes } from '../../services/requests/schemes.js';
import {
  appealRequest,
  decideRequest,
  notifyRequest,
  reviewRequest,
  submitRequest,
  withdrawRequest,
} from '../../services/requests/steps.js';

export function requestRoutes(app: Api): void {
  const tag = 'requests';
  const deps = { countries: app.deps.countries };
  app.route({
    method: 'GET',
    url: '/api/schemes',
    ...operation({
      operationId: 'listSchemes',
      tag,
      summary: 'The support schemes of your country: deciding and executing body, documents, deadlines',
      scope: null,
      schema: { response: { 200: schemeList } },
    }),
    handler: (request) => listSchemes(request.access, deps),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/requests',
    ...operation({
      operationId: 'createRequest',
      tag,
      summary: 'File a draft request for a scheme on behalf of a member of the case’s household',
      scope: 'request.file',
      record: 'case',
      schema: { params: idParams, body: requestCreateBody, response: { 201: requestView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createRequest(request.access, deps, request.params.id, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/requests',
    ...operation({
      operationId: 'listCaseRequests',
      tag,
      summary: 'The requests of a case, oldest first, with status and deadlines',
      scope: 'case.read',
      record: 'case',
      schema: { params: idParams, response: { 200: requestList } },
    }),
    handler: (request) => listCaseRequests(request.access, deps, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/requests/:id',
    ...operation({
      operationId: 'getRequest',
      tag,
      summary:
        'One request with its documents, decisions, appeals, execution and deadlines, for the case side and the deciding and executing institutions',
      scope: null,
      record: 'request',
      schema: { params: idParams, response: { 200: requestView } },
    }),
    handler: (request) => getRequest(request.access, deps, request.params.id),
  });
  app.route({
    method: 'PUT',
    url: '/api/requests/:id',
    ...operation({
      operationId: 'updateRequest',
      tag,
      summary: 'Edit a draft request (description, amount)',
      scope: 'request.file',
      record: 'request',
      schema: { params: idParams, body: requestUpdateBody, response: { 200: requestView } },
    }),
    handler: (request) => updateRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/documents',
    ...operation({
      operationId: 'recordRequestDocument',
      tag,
      summary: 'Attach a document of the case to a requirement of the scheme, or waive it with a reason',
      scope: 'request.file',
      record: 'request',
      schema: { params: idParams, body: requestDocumentBody, response: { 200: requestView } },
    }),
    handler: (request) => recordRequestDocument(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/submit',
    ...operation({
      operationId: 'submitRequest',
      tag,
      summary: 'Submit a draft: every required document attached or waived; the decision deadline starts',
      scope: 'request.file',
      record: 'request',
      schema: { params: idParams, body: requestStepBody, response: { 200: requestView } },
    }),
    handler: (request) => submitRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/review',
    ...operation({
      operationId: 'reviewRequest',
      tag,
      summary: 'The deciding institution takes the request up (submitted → under review)',
      scope: 'request.review',
      record: 'request',
      schema: { params: idParams, body: requestStepBody, response: { 200: requestView } },
    }),
    handler: (request) => reviewRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/decide',
    ...operation({
      operationId: 'decideRequest',
      tag,
      summary:
        'A direct decision by the deciding institution (schemes decided by a commission are decided at its meeting)',
      scope: 'request.decide',
      record: 'request',
      schema: { params: idParams, body: requestDecideBody, response: { 200: requestView } },
    }),
    handler: (request) => decideRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/external-decision',
    ...operation({
      operationId: 'recordExternalDecision',
      tag,
      summary:
        'The case side records the decision of a deciding body outside Vatra (Tax Administration) from its letter',
      scope: 'request.file',
      record: 'request',
      schema: { params: idParams, body: requestExternalDecisionBody, response: { 200: requestView } },
    }),
    handler: (request) => recordExternalDecision(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/notify',
    ...operation({
      operationId: 'notifyRequest',
      tag,
      summary: 'Record the day the applicant was notified of the decision; the appeal window runs from it',
      scope: null,
      record: 'request',
      schema: { params: idParams, body: requestNotifyBody, response: { 200: requestView } },
    }),
    handler: (request) => notifyRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/appeals',
    ...operation({
      operationId: 'appealRequest',
      tag,
      summary: 'File an appeal against the decision within the appeal window, on the applicant’s behalf',
      scope: 'request.file',
      record: 'request',
      schema: { params: idParams, body: requestAppealBody, response: { 200: requestView } },
    }),
    handler: (request) => appealRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/execution',
    ...operation({
      operationId: 'startRequestExecution',
      tag,
      summary: 'The executing institution starts carrying out a final positive decision',
      scope: 'request.execute',
      record: 'request',
      schema: { params: idParams, body: requestExecutionBody, response: { 200: requestView } },
    }),
    handler: (request) => startExecution(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/execution/complete',
    ...operation({
      operationId: 'completeRequestExecution',
      tag,
      summary:
        'The executing institution completes the execution with date and actual cost; the benefit is recorded',
      scope: 'request.execute',
      record: 'request',
      schema: { params: idParams, body: requestCompleteBody, response: { 200: requestView } },
    }),
    handler: (request) => completeExecution(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/withdraw',
    ...operation({
      operationId: 'withdrawRequest',
      tag,
      summary: 'Withdraw a request not yet decided',
      scope: 'request.file',
      record: 'request',
      schema: { params: idParams, body: requestStepBody, response: { 200: requestView } },
    }),
    handler: (request) => withdrawRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/households/:id/benefits',
    ...operation({
      operationId: 'householdBenefits',
      tag,
      summary:
        'The benefits register of a household: what each member received, when, from whom, at what cost',
      scope: 'case.read',
      record: 'household',
      schema: { params: idParams, response: { 200: benefitList } },
    }),
    handler: (request) => householdBenefits(request.access, deps, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/benefits',
    ...operation({
      operationId: 'benefitTotals',
      tag,
      summary: 'Totals of benefits per scheme and year in your jurisdiction',
      scope: 'case.read',
      schema: { querystring: benefitTotalsQuery, response: { 200: benefitTotals } },
    }),
    handler: (request) => totals(request.access, deps, request.query),
  });
}
