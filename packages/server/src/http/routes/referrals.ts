import {
  idParams,
  referralAcceptBody,
  referralCompleteBody,
  referralCreateBody,
  referralDeclineBody,
  referralInboxQuery,
  referralList,
  referralPage,
  referralReceiveBody,
  referralView,
  referralWithdrawBody,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { createReferral } from '../../services/referrals/create.js';
import { getReferral, listCaseReferrals, referralInbox } from '../../services/referrals/read.js';
import { transitionReferral } from '../../services/referrals/transitions.js';

export function referralRoutes(app: Api): void {
  const tag = 'referrals';
  const deps = { countries: app.deps.countries };
  app.route({
    method: 'POST',
    url: '/api/cases/:id/referrals',
    ...operation({
      operationId: 'createReferral',
      tag,
      summary:
        'Refer a case (or one member of its household) from your institution to another institution working where the case is',
      scope: 'referral.send',
      record: 'case',
      schema: { params: idParams, body: referralCreateBody, response: { 201: referralView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createReferral(request.access, deps, request.params.id, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/referrals',
    ...operation({
      operationId: 'listCaseReferrals',
      tag,
      summary: 'The referrals of a case, oldest first, with their answers and feedback',
      scope: 'case.read',
      record: 'case',
      schema: { params: idParams, response: { 200: referralList } },
    }),
    handler: (request) => listCaseReferrals(request.access, deps, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/referrals/inbox',
    ...operation({
      operationId: 'referralInbox',
      tag,
      summary:
        'Referrals to your institution: those awaiting an answer first (oldest first), then the answered ones',
      scope: 'referral.answer',
      schema: { querystring: referralInboxQuery, response: { 200: referralPage } },
    }),
    handler: (request) => referralInbox(request.access, deps, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/referrals/:id',
    ...operation({
      operationId: 'getReferral',
      tag,
      summary:
        'One referral: for the receiving institution (with the person’s name, date of birth and settlement) and for users who may see the case; others are refused (audited)',
      scope: null,
      record: 'referral',
      schema: { params: idParams, response: { 200: referralView } },
    }),
    handler: (request) => getReferral(request.access, deps, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/referrals/:id/receive',
    ...operation({
      operationId: 'receiveReferral',
      tag,
      summary: 'The receiving institution confirms it has the referral (sent → received)',
      scope: 'referral.answer',
      record: 'referral',
      schema: { params: idParams, body: referralReceiveBody, response: { 200: referralView } },
    }),
    handler: (request) =>
      transitionReferral(request.access, deps, request.params.id, { action: 'receive', ...request.body }),
  });
  app.route({
    method: 'POST',
    url: '/api/referrals/:id/accept',
    ...operation({
      operationId: 'acceptReferral',
      tag,
      summary: 'The receiving institution accepts the referral, optionally with a note (received → accepted)',
      scope: 'referral.answer',
      record: 'referral',
      schema: { params: idParams, body: referralAcceptBody, response: { 200: referralView } },
    }),
    handler: (request) =>
      transitionReferral(request.access, deps, request.params.id, { action: 'accept', ...request.body }),
  });
  app.route({
    method: 'POST',
    url: '/api/referrals/:id/decline',
    ...operation({
      operationId: 'declineReferral',
      tag,
      summary: 'The receiving institution declines the referral with a reason (received → declined)',
      scope: 'referral.answer',
      record: 'referral',
      schema: { params: idParams, body: referralDeclineBody, response: { 200: referralView } },
    }),
    handler: (request) =>
      transitionReferral(request.access, deps, request.params.id, { action: 'decline', ...request.body }),
  });
  app.route({
    method: 'POST',
    url: '/api/referrals/:id/complete',
    ...operation({
      operationId: 'completeReferral',
      tag,
      summary:
        'The receiving institution reports back: the service was delivered, with feedback (accepted → completed); its plan item becomes done',
      scope: 'referral.answer',
      record: 'referral',
      schema: { params: idParams, body: referralCompleteBody, response: { 200: referralView } },
    }),
    handler: (request) =>
      transitionReferral(request.access, deps, request.params.id, { action: 'complete', ...request.body }),
  });
  app.route({
    method: 'POST',
    url: '/api/referrals/:id/withdraw',
    ...operation({
      operationId: 'withdrawReferral',
      tag,
      summary: 'The sending side withdraws a referral not yet answered (sent | received → withdrawn)',
      scope: 'referral.send',
      record: 'referral',
      schema: { params: idParams, body: referralWithdrawBody, response: { 200: referralView } },
    }),
    handler: (request) =>
      transitionReferral(request.access, deps, request.params.id, { action: 'withdraw', ...request.body }),
  });
}
