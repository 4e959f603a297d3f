import { LOCALES, idParams, uuid } from '@vatra/core';
import { z } from 'zod';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { sendPdf } from '../replies.js';
import { certificatePdf, closurePdf, decisionPdf, planPdf } from '../../services/cases/papers/render.js';

/** ?locale=sq|sr|sr-Cyrl|en: the language to print in; by default the person's. */
const paperQuery = z.object({ locale: z.enum(LOCALES).optional() });

/** The case path's official papers as PDF, in the person's language unless another is asked for. */
export function casePaperRoutes(app: Api): void {
  const tag = 'cases';
  const config = app.deps;
  app.route({
    method: 'GET',
    url: '/api/cases/:id/certificates/:certificateId/pdf',
    ...operation({
      operationId: 'getCertificatePdf',
      tag,
      summary: 'The certificate of repatriation as PDF',
      scope: 'case.read',
      record: 'case',
      schema: { params: z.object({ id: uuid, certificateId: uuid }), querystring: paperQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(
        reply,
        await certificatePdf(
          request.access,
          config,
          request.params.id,
          request.params.certificateId,
          request.query.locale,
        ),
      ),
  });
  app.route({
    method: 'GET',
    url: '/api/plans/:id/pdf',
    ...operation({
      operationId: 'getPlanPdf',
      tag,
      summary: 'One version of an individual plan (PIR / PII) as PDF',
      scope: 'case.read',
      record: 'plan',
      schema: { params: idParams, querystring: paperQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(reply, await planPdf(request.access, config, request.params.id, request.query.locale)),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/assignments/:assignmentId/pdf',
    ...operation({
      operationId: 'getManagerDecisionPdf',
      tag,
      summary: 'The QPS decision appointing a case manager as PDF',
      scope: 'case.read',
      record: 'case',
      schema: { params: z.object({ id: uuid, assignmentId: uuid }), querystring: paperQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(
        reply,
        await decisionPdf(
          request.access,
          config,
          request.params.id,
          request.params.assignmentId,
          request.query.locale,
        ),
      ),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/closure/pdf',
    ...operation({
      operationId: 'getClosureReportPdf',
      tag,
      summary: 'The closure report of a closed case as PDF',
      scope: 'case.read',
      record: 'case',
      schema: { params: idParams, querystring: paperQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(reply, await closurePdf(request.access, config, request.params.id, request.query.locale)),
  });
}
