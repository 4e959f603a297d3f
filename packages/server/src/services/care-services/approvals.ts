import type {
  ApprovalListSummary,
  ApprovalListView,
  ApprovalLists,
  LocalizedText,
  approvalDecideBody,
  approvalItemBody,
  approvalListCreateBody,
} from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { careServiceDb } from '../../storage/care-services/tables.js';
import type { AccessContext } from '../access/context.js';
import { findCareService, needsCouncilApproval, type CareServiceDeps } from './catalogue.js';
import { careServiceErrors } from './errors.js';
import { recordCareEvent, requireCareCaseOf, requirePerson } from './parties.js';
import { personName } from './views.js';

type CreateBody = z.infer<typeof approvalListCreateBody>;
type ItemBody = z.infer<typeof approvalItemBody>;
type DecideBody = z.infer<typeof approvalDecideBody>;

// The unit prepares a list of proposed beneficiaries of community and residential services with
// their documentation (draft → submitted); the Municipal Council's decision (number, date)
// approves or rejects each proposal (decided). An approved proposal lets the person take a place.

function listRows(access: AccessContext) {
  return careServiceDb(access.db)
    .selectFrom('council_approval_lists as l')
    .innerJoin('jurisdictions as j', 'j.id', 'l.jurisdiction_id')
    .selectAll('l')
    .select([
      'j.code as jurisdiction_code',
      'j.name as jurisdiction_name',
      'j.path as jurisdiction_path',
      sql<number>`(select count(*)::int from council_approval_items i where i.list_id = l.id)`.as(
        'item_count',
      ),
      sql<number>`(select count(*)::int from council_approval_items i where i.list_id = l.id and i.decision = 'approved')`.as(
        'approved',
      ),
      sql<number>`(select count(*)::int from council_approval_items i where i.list_id = l.id and i.decision = 'rejected')`.as(
        'rejected',
      ),
    ]);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listRows>['execute']>>[number];

function summary(row: ListRow): ApprovalListSummary {
  return {
    id: row.id,
    jurisdiction: {
      id: row.jurisdiction_id,
      code: row.jurisdiction_code,
      name: row.jurisdiction_name as LocalizedText,
    },
    title: row.title,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    submittedAt: row.submitted_at ? row.submitted_at.toISOString() : null,
    councilDecisionNumber: row.council_decision_number,
    councilDecisionDate: row.council_decision_date,
    items: row.item_count,
    approved: row.approved,
    rejected: row.rejected,
    version: row.version,
  };
}

export async function listApprovalLists(access: AccessContext): Promise<ApprovalLists> {
  access.requireUser();
  const rows = await listRows(access)
    .where(access.inJurisdiction('j.path'))
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id')
    .execute();
  return { items: rows.map(summary) };
}

/** A list with its proposals, their documentation and decisions (audited read). */
export async function getApprovalList(access: AccessContext, id: string): Promise<ApprovalListView> {
  access.requireUser();
  const row = await listRows(access).where('l.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  await access.requireInJurisdiction('council_list', id, row.jurisdiction_path);
  const db = careServiceDb(access.db);
  const items = await db
    .selectFrom('council_approval_items as i')
    .innerJoin('persons as pe', 'pe.id', 'i.person_id')
    .leftJoin('care_cases as c', 'c.id', 'i.care_case_id')
    .leftJoin('care_provider_services as s', 's.id', 'i.provider_service_id')
    .leftJoin('care_providers as p', 'p.id', 's.provider_id')
    .selectAll('i')
    .select([
      'pe.first_name',
      'pe.last_name',
      'pe.sensitivity as person_sensitivity',
      'c.number as case_number',
      'c.sensitivity as case_sensitivity',
      'p.name as provider_name',
    ])
    .where('i.list_id', '=', id)
    .orderBy('i.position')
    .execute();
  const documents = items.length
    ? await db
        .selectFrom('council_approval_item_documents as d')
        .innerJoin('documents as doc', 'doc.id', 'd.document_id')
        .select(['d.item_id', 'doc.id', 'doc.file_name', 'doc.doc_type'])
        .where(
          'd.item_id',
          'in',
          items.map((i) => i.id),
        )
        .orderBy('doc.uploaded_at')
        .execute()
    : [];
  await access.audit(access.db, {
    action: 'care.council_list.read',
    recordType: 'council_list',
    recordId: id,
  });
  return {
    ...summary(row),
    entries: items.map((item) => ({
      id: item.id,
      position: item.position,
      person: { id: item.person_id, ...personName(access, item) },
      careCase:
        item.care_case_id && item.case_number ? { id: item.care_case_id, number: item.case_number } : null,
      serviceCode: item.service_code,
      providerServiceId: item.provider_service_id,
      providerName: item.provider_name,
      note: item.proposal_note,
      documents: documents
        .filter((d) => d.item_id === item.id)
        .map((d) => ({ id: d.id, fileName: d.file_name, docType: d.doc_type })),
      decision: item.decision,
      decisionReason: item.decision_reason,
    })),
  };
}

export async function createApprovalList(access: AccessContext, body: CreateBody): Promise<ApprovalListView> {
  const user = access.requireUser();
  const jurisdictionId =
    body.jurisdictionId ??
    (
      await access.db
        .selectFrom('institutions')
        .select('jurisdiction_id')
        .where('id', '=', user.institutionId)
        .executeTakeFirstOrThrow()
    ).jurisdiction_id;
  const place = await access.db
    .selectFrom('jurisdictions')
    .select('path')
    .where('id', '=', jurisdictionId)
    .executeTakeFirst();
  if (!place) throw careServiceErrors.field('jurisdictionId', 'outsideJurisdiction');
  await access.requireInJurisdiction('jurisdiction', jurisdictionId, place.path);
  const id = await access.db.transaction().execute(async (trx) => {
    const row = await careServiceDb(trx)
      .insertInto('council_approval_lists')
      .values({
        jurisdiction_id: jurisdictionId,
        title: body.title,
        status: 'draft',
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'care.council_list.create',
      recordType: 'council_list',
      recordId: row.id,
      details: { title: body.title },
    });
    return row.id;
  });
  return getApprovalList(access, id);
}

async function requireList(access: AccessContext, id: string, version: number, action: string) {
  const row = await careServiceDb(access.db)
    .selectFrom('council_approval_lists')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  if (row.version !== version) throw errors.conflict();
  const from = action === 'decide' ? 'submitted' : 'draft';
  if (row.status !== from) throw careServiceErrors.invalidTransition(access.locale, action, row.status);
  return row;
}

/** Bumps the list's version inside the write's transaction; a concurrent change makes it 409. */
async function bump(trx: Parameters<typeof careServiceDb>[0], id: string, version: number, values = {}) {
  const result = await careServiceDb(trx)
    .updateTable('council_approval_lists')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
}

/** Proposes a person for a service that needs the Council's approval, with the documentation. */
export async function addApprovalItem(
  access: AccessContext,
  deps: CareServiceDeps,
  id: string,
  body: ItemBody,
): Promise<ApprovalListView> {
  const user = access.requireUser();
  const list = await requireList(access, id, body.version, 'propose');
  const service = findCareService(deps, user.countryCode, body.serviceCode);
  if (!service) throw careServiceErrors.field('serviceCode', 'unknownService');
  if (!needsCouncilApproval(deps, user.countryCode, service))
    throw careServiceErrors.field('serviceCode', 'noApprovalNeeded');
  await requirePerson(access, body.personId);
  const careCaseId = await requireCareCaseOf(access, body.careCaseId, body.personId);
  const db = careServiceDb(access.db);
  if (body.providerServiceId) {
    const offered = await db
      .selectFrom('care_provider_services as s')
      .innerJoin('care_providers as p', 'p.id', 's.provider_id')
      .select('s.service_code')
      .where('s.id', '=', body.providerServiceId)
      .where('p.jurisdiction_id', '=', list.jurisdiction_id)
      .executeTakeFirst();
    if (offered?.service_code !== body.serviceCode)
      throw careServiceErrors.field('providerServiceId', 'providerServiceMismatch');
  }
  // The documentation is the person's own documents or, when the proposal names the care case,
  // also the documents uploaded on that case (they carry no person: documents/care.ts).
  const documentIds = [...new Set(body.documentIds)];
  if (documentIds.length) {
    const owned = await db
      .selectFrom('documents')
      .select('id')
      .where('id', 'in', documentIds)
      .where((eb) =>
        careCaseId
          ? eb.or([eb('person_id', '=', body.personId), eb('care_case_id', '=', careCaseId)])
          : eb('person_id', '=', body.personId),
      )
      .execute();
    if (owned.length !== documentIds.length)
      throw careServiceErrors.field(
        'documentIds',
        careCaseId ? 'documentNotOfPersonOrCase' : 'documentNotOfPerson',
      );
  }
  const taken = await db
    .selectFrom('council_approval_items')
    .select('id')
    .where('list_id', '=', id)
    .where('person_id', '=', body.personId)
    .where('service_code', '=', body.serviceCode)
    .executeTakeFirst();
  if (taken) throw errors.duplicate('personId');
  await access.db.transaction().execute(async (trx) => {
    await bump(trx, id, body.version);
    const tdb = careServiceDb(trx);
    const last = await tdb
      .selectFrom('council_approval_items')
      .select(sql<number>`coalesce(max(position), 0)::int`.as('n'))
      .where('list_id', '=', id)
      .executeTakeFirstOrThrow();
    const item = await tdb
      .insertInto('council_approval_items')
      .values({
        list_id: id,
        position: last.n + 1,
        person_id: body.personId,
        care_case_id: careCaseId,
        service_code: body.serviceCode,
        provider_service_id: body.providerServiceId ?? null,
        proposal_note: body.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (documentIds.length)
      await tdb
        .insertInto('council_approval_item_documents')
        .values(documentIds.map((document_id) => ({ item_id: item.id, document_id })))
        .execute();
    const details = {
      listId: id,
      itemId: item.id,
      serviceCode: body.serviceCode,
      documents: documentIds.length,
    };
    await recordCareEvent(trx, access, careCaseId, 'council.proposed', details);
    await access.audit(trx, {
      action: 'care.council_list.propose',
      recordType: 'council_list',
      recordId: id,
      details: { ...details, personId: body.personId },
    });
  });
  return getApprovalList(access, id);
}

/** Sends the list to the Council: at least one proposal, each with its documentation. */
export async function submitApprovalList(
  access: AccessContext,
  id: string,
  body: { version: number },
): Promise<ApprovalListView> {
  await requireList(access, id, body.version, 'submit');
  const items = await careServiceDb(access.db)
    .selectFrom('council_approval_items as i')
    .select([
      'i.position',
      sql<number>`(select count(*)::int from council_approval_item_documents d where d.item_id = i.id)`.as(
        'docs',
      ),
    ])
    .where('i.list_id', '=', id)
    .orderBy('i.position')
    .execute();
  if (items.length === 0) throw careServiceErrors.field('entries', 'listEmpty');
  const bare = items.find((item) => item.docs === 0);
  if (bare)
    throw careServiceErrors.field(`entries[${bare.position - 1}].documents`, 'noDocuments', {
      position: bare.position,
    });
  await access.db.transaction().execute(async (trx) => {
    await bump(trx, id, body.version, { status: 'submitted', submitted_at: new Date() });
    await access.audit(trx, {
      action: 'care.council_list.submit',
      recordType: 'council_list',
      recordId: id,
      details: { items: items.length },
    });
  });
  return getApprovalList(access, id);
}

/** Records the Council's decision: its number and date, and approved or rejected for every proposal. */
export async function decideApprovalList(
  access: AccessContext,
  id: string,
  body: DecideBody,
): Promise<ApprovalListView> {
  await requireList(access, id, body.version, 'decide');
  const items = await careServiceDb(access.db)
    .selectFrom('council_approval_items')
    .select(['id', 'position', 'care_case_id', 'person_id', 'service_code'])
    .where('list_id', '=', id)
    .orderBy('position')
    .execute();
  const known = new Set(items.map((i) => i.id));
  body.items.forEach((decision, index) => {
    if (!known.has(decision.itemId)) throw careServiceErrors.field(`items[${index}].itemId`, 'itemNotInList');
    if (decision.decision === 'rejected' && !decision.reason)
      throw careServiceErrors.field(`items[${index}].reason`, 'reasonRequired');
  });
  const decided = new Map(body.items.map((d) => [d.itemId, d]));
  const missing = items.find((item) => !decided.has(item.id));
  if (missing) throw careServiceErrors.field('items', 'itemUndecided', { position: missing.position });
  await access.db.transaction().execute(async (trx) => {
    await bump(trx, id, body.version, {
      status: 'decided',
      council_decision_number: body.councilDecisionNumber,
      council_decision_date: body.councilDecisionDate,
    });
    for (const item of items) {
      const decision = decided.get(item.id);
      if (!decision) continue;
      await careServiceDb(trx)
        .updateTable('council_approval_items')
        .set({ decision: decision.decision, decision_reason: decision.reason ?? null })
        .where('id', '=', item.id)
        .execute();
      await recordCareEvent(trx, access, item.care_case_id, 'council.decided', {
        listId: id,
        itemId: item.id,
        serviceCode: item.service_code,
        decision: decision.decision,
        councilDecisionNumber: body.councilDecisionNumber,
      });
    }
    await access.audit(trx, {
      action: 'care.council_list.decide',
      recordType: 'council_list',
      recordId: id,
      details: {
        councilDecisionNumber: body.councilDecisionNumber,
        councilDecisionDate: body.councilDecisionDate,
        approved: body.items.filter((d) => d.decision === 'approved').length,
        rejected: body.items.filter((d) => d.decision === 'rejected').length,
      },
    });
  });
  return getApprovalList(access, id);
}
