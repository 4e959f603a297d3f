import {
  callCreateBody,
  callList,
  callListQuery,
  callMatchList,
  callRanking,
  callStepBody,
  callUpdateBody,
  callView,
  idParams,
  scoreBody,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { listMatches } from '../../services/calls/matches.js';
import { getRanking } from '../../services/calls/ranking.js';
import { getCall, listCalls } from '../../services/calls/read.js';
import { scoreApplication } from '../../services/calls/score.js';
import { closeCall, createCall, openCall, rankCall, updateCall } from '../../services/calls/write.js';

export function callRoutes(app: Api): void {
  const tag = 'calls';
  const deps = { countries: app.deps.countries };
  app.route({
    method: 'GET',
    url: '/api/calls',
    ...operation({
      operationId: 'listCalls',
      tag,
      summary: 'Calls for applications in your jurisdiction (drafts only for the institution running them)',
      scope: null,
      schema: { querystring: callListQuery, response: { 200: callList } },
    }),
    handler: (request) => listCalls(request.access, deps, request.query),
  });
  app.route({
    method: 'POST',
    url: '/api/calls',
    ...operation({
      operationId: 'createCall',
      tag,
      summary: 'Draft a call for a scheme tied to calls that your institution decides',
      scope: 'request.decide',
      schema: { body: callCreateBody, response: { 201: callView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createCall(request.access, deps, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/calls/:id',
    ...operation({
      operationId: 'getCall',
      tag,
      summary: 'One call with its dates, budget, criteria and the steps you may take',
      scope: null,
      record: 'call',
      schema: { params: idParams, response: { 200: callView } },
    }),
    handler: (request) => getCall(request.access, deps, request.params.id),
  });
  app.route({
    method: 'PUT',
    url: '/api/calls/:id',
    ...operation({
      operationId: 'updateCall',
      tag,
      summary: 'Edit a draft call (title, dates, budget, criteria)',
      scope: 'request.decide',
      record: 'call',
      schema: { params: idParams, body: callUpdateBody, response: { 200: callView } },
    }),
    handler: (request) => updateCall(request.access, deps, request.params.id, request.body),
  });
  const steps = [
    ['open', 'openCall', 'Open a draft call for applications', openCall],
    ['close', 'closeCall', 'Close an open call: no more applications', closeCall],
    ['rank', 'rankCall', 'Make the ranking of a closed call final', rankCall],
  ] as const;
  for (const [path, operationId, summary, step] of steps) {
    app.route({
      method: 'POST',
      url: `/api/calls/:id/${path}`,
      ...operation({
        operationId,
        tag,
        summary,
        scope: 'request.decide',
        record: 'call',
        schema: { params: idParams, body: callStepBody, response: { 200: callView } },
      }),
      handler: (request) => step(request.access, deps, request.params.id, request.body),
    });
  }
  app.route({
    method: 'GET',
    url: '/api/calls/:id/matches',
    ...operation({
      operationId: 'listCallMatches',
      tag,
      summary:
        'Persons of open cases whose individual plan or assessment calls for the scheme, with case and case manager, to inform them',
      scope: 'request.file',
      record: 'call',
      schema: { params: idParams, response: { 200: callMatchList } },
    }),
    handler: (request) => listMatches(request.access, deps, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/calls/:id/ranking',
    ...operation({
      operationId: 'getCallRanking',
      tag,
      summary: 'The submitted applications ranked by points, each with its breakdown, and the budget line',
      scope: null,
      record: 'call',
      schema: { params: idParams, response: { 200: callRanking } },
    }),
    handler: (request) => getRanking(request.access, deps, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/requests/:id/score',
    ...operation({
      operationId: 'scoreApplication',
      tag,
      summary: 'Score an application against the call’s criteria (manual ones ticked, bonuses computed)',
      scope: 'request.review',
      record: 'request',
      schema: { params: idParams, body: scoreBody, response: { 200: callRanking } },
    }),
    handler: (request) => scoreApplication(request.access, deps, request.params.id, request.body),
  });
}
