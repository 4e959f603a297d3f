import {
  DEADLINE_KEYS,
  auditList,
  auditQuery,
  auditVerifyResult,
  countrySettingsBody,
  homeBody,
  workQueuePage,
  workQueueQuery,
} from '@vatra/core';
import { errors } from '../errors.js';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { browseAudit, verifyAudit } from '../../services/audit/browse.js';
import { buildHome, workQueue } from '../../services/home.js';
import { workSources } from '../../services/work-sources.js';

export function auditAndHomeRoutes(app: Api): void {
  app.route({
    method: 'GET',
    url: '/api/audit',
    ...operation({
      operationId: 'listAuditEntries',
      tag: 'audit',
      summary: 'Browse and filter the audit trail of your jurisdiction',
      scope: 'audit.read',
      schema: { querystring: auditQuery, response: { 200: auditList } },
    }),
    handler: (request) => browseAudit(request.access, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/audit/verify',
    ...operation({
      operationId: 'verifyAuditChain',
      tag: 'audit',
      summary: 'Check the hash chain of the whole audit trail',
      scope: 'audit.read',
      schema: { response: { 200: auditVerifyResult } },
    }),
    handler: (request) => verifyAudit(request.access),
  });
  app.route({
    method: 'GET',
    url: '/api/home',
    ...operation({
      operationId: 'getHome',
      tag: 'home',
      summary: "Your institution's work queue and counts",
      scope: null,
      schema: { response: { 200: homeBody } },
    }),
    handler: (request) => buildHome(request.access, workSources(app.deps)),
  });
  app.route({
    method: 'GET',
    url: '/api/work-queue',
    ...operation({
      operationId: 'getWorkQueue',
      tag: 'home',
      summary:
        'One kind of your work queue (visits due, plans missing, referrals awaiting an answer, …), page by page',
      scope: null,
      schema: { querystring: workQueueQuery, response: { 200: workQueuePage } },
    }),
    handler: (request) => workQueue(request.access, workSources(app.deps), request.query),
  });
}

export function countrySettingsRoute(app: Api): void {
  app.route({
    method: 'GET',
    url: '/api/config/country',
    ...operation({
      operationId: 'getCountrySettings',
      tag: 'reference',
      summary: "Your country's configured deadlines, each with its basis",
      scope: null,
      schema: { response: { 200: countrySettingsBody } },
    }),
    handler: (request) => {
      const user = request.access.requireUser();
      const config = app.deps.countries.find((c) => c.country.code === user.countryCode);
      if (!config) throw errors.notFound();
      return {
        code: config.country.code,
        name: config.country.name,
        currency: config.country.currency,
        deadlines: DEADLINE_KEYS.map((key) => ({ key, ...config.country.deadlines[key] })),
      };
    },
  });
}
