import {
  actionPlanCopy,
  actionPlanDetail,
  actionPlanEdit,
  actionPlanList,
  actionPlanStatusChange,
  actionPlanVersions,
  idParams,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { getActionPlan, listActionPlans, listPlanVersions } from '../../services/action-plans/read.js';
import { changePlanStatus, copyActionPlan, editActionPlan } from '../../services/action-plans/write.js';

/** A whole plan travels in one body: the largest source plan is about 270 kB of JSON. */
export const PLAN_BODY_LIMIT = 8 * 1024 * 1024;

// The municipal action plans themselves: list, read, edit (a new version each time), status,
// copy as a new draft, version history. Their implementation (indicators, money, reports) is in
// action-plan-progress.ts; export and import in action-plan-exchange.ts.

export function actionPlanRoutes(app: Api): void {
  const tag = 'action-plans';
  app.route({
    method: 'GET',
    url: '/api/action-plans',
    ...operation({
      operationId: 'listActionPlans',
      tag,
      summary:
        'The municipal action plans of your jurisdiction (reintegration plans, social strategies, social plans)',
      scope: 'plan.read',
      schema: { response: { 200: actionPlanList } },
    }),
    handler: (request) => listActionPlans(request.access),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id',
    ...operation({
      operationId: 'getActionPlan',
      tag,
      summary: 'One action plan: objectives, measures, actions, indicators, costs, deadlines',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: idParams, response: { 200: actionPlanDetail } },
    }),
    handler: (request) => getActionPlan(request.access, request.params.id),
  });
  app.route({
    method: 'PUT',
    url: '/api/action-plans/:id',
    bodyLimit: PLAN_BODY_LIMIT,
    ...operation({
      operationId: 'editActionPlan',
      tag,
      summary: 'Replace a plan’s content (any status but evaluated) as a new version, with the reason',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: idParams, body: actionPlanEdit, response: { 200: actionPlanDetail } },
    }),
    handler: (request) => editActionPlan(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/status',
    ...operation({
      operationId: 'changeActionPlanStatus',
      tag,
      summary:
        'Adopt a plan (by whom, decision number and date), start its implementation, or mark it evaluated',
      scope: 'plan.approve',
      record: 'action_plan',
      schema: { params: idParams, body: actionPlanStatusChange, response: { 200: actionPlanDetail } },
    }),
    handler: (request) => changePlanStatus(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/copy',
    ...operation({
      operationId: 'copyActionPlan',
      tag,
      summary: 'Draft a new plan (new key and period) by copying this one, indicator links included',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: idParams, body: actionPlanCopy, response: { 201: actionPlanDetail } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await copyActionPlan(request.access, request.params.id, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/versions',
    ...operation({
      operationId: 'listActionPlanVersions',
      tag,
      summary: 'Every version of a plan: number, reason, who and when',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: idParams, response: { 200: actionPlanVersions } },
    }),
    handler: (request) => listPlanVersions(request.access, request.params.id),
  });
}
