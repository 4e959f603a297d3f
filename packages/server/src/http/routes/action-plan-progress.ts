import fastifyMultipart from '@fastify/multipart';
import { join } from 'node:path';
import {
  analysisBody,
  analysisList,
  compareQuery,
  documentSummary,
  errorBody,
  idParams,
  indicatorDefinitionList,
  indicatorLinkBody,
  indicatorParams,
  manualValueBody,
  planBudget,
  planComparison,
  planDashboard,
  planIndicatorList,
  planIndicatorState,
  planIndicatorsQuery,
  planRowList,
  planRowState,
  rowParams,
  rowProgressBody,
  schemeLinkBody,
  schemeLinkParams,
  spendingBody,
  stepDoneBody,
} from '@vatra/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAnalyses, writeAnalysis } from '../../services/action-plans/analyses.js';
import { getPlanBudget, markStepDone, recordSpending } from '../../services/action-plans/budget.js';
import { comparePlans } from '../../services/action-plans/compare.js';
import { planDashboard as buildDashboard } from '../../services/action-plans/dashboard.js';
import { openEvidence, uploadEvidence } from '../../services/action-plans/evidence.js';
import {
  getPlanIndicators,
  linkIndicator,
  listIndicatorDefinitions,
  recordManualValue,
} from '../../services/action-plans/indicators.js';
import { listPlanRows, recordRowProgress } from '../../services/action-plans/rows.js';
import { linkScheme, unlinkScheme } from '../../services/action-plans/scheme-links.js';
import { receiveForm } from '../../services/documents/form.js';
import { contentDisposition } from '../../services/documents/read.js';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import { operation } from '../operation.js';
import type { Api } from '../routes.js';

// Implementing a municipal action plan: indicator values (computed or recorded with evidence),
// measures and actions done, money spent, dated steps, the monitoring team's analysis, the
// national comparison and the home dashboard.

export function actionPlanProgressRoutes(app: Api): void {
  const tag = 'action-plans';
  const store = new LocalDiskBlobStore(join(app.deps.settings.dataDir, 'documents'));
  const maxMb = app.deps.settings.uploadMaxMb;

  app.route({
    method: 'GET',
    url: '/api/indicator-definitions',
    ...operation({
      operationId: 'listIndicatorDefinitions',
      tag,
      summary:
        'The computed indicator definitions a plan indicator can be measured by, each with its numerator and denominator',
      scope: 'plan.read',
      schema: { response: { 200: indicatorDefinitionList } },
    }),
    handler: () => listIndicatorDefinitions(),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/indicators',
    ...operation({
      operationId: 'listPlanIndicators',
      tag,
      summary: 'Every indicator of a plan for a year: computed or manual value, target, progress',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: idParams, querystring: planIndicatorsQuery, response: { 200: planIndicatorList } },
    }),
    handler: (request) => getPlanIndicators(request.access, request.params.id, request.query.year),
  });
  app.route({
    method: 'PUT',
    url: '/api/action-plans/:id/indicators/:indicatorId/link',
    ...operation({
      operationId: 'linkPlanIndicator',
      tag,
      summary: 'Measure an indicator by a computed definition (null: by hand again)',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: indicatorParams, body: indicatorLinkBody, response: { 200: planIndicatorState } },
    }),
    handler: (request) =>
      linkIndicator(request.access, request.params.id, request.params.indicatorId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/indicators/:indicatorId/values',
    ...operation({
      operationId: 'recordPlanIndicatorValue',
      tag,
      summary: 'Record the value of a manual indicator for a period, with its evidence document',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: indicatorParams, body: manualValueBody, response: { 201: planIndicatorState } },
    }),
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordManualValue(
            request.access,
            request.params.id,
            request.params.indicatorId,
            request.body,
          ),
        ),
  });
  // The multipart parser only for the upload: every other route keeps refusing such bodies.
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: true });
    scope.withTypeProvider<ZodTypeProvider>().route({
      method: 'POST',
      url: '/api/action-plans/:id/evidence',
      ...operation({
        operationId: 'uploadPlanEvidence',
        tag,
        summary:
          'Upload the evidence of an indicator value (multipart: one PDF, JPEG or PNG in "file", optional "note")',
        scope: 'plan.edit',
        record: 'action_plan',
        schema: {
          params: idParams,
          consumes: ['multipart/form-data'],
          response: {
            201: documentSummary,
            413: errorBody.describe('The file is larger than the upload limit'),
            415: errorBody.describe('The file is not a PDF, JPEG or PNG'),
          },
        },
      }),
      handler: async (request, reply) => {
        const form = await receiveForm(request, store, maxMb);
        return reply.code(201).send(await uploadEvidence(request.access, store, request.params.id, form));
      },
    });
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/evidence/:documentId',
    ...operation({
      operationId: 'downloadPlanEvidence',
      tag,
      summary: 'An evidence file of the plan, as an attachment',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: z.object({ id: z.uuid(), documentId: z.uuid() }) },
    }),
    handler: async (request, reply) => {
      const content = await openEvidence(request.access, store, request.params.id, request.params.documentId);
      return reply
        .header('Content-Type', content.contentType)
        .header('Content-Length', String(content.size))
        .header('Content-Disposition', contentDisposition(content.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(content.stream);
    },
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/rows',
    ...operation({
      operationId: 'listPlanRows',
      tag,
      summary: 'Where each measure and action stands: status, deadline, overdue',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: idParams, response: { 200: planRowList } },
    }),
    handler: (request) => listPlanRows(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/rows/:rowId/progress',
    ...operation({
      operationId: 'recordPlanRowProgress',
      tag,
      summary: 'Record that a measure or action started, was done or was cancelled',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: rowParams, body: rowProgressBody, response: { 200: planRowState } },
    }),
    handler: (request) =>
      recordRowProgress(request.access, request.params.id, request.params.rowId, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/budget',
    ...operation({
      operationId: 'getPlanBudget',
      tag,
      summary:
        'Planned against actual money per row, year and funding source; typed totals that disagree; dated steps',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: idParams, response: { 200: planBudget } },
    }),
    handler: (request) => getPlanBudget(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/rows/:rowId/schemes',
    ...operation({
      operationId: 'linkPlanRowScheme',
      tag,
      summary:
        'Link a scheme to a measure or action: its benefits in the municipality count as the row’s spending from source "benefits"',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: rowParams, body: schemeLinkBody, response: { 200: planBudget } },
    }),
    handler: (request) =>
      linkScheme(
        request.access,
        { countries: app.deps.countries },
        request.params.id,
        request.params.rowId,
        request.body.schemeCode,
      ),
  });
  app.route({
    method: 'DELETE',
    url: '/api/action-plans/:id/rows/:rowId/schemes/:schemeCode',
    ...operation({
      operationId: 'unlinkPlanRowScheme',
      tag,
      summary: 'Remove the link of a scheme to a measure or action',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: schemeLinkParams, response: { 200: planBudget } },
    }),
    handler: (request) =>
      unlinkScheme(request.access, request.params.id, request.params.rowId, request.params.schemeCode),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/spending',
    ...operation({
      operationId: 'recordPlanSpending',
      tag,
      summary: 'Record money spent on a measure or action (a correction is a negative amount)',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: idParams, body: spendingBody, response: { 201: planBudget } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await recordSpending(request.access, request.params.id, request.body)),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/steps',
    ...operation({
      operationId: 'markPlanStepDone',
      tag,
      summary:
        'Record a dated yearly step as done (Pukë: plan and funding request to the Council, to the ministry)',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: idParams, body: stepDoneBody, response: { 200: planBudget } },
    }),
    handler: (request) => markStepDone(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/analyses',
    ...operation({
      operationId: 'listPlanAnalyses',
      tag,
      summary:
        'The monitoring team’s analytical reports to the Mayor: challenges and recommendations per period',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: idParams, response: { 200: analysisList } },
    }),
    handler: (request) => listAnalyses(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/action-plans/:id/analyses',
    ...operation({
      operationId: 'writePlanAnalysis',
      tag,
      summary:
        'Write the challenges and recommendations for a period (the newest text of a period is printed)',
      scope: 'plan.edit',
      record: 'action_plan',
      schema: { params: idParams, body: analysisBody, response: { 201: analysisList } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await writeAnalysis(request.access, request.params.id, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/compare',
    ...operation({
      operationId: 'compareActionPlans',
      tag,
      summary: 'Every municipality in your reach side by side on one computed definition for a year',
      scope: 'plan.read',
      schema: { querystring: compareQuery, response: { 200: planComparison } },
    }),
    handler: (request) => comparePlans(request.access, request.query.definition, request.query.year),
  });
  app.route({
    method: 'GET',
    url: '/api/plan-dashboard',
    ...operation({
      operationId: 'getPlanDashboard',
      tag,
      summary: 'Per plan in reach: indicators by progress, overdue measures and actions, budget execution',
      scope: 'plan.read',
      schema: { response: { 200: planDashboard } },
    }),
    handler: (request) => buildDashboard(request.access),
  });
}
