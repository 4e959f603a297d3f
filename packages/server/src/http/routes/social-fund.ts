import {
  idParams,
  socialFundApproveBody,
  socialFundQuery,
  socialFundRejectBody,
  socialFundRequestCreateBody,
  socialFundRequestUpdateBody,
  socialFundRequestView,
  socialFundSubmitBody,
  socialFundXlsxQuery,
  socialFundYear,
  subsidyCreateBody,
  subsidyReportBody,
  subsidyUpdateBody,
  subsidyView,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { sendFile } from '../replies.js';
import {
  approveRequest,
  createRequest,
  rejectRequest,
  submitRequest,
  updateRequest,
} from '../../services/social-fund/requests.js';
import { addSubsidyReport, createSubsidy, updateSubsidy } from '../../services/social-fund/subsidies.js';
import { socialFundXlsx } from '../../services/social-fund/xlsx.js';
import { getYear } from '../../services/social-fund/year.js';
import { SOCIAL_FUND_READ, SOCIAL_FUND_WRITE } from '../../services/social-fund/access.js';

// Reads need care.read or plan.read, writes care.manage or plan.edit (services/social-fund/access.ts).
const READ = SOCIAL_FUND_READ;
const WRITE = SOCIAL_FUND_WRITE;

/** Social Fund requests by year and subsidies to NGOs (issue 6, item 8). */
export function socialFundRoutes(app: Api): void {
  const tag = 'social-fund';
  const deps = { countries: app.deps.countries };
  app.route({
    method: 'GET',
    url: '/api/social-fund',
    ...operation({
      operationId: 'getSocialFundYear',
      tag,
      summary: "A year's Social Fund requests and subsidies to NGOs, with totals (care.read or plan.read)",
      scope: READ,
      schema: { querystring: socialFundQuery, response: { 200: socialFundYear } },
    }),
    handler: (request) => getYear(request.access, deps, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/social-fund/xlsx',
    ...operation({
      operationId: 'socialFundXlsx',
      tag,
      summary: 'The year as XLSX: requests, subsidies, summary by source, in sq, sr or en',
      scope: READ,
      schema: { querystring: socialFundXlsxQuery },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await socialFundXlsx(request.access, deps, request.query)),
  });
  app.route({
    method: 'POST',
    url: '/api/social-fund/requests',
    ...operation({
      operationId: 'createSocialFundRequest',
      tag,
      summary:
        'Draft the request of a service line for a year: municipal share and amount asked of the state',
      scope: WRITE,
      schema: { body: socialFundRequestCreateBody, response: { 201: socialFundRequestView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createRequest(request.access, deps, request.body)),
  });
  app.route({
    method: 'PATCH',
    url: '/api/social-fund/requests/:id',
    ...operation({
      operationId: 'updateSocialFundRequest',
      tag,
      summary: 'Edit a draft request',
      scope: WRITE,
      record: 'social_fund_request',
      schema: {
        params: idParams,
        body: socialFundRequestUpdateBody,
        response: { 200: socialFundRequestView },
      },
    }),
    handler: (request) => updateRequest(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/social-fund/requests/:id/submit',
    ...operation({
      operationId: 'submitSocialFundRequest',
      tag,
      summary: 'Record that the request went to the ministry',
      scope: WRITE,
      record: 'social_fund_request',
      schema: { params: idParams, body: socialFundSubmitBody, response: { 200: socialFundRequestView } },
    }),
    handler: (request) => submitRequest(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/social-fund/requests/:id/approve',
    ...operation({
      operationId: 'approveSocialFundRequest',
      tag,
      summary: "Record the ministry's approval: amount (at most the request), decision number and date",
      scope: WRITE,
      record: 'social_fund_request',
      schema: { params: idParams, body: socialFundApproveBody, response: { 200: socialFundRequestView } },
    }),
    handler: (request) => approveRequest(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/social-fund/requests/:id/reject',
    ...operation({
      operationId: 'rejectSocialFundRequest',
      tag,
      summary: "Record the ministry's refusal with its reason",
      scope: WRITE,
      record: 'social_fund_request',
      schema: { params: idParams, body: socialFundRejectBody, response: { 200: socialFundRequestView } },
    }),
    handler: (request) => rejectRequest(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/social-fund/subsidies',
    ...operation({
      operationId: 'createCareSubsidy',
      tag,
      summary: 'Record a subsidy to an NGO: source, amount, period, what it finances, reporting obligations',
      scope: WRITE,
      schema: { body: subsidyCreateBody, response: { 201: subsidyView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createSubsidy(request.access, deps, request.body)),
  });
  app.route({
    method: 'PATCH',
    url: '/api/social-fund/subsidies/:id',
    ...operation({
      operationId: 'updateCareSubsidy',
      tag,
      summary: 'Edit a subsidy (for example the beneficiaries reached)',
      scope: WRITE,
      record: 'care_subsidy',
      schema: { params: idParams, body: subsidyUpdateBody, response: { 200: subsidyView } },
    }),
    handler: (request) => updateSubsidy(request.access, deps, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/social-fund/subsidies/:id/reports',
    ...operation({
      operationId: 'addCareSubsidyReport',
      tag,
      summary: 'Record a report the NGO sent under the subsidy',
      scope: WRITE,
      record: 'care_subsidy',
      schema: { params: idParams, body: subsidyReportBody, response: { 201: subsidyView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await addSubsidyReport(request.access, request.params.id, request.body)),
  });
}
