import fastifyMultipart from '@fastify/multipart';
import { actionPlanDetail, actionPlanImport, errorBody, idParams, planReportQuery } from '@vatra/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentErrors } from '../../services/documents/errors.js';
import { planReport } from '../../services/action-plans/reports.js';
import { exportPlan, importPlan, readPlanFile } from '../../services/action-plans/transfer.js';
import { HttpError } from '../errors.js';
import { operation } from '../operation.js';
import { sendFile } from '../replies.js';
import type { Api } from '../routes.js';
import { fieldProblems } from '../validation.js';
import { PLAN_BODY_LIMIT } from './action-plans.js';

// Plans in and out as files: export as JSON or XLSX, import either back (as JSON in the body,
// or as a file in a multipart upload), and the progress reports.

export function actionPlanExchangeRoutes(app: Api): void {
  const tag = 'action-plans';
  const maxMb = app.deps.settings.uploadMaxMb;
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/export',
    ...operation({
      operationId: 'exportActionPlan',
      tag,
      summary: 'The plan as a file: JSON (the plans/<key>.json format) or XLSX (one sheet per kind of row)',
      scope: 'plan.read',
      record: 'action_plan',
      schema: { params: idParams, querystring: z.object({ format: z.enum(['json', 'xlsx']) }) },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await exportPlan(request.access, request.params.id, request.query.format)),
  });
  app.route({
    method: 'GET',
    url: '/api/action-plans/:id/report',
    ...operation({
      operationId: 'actionPlanReport',
      tag,
      summary:
        'A monthly, quarterly or annual progress report as PDF (with charts) or XLSX (one sheet per objective), in sq, sr or en',
      scope: 'report.export',
      record: 'action_plan',
      schema: { params: idParams, querystring: planReportQuery },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await planReport(request.access, request.params.id, request.query)),
  });
  // Its own scope: multipart is parsed here only; JSON bodies as everywhere else.
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: true });
    scope.withTypeProvider<ZodTypeProvider>().route({
      method: 'POST',
      url: '/api/action-plans/import',
      bodyLimit: PLAN_BODY_LIMIT,
      ...operation({
        operationId: 'importActionPlan',
        tag,
        summary:
          'Import a plan: JSON {content} or a multipart upload of a .json or .xlsx file in "file". A new key makes a new draft, a known key a new version; every problem is named with its sheet, row and column or its path',
        scope: 'plan.edit',
        schema: {
          consumes: ['application/json', 'multipart/form-data'],
          response: {
            200: actionPlanDetail,
            201: actionPlanDetail,
            413: errorBody.describe('The file is larger than the upload limit'),
          },
        },
      }),
      handler: async (request, reply) => {
        let bytes: Buffer;
        if (request.isMultipart()) {
          const file = await request
            .file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1 } })
            .catch(() => undefined);
          if (!file)
            throw new HttpError(
              400,
              'validation',
              'server.errors.validation',
              {},
              { file: { key: 'server.documents.fileRequired' } },
            );
          try {
            bytes = await file.toBuffer();
          } catch {
            throw documentErrors.tooLarge(maxMb);
          }
        } else {
          const parsed = actionPlanImport.safeParse(request.body);
          if (!parsed.success || parsed.data.content === undefined)
            throw new HttpError(
              400,
              'validation',
              'server.errors.validation',
              {},
              parsed.success
                ? { content: { key: 'server.fields.required' } }
                : fieldProblems(parsed.error.issues),
            );
          bytes = Buffer.from(JSON.stringify(parsed.data.content), 'utf8');
        }
        const result = await importPlan(request.access, await readPlanFile(bytes));
        return reply.code(result.created ? 201 : 200).send(result.plan);
      },
    });
  });
}
