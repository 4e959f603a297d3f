import {
  dvCaseBody,
  dvExtendBody,
  dvMarkBody,
  dvMeetingBody,
  dvMemberBody,
  dvOrderBody,
  dvOrderParams,
  dvReportBody,
  dvSteeringBody,
  dvSteeringList,
  dvSteeringMeeting,
  dvSteeringQuery,
  idParams,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { extendProtectionOrder } from '../../services/care-dv/extend.js';
import { getDvCase } from '../../services/care-dv/read.js';
import { listSteeringMeetings, recordSteeringMeeting } from '../../services/care-dv/steering.js';
import {
  addDvGroupMeeting,
  addDvGroupMember,
  addProtectionOrder,
  markDvCase,
  submitDvReport,
} from '../../services/care-dv/write.js';

export function careDvRoutes(app: Api): void {
  const tag = 'care-dv';
  const config = { countries: app.deps.countries, forms: app.deps.forms };
  app.route({
    method: 'GET',
    url: '/api/care/cases/:id/dv',
    ...operation({
      operationId: 'getDvCase',
      tag,
      summary:
        'The DV side of a care case: protection orders with the 60-day report schedule, the technical group and its meetings',
      scope: 'care.dv',
      record: 'care_case',
      schema: { params: idParams, response: { 200: dvCaseBody } },
    }),
    handler: (request) => getDvCase(request.access, config, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/dv',
    ...operation({
      operationId: 'markDvCase',
      tag,
      summary: 'Mark a care case as domestic violence (it becomes restricted to the DV team)',
      scope: 'care.dv',
      record: 'care_case',
      schema: { params: idParams, body: dvMarkBody, response: { 200: dvCaseBody } },
    }),
    handler: (request) => markDvCase(request.access, config, request.params.id, request.body.version),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/dv/orders',
    ...operation({
      operationId: 'addProtectionOrder',
      tag,
      summary: 'Record an immediate or regular protection order (court, number, validity)',
      scope: 'care.dv',
      record: 'care_case',
      schema: { params: idParams, body: dvOrderBody, response: { 200: dvCaseBody } },
    }),
    handler: (request) => addProtectionOrder(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/dv/orders/:orderId/reports',
    ...operation({
      operationId: 'submitDvReport',
      tag,
      summary: 'Submit the next monitoring report of a valid protection order (police informed or not)',
      scope: 'care.dv',
      record: 'care_case',
      schema: { params: dvOrderParams, body: dvReportBody, response: { 200: dvCaseBody } },
    }),
    handler: (request) =>
      submitDvReport(request.access, config, request.params.id, request.params.orderId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/dv/orders/:orderId/extend',
    ...operation({
      operationId: 'extendProtectionOrder',
      tag,
      summary:
        'Record a court’s extension of a protection order (new last day after the current one, decision number and date); later reports fall due',
      scope: 'care.dv',
      record: 'care_case',
      schema: { params: dvOrderParams, body: dvExtendBody, response: { 200: dvCaseBody } },
    }),
    handler: (request) =>
      extendProtectionOrder(request.access, config, request.params.id, request.params.orderId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/dv/members',
    ...operation({
      operationId: 'addDvGroupMember',
      tag,
      summary: 'Add a member of the intersectoral technical group (institution, optionally its user)',
      scope: 'care.dv',
      record: 'care_case',
      schema: { params: idParams, body: dvMemberBody, response: { 200: dvCaseBody } },
    }),
    handler: (request) => addDvGroupMember(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/dv/meetings',
    ...operation({
      operationId: 'addDvGroupMeeting',
      tag,
      summary: 'Record a meeting of the technical group of a DV case',
      scope: 'care.dv',
      record: 'care_case',
      schema: { params: idParams, body: dvMeetingBody, response: { 200: dvCaseBody } },
    }),
    handler: (request) => addDvGroupMeeting(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/care/dv/steering',
    ...operation({
      operationId: 'listDvSteeringMeetings',
      tag,
      summary: 'Meetings of the DV steering committees (chaired by the Mayor) in your jurisdiction',
      scope: 'care.dv',
      schema: { querystring: dvSteeringQuery, response: { 200: dvSteeringList } },
    }),
    handler: (request) => listSteeringMeetings(request.access, request.query.jurisdictionId),
  });
  app.route({
    method: 'POST',
    url: '/api/care/dv/steering',
    ...operation({
      operationId: 'recordDvSteeringMeeting',
      tag,
      summary: 'Record a meeting of the municipality’s DV steering committee',
      scope: 'care.dv',
      schema: { body: dvSteeringBody, response: { 201: dvSteeringMeeting } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await recordSteeringMeeting(request.access, request.body)),
  });
}
