import {
  schemeRecommendationBody,
  schemeRecommendationList,
  schemeReportData,
  schemeReportPlaces,
  schemeReportQuery,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { sendFile, sendPdf } from '../replies.js';
import { reportPlaces } from '../../services/scheme-reports/place.js';
import { enterRecommendation } from '../../services/scheme-reports/recommendations.js';
import { schemeReport, schemeReportPdf, schemeReportXlsx } from '../../services/scheme-reports/reports.js';

// The quarterly scheme evaluation report of a municipality (issue 4, item 8). The municipality
// is named in the query, not the path, so the service checks it lies inside the user's
// jurisdictions and audits the refusal.

export function schemeReportRoutes(app: Api): void {
  const tag = 'reports';
  const deps = { countries: app.deps.countries };
  app.route({
    method: 'GET',
    url: '/api/scheme-reports/places',
    ...operation({
      operationId: 'listSchemeReportPlaces',
      tag,
      summary: 'The municipalities whose scheme report you may get',
      scope: 'report.export',
      schema: { response: { 200: schemeReportPlaces } },
    }),
    handler: (request) => reportPlaces(request.access),
  });
  app.route({
    method: 'GET',
    url: '/api/scheme-reports',
    ...operation({
      operationId: 'getSchemeReport',
      tag,
      summary:
        'The quarterly scheme report of a municipality: per scheme requests, decisions, appeals, execution times and costs; persons who received nothing; recommendations',
      scope: 'report.export',
      schema: { querystring: schemeReportQuery, response: { 200: schemeReportData } },
    }),
    handler: (request) => schemeReport(request.access, deps, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/scheme-reports/pdf',
    ...operation({
      operationId: 'schemeReportPdf',
      tag,
      summary: 'The quarterly scheme report as PDF, in sq, sr or en',
      scope: 'report.export',
      schema: { querystring: schemeReportQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(reply, await schemeReportPdf(request.access, deps, request.query)),
  });
  app.route({
    method: 'GET',
    url: '/api/scheme-reports/xlsx',
    ...operation({
      operationId: 'schemeReportXlsx',
      tag,
      summary:
        'The quarterly scheme report as XLSX (summary, per scheme, requests and benefits, persons, recommendations)',
      scope: 'report.export',
      schema: { querystring: schemeReportQuery },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await schemeReportXlsx(request.access, deps, request.query)),
  });
  app.route({
    method: 'POST',
    url: '/api/scheme-reports/recommendations',
    ...operation({
      operationId: 'enterSchemeRecommendation',
      tag,
      summary:
        'The municipal office for communities and return enters its recommendation for a quarter (general or per scheme); a new version supersedes the last',
      scope: 'report.export',
      schema: { body: schemeRecommendationBody, response: { 201: schemeRecommendationList } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await enterRecommendation(request.access, deps, request.body)),
  });
}
