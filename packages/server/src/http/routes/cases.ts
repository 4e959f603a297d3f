import {
  caseDetail,
  caseListQuery,
  caseManagerBody,
  caseOpenBody,
  casePage,
  caseTimeline,
  caseTeam,
  sensitivityBody,
  teamMemberBody,
  certificateBody,
  closeBody,
  formKeyParams,
  formSubmitBody,
  idParams,
  managerCandidates as managerCandidatesBody,
  monitoringBody,
  planBody,
  planItemStatusBody,
  planUpdateBody,
  planView,
  rentFundBody,
  rentReviewBody,
  reopenBody,
  serviceCatalogue,
  submissionView,
  uuid,
  versionBody,
  visitBody,
} from '@vatra/core';
import { z } from 'zod';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import {
  closeCase,
  issueCertificate,
  recordRentReview,
  reopenCase,
  setRentFund,
} from '../../services/cases/closure.js';
import { servicesOf } from '../../services/cases/config.js';
import { submitCaseForm } from '../../services/cases/forms.js';
import { appointCaseManager, managerCandidates } from '../../services/cases/manager.js';
import { addMonitoring } from '../../services/cases/monitoring.js';
import { openCase } from '../../services/cases/open.js';
import {
  approvePlan,
  createPlan,
  revisePlan,
  setPlanItemStatus,
  updatePlan,
} from '../../services/cases/plans.js';
import { caseTimeline as readTimeline, getCase, listCases } from '../../services/cases/read.js';
import { getSubmission } from '../../services/cases/submissions.js';
import { addTeamMember, listTeam, setSensitivity } from '../../services/cases/team.js';
import { recordVisit } from '../../services/cases/visits.js';

/** The case path's steps: each a POST on the case, checked for scope, jurisdiction and stage. */
export function caseRoutes(app: Api): void {
  const tag = 'cases';
  const config = app.deps;
  app.route({
    method: 'GET',
    url: '/api/services',
    ...operation({
      operationId: 'listServices',
      tag,
      summary: 'The service catalogue individual plans are built from (standard packages) of your country',
      scope: 'case.read',
      schema: { response: { 200: serviceCatalogue } },
    }),
    handler: (request) => ({ items: servicesOf(config, request.access) }),
  });
  app.route({
    method: 'POST',
    url: '/api/cases',
    ...operation({
      operationId: 'openCase',
      tag,
      summary:
        'Open the case of a registered household: numbered, with its 72-hour visit and closure deadlines',
      scope: 'person.register',
      schema: { body: caseOpenBody, response: { 201: caseDetail } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await openCase(request.access, config, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/cases',
    ...operation({
      operationId: 'listCases',
      tag,
      summary: 'Cases in your jurisdiction you may see, newest first; names of sensitive cases masked',
      scope: 'case.read',
      schema: { querystring: caseListQuery, response: { 200: casePage } },
    }),
    handler: (request) => listCases(request.access, request.query),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id',
    ...operation({
      operationId: 'getCase',
      tag,
      summary: 'The case file: household, visits, forms, plans, case manager, monitoring, closure',
      scope: 'case.read',
      record: 'case',
      schema: { params: idParams, response: { 200: caseDetail } },
    }),
    handler: (request) => getCase(request.access, config, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/timeline',
    ...operation({
      operationId: 'getCaseTimeline',
      tag,
      summary: 'Every event of the case in order: what, who, which institution, when',
      scope: 'case.read',
      record: 'case',
      schema: { params: idParams, response: { 200: caseTimeline } },
    }),
    handler: (request) => readTimeline(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/submissions/:submissionId',
    ...operation({
      operationId: 'getCaseSubmission',
      tag,
      summary: 'One filled form of the case (any revision, monitoring included)',
      scope: 'case.read',
      record: 'case',
      schema: { params: z.object({ id: uuid, submissionId: uuid }), response: { 200: submissionView } },
    }),
    handler: (request) => getSubmission(request.access, request.params.id, request.params.submissionId),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/visits',
    ...operation({
      operationId: 'recordVisit',
      tag,
      summary: 'Record the home visit of the joint team (ZKKK and QPS; health or police when needed)',
      scope: 'case.visit',
      record: 'case',
      schema: { params: idParams, body: visitBody, response: { 200: caseDetail } },
    }),
    handler: (request) => recordVisit(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/forms/:formKey',
    ...operation({
      operationId: 'submitCaseForm',
      tag,
      summary:
        'Submit the FVN or the social anamnesis, validated against the definition version used; corrects: a new revision',
      scope: 'case.assess',
      record: 'case',
      schema: { params: formKeyParams, body: formSubmitBody, response: { 200: caseDetail } },
    }),
    handler: (request) =>
      submitCaseForm(request.access, config, request.params.id, request.params.formKey, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/plans',
    ...operation({
      operationId: 'createPlan',
      tag,
      summary:
        'Draft an individual plan (PIR / PII) for the household or a member, from the service catalogue',
      scope: 'case.plan',
      record: 'case',
      schema: { params: idParams, body: planBody, response: { 200: caseDetail } },
    }),
    handler: (request) => createPlan(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'PUT',
    url: '/api/plans/:id',
    ...operation({
      operationId: 'updatePlan',
      tag,
      summary: 'Change a draft plan (an approved version is frozen)',
      scope: 'case.plan',
      record: 'plan',
      schema: { params: idParams, body: planUpdateBody, response: { 200: planView } },
    }),
    handler: (request) => updatePlan(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/plans/:id/approve',
    ...operation({
      operationId: 'approvePlan',
      tag,
      summary: 'Approve a draft plan: the version is frozen and the previous approved one superseded',
      scope: 'case.plan.approve',
      record: 'plan',
      schema: { params: idParams, body: versionBody, response: { 200: caseDetail } },
    }),
    handler: (request) => approvePlan(request.access, config, request.params.id, request.body.version),
  });
  app.route({
    method: 'POST',
    url: '/api/plans/:id/revise',
    ...operation({
      operationId: 'revisePlan',
      tag,
      summary: 'Start a new draft version from an approved plan',
      scope: 'case.plan',
      record: 'plan',
      schema: { params: idParams, response: { 200: caseDetail } },
    }),
    handler: (request) => revisePlan(request.access, config, request.params.id),
  });
  app.route({
    method: 'PATCH',
    url: '/api/plans/:id/items/:itemId',
    ...operation({
      operationId: 'setPlanItemStatus',
      tag,
      summary: 'Progress of one planned service (planned, in progress, done, cancelled)',
      scope: 'case.plan',
      record: 'plan',
      schema: {
        params: z.object({ id: uuid, itemId: uuid }),
        body: planItemStatusBody,
        response: { 200: planView },
      },
    }),
    handler: (request) =>
      setPlanItemStatus(request.access, request.params.id, request.params.itemId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/case-manager',
    ...operation({
      operationId: 'appointCaseManager',
      tag,
      summary: 'Appoint or replace the case manager by a numbered QPS decision (history kept)',
      scope: 'case.plan.approve',
      record: 'case',
      schema: { params: idParams, body: caseManagerBody, response: { 200: caseDetail } },
    }),
    handler: (request) => appointCaseManager(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/team',
    ...operation({
      operationId: 'getCaseTeam',
      tag,
      summary: 'The people working the case (they see it whatever its sensitivity)',
      scope: 'case.read',
      record: 'case',
      schema: { params: idParams, response: { 200: caseTeam } },
    }),
    handler: (request) => listTeam(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/team',
    ...operation({
      operationId: 'addCaseTeamMember',
      tag,
      summary: 'Add a colleague of an institution covering the case to its team',
      scope: 'case.plan.approve',
      record: 'case',
      schema: { params: idParams, body: teamMemberBody, response: { 200: caseDetail } },
    }),
    handler: (request) => addTeamMember(request.access, config, request.params.id, request.body.userId),
  });
  app.route({
    method: 'PUT',
    url: '/api/cases/:id/sensitivity',
    ...operation({
      operationId: 'setCaseSensitivity',
      tag,
      summary:
        'Mark a case sensitive (domestic violence, trafficking, child victims, health) or restricted to its team',
      scope: 'case.plan.approve',
      record: 'case',
      schema: { params: idParams, body: sensitivityBody, response: { 200: caseDetail } },
    }),
    handler: (request) => setSensitivity(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'GET',
    url: '/api/cases/:id/manager-candidates',
    ...operation({
      operationId: 'listManagerCandidates',
      tag,
      summary: 'Case managers of the Centres for Social Work covering the case, for the appointment decision',
      scope: 'case.plan.approve',
      record: 'case',
      schema: { params: idParams, response: { 200: managerCandidatesBody } },
    }),
    handler: (request) => managerCandidates(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/monitoring',
    ...operation({
      operationId: 'addMonitoring',
      tag,
      summary: 'The monthly monitoring entry (services received and requests filed against the FVN needs)',
      scope: 'case.manage',
      record: 'case',
      schema: { params: idParams, body: monitoringBody, response: { 200: caseDetail } },
    }),
    handler: (request) => addMonitoring(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'PUT',
    url: '/api/cases/:id/rent-fund',
    ...operation({
      operationId: 'setRentFund',
      tag,
      summary: 'Mark since when the family is housed in rent paid by the reintegration fund (or clear it)',
      scope: 'case.manage',
      record: 'case',
      schema: { params: idParams, body: rentFundBody, response: { 200: caseDetail } },
    }),
    handler: (request) => setRentFund(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/rent-review',
    ...operation({
      operationId: 'recordRentReview',
      tag,
      summary: 'The 12-month review of a family housed in rent paid by the reintegration fund',
      scope: 'case.manage',
      record: 'case',
      schema: { params: idParams, body: rentReviewBody, response: { 200: caseDetail } },
    }),
    handler: (request) => recordRentReview(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/close',
    ...operation({
      operationId: 'closeCase',
      tag,
      summary:
        'Close after the final evaluation with the DRPR regional coordinator; outcome "moved" transfers the case',
      scope: 'case.close',
      record: 'case',
      schema: { params: idParams, body: closeBody, response: { 200: caseDetail } },
    }),
    handler: (request) => closeCase(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/reopen',
    ...operation({
      operationId: 'reopenCase',
      tag,
      summary: 'Reopen a closed case; everything recorded is kept',
      scope: 'case.close',
      record: 'case',
      schema: { params: idParams, body: reopenBody, response: { 200: caseDetail } },
    }),
    handler: (request) => reopenCase(request.access, config, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/cases/:id/certificates',
    ...operation({
      operationId: 'issueCertificate',
      tag,
      summary: 'Issue a numbered certificate of repatriation for a member of the household',
      scope: 'person.register',
      record: 'case',
      schema: { params: idParams, body: certificateBody, response: { 200: caseDetail } },
    }),
    handler: (request) => issueCertificate(request.access, config, request.params.id, request.body.personId),
  });
}
