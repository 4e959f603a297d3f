import {
  localized,
  type LocalizedText,
  type RequestAction,
  type RequestSummary,
  type RequestView,
  type SchemeConfig,
  officeToday,
} from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { schemeLinkDb } from '../../storage/action-plans/scheme-links.js';
import { requestDb } from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireCase } from '../cases/visibility.js';
import { externalBodyType } from './external-bodies.js';
import { isDecider, isExecutor, userInstitution, type UserInstitution } from './parties.js';
import { findScheme, type RequestDeps } from './schemes.js';

/** The request with its place, case and applicant, and the deadlines of its current step. */
export function requestRows(db: Kysely<Database>) {
  return requestDb(db)
    .selectFrom('requests as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .innerJoin('users as fu', 'fu.id', 'r.filed_by')
    .leftJoin('institutions as di', 'di.id', 'r.deciding_institution_id')
    .selectAll('r')
    .select([
      'j.path',
      'j.code as jurisdictionCode',
      'c.number as caseNumber',
      'c.status as caseStatus',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'fu.full_name as filedByName',
      'di.code as decidingCode',
      'di.name as decidingName',
    ])
    .select([
      sql<string | null>`(select d.appeal_due_on from request_decisions d where d.request_id = r.id
        order by d.created_at desc limit 1)`.as('appealDueOn'),
      sql<string | null>`(select a.decision_due_on from request_appeals a where a.request_id = r.id
        and a.status = 'filed' order by a.created_at desc limit 1)`.as('appealDecisionDueOn'),
    ]);
}

export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestRows>['executeTakeFirstOrThrow']>>;

export async function loadRequestRow(db: Kysely<Database>, id: string): Promise<RequestRow> {
  const row = await requestRows(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  return row;
}

/**
 * May the user see this request: a user of its deciding or executing institution (who works on
 * it without being on the case), else whoever may see its case (refusals audited there).
 */
export async function requireRequest(
  access: AccessContext,
  id: string,
): Promise<{ row: RequestRow; institution: UserInstitution; caseSide: boolean }> {
  const row = await loadRequestRow(access.db, id);
  await access.requireInJurisdiction('request', id, row.path);
  const institution = await userInstitution(access);
  if (isDecider(access, row) || isExecutor(access, institution, row))
    return { row, institution, caseSide: false };
  await requireCase(access, row.case_id);
  return { row, institution, caseSide: true };
}

function num(value: string | null): number | null {
  return value === null ? null : Number(value);
}

function schemeName(scheme: SchemeConfig | undefined, code: string): LocalizedText {
  return scheme?.name ?? { sq: code, sr: code, en: code };
}

export function toSummary(
  row: RequestRow,
  scheme: SchemeConfig | undefined,
  day = officeToday(),
): RequestSummary {
  const deciding = row.status === 'submitted' || row.status === 'under_review';
  const appealDueOn = row.status === 'decided' ? row.appealDueOn : null;
  const appealDecisionDueOn = row.status === 'appealed' ? row.appealDecisionDueOn : null;
  const overdue =
    (deciding && row.decision_due_on !== null && row.decision_due_on < day) ||
    (appealDecisionDueOn !== null && appealDecisionDueOn < day);
  return {
    id: row.id,
    number: row.number,
    caseId: row.case_id,
    person: { id: row.person_id, firstName: row.firstName, lastName: row.lastName },
    schemeCode: row.scheme_code,
    schemeName: schemeName(scheme, row.scheme_code),
    status: row.status,
    amountRequested: num(row.amount_requested),
    currency: row.currency,
    createdAt: new Date(row.created_at).toISOString(),
    decisionDueOn: row.decision_due_on,
    appealDueOn,
    appealDecisionDueOn,
    overdue,
    version: row.version,
  };
}

/** The request as the user sees it, with documents, decisions, appeals, execution and next steps. */
export async function loadRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
): Promise<RequestView> {
  const row = await loadRequestRow(access.db, id);
  const institution = await userInstitution(access);
  return buildView(access, deps, row, institution);
}

async function buildView(
  access: AccessContext,
  deps: RequestDeps,
  row: RequestRow,
  institution: UserInstitution,
): Promise<RequestView> {
  const db = requestDb(access.db);
  const locale = access.locale;
  const scheme = findScheme(access, deps, row.scheme_code);
  const attached = await db
    .selectFrom('request_documents as rd')
    .leftJoin('documents as d', 'd.id', 'rd.document_id')
    .select(['rd.requirement', 'rd.document_id', 'rd.waived_reason', 'd.file_name'])
    .where('rd.request_id', '=', row.id)
    .execute();
  const decisions = await schemeLinkDb(access.db)
    .selectFrom('request_decisions as d')
    .innerJoin('institutions as i', 'i.id', 'd.institution_id')
    .innerJoin('users as u', 'u.id', 'd.decided_by')
    .leftJoin('request_decision_letters as l', 'l.decision_id', 'd.id')
    .selectAll('d')
    .select(['i.code as institutionCode', 'i.name as institutionName', 'u.full_name as decidedByName'])
    .select(['l.reference as letterReference', 'l.letter_document_id as letterDocumentId'])
    .where('d.request_id', '=', row.id)
    .orderBy('d.created_at')
    .execute();
  const appeals = await db
    .selectFrom('request_appeals')
    .selectAll()
    .where('request_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  const execution = await db
    .selectFrom('request_executions as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .selectAll('e')
    .select(['i.code as institutionCode', 'i.name as institutionName'])
    .where('e.request_id', '=', row.id)
    .executeTakeFirst();

  const requirements = scheme?.requiredDocuments ?? [];
  const known = new Set(requirements.map((r) => r.code));
  const documents = [
    ...requirements.map((r) => ({ code: r.code, name: r.name })),
    // A requirement dropped from the catalogue after it was recorded still shows.
    ...attached
      .filter((a) => !known.has(a.requirement))
      .map((a) => ({
        code: a.requirement,
        name: { sq: a.requirement, sr: a.requirement, en: a.requirement },
      })),
  ].map((requirement) => {
    const record = attached.find((a) => a.requirement === requirement.code);
    const state: 'missing' | 'attached' | 'waived' = !record
      ? 'missing'
      : record.document_id
        ? 'attached'
        : 'waived';
    return {
      requirement: requirement.code,
      name: requirement.name,
      state,
      documentId: record?.document_id ?? null,
      documentTitle: record?.file_name ?? null,
      waivedReason: record?.waived_reason ?? null,
    };
  });

  const latest = decisions.at(-1);
  const view: RequestView = {
    ...toSummary(row, scheme),
    caseNumber: row.caseNumber,
    householdId: row.household_id,
    description: row.description,
    decidingType: row.deciding_type,
    decidedByCommission: scheme?.decidedByCommission ?? false,
    decidingInstitution:
      row.deciding_institution_id && row.decidingCode && row.decidingName
        ? {
            id: row.deciding_institution_id,
            code: row.decidingCode,
            name: localized(row.decidingName, locale),
          }
        : null,
    executingType: row.executing_type,
    filedBy: { id: row.filed_by, fullName: row.filedByName },
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    documents,
    decisions: decisions.map((d) => ({
      id: d.id,
      number: d.number,
      institution: {
        id: d.institution_id,
        code: d.institutionCode,
        name: localized(d.institutionName, locale),
      },
      atMeeting: d.meeting_item_id !== null,
      outcome: d.outcome,
      amount: num(d.amount),
      currency: d.currency,
      reasons: d.reasons,
      decidedOn: d.decided_on,
      notifiedOn: d.notified_on,
      appealDueOn: d.appeal_due_on,
      decidedBy: { id: d.decided_by, fullName: d.decidedByName },
      letter:
        d.letterReference && d.letterDocumentId
          ? { reference: d.letterReference, documentId: d.letterDocumentId }
          : null,
    })),
    appeals: appeals.map((a) => ({
      id: a.id,
      decisionId: a.decision_id,
      filedOn: a.filed_on,
      grounds: a.grounds,
      status: a.status,
      decisionDueOn: a.decision_due_on,
      outcome: a.outcome,
      outcomeReasons: a.outcome_reasons,
      decidedOn: a.decided_on,
    })),
    execution: execution
      ? {
          institution: {
            id: execution.institution_id,
            code: execution.institutionCode,
            name: localized(execution.institutionName, locale),
          },
          status: execution.status,
          startedOn: execution.started_on,
          progressNote: execution.progress_note,
          completedOn: execution.completed_on,
          actualCost: num(execution.actual_cost),
          currency: execution.currency,
        }
      : null,
    actions: [],
  };
  view.actions = allowedActions(access, row, institution, {
    decidedByCommission: view.decidedByCommission,
    latestOutcome: latest?.outcome ?? null,
    latestNotified: latest?.notified_on ?? null,
    hasExecution: execution !== undefined,
    executionInProgress: execution?.status === 'in_progress',
    caseOpen: row.caseStatus === 'open',
    externalBody: externalBodyType(access, deps, row.deciding_type) !== undefined,
  });
  return view;
}

/** The steps this user may take now; each service checks again. */
function allowedActions(
  access: AccessContext,
  row: RequestRow,
  institution: UserInstitution,
  facts: {
    decidedByCommission: boolean;
    latestOutcome: string | null;
    latestNotified: string | null;
    hasExecution: boolean;
    executionInProgress: boolean;
    caseOpen: boolean;
    /** Decided by a body outside Vatra: the case side records its decision (external.ts). */
    externalBody: boolean;
  },
): RequestAction[] {
  const actions: RequestAction[] = [];
  const filer = access.has('request.file') && facts.caseOpen;
  const decider = isDecider(access, row);
  const status = row.status;
  if (filer && status === 'draft') actions.push('edit', 'documents', 'submit');
  if (decider && access.has('request.review') && status === 'submitted') actions.push('review');
  if (decider && access.has('request.decide') && status === 'under_review' && !facts.decidedByCommission)
    actions.push('decide');
  if (filer && facts.externalBody && (status === 'submitted' || status === 'under_review'))
    actions.push('recordExternal');
  if ((filer || decider) && (status === 'decided' || status === 'appeal_decided') && !facts.latestNotified)
    actions.push('notify');
  if (filer && status === 'decided' && row.appealDueOn !== null && officeToday() <= row.appealDueOn)
    actions.push('appeal');
  if (isExecutor(access, institution, row)) {
    if (!facts.hasExecution && facts.latestOutcome !== null && isFinalPositive(row, facts.latestOutcome))
      actions.push('execute');
    if (facts.executionInProgress) actions.push('complete');
  }
  if (filer && (status === 'draft' || status === 'submitted' || status === 'under_review'))
    actions.push('withdraw');
  return actions;
}

/** A positive decision no longer open to appeal: the window passed, or the appeal was decided. */
export function isFinalPositive(
  row: { status: string; appealDueOn: string | null },
  latestOutcome: string,
  day = officeToday(),
): boolean {
  if (latestOutcome === 'rejected') return false;
  if (row.status === 'appeal_decided') return true;
  return row.status === 'decided' && row.appealDueOn !== null && row.appealDueOn < day;
}

/** One request, for a party to it; the read is audited. */
export async function getRequest(access: AccessContext, deps: RequestDeps, id: string): Promise<RequestView> {
  const { row, institution } = await requireRequest(access, id);
  await access.audit(access.db, {
    action: 'request.read',
    recordType: 'request',
    recordId: id,
    details: { caseId: row.case_id, personId: row.person_id },
  });
  return buildView(access, deps, row, institution);
}

/** The requests of a case, oldest first, for users who may see the case. */
export async function listCaseRequests(
  access: AccessContext,
  deps: RequestDeps,
  caseId: string,
): Promise<{ items: RequestSummary[] }> {
  await requireCase(access, caseId);
  const rows = await requestRows(access.db)
    .where('r.case_id', '=', caseId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  await access.audit(access.db, {
    action: 'request.list',
    recordType: 'case',
    recordId: caseId,
    details: { requestIds: rows.map((row) => row.id) },
  });
  return { items: rows.map((row) => toSummary(row, findScheme(access, deps, row.scheme_code))) };
}
