import { join } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import {
  careDocumentList,
  careDocumentParams,
  documentDetail,
  documentList,
  documentStats as documentStatsSchema,
  documentStatsQuery,
  documentSummary,
  errorBody,
  idParams,
} from '@vatra/core';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import {
  getCareDocument,
  listCareDocuments,
  openCareDocument,
  uploadCareDocument,
} from '../../services/documents/care.js';
import { receiveForm } from '../../services/documents/form.js';
import {
  contentDisposition,
  getDocument,
  listCaseDocuments,
  listPersonDocuments,
  openDocument,
  type DocumentContent,
} from '../../services/documents/read.js';
import { documentStats } from '../../services/documents/stats.js';
import { uploadDocument } from '../../services/documents/upload.js';
import { operation } from '../operation.js';
import type { Api } from '../routes.js';

// Scans of returnee cases, persons and social-care cases. The bytes go to the blob store (local
// disk under VATRA_DATA_DIR/documents), the metadata to the documents table.

/** A stored file as an attachment, never sniffed or cached by the browser. */
function sendContent(reply: FastifyReply, content: DocumentContent) {
  return reply
    .header('Content-Type', content.contentType)
    .header('Content-Length', String(content.size))
    .header('Content-Disposition', contentDisposition(content.fileName))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .header('ETag', `"${content.sha256}"`)
    .send(content.stream);
}

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
    scope.withTypeProvider<ZodTypeProvider>().route({
      method: 'POST',
      url: '/api/care/cases/:id/documents',
      ...operation({
        operationId: 'uploadCareDocument',
        tag,
        summary:
          'Upload a document of a social-care case (multipart/form-data: docType, note, seriesId to add a corrected version; one PDF, JPEG or PNG in the part "file", recognised by its bytes)',
        scope: 'care.assess',
        record: 'care_case',
        schema: {
          params: idParams,
          consumes: ['multipart/form-data'],
          response: {
            201: documentSummary,
            413: errorBody.describe('The file is larger than the upload limit'),
            415: errorBody.describe('The file is not a PDF, JPEG or PNG, or its name says another type'),
          },
        },
      }),
      handler: async (request, reply) => {
        const form = await receiveForm(request, store, maxMb);
        return reply.code(201).send(await uploadCareDocument(request.access, store, request.params.id, form));
      },
    });
  });

  app.route({
    method: 'GET',
    url: '/api/care/cases/:id/documents',
    ...operation({
      operationId: 'listCareDocuments',
      tag,
      summary:
        'The documents of a social-care case (latest revision of each, newest first) and counts by type',
      scope: 'care.read',
      record: 'care_case',
      schema: { params: idParams, response: { 200: careDocumentList } },
    }),
    handler: (request) => listCareDocuments(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/care/cases/:id/documents/:documentId',
    ...operation({
      operationId: 'getCareDocument',
      tag,
      summary: 'A social-care case’s document with all revisions of its series',
      scope: 'care.read',
      record: 'care_case',
      schema: { params: careDocumentParams, response: { 200: documentDetail } },
    }),
    handler: (request) => getCareDocument(request.access, request.params.id, request.params.documentId),
  });
  app.route({
    method: 'GET',
    url: '/api/care/cases/:id/documents/:documentId/content',
    ...operation({
      operationId: 'downloadCareDocument',
      tag,
      summary: 'The stored file of one revision of a social-care case’s document, as an attachment',
      scope: 'care.read',
      record: 'care_case',
      schema: { params: careDocumentParams },
    }),
    handler: async (request, reply) =>
      sendContent(
        reply,
        await openCareDocument(request.access, store, request.params.id, request.params.documentId),
      ),
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
    handler: async (request, reply) =>
      sendContent(reply, await openDocument(request.access, store, request.params.id)),
  });
}
