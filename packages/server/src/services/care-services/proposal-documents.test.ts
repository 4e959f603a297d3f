import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  ApprovalListView,
  CareCaseDetail,
  CareCasePage,
  DocumentSummary,
  EnrolmentView,
  ProviderView,
} from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careServiceDb } from '../../storage/care-services/tables.js';
import { multipart } from '../../test/multipart.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertPukePerson } from './samples.js';

// A Council proposal and an enrolment that name the person's care case (Pukë): the documentation
// may be a document uploaded on the care case (no person of its own), never one of another case;
// the care case must be the person's and readable by the proposer (a DV case is refused, audited);
// every step lands on the care case's timeline.

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

let t: TestApp;
let dataDir: string;
let sss: Session;
let dv: Session;
const p: Record<string, string> = {};
const cases: Record<string, CareCaseDetail> = {};
const scans: Record<string, DocumentSummary> = {};
let list: ApprovalListView;

type Reply = { statusCode: number; body: string; json(): unknown };
const fieldsOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error.fields ?? {};
const post = (s: Session, url: string, payload: object) => s.request({ method: 'POST', url, payload });

async function open(session: Session, personId: string): Promise<CareCaseDetail> {
  const response = await post(session, '/api/care/cases', { personId, channel: 'walk_in' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CareCaseDetail;
}

async function uploadScan(caseId: string, name: string): Promise<DocumentSummary> {
  const response = await sss.request({
    method: 'POST',
    url: `/api/care/cases/${caseId}/documents`,
    ...multipart({ docType: 'assessment' }, { name, bytes: PDF }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as DocumentSummary;
}

async function timeline(caseId: string) {
  const response = await sss.request({ method: 'GET', url: `/api/care/cases/${caseId}` });
  expect(response.statusCode).toBe(200);
  return (response.json() as CareCaseDetail).timeline;
}

function propose(payload: object) {
  return post(sss, `/api/care/council-lists/${list.id}/items`, {
    serviceCode: 'day_centre_elderly',
    version: list.version,
    ...payload,
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vatra-proposal-documents-'));
  t = await testApp({ VATRA_DATA_DIR: dataDir });
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).execute();
  sss = await loginAs(t.app, 'sss.puke');
  dv = await loginAs(t.app, 'dv.puke');
  p.gjon = await insertPukePerson(t.db.kysely, 'Gjon', 'Prendi', 'Qerret', 'male');
  p.dile = await insertPukePerson(t.db.kysely, 'Dile', 'Vata', 'Fushë-Arrëz');
  p.mrike = await insertPukePerson(t.db.kysely, 'Mrikë', 'Gjeta', 'Rrapë');
  cases.gjon = await open(sss, p.gjon);
  cases.dile = await open(sss, p.dile);
  scans.gjon = await uploadScan(cases.gjon.id, 'Vlerësimi Gjon Prendi.pdf');
  scans.dile = await uploadScan(cases.dile.id, 'Vlerësimi Dile Vata.pdf');
  // Mrikë's case is a domestic-violence case, kept to the DV coordinator's group.
  cases.mrike = await open(dv, p.mrike);
  const marked = await post(dv, `/api/care/cases/${cases.mrike.id}/dv`, { version: cases.mrike.version });
  expect(marked.statusCode, marked.body).toBe(200);
  const created = await post(sss, '/api/care/council-lists', { title: 'Qendra ditore, prill 2026' });
  expect(created.statusCode).toBe(201);
  list = created.json() as ApprovalListView;
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the person’s care cases', () => {
  it('lists one person’s cases only, for the forms to offer', async () => {
    const response = await sss.request({
      method: 'GET',
      url: `/api/care/cases?personId=${p.gjon}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as CareCasePage).items.map((c) => c.id)).toEqual([cases.gjon?.id]);
  });
});

describe('a proposal naming the care case', () => {
  it('refuses the case’s document without the case named, as before (422 documentIds)', async () => {
    const response = await propose({ personId: p.gjon, documentIds: [scans.gjon?.id] });
    expect(response.statusCode).toBe(422);
    expect(fieldsOf(response)).toEqual({
      documentIds: 'Each document must be a document of the person proposed.',
    });
  });

  it('refuses a document of another person’s care case (422 documentIds)', async () => {
    const response = await propose({
      personId: p.gjon,
      careCaseId: cases.gjon?.id,
      documentIds: [scans.gjon?.id, scans.dile?.id],
    });
    expect(response.statusCode).toBe(422);
    expect(fieldsOf(response)).toEqual({
      documentIds: 'Each document must be a document of the person proposed or of the care case named.',
    });
  });

  it('refuses a care case of another person (422 careCaseId)', async () => {
    const response = await propose({
      personId: p.gjon,
      careCaseId: cases.dile?.id,
      documentIds: [scans.dile?.id],
    });
    expect(response.statusCode).toBe(422);
    expect(fieldsOf(response)).toEqual({ careCaseId: 'This care case is not the person’s.' });
  });

  it('refuses a DV case the proposer may not read (403, audited), writing nothing', async () => {
    const response = await propose({ personId: p.mrike, careCaseId: cases.mrike?.id });
    expect(response.statusCode).toBe(403);
    expect((response.json() as { error: { code: string } }).error.code).toBe('sensitive_record');
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select(['outcome', 'username', 'record_type', 'record_id'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      outcome: 'denied',
      username: 'sss.puke',
      record_type: 'care_case',
      record_id: cases.mrike?.id,
    });
    const items = await careServiceDb(t.db.kysely)
      .selectFrom('council_approval_items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(items.n)).toBe(0);
  });

  it('accepts the document uploaded on the care case and shows the case on the proposal', async () => {
    const response = await propose({
      personId: p.gjon,
      careCaseId: cases.gjon?.id,
      documentIds: [scans.gjon?.id],
      note: 'I moshuar që jeton vetëm.',
    });
    expect(response.statusCode, response.body).toBe(200);
    list = response.json() as ApprovalListView;
    expect(list.entries.map((e) => [e.person.name, e.careCase, e.documents])).toEqual([
      [
        'Gjon Prendi',
        { id: cases.gjon?.id, number: cases.gjon?.number },
        [{ id: scans.gjon?.id, fileName: 'Vlerësimi Gjon Prendi.pdf', docType: 'assessment' }],
      ],
    ]);
  });

  it('puts the proposal and the Council’s decision on the care case’s timeline', async () => {
    const submitted = await post(sss, `/api/care/council-lists/${list.id}/submit`, { version: list.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    list = submitted.json() as ApprovalListView;
    const decided = await post(sss, `/api/care/council-lists/${list.id}/decide`, {
      version: list.version,
      councilDecisionNumber: 'VKB nr. 41',
      councilDecisionDate: '2026-04-23',
      items: list.entries.map((e) => ({ itemId: e.id, decision: 'approved' })),
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const events = (await timeline(cases.gjon?.id ?? '')).filter((e) => e.kind.startsWith('council.'));
    expect(events.map((e) => [e.kind, e.details.serviceCode, e.details.decision ?? null])).toEqual([
      ['council.proposed', 'day_centre_elderly', null],
      ['council.decided', 'day_centre_elderly', 'approved'],
    ]);
    expect(events[1]?.details.councilDecisionNumber).toBe('VKB nr. 41');
    expect((await timeline(cases.dile?.id ?? '')).some((e) => e.kind.startsWith('council.'))).toBe(false);
  });
});

describe('an enrolment naming the care case', () => {
  let serviceId = '';
  let enrolment: EnrolmentView;

  it('puts the place taken and its end on the care case’s timeline', async () => {
    const created = await post(sss, '/api/care/providers', {
      name: 'Qendra Ditore Qerret',
      kind: 'public',
      licenceNumber: 'MSHMS-L-2025-007',
      licenceValidUntil: '2099-12-31',
      settlement: 'Qerret',
      fundingSource: 'municipality',
    });
    expect(created.statusCode, created.body).toBe(201);
    const provider = created.json() as ProviderView;
    const added = await post(sss, `/api/care/providers/${provider.id}/services`, {
      serviceCode: 'day_centre_elderly',
      capacity: 3,
      version: provider.version,
    });
    expect(added.statusCode, added.body).toBe(200);
    serviceId = (added.json() as ProviderView).services[0]?.id ?? '';

    const foreign = await post(sss, '/api/care/enrolments', {
      providerServiceId: serviceId,
      personId: p.gjon,
      careCaseId: cases.dile?.id,
    });
    expect(foreign.statusCode).toBe(422);
    expect(Object.keys(fieldsOf(foreign))).toEqual(['careCaseId']);

    const enrolled = await post(sss, '/api/care/enrolments', {
      providerServiceId: serviceId,
      personId: p.gjon,
      careCaseId: cases.gjon?.id,
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    enrolment = enrolled.json() as EnrolmentView;
    expect(enrolment.status).toBe('active');
    const ended = await post(sss, `/api/care/enrolments/${enrolment.id}/end`, {
      version: enrolment.version,
      reason: 'moved',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const events = (await timeline(cases.gjon?.id ?? '')).filter((e) => e.kind.startsWith('service.'));
    expect(events.map((e) => [e.kind, e.details.serviceCode, e.details.reason ?? null])).toEqual([
      ['service.started', 'day_centre_elderly', null],
      ['service.ended', 'day_centre_elderly', 'moved'],
    ]);
  });

  it('puts a waiting-list entry on the timeline too', async () => {
    const queued = await post(sss, '/api/care/enrolments', {
      providerServiceId: serviceId,
      personId: p.dile,
      careCaseId: cases.dile?.id,
      waitingList: true,
    });
    expect(queued.statusCode, queued.body).toBe(201);
    expect((queued.json() as EnrolmentView).status).toBe('waiting');
    const kinds = (await timeline(cases.dile?.id ?? '')).map((e) => e.kind);
    expect(kinds).toContain('service.waiting');
  });
});
