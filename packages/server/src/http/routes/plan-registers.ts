import {
  planRegisterArchiveBody,
  planRegisterCreateBody,
  planRegisterEntry,
  planRegisterEntryParams,
  planRegisterList,
  planRegisterListQuery,
  planRegisterParams,
  planRegisterUpdateBody,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { listRegister } from '../../services/plan-registers/list.js';
import { archiveEntry, createEntry, updateEntry } from '../../services/plan-registers/write.js';

// The registers of an action plan (monitoring team, meetings, trainings, contacts, projects and
// donors, risks, outreach). :id is the plan, so the access hook checks its municipality.

export function planRegisterRoutes(app: Api): void {
  const tag = 'action-plans';
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/registers/:kind',
    ...operation({
      operationId: 'listPlanRegister',
      tag,
      summary:
        'One register of an action plan (team, meeting, training, contact, project, risk, outreach); archived entries on request',
      scope: 'plan.read',
      record: 'action_plan',
      schema: {
        params: planRegisterParams,
        querystring: planRegisterListQuery,
        response: { 200: planRegisterList },
      },
    }),
    handler: (request) =>
      listRegister(request.access, request.params.id, request.params.kind, {
        archived: request.query.archived,
      }),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/registers/:kind',
    ...operation({
      operationId: 'createPlanRegisterEntry',
      tag,
      summary:
        'Add an entry to a register of an action plan; linked cases must be cases of the plan’s municipality the user may see',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: {
        params: planRegisterParams,
        body: planRegisterCreateBody,
        response: { 201: planRegisterEntry },
      },
    }),
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await createEntry(request.access, request.params.id, request.params.kind, request.body.data)),
  });
  app.route({
    method: 'PUT',
    url: '/api/action-plans/:id/registers/:kind/:entryId',
    ...operation({
      operationId: 'updatePlanRegisterEntry',
      tag,
      summary: 'Replace an entry of a register, at the version last read (409 when someone changed it since)',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: {
        params: planRegisterEntryParams,
        body: planRegisterUpdateBody,
        response: { 200: planRegisterEntry },
      },
    }),
    handler: (request) =>
      updateEntry(
        request.access,
        request.params.id,
        request.params.kind,
        request.params.entryId,
        request.body,
      ),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/registers/:kind/:entryId/archive',
    ...operation({
      operationId: 'archivePlanRegisterEntry',
      tag,
      summary: 'Archive an entry of a register: it is kept, but leaves the list',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: {
        params: planRegisterEntryParams,
        body: planRegisterArchiveBody,
        response: { 200: planRegisterEntry },
      },
    }),
    handler: (request) =>
      archiveEntry(
        request.access,
        request.params.id,
        request.params.kind,
        request.params.entryId,
        request.body.version,
      ),
  });
}
