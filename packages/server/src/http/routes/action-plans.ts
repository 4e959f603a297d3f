import { actionPlanDetail, actionPlanList, actionPlanParams } from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { getActionPlan, listActionPlans } from '../../services/action-plans.js';

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
    handler: (request) => listActionPlans(request.access, app.deps.plans),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:key',
    ...operation({
      operationId: 'getActionPlan',
      tag,
      summary:
        'One action plan: objectives, measures, actions, indicators, costs, deadlines, as transcribed from its source',
      scope: 'plan.read',
      schema: { params: actionPlanParams, response: { 200: actionPlanDetail } },
    }),
    handler: (request) => getActionPlan(request.access, app.deps.plans, request.params.key),
  });
}
