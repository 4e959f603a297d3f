import {
  childGroupMemberBody,
  childMeetingBody,
  childPlanApproveBody,
  childPlanBody,
  childPlanParams,
  childProtection,
  childReportBody,
  idParams,
  representativeBody,
  representativeList,
  representativesExportQuery,
  representativesQuery,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { sendFile } from '../replies.js';
import { addGroupMember, recordGroupMeeting } from '../../services/care-child/group.js';
import { approveChildPlan, draftChildPlan } from '../../services/care-child/plan.js';
import { getChildProtection } from '../../services/care-child/read.js';
import { submitChildReport } from '../../services/care-child/reports.js';
import {
  addRepresentative,
  listRepresentatives,
  representativesXlsx,
} from '../../services/care-child/representatives.js';

export function careChildRoutes(app: Api): void {
  const tag = 'care';
  const config = { countries: app.deps.countries };
  const read = (id: string, access: Parameters<typeof getChildProtection>[0]) =>
    getChildProtection(access, config, id);
  app.route({
    method: 'GET',
    url: '/api/care/cases/:id/child',
    ...operation({
      operationId: 'getChildProtection',
      tag,
      summary:
        'Child protection on a care case: protection plans, the intersectoral group and its meetings, the reports to the State Agency with their due dates',
      scope: 'care.read',
      record: 'care_case',
      schema: { params: idParams, response: { 200: childProtection } },
    }),
    handler: (request) => read(request.params.id, request.access),
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/child/plans',
    ...operation({
      operationId: 'draftChildPlan',
      tag,
      summary: 'Draft the individual protection plan, supervised by a child-protection worker',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: idParams, body: childPlanBody, response: { 200: childProtection } },
    }),
    handler: async (request) => {
      await draftChildPlan(request.access, request.params.id, request.body);
      return read(request.params.id, request.access);
    },
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/child/plans/:planId/approve',
    ...operation({
      operationId: 'approveChildPlan',
      tag,
      summary: 'Approve a protection plan (child-protection worker only: care.child)',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: childPlanParams, body: childPlanApproveBody, response: { 200: childProtection } },
    }),
    handler: async (request) => {
      await approveChildPlan(request.access, request.params.id, request.params.planId, request.body);
      return read(request.params.id, request.access);
    },
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/child/group',
    ...operation({
      operationId: 'addChildGroupMember',
      tag,
      summary: 'Add an institution (and who sits for it) to the intersectoral group of the case',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: idParams, body: childGroupMemberBody, response: { 200: childProtection } },
    }),
    handler: async (request) => {
      await addGroupMember(request.access, request.params.id, request.body);
      return read(request.params.id, request.access);
    },
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/child/meetings',
    ...operation({
      operationId: 'recordChildGroupMeeting',
      tag,
      summary: 'Record a meeting of the intersectoral group and its decisions',
      scope: 'care.assess',
      record: 'care_case',
      schema: { params: idParams, body: childMeetingBody, response: { 200: childProtection } },
    }),
    handler: async (request) => {
      await recordGroupMeeting(request.access, request.params.id, request.body);
      return read(request.params.id, request.access);
    },
  });
  app.route({
    method: 'POST',
    url: '/api/care/cases/:id/child/reports',
    ...operation({
      operationId: 'submitChildReport',
      tag,
      summary: 'Record the report to the State Agency for one period (once per period)',
      scope: 'care.child',
      record: 'care_case',
      schema: { params: idParams, body: childReportBody, response: { 200: childProtection } },
    }),
    handler: async (request) => {
      await submitChildReport(request.access, config, request.params.id, request.body);
      return read(request.params.id, request.access);
    },
  });
  app.route({
    method: 'GET',
    url: '/api/care/child/representatives',
    ...operation({
      operationId: 'listProceduralRepresentatives',
      tag,
      summary: 'The yearly list of procedural representatives of a municipality',
      scope: 'care.read',
      schema: { querystring: representativesQuery, response: { 200: representativeList } },
    }),
    handler: (request) => listRepresentatives(request.access, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/care/child/representatives.xlsx',
    ...operation({
      operationId: 'exportProceduralRepresentatives',
      tag,
      summary: 'The yearly list of procedural representatives as XLSX (sq, sr or en)',
      scope: 'care.read',
      schema: { querystring: representativesExportQuery },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await representativesXlsx(request.access, request.query)),
  });
  app.route({
    method: 'POST',
    url: '/api/care/child/representatives',
    ...operation({
      operationId: 'addProceduralRepresentative',
      tag,
      summary: 'Add a procedural representative to a municipality’s list for a year',
      scope: 'care.child',
      schema: { body: representativeBody, response: { 201: representativeList } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await addRepresentative(request.access, request.body)),
  });
}
