import {
  careAssessBody,
  careCaseDetail,
  careCasePage,
  careCloseBody,
  careDirectory,
  careDirectoryQuery,
  careFollowUpBody,
  careListQuery,
  careOpenBody,
  carePlanBody,
  careReferralAnswerBody,
  careReferralBody,
  careReferralParams,
  careSensitivityBody,
  idParams,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { assessCareCase } from '../../services/care/assess.js';
import { closeCareCase } from '../../services/care/close.js';
import { careDirectory as readCareDirectory } from '../../services/care/directory.js';
import { openCareCase } from '../../services/care/open.js';
import { makeCarePlan } from '../../services/care/plan.js';
import { getCareCase, listCareCases } from '../../services/care/read.js';
import { answerCareReferral, followUpCareReferral, referCareCase } from '../../services/care/referrals.js';
import { changeCareSensitivity } from '../../services/care/sensitivity.js';

export function careRoutes(app: Api): void {
  const tag = 'care';
  const config = { countries: app.deps.countries, forms: app.deps.forms };
  app.route({
    method: 'GET',
    url: '/api/care/cases',
    ...operation({
      operationId: 'listCareCases',
      tag,
      summary: 'Social-care cases you may see, newest first (sensitive ones only for their team)',
      scope: 'care.read',
      schema: { querystring: careListQuery, response: { 200: careCasePage } },
    }),
    handler: (request) => listCareCases(request.access, request.query),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases',
    ...operation({
      operationId: 'openCareCase',
      tag,
      summary:
        'Open a social-care case from any channel (walk-in, NGO, police, school, health, village head, community meeting, phone line, returnee case), with the referrer and the returnee flag',
      scope: 'care.assess',
      schema: { body: careOpenBody, response: { 201: careCaseDetail } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await openCareCase(request.access, config, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/care/directory',
    ...operation({
      operationId: 'careReferralDirectory',
      tag,
      summary: 'Referring institutions and parties with the number of care cases each referred in a year',
      scope: 'care.read',
      schema: { querystring: careDirectoryQuery, response: { 200: careDirectory } },
    }),
    handler: (request) => readCareDirectory(request.access, request.query.year),
  });
  app.route({
    method: 'GET',
    url: '/api/care/cases/:id',
    ...operation({
      operationId: 'getCareCase',
      tag,
      summary: 'One social-care case: assessments, the care plan, referrals with follow-up, timeline',
      scope: 'care.read',
      record: 'care_case',
      schema: { params: idParams, response: { 200: careCaseDetail } },
    }),
    handler: (request) => getCareCase(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/sensitivity',
    ...operation({
      operationId: 'changeCareSensitivity',
      tag,
      summary:
        'Change a care case’s sensitivity (normal, sensitive, restricted) with a reason: care.manage, or care.dv on the case; a DV case stays restricted',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: idParams, body: careSensitivityBody, response: { 200: careCaseDetail } },
    }),
    handler: (request) => changeCareSensitivity(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/assessments',
    ...operation({
      operationId: 'assessCareCase',
      tag,
      summary: 'Record a needs and risk assessment (the country’s care_assessment form); sets the risk level',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: idParams, body: careAssessBody, response: { 200: careCaseDetail } },
    }),
    handler: (request) => assessCareCase(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/plan',
    ...operation({
      operationId: 'makeCarePlan',
      tag,
      summary:
        'Make the individual care plan (replaces the active one): services at local, regional or central level',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: idParams, body: carePlanBody, response: { 200: careCaseDetail } },
    }),
    handler: (request) => makeCarePlan(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/referrals',
    ...operation({
      operationId: 'referCareCase',
      tag,
      summary:
        'Refer the person to a service at local, regional or central level (an institution or a provider)',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: idParams, body: careReferralBody, response: { 200: careCaseDetail } },
    }),
    handler: (request) => referCareCase(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/referrals/:referralId/answer',
    ...operation({
      operationId: 'answerCareReferral',
      tag,
      summary: 'Record the service’s answer to a referral: accepted, or declined with a reason',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: careReferralParams, body: careReferralAnswerBody, response: { 200: careCaseDetail } },
    }),
    handler: (request) =>
      answerCareReferral(request.access, request.params.id, request.params.referralId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/referrals/:referralId/follow-up',
    ...operation({
      operationId: 'followUpCareReferral',
      tag,
      summary:
        'Follow up an accepted referral: does the service suit the person (suits, partly, does not suit)',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: careReferralParams, body: careFollowUpBody, response: { 200: careCaseDetail } },
    }),
    handler: (request) =>
      followUpCareReferral(request.access, request.params.id, request.params.referralId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/close',
    ...operation({
      operationId: 'closeCareCase',
      tag,
      summary: 'Close a social-care case with the reason',
      scope: 'care.manage',
      record: 'care_case',
      schema: { params: idParams, body: careCloseBody, response: { 200: careCaseDetail } },
    }),
    handler: (request) => closeCareCase(request.access, request.params.id, request.body),
  });
}
