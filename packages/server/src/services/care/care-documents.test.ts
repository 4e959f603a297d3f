import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CareCaseDetail, CareDocumentList, DocumentDetail, DocumentSummary } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDb } from '../../storage/cases/tables.js';
import { multipart, type FilePart } from '../../test/multipart.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// Documents of social-care cases in Pukë (issue 6 item 10): the returnee documents' checks,
// revisions and audit, and the care case's access rule — a DV case's documents only for the DV
// coordinator of its group; the social services officer (sss.puke) is refused, audited.

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PDF_SIGNED = Buffer.from(`${PDF.toString()}% signed by the family\n`);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4bd0000000049454e44ae426082',
  'hex',
);

let t: TestApp;
let dataDir: string;
let sss: Session;
let dv: Session;
let zvp: Session;
let persons: string[];

type Reply = { statusCode: number; body: string; json(): unknown };
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vatra-care-documents-'));
  t = await testApp({ VATRA_DATA_DIR: dataDir, VATRA_UPLOAD_MAX_MB: '1' });
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).execute();
  sss = await loginAs(t.app, 'sss.puke');
  dv = await loginAs(t.app, 'dv.puke');
  zvp = await loginAs(t.app, 'zvp.puke');
  persons = (
    await insertSampleHousehold(t.db.kysely, 'AL-PUK', [
      samplePerson({ firstName: 'Drane', lastName: 'Marku', gender: 'female', dateOfBirth: '1948-05-02' }),
      samplePerson({ firstName: 'Mrika', lastName: 'Marku', gender: 'female', dateOfBirth: '1987-09-14' }),
    ])
  ).personIds;
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function open(session: Session, personId: string): Promise<CareCaseDetail> {
  const response = await session.request({
    method: 'POST',
    url: '/api/care/cases',
    payload: { personId, channel: 'walk_in' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CareCaseDetail;
}

function upload(session: Session, caseId: string, fields: Record<string, string>, ...files: FilePart[]) {
  return session.request({
    method: 'POST',
    url: `/api/care/cases/${caseId}/documents`,
    ...multipart(fields, ...files),
  });
}

async function lastAudit(action?: string) {
  let query = t.db.kysely.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1);
  if (action) query = query.where('action', '=', action);
  return query.executeTakeFirstOrThrow();
}

async function storedFiles(): Promise<number> {
  try {
    const entries = await readdir(join(dataDir, 'documents'), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

describe('documents of a care case', () => {
  let kase: CareCaseDetail;
  let first: DocumentSummary;

  it('uploads an assessment, lists it with its count by type and gives back the same bytes', async () => {
    kase = await open(sss, persons[0] ?? '');
    const response = await upload(
      sss,
      kase.id,
      { docType: 'assessment', note: 'Vlerësimi i nevojave' },
      { name: 'Vlerësim Drane Marku.pdf', bytes: PDF },
    );
    expect(response.statusCode, response.body).toBe(201);
    first = response.json() as DocumentSummary;
    expect(first).toMatchObject({
      careCaseId: kase.id,
      caseId: null,
      personId: null,
      docType: 'assessment',
      revision: 1,
      contentType: 'application/pdf',
      sha256: sha256(PDF),
    });
    expect(await lastAudit('document.upload')).toMatchObject({ record_id: first.id, username: 'sss.puke' });

    const list = await zvp.request({ method: 'GET', url: `/api/care/cases/${kase.id}/documents` });
    expect(list.statusCode, list.body).toBe(200);
    const listed = list.json() as CareDocumentList;
    expect(listed.items.map((item) => item.id)).toEqual([first.id]);
    expect(listed.counts).toEqual([{ docType: 'assessment', documents: 1, revisions: 1 }]);
    expect(await lastAudit()).toMatchObject({
      action: 'document.list',
      username: 'zvp.puke',
      record_type: 'care_case',
      record_id: kase.id,
    });

    const content = await zvp.request({
      method: 'GET',
      url: `/api/care/cases/${kase.id}/documents/${first.id}/content`,
    });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(PDF)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(await lastAudit()).toMatchObject({ action: 'document.download', record_id: first.id });

    const file = await sss.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    const timeline = (file.json() as CareCaseDetail).timeline.map((event) => event.kind);
    expect(timeline).toContain('care.document.uploaded');
  });

  it('keeps a correction as revision 2, the first still downloadable, counted once', async () => {
    const response = await upload(
      sss,
      kase.id,
      { docType: 'assessment', seriesId: first.seriesId },
      { name: 'vleresim-i-nenshkruar.pdf', bytes: PDF_SIGNED },
    );
    expect(response.statusCode, response.body).toBe(201);
    const second = response.json() as DocumentSummary;
    expect(second).toMatchObject({ seriesId: first.seriesId, revision: 2, sha256: sha256(PDF_SIGNED) });
    expect(await lastAudit('document.correct')).toMatchObject({ record_id: second.id });

    const consent = await upload(sss, kase.id, { docType: 'consent' }, { name: 'pelqim.png', bytes: PNG });
    expect(consent.statusCode, consent.body).toBe(201);

    const list = (
      await sss.request({ method: 'GET', url: `/api/care/cases/${kase.id}/documents` })
    ).json() as CareDocumentList;
    expect(list.items.map((item) => [item.docType, item.revision, item.revisionCount])).toEqual([
      ['consent', 1, 1],
      ['assessment', 2, 2],
    ]);
    expect(list.counts).toEqual([
      { docType: 'assessment', documents: 1, revisions: 2 },
      { docType: 'consent', documents: 1, revisions: 1 },
    ]);

    const detail = await sss.request({
      method: 'GET',
      url: `/api/care/cases/${kase.id}/documents/${second.id}`,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    expect((detail.json() as DocumentDetail).revisions.map((r) => r.sha256)).toEqual([
      sha256(PDF),
      sha256(PDF_SIGNED),
    ]);
    const old = await sss.request({
      method: 'GET',
      url: `/api/care/cases/${kase.id}/documents/${first.id}/content`,
    });
    expect(old.rawPayload.equals(PDF)).toBe(true);

    // A correction must keep the type; a document of another care case is not found here.
    const mismatch = await upload(
      sss,
      kase.id,
      { docType: 'report', seriesId: first.seriesId },
      { name: 'raport.pdf', bytes: PDF },
    );
    expect(mismatch.statusCode).toBe(422);
    expect(Object.keys(errorOf(mismatch).fields ?? {})).toEqual(['seriesId']);
    const other = await open(sss, persons[1] ?? '');
    const elsewhere = await sss.request({
      method: 'GET',
      url: `/api/care/cases/${other.id}/documents/${first.id}`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('refuses a disguised file, an oversized one and a returnee type, keeping nothing', async () => {
    const before = await storedFiles();
    const disguised = await upload(
      sss,
      kase.id,
      { docType: 'report' },
      { name: 'raport.pdf', bytes: PNG, type: 'application/pdf' },
    );
    expect(disguised.statusCode).toBe(415);
    expect(errorOf(disguised)).toMatchObject({ code: 'file_name_mismatch' });
    expect(Object.keys(errorOf(disguised).fields ?? {})).toEqual(['file']);

    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const oversized = await upload(sss, kase.id, { docType: 'report' }, { name: 'raport.pdf', bytes: big });
    expect(oversized.statusCode).toBe(413);
    expect(errorOf(oversized).fields).toEqual({ file: 'The file is larger than 1 MB.' });

    const returneeType = await upload(sss, kase.id, { docType: 'fvn' }, { name: 'fvn.pdf', bytes: PDF });
    expect(returneeType.statusCode).toBe(400);
    expect(Object.keys(errorOf(returneeType).fields ?? {})).toEqual(['docType']);

    expect(await storedFiles()).toBe(before);
    const rows = await caseDb(t.db.kysely)
      .selectFrom('documents')
      .select('id')
      .where('care_case_id', '=', kase.id)
      .execute();
    expect(rows).toHaveLength(3);
  });

  it('lets care.read read but not upload (403, audited)', async () => {
    const response = await upload(zvp, kase.id, { docType: 'report' }, { name: 'raport.pdf', bytes: PDF });
    expect(response.statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({
      action: 'uploadCareDocument',
      outcome: 'denied',
      username: 'zvp.puke',
    });
  });
});

describe('a closed care case', () => {
  it('takes no more documents (409 care_closed) but its documents stay readable', async () => {
    const kase = await open(sss, persons[0] ?? '');
    const uploaded = await upload(sss, kase.id, { docType: 'report' }, { name: 'raport.pdf', bytes: PDF });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const closed = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/close`,
      payload: { reason: 'Personi u transferua në një qendër rezidenciale.', version: kase.version },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const refused = await upload(sss, kase.id, { docType: 'report' }, { name: 'raport-2.pdf', bytes: PDF });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('care_closed');
    const list = await sss.request({ method: 'GET', url: `/api/care/cases/${kase.id}/documents` });
    expect((list.json() as CareDocumentList).items).toHaveLength(1);
  });
});

describe('documents of a domestic-violence case', () => {
  let kase: CareCaseDetail;
  let order: DocumentSummary;

  it('keeps them to the DV coordinator: the social services officer is refused, audited', async () => {
    kase = await open(dv, persons[1] ?? '');
    const marked = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv`,
      payload: { version: kase.version },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const response = await upload(
      dv,
      kase.id,
      { docType: 'protection_order' },
      { name: 'urdher-mbrojtjeje.pdf', bytes: PDF },
    );
    expect(response.statusCode, response.body).toBe(201);
    order = response.json() as DocumentSummary;

    const listed = await dv.request({ method: 'GET', url: `/api/care/cases/${kase.id}/documents` });
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as CareDocumentList).items.map((item) => item.id)).toEqual([order.id]);

    for (const url of [
      `/api/care/cases/${kase.id}/documents`,
      `/api/care/cases/${kase.id}/documents/${order.id}`,
      `/api/care/cases/${kase.id}/documents/${order.id}/content`,
    ]) {
      const refused = await sss.request({ method: 'GET', url });
      expect(refused.statusCode, url).toBe(403);
      expect(errorOf(refused).code, url).toBe('sensitive_record');
      expect(await lastAudit(), url).toMatchObject({
        outcome: 'denied',
        username: 'sss.puke',
        record_type: 'care_case',
        record_id: kase.id,
      });
    }
    const upload403 = await upload(sss, kase.id, { docType: 'report' }, { name: 'r.pdf', bytes: PDF });
    expect(upload403.statusCode).toBe(403);
    expect(errorOf(upload403).code).toBe('sensitive_record');
  });

  it('refuses the document through the general document route too', async () => {
    // sss.puke has no case.read, the general route's scope; the care routes are the way in.
    const refused = await sss.request({ method: 'GET', url: `/api/documents/${order.id}` });
    expect(refused.statusCode).toBe(403);
    const rows = await caseDb(t.db.kysely)
      .selectFrom('documents')
      .select(['person_id', 'case_id'])
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    // No person: a person's document list can never show it.
    expect(rows).toEqual({ person_id: null, case_id: null });
  });
});

describe('the API description', () => {
  it('publishes the care document routes with their operation ids', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = (response.json() as { paths: Record<string, Record<string, { operationId?: string }>> })
      .paths;
    expect(paths['/api/care/cases/{id}/documents']?.post?.operationId).toBe('uploadCareDocument');
    expect(paths['/api/care/cases/{id}/documents']?.get?.operationId).toBe('listCareDocuments');
    expect(paths['/api/care/cases/{id}/documents/{documentId}/content']?.get?.operationId).toBe(
      'downloadCareDocument',
    );
    expect(paths['/api/care/cases/{id}/sensitivity']?.post?.operationId).toBe('changeCareSensitivity');
    expect(paths['/api/care/cases/{id}/dv/orders/{orderId}/extend']?.post?.operationId).toBe(
      'extendProtectionOrder',
    );
  });
});
