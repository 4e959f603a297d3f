import {
  assistedHousehold,
  assistedHouseholdBody,
  assistedHouseholdEndBody,
  assistedHouseholdList,
  assistedHouseholdsQuery,
  employmentList,
  employmentListQuery,
  employmentListXlsxQuery,
  employmentSendBody,
  idParams,
  jobOfferRefusalBody,
  jobSeekerProfile,
  jobSeekerProfileBody,
  jobSeekerProfileList,
  jobSeekerProfileUpdateBody,
  jobSeekerReviewBody,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { sendFile } from '../replies.js';
import { addAssisted, endAssisted, listAssisted } from '../../services/employment/households.js';
import {
  createProfile,
  getProfile,
  listProfiles,
  recordRefusal,
  reviewProfile,
  updateProfile,
} from '../../services/employment/job-seekers.js';
import { monthlyListXlsx } from '../../services/employment/list-xlsx.js';
import { monthlyList, sendList } from '../../services/employment/monthly-list.js';

/** Economic assistance linked to the Employment Office (issue 6, item 7). */
export function employmentRoutes(app: Api): void {
  const tag = 'employment';
  const config = { countries: app.deps.countries };
  app.route({
    method: 'GET',
    url: '/api/employment/households',
    ...operation({
      operationId: 'listAssistedHouseholds',
      tag,
      summary: 'The register of households on economic assistance or the 6% fund (optionally of one month)',
      scope: 'care.read',
      schema: { querystring: assistedHouseholdsQuery, response: { 200: assistedHouseholdList } },
    }),
    handler: (request) => listAssisted(request.access, request.query),
  });
  app.route({
    method: 'POST',
    url: '/api/employment/households',
    ...operation({
      operationId: 'addAssistedHousehold',
      tag,
      summary: 'Enter a household’s assistance period (scheme, area, national reference, months)',
      scope: 'care.assess',
      schema: { body: assistedHouseholdBody, response: { 201: assistedHousehold } },
    }),
    handler: async (request, reply) => reply.code(201).send(await addAssisted(request.access, request.body)),
  });
  app.route({
    method: 'PATCH',
    url: '/api/employment/households/:id',
    ...operation({
      operationId: 'endAssistedHousehold',
      tag,
      summary: 'Set the last month of an assistance period',
      scope: 'care.assess',
      record: 'assisted_household',
      schema: { params: idParams, body: assistedHouseholdEndBody, response: { 200: assistedHousehold } },
    }),
    handler: (request) => endAssisted(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/employment/list',
    ...operation({
      operationId: 'getEmploymentList',
      tag,
      summary: 'The monthly list of working-age members of assisted households for the Employment Office',
      scope: 'care.read',
      schema: { querystring: employmentListQuery, response: { 200: employmentList } },
    }),
    handler: (request) => monthlyList(request.access, config, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/employment/list.xlsx',
    ...operation({
      operationId: 'exportEmploymentList',
      tag,
      summary: 'The monthly list as XLSX (sq, sr or en)',
      scope: 'care.read',
      schema: { querystring: employmentListXlsxQuery },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await monthlyListXlsx(request.access, config, request.query)),
  });
  app.route({
    method: 'POST',
    url: '/api/employment/list/sends',
    ...operation({
      operationId: 'sendEmploymentList',
      tag,
      summary: 'Record that a month’s list was sent to the Employment Office (once a month)',
      scope: 'care.assess',
      schema: { body: employmentSendBody, response: { 201: employmentList } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await sendList(request.access, config, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/employment/job-seekers',
    ...operation({
      operationId: 'listJobSeekerProfiles',
      tag,
      summary: 'Job-seeker profiles with their reviews, refused offers and next review date',
      scope: 'care.read',
      schema: { response: { 200: jobSeekerProfileList } },
    }),
    handler: (request) => listProfiles(request.access, config),
  });
  app.route({
    method: 'POST',
    url: '/api/employment/job-seekers',
    ...operation({
      operationId: 'createJobSeekerProfile',
      tag,
      summary: 'Register a person as a job seeker (Employment Office)',
      scope: 'employment.record',
      schema: { body: jobSeekerProfileBody, response: { 201: jobSeekerProfile } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createProfile(request.access, config, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/employment/job-seekers/:id',
    ...operation({
      operationId: 'getJobSeekerProfile',
      tag,
      summary: 'A job-seeker profile',
      scope: 'care.read',
      record: 'job_seeker_profile',
      schema: { params: idParams, response: { 200: jobSeekerProfile } },
    }),
    handler: (request) => getProfile(request.access, config, request.params.id),
  });
  app.route({
    method: 'PATCH',
    url: '/api/employment/job-seekers/:id',
    ...operation({
      operationId: 'updateJobSeekerProfile',
      tag,
      summary: 'Edit a job-seeker profile’s qualification and experience',
      scope: 'employment.record',
      record: 'job_seeker_profile',
      schema: { params: idParams, body: jobSeekerProfileUpdateBody, response: { 200: jobSeekerProfile } },
    }),
    handler: (request) => updateProfile(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/employment/job-seekers/:id/reviews',
    ...operation({
      operationId: 'reviewJobSeekerProfile',
      tag,
      summary: 'Record the periodic review of a job-seeker profile',
      scope: 'employment.record',
      record: 'job_seeker_profile',
      schema: { params: idParams, body: jobSeekerReviewBody, response: { 201: jobSeekerProfile } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await reviewProfile(request.access, config, request.params.id, request.body)),
  });
  app.route({
    method: 'POST',
    url: '/api/employment/job-seekers/:id/refusals',
    ...operation({
      operationId: 'recordJobOfferRefusal',
      tag,
      summary: 'Record a job offer the person refused (nobody is removed from the list for it)',
      scope: 'employment.record',
      record: 'job_seeker_profile',
      schema: { params: idParams, body: jobOfferRefusalBody, response: { 201: jobSeekerProfile } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await recordRefusal(request.access, config, request.params.id, request.body)),
  });
}
