import { join } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import {
  documentDetail,
  documentList,
  documentStats as documentStatsSchema,
  documentStatsQuery,
  documentSummary,
  errorBody,
  idParams,
} from '@vatra/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import { receiveForm } from '../../services/documents/form.js';
import {
  contentDisposition,
  getDocument,
  listCaseDocuments,
  listPersonDocuments,
  openDocument,
} from '../../services/documents/read.js';
import { documentStats } from '../../services/documents/stats.js';
import { uploadDocument } from '../../services/documents/upload.js';
import { operation } from '../operation.js';
import type { Api } from '../routes.js';

// Scans of cases and persons. The bytes go to the blob store (local disk under
// VATRA_DATA_DIR/documents), the metadata to the documents table.

export function documentRoutes(app: Api): void {
  const tag = 'documents';
  const store = new LocalDiskBlobStore(join(app.deps.settings.dataDir, 'documents'));
  const maxMb = app.deps.settings.uploadMaxMb;

  // The multipart parser only for the upload: every other route keeps refusing such bodies.
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: true });
    scope.withTypeProvider<ZodTypeProvider>().route({
      method: 'POST',
      url: '/api/documents',
      ...operation({
        operationId: 'uploadDocument',
        tag,
        summary:
          'Upload a scan (multipart/form-data: docType, caseId and/or personId, note, seriesId to add a corrected version, submissionId; one PDF, JPEG or PNG in the part "file", recognised by its bytes)',
        scope: 'case.document',
        schema: {
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
        return reply.code(201).send(await uploadDocument(request.access, store, form));
      },
    });
  });

  app.route({
    method: 'GET',
    url: '/api/documents/stats',
    ...operation({
      operationId: 'documentStats',
      tag,
      summary:
        'Documents uploaded in a period, by type: new documents and corrections (for the plan indicators)',
      scope: 'plan.read',
      schema: { querystring: documentStatsQuery, response: { 200: documentStatsSchema } },
    }),
    handler: (request) => documentStats(request.access, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/documents',
    ...operation({
      operationId: 'listCaseDocuments',
      tag,
      summary: 'The documents of a case: the latest revision of each, newest first',
      scope: 'case.read',
      record: 'case',
      schema: { params: idParams, response: { 200: documentList } },
    }),
    handler: (request) => listCaseDocuments(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/persons/:id/documents',
    ...operation({
      operationId: 'listPersonDocuments',
      tag,
      summary:
        'The documents of a person (their own and those of cases you may see): the latest revision of each',
      scope: 'person.read',
      record: 'person',
      schema: { params: idParams, response: { 200: documentList } },
    }),
    handler: (request) => listPersonDocuments(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/documents/:id',
    ...operation({
      operationId: 'getDocument',
      tag,
      summary: 'A document’s metadata with all revisions of its series',
      scope: 'case.read',
      record: 'document',
      schema: { params: idParams, response: { 200: documentDetail } },
    }),
    handler: (request) => getDocument(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/documents/:id/content',
    ...operation({
      operationId: 'downloadDocument',
      tag,
      summary: 'The stored file of one revision, as an attachment',
      scope: 'case.read',
      record: 'document',
      schema: { params: idParams },
    }),
    handler: async (request, reply) => {
      const content = await openDocument(request.access, store, request.params.id);
      return reply
        .header('Content-Type', content.contentType)
        .header('Content-Length', String(content.size))
        .header('Content-Disposition', contentDisposition(content.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .header('ETag', `"${content.sha256}"`)
        .send(content.stream);
    },
  });
}
