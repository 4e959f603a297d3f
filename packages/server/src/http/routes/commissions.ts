import {
  agendaBody,
  attendanceBody,
  decideBody,
  idParams,
  meetingCloseBody,
  meetingCreateBody,
  meetingItemParams,
  meetingList,
  meetingView,
  pdfLangQuery,
  votesBody,
  waitingList,
} from '@vatra/core';
import type { Api } from '../routes.js';
import { operation } from '../operation.js';
import { setAgenda, setAttendance } from '../../services/commissions/agenda.js';
import { closeMeeting } from '../../services/commissions/close.js';
import { decideItem } from '../../services/commissions/decide.js';
import { createMeeting, listMeetings, meetingWaiting } from '../../services/commissions/meetings.js';
import { getMeeting } from '../../services/commissions/view.js';
import { recordVotes } from '../../services/commissions/votes.js';
import { decisionPdf, minutesPdf, notificationPdf } from '../../services/commissions/papers/render.js';
import { sendPdf } from '../replies.js';

/**
 * Commission meetings (KKR for requests, the Appeals Commission for appeals). Both commissions'
 * roles hold request.review; the services narrow it to users of the meeting's commission
 * (another commission's meeting is refused as out of jurisdiction, audited), to the meeting's
 * chair or secretary for changes, and to request.decide / appeal.decide for decisions.
 */
export function commissionRoutes(app: Api): void {
  const tag = 'commissions';
  app.route({
    method: 'GET',
    url: '/api/commissions/meetings',
    ...operation({
      operationId: 'listCommissionMeetings',
      tag,
      summary: 'Your commission, its users and its meetings, newest first',
      scope: 'request.review',
      schema: { response: { 200: meetingList } },
    }),
    handler: (request) => listMeetings(request.access),
  });
  app.route({
    method: 'POST',
    url: '/api/commissions/meetings',
    ...operation({
      operationId: 'planCommissionMeeting',
      tag,
      summary: 'Plan a meeting of your commission: date, place, members with roles, quorum',
      scope: 'request.review',
      schema: { body: meetingCreateBody, response: { 201: meetingView } },
    }),
    handler: async (request, reply) =>
      reply.code(201).send(await createMeeting(request.access, request.body)),
  });
  app.route({
    method: 'GET',
    url: '/api/commissions/meetings/:id',
    ...operation({
      operationId: 'getCommissionMeeting',
      tag,
      summary: 'A meeting with its members, agenda, votes, decisions and minutes',
      scope: 'request.review',
      schema: { params: idParams, response: { 200: meetingView } },
    }),
    handler: (request) => getMeeting(request.access, request.params.id),
  });
  app.route({
    method: 'GET',
    url: '/api/commissions/meetings/:id/waiting',
    ...operation({
      operationId: 'listCommissionWaiting',
      tag,
      summary: 'Dossiers waiting for the commission: requests under review (KKR) or filed appeals (KA)',
      scope: 'request.review',
      schema: { params: idParams, response: { 200: waitingList } },
    }),
    handler: (request) => meetingWaiting(request.access, request.params.id),
  });
  app.route({
    method: 'POST',
    url: '/api/commissions/meetings/:id/agenda',
    ...operation({
      operationId: 'setCommissionAgenda',
      tag,
      summary: 'Set the agenda in order: add waiting dossiers, reorder, drop items not voted on',
      scope: 'request.review',
      schema: { params: idParams, body: agendaBody, response: { 200: meetingView } },
    }),
    handler: (request) => setAgenda(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/commissions/meetings/:id/attendance',
    ...operation({
      operationId: 'setCommissionAttendance',
      tag,
      summary: 'Record which members are present',
      scope: 'request.review',
      schema: { params: idParams, body: attendanceBody, response: { 200: meetingView } },
    }),
    handler: (request) => setAttendance(request.access, request.params.id, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/commissions/meetings/:id/items/:itemId/votes',
    ...operation({
      operationId: 'recordCommissionVotes',
      tag,
      summary:
        'Record members’ votes on an item; the applicant’s case manager must declare the conflict and is excluded',
      scope: 'request.review',
      schema: { params: meetingItemParams, body: votesBody, response: { 200: meetingView } },
    }),
    handler: (request) => recordVotes(request.access, request.params.id, request.params.itemId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/commissions/meetings/:id/items/:itemId/decide',
    ...operation({
      operationId: 'decideCommissionItem',
      tag,
      summary: 'Decide an item from its vote (quorum of present members, majority in favour)',
      scope: 'request.review',
      schema: { params: meetingItemParams, body: decideBody, response: { 200: meetingView } },
    }),
    handler: (request) => decideItem(request.access, request.params.id, request.params.itemId, request.body),
  });
  app.route({
    method: 'POST',
    url: '/api/commissions/meetings/:id/close',
    ...operation({
      operationId: 'closeCommissionMeeting',
      tag,
      summary: 'Close the meeting with its minutes',
      scope: 'request.review',
      schema: { params: idParams, body: meetingCloseBody, response: { 200: meetingView } },
    }),
    handler: (request) => closeMeeting(request.access, request.params.id, request.body),
  });
  const countries = app.deps.countries;
  app.route({
    method: 'GET',
    url: '/api/commissions/meetings/:id/minutes.pdf',
    ...operation({
      operationId: 'getCommissionMinutesPdf',
      tag,
      summary: 'The minutes of a meeting as PDF (?lang=sq|sr|en; default your language)',
      scope: 'request.review',
      schema: { params: idParams, querystring: pdfLangQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(reply, await minutesPdf(request.access, countries, request.params.id, request.query.lang)),
  });
  app.route({
    method: 'GET',
    url: '/api/request-decisions/:id/pdf',
    ...operation({
      operationId: 'getRequestDecisionPdf',
      tag,
      summary:
        'A decision on a request as PDF (?lang=sq|sr|en; default the applicant’s language), for users who may read the case or review requests where it is',
      scope: null,
      schema: { params: idParams, querystring: pdfLangQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(reply, await decisionPdf(request.access, countries, request.params.id, request.query.lang)),
  });
  app.route({
    method: 'GET',
    url: '/api/request-decisions/:id/notification.pdf',
    ...operation({
      operationId: 'getRequestDecisionNotificationPdf',
      tag,
      summary: 'The letter notifying the applicant of a decision, in the applicant’s language, as PDF',
      scope: null,
      schema: { params: idParams, querystring: pdfLangQuery },
    }),
    handler: async (request, reply) =>
      sendPdf(reply, await notificationPdf(request.access, countries, request.params.id, request.query.lang)),
  });
}
