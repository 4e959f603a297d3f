import {
  needsAnalysis,
  needsAnalysisQuery,
  needsImportBody,
  needsImportList,
  needsImportSummary,
  needsTemplateQuery,
  needsVocabulary,
} from '@vatra/core';
import { z } from 'zod';
import { needsAnalysisOf, needsImports, needsVocabularyOf } from '../../services/needs-analysis/analysis.js';
import { importNeedsFile } from '../../services/needs-analysis/import.js';
import { needsSample, needsTemplate } from '../../services/needs-analysis/templates.js';
import { operation } from '../operation.js';
import { sendFile } from '../replies.js';
import type { Api } from '../routes.js';

// Needs analysis (issue 6, item 9). Reading needs plan.read and importing plan.edit: the
// analysis feeds the municipality's social plan, and both Pukë's plan coordinator and its social
// services officer hold these scopes. The municipality is named by code in the query or body;
// the service checks it lies in the user's jurisdiction and audits a refusal.

const municipalityQuery = z.object({ municipality: z.string().min(1).max(40) });

export function needsAnalysisRoutes(app: Api): void {
  const tag = 'needs-analysis';
  const countries = () => app.deps.countries;
  app.route({
    method: 'GET',
    url: '/api/needs-analysis',
    ...operation({
      operationId: 'getNeedsAnalysis',
      tag,
      summary:
        'Population by unit, gender and age band, coverage and gaps per target group, and staffing norms against actual staff, for one municipality and year',
      scope: 'plan.read',
      schema: { querystring: needsAnalysisQuery, response: { 200: needsAnalysis } },
    }),
    handler: async (request) => needsAnalysisOf(request.access, countries(), request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/needs-analysis/imports',
    ...operation({
      operationId: 'listNeedsImports',
      tag,
      summary: 'The imports of a municipality, newest first, with the ones each superseded',
      scope: 'plan.read',
      schema: { querystring: municipalityQuery, response: { 200: needsImportList } },
    }),
    handler: async (request) => ({
      items: await needsImports(request.access, countries(), request.query.municipality),
    }),
  });
  app.route({
    method: 'GET',
    url: '/api/needs-analysis/vocabulary',
    ...operation({
      operationId: 'getNeedsVocabulary',
      tag,
      summary: 'The units, age bands, genders, measures and staff roles an import accepts',
      scope: 'plan.read',
      schema: { querystring: municipalityQuery, response: { 200: needsVocabulary } },
    }),
    handler: async (request) => needsVocabularyOf(request.access, countries(), request.query.municipality),
  });
  app.route({
    method: 'GET',
    url: '/api/needs-analysis/template',
    ...operation({
      operationId: 'getNeedsTemplate',
      tag,
      summary: 'A file to fill in (CSV or XLSX) for one kind of import, with help in the user’s language',
      scope: 'plan.read',
      schema: { querystring: needsTemplateQuery },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await needsTemplate(request.access, countries(), request.query)),
  });
  app.route({
    method: 'GET',
    url: '/api/needs-analysis/sample',
    ...operation({
      operationId: 'getNeedsSample',
      tag,
      summary: 'The shipped sample file of a municipality (Pukë: the tables of its Social Plan), CSV or XLSX',
      scope: 'plan.read',
      schema: { querystring: needsTemplateQuery },
    }),
    handler: async (request, reply) =>
      sendFile(reply, await needsSample(request.access, countries(), request.query)),
  });
  app.route({
    method: 'POST',
    url: '/api/needs-analysis/imports',
    // An XLSX file travels base64-encoded in the JSON body: a third larger than the file.
    bodyLimit: Math.ceil(app.deps.settings.uploadMaxMb * 1024 * 1024 * 1.4),
    ...operation({
      operationId: 'importNeedsFigures',
      tag,
      summary:
        'Import population, administrative or staff figures (CSV text or base64 XLSX). Every problem is named by sheet, row and column and nothing is written; a new import replaces the current figures of the same kind and years',
      scope: 'plan.edit',
      schema: { body: needsImportBody, response: { 201: needsImportSummary } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await importNeedsFile(request.access, countries(), request.body)),
  });
}
