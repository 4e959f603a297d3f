import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  translate,
  type DocumentDetail,
  type DocumentList,
  type DocumentStats,
  type DocumentSummary,
} from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { Database } from '../../db/schema.js';
import { BlobNotFoundError } from '../../storage/blobs/blob-store.js';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import { caseDb } from '../../storage/cases/tables.js';
import { multipart, type FilePart } from '../../test/multipart.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { cleanFileName } from './form.js';
import { contentDisposition } from './read.js';
import { sniffContentType } from './sniff.js';

// Documents against a real database and a real data directory: upload, list, download,
// corrections, refusals (type, size, jurisdiction, scope, sensitivity) and the plan counts.

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PDF_CORRECTED = Buffer.from(`${PDF.toString()}% corrected: signature added\n`);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4bd0000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.concat([
  Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
  Buffer.alloc(64, 0x20),
  Buffer.from('ffd9', 'hex'),
]);
const EXE = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), Buffer.alloc(256, 0)]);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');

let t: TestApp;
let dataDir: string;

/** A fresh database and data directory per test, uploads limited to 1 MB. */
function withApp(): void {
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vatra-documents-'));
    t = await testApp({ VATRA_DATA_DIR: dataDir, VATRA_UPLOAD_MAX_MB: '1' });
  });
  afterEach(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });
}

function upload(session: Session, fields: Record<string, string>, ...files: FilePart[]) {
  return session.request({ method: 'POST', url: '/api/documents', ...multipart(fields, ...files) });
}

async function jurisdiction(code: string): Promise<{ id: string; path: string }> {
  return t.db.kysely
    .selectFrom('jurisdictions')
    .select(['id', 'path'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

let caseCounter = 9000;

/** A household with two members and an open case for it, straight into the tables. */
async function insertCase(
  db: Kysely<Database>,
  place = 'XK-PEJ',
  sensitivity: 'normal' | 'sensitive' | 'restricted' = 'normal',
): Promise<{ caseId: string; personIds: string[] }> {
  const household = await insertSampleHousehold(db, place, [
    samplePerson({ firstName: `Arbër ${caseCounter}` }),
    samplePerson({
      firstName: 'Blerinë',
      gender: 'female',
      dateOfBirth: '2012-11-30',
      relationToHead: 'child',
    }),
  ]);
  const { id: jurisdictionId } = await jurisdiction(place);
  const now = new Date();
  const row = await caseDb(db)
    .insertInto('cases')
    .values({
      number: `${place.slice(3)}-2026-${++caseCounter}`,
      jurisdiction_id: jurisdictionId,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: 'returnee',
      clock_start: now,
      visit_due_at: new Date(now.getTime() + 72 * 3600_000),
      closure_due_on: '2027-09-30',
      stage: 'registered',
      sensitivity,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { caseId: row.id, personIds: household.personIds };
}

async function documentCount(): Promise<number> {
  const row = await caseDb(t.db.kysely)
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every file under the store's root except the (empty) temp directory. */
async function storedFiles(): Promise<string[]> {
  const root = join(dataDir, 'documents');
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

async function lastAudit(action?: string) {
  let query = t.db.kysely.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1);
  if (action) query = query.where('action', '=', action);
  return query.executeTakeFirstOrThrow();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('uploading and reading documents', () => {
  withApp();

  it('stores a PDF of a case, lists it and gives back the same bytes with their checksum', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const response = await upload(
      zkkk,
      { docType: 'fvn', caseId, note: 'Nënshkruar nga kryefamiljari' },
      { name: 'FVN Arbër Krasniqi.pdf', bytes: PDF },
    );
    expect(response.statusCode, response.body).toBe(201);
    const doc = response.json() as DocumentSummary;
    expect(doc).toMatchObject({
      revision: 1,
      revisionCount: 1,
      docType: 'fvn',
      caseId,
      personId: null,
      fileName: 'FVN Arbër Krasniqi.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      note: 'Nënshkruar nga kryefamiljari',
      uploadedBy: { name: 'Mimoza Berisha' },
    });

    const list = await zkkk.request({ method: 'GET', url: `/api/cases/${caseId}/documents` });
    expect(list.statusCode).toBe(200);
    expect((list.json() as DocumentList).items.map((d) => d.id)).toEqual([doc.id]);

    const content = await zkkk.request({ method: 'GET', url: `/api/documents/${doc.id}/content` });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(PDF)).toBe(true);
    expect(sha256(content.rawPayload)).toBe(doc.sha256);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-disposition']).toBe(
      `attachment; filename="FVN Arber Krasniqi.pdf"; filename*=UTF-8''FVN%20Arb%C3%ABr%20Krasniqi.pdf`,
    );

    // Written with its audit entry and a line on the case's timeline; reads are audited too.
    const events = await caseDb(t.db.kysely)
      .selectFrom('case_events')
      .select(['kind', 'details'])
      .where('case_id', '=', caseId)
      .execute();
    expect(events).toEqual([
      { kind: 'document.uploaded', details: expect.objectContaining({ documentId: doc.id, revision: 1 }) },
    ]);
    expect(await lastAudit('document.upload')).toMatchObject({
      outcome: 'ok',
      username: 'zkkk.peja',
      record_id: doc.id,
    });
    expect(await lastAudit()).toMatchObject({ action: 'document.download', record_id: doc.id });
    expect(await storedFiles()).toHaveLength(1);
  });

  it('keeps a correction as revision 2 of the same series, the first still downloadable', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const first = (
      await upload(zkkk, { docType: 'decision', caseId }, { name: 'vendim.pdf', bytes: PDF })
    ).json() as DocumentSummary;
    const response = await upload(
      zkkk,
      { docType: 'decision', caseId, seriesId: first.seriesId, note: 'Me nënshkrim' },
      { name: 'vendim-i-nenshkruar.pdf', bytes: PDF_CORRECTED },
    );
    expect(response.statusCode, response.body).toBe(201);
    const second = response.json() as DocumentSummary;
    expect(second).toMatchObject({ seriesId: first.seriesId, revision: 2, revisionCount: 2 });
    expect(second.id).not.toBe(first.id);

    const list = (
      await zkkk.request({ method: 'GET', url: `/api/cases/${caseId}/documents` })
    ).json() as DocumentList;
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: second.id, revision: 2, revisionCount: 2 });

    const detail = (
      await zkkk.request({ method: 'GET', url: `/api/documents/${first.id}` })
    ).json() as DocumentDetail;
    expect(detail.revisions.map((r) => [r.revision, r.sha256])).toEqual([
      [1, sha256(PDF)],
      [2, sha256(PDF_CORRECTED)],
    ]);

    const old = await zkkk.request({ method: 'GET', url: `/api/documents/${first.id}/content` });
    expect(old.rawPayload.equals(PDF)).toBe(true);
    const current = await zkkk.request({ method: 'GET', url: `/api/documents/${second.id}/content` });
    expect(current.rawPayload.equals(PDF_CORRECTED)).toBe(true);
    expect(await storedFiles()).toHaveLength(2);

    // A correction keeps the type and the case of its series.
    const otherType = await upload(
      zkkk,
      { docType: 'plan', caseId, seriesId: first.seriesId },
      { name: 'plan.pdf', bytes: PDF },
    );
    expect(otherType.statusCode).toBe(422);
    expect(otherType.json().error).toMatchObject({
      code: 'series_mismatch',
      fields: { seriesId: expect.any(String) },
    });
    const { caseId: otherCase } = await insertCase(t.db.kysely);
    const otherCaseResponse = await upload(
      zkkk,
      { docType: 'decision', caseId: otherCase, seriesId: first.seriesId },
      { name: 'vendim.pdf', bytes: PDF },
    );
    expect(otherCaseResponse.statusCode).toBe(422);
    const unknownSeries = await upload(
      zkkk,
      { docType: 'decision', caseId, seriesId: randomUUID() },
      { name: 'vendim.pdf', bytes: PDF },
    );
    expect(unknownSeries.statusCode).toBe(422);
    expect(unknownSeries.json().error.fields).toHaveProperty('seriesId');
    expect(await documentCount()).toBe(2);
    expect(await storedFiles()).toHaveLength(2);
  });

  it('accepts JPEG and PNG by their bytes, and a person’s own document', async () => {
    const { caseId, personIds } = await insertCase(t.db.kysely);
    const child = personIds[1] ?? '';
    const qps = await loginAs(t.app, 'qps.peja');
    const jpeg = await upload(
      qps,
      { docType: 'id', personId: child },
      { name: 'leternjoftim', bytes: JPEG, type: 'application/octet-stream' },
    );
    expect(jpeg.statusCode, jpeg.body).toBe(201);
    expect(jpeg.json()).toMatchObject({ contentType: 'image/jpeg', caseId: null, personId: child });
    const png = await upload(
      qps,
      { docType: 'certificate', caseId, personId: child },
      { name: 'certifikata.png', bytes: PNG, type: 'image/png' },
    );
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ contentType: 'image/png', caseId, personId: child });

    const list = (
      await qps.request({ method: 'GET', url: `/api/persons/${child}/documents` })
    ).json() as DocumentList;
    expect(list.items.map((d) => d.docType).sort()).toEqual(['certificate', 'id']);
    const download = await qps.request({
      method: 'GET',
      url: `/api/documents/${(jpeg.json() as DocumentSummary).id}/content`,
    });
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.rawPayload.equals(JPEG)).toBe(true);

    // A person who is not in the case's household cannot be named with it.
    const stranger = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson({ firstName: 'Dritëro' }),
    ]);
    const wrong = await upload(
      qps,
      { docType: 'id', caseId, personId: stranger.personIds[0] ?? '' },
      { name: 'id.png', bytes: PNG },
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields).toHaveProperty('personId');
  });
});

describe('refused uploads', () => {
  withApp();

  it('refuses files that are not PDF, JPEG or PNG whatever their name, keeping nothing', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    for (const bytes of [EXE, HTML]) {
      const response = await upload(
        zkkk,
        { docType: 'fvn', caseId },
        { name: 'skanim.pdf', bytes, type: 'application/pdf' },
      );
      expect(response.statusCode).toBe(415);
      expect(response.json().error).toMatchObject({
        code: 'unsupported_file_type',
        message: expect.stringContaining('PDF, JPEG dhe PNG'),
        fields: { file: expect.any(String) },
      });
    }
    expect(await documentCount()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it('refuses a file whose bytes are of another type than its name says (PNG named .pdf)', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const response = await upload(
      zkkk,
      { docType: 'fvn', caseId },
      { name: 'skanim.pdf', bytes: PNG, type: 'application/pdf' },
    );
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({
      code: 'file_name_mismatch',
      fields: { file: expect.stringContaining('.pdf') },
    });
    expect(await documentCount()).toBe(0);
    expect(await storedFiles()).toEqual([]);
    // The same bytes under their own name, or no extension at all, are accepted.
    for (const name of ['skanim.png', 'skanim']) {
      const accepted = await upload(zkkk, { docType: 'fvn', caseId }, { name, bytes: PNG });
      expect(accepted.statusCode, name).toBe(201);
    }
  });

  it('refuses a file over the limit with a message in the user’s language naming the field', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const response = await upload(zkkk, { docType: 'fvn', caseId }, { name: 'i-madh.pdf', bytes: big });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toEqual({
      code: 'file_too_large',
      message: 'Skedari është më i madh se 1 MB.',
      fields: { file: 'Skedari është më i madh se 1 MB.' },
    });
    const gjilan = await loginAs(t.app, 'zkkk.gjilan');
    const { caseId: gjilanCase } = await insertCase(t.db.kysely, 'XK-GJL');
    const serbian = await upload(
      gjilan,
      { docType: 'fvn', caseId: gjilanCase },
      { name: 'velik.pdf', bytes: big },
    );
    expect(serbian.json().error.fields.file).toBe('Datoteka je veća od 1 MB.');
    expect(await documentCount()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it('names the missing or wrong fields (400) and refuses a body that is not a form', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const noFile = await upload(zkkk, { docType: 'fvn', caseId });
    expect(noFile.statusCode).toBe(400);
    expect(Object.keys(noFile.json().error.fields)).toEqual(['file']);

    const badType = await upload(zkkk, { docType: 'passport', caseId }, { name: 'a.pdf', bytes: PDF });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.fields).toEqual({ docType: translate('sq', 'server.fields.invalidOption') });

    const nothing = await upload(zkkk, {}, { name: 'a.pdf', bytes: PDF });
    expect(nothing.statusCode).toBe(400);
    expect(Object.keys(nothing.json().error.fields).sort()).toEqual(['caseId', 'docType']);

    const empty = await upload(
      zkkk,
      { docType: 'fvn', caseId },
      { name: 'bosh.pdf', bytes: Buffer.alloc(0) },
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ file: 'Skedari është bosh.' });

    const twoFiles = await upload(
      zkkk,
      { docType: 'fvn', caseId },
      { name: 'a.pdf', bytes: PDF },
      { name: 'b.pdf', bytes: PDF },
    );
    expect(twoFiles.statusCode).toBe(400);
    expect(twoFiles.json().error.fields).toHaveProperty('file');

    const unknownCase = await upload(
      zkkk,
      { docType: 'fvn', caseId: randomUUID() },
      { name: 'a.pdf', bytes: PDF },
    );
    expect(unknownCase.statusCode).toBe(422);
    expect(unknownCase.json().error.fields).toHaveProperty('caseId');

    const json = await zkkk.request({
      method: 'POST',
      url: '/api/documents',
      payload: { docType: 'fvn', caseId },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('not_multipart');

    expect(await documentCount()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it('leaves no stored file behind when the database refuses the record', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    await sql`create function refuse_documents() returns trigger language plpgsql as $$
      begin raise exception 'disk of the database full'; end $$`.execute(t.db.kysely);
    await sql`create trigger refuse_documents before insert on documents
      for each row execute function refuse_documents()`.execute(t.db.kysely);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const response = await upload(zkkk, { docType: 'fvn', caseId }, { name: 'fvn.pdf', bytes: PDF });
    expect(response.statusCode).toBe(500);
    expect(await storedFiles()).toEqual([]);
    const audited = await t.db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'document.upload')
      .execute();
    expect(audited).toEqual([]);
  });

  it('refuses (403, audited) a case outside the jurisdiction, and its documents too', async () => {
    const { caseId } = await insertCase(t.db.kysely, 'XK-PEJ');
    const peja = await loginAs(t.app, 'zkkk.peja');
    const doc = (
      await upload(peja, { docType: 'fvn', caseId }, { name: 'fvn.pdf', bytes: PDF })
    ).json() as DocumentSummary;

    const gjilan = await loginAs(t.app, 'zkkk.gjilan');
    const response = await upload(gjilan, { docType: 'fvn', caseId }, { name: 'fvn.pdf', bytes: PDF });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_jurisdiction');
    expect(await lastAudit()).toMatchObject({
      action: 'uploadDocument',
      outcome: 'denied',
      username: 'zkkk.gjilan',
      record_type: 'case',
      record_id: caseId,
      details: { reason: 'jurisdiction' },
    });

    for (const url of [
      `/api/documents/${doc.id}`,
      `/api/documents/${doc.id}/content`,
      `/api/cases/${caseId}/documents`,
    ]) {
      const read = await gjilan.request({ method: 'GET', url });
      expect(read.statusCode, url).toBe(403);
      expect(await lastAudit(), url).toMatchObject({ outcome: 'denied', username: 'zkkk.gjilan' });
    }
    expect(await documentCount()).toBe(1);
    expect(await storedFiles()).toHaveLength(1);
  });

  it('refuses an upload without case.document (403, audited) but lets case.read read', async () => {
    const { caseId } = await insertCase(t.db.kysely);
    const peja = await loginAs(t.app, 'zkkk.peja');
    const doc = (
      await upload(peja, { docType: 'fvn', caseId }, { name: 'fvn.pdf', bytes: PDF })
    ).json() as DocumentSummary;
    const kkr = await loginAs(t.app, 'kkr.peja');
    const response = await upload(kkr, { docType: 'fvn', caseId }, { name: 'fvn.pdf', bytes: PDF });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await lastAudit()).toMatchObject({
      action: 'uploadDocument',
      outcome: 'denied',
      username: 'kkr.peja',
      details: { reason: 'scope', scope: 'case.document' },
    });
    const read = await kkr.request({ method: 'GET', url: `/api/documents/${doc.id}/content` });
    expect(read.statusCode).toBe(200);
    expect(await storedFiles()).toHaveLength(1);
  });

  it('keeps a restricted case’s documents to its team', async () => {
    const { caseId } = await insertCase(t.db.kysely, 'XK-PEJ', 'restricted');
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const refused = await upload(zkkk, { docType: 'fvn', caseId }, { name: 'fvn.pdf', bytes: PDF });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('sensitive_record');
    expect(await storedFiles()).toEqual([]);

    const user = await t.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'zkkk.peja')
      .executeTakeFirstOrThrow();
    await caseDb(t.db.kysely)
      .insertInto('case_team')
      .values({ case_id: caseId, user_id: user.id, role: 'registrar' })
      .execute();
    const doc = (
      await upload(zkkk, { docType: 'fvn', caseId }, { name: 'fvn.pdf', bytes: PDF })
    ).json() as DocumentSummary;
    const qps = await loginAs(t.app, 'qps.peja');
    const read = await qps.request({ method: 'GET', url: `/api/documents/${doc.id}/content` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('sensitive_record');
  });
});

describe('counts for the plan indicators', () => {
  withApp();

  it('counts new documents and corrections by type, per jurisdiction and period', async () => {
    const { caseId } = await insertCase(t.db.kysely, 'XK-PEJ');
    const { caseId: gjilanCase } = await insertCase(t.db.kysely, 'XK-GJL');
    const peja = await loginAs(t.app, 'zkkk.peja');
    const fvn = (
      await upload(peja, { docType: 'fvn', caseId }, { name: 'a.pdf', bytes: PDF })
    ).json() as DocumentSummary;
    await upload(
      peja,
      { docType: 'fvn', caseId, seriesId: fvn.seriesId },
      { name: 'b.pdf', bytes: PDF_CORRECTED },
    );
    await upload(peja, { docType: 'fvn', caseId, seriesId: fvn.seriesId }, { name: 'c.pdf', bytes: PDF });
    await upload(peja, { docType: 'plan', caseId }, { name: 'plan.png', bytes: PNG });
    const gjilan = await loginAs(t.app, 'zkkk.gjilan');
    expect(
      (await upload(gjilan, { docType: 'plan', caseId: gjilanCase }, { name: 'p.pdf', bytes: PDF }))
        .statusCode,
    ).toBe(201);

    const planner = await loginAs(t.app, 'plan.peja');
    const response = await planner.request({ method: 'GET', url: '/api/documents/stats' });
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json() as DocumentStats;
    expect(stats.byType.fvn).toEqual({ documents: 1, corrections: 2 });
    expect(stats.byType.plan).toEqual({ documents: 1, corrections: 0 });
    expect(stats.byType.id).toEqual({ documents: 0, corrections: 0 });
    expect(stats.total).toEqual({ documents: 2, corrections: 2 });

    // The whole country for a national user; one municipality when asked; none outside.
    const central = await loginAs(t.app, 'drpr.central');
    const all = (
      await central.request({ method: 'GET', url: '/api/documents/stats' })
    ).json() as DocumentStats;
    expect(all.total).toEqual({ documents: 3, corrections: 2 });
    const gjl = await jurisdiction('XK-GJL');
    const one = (
      await central.request({ method: 'GET', url: `/api/documents/stats?jurisdictionId=${gjl.id}` })
    ).json() as DocumentStats;
    expect(one.total).toEqual({ documents: 1, corrections: 0 });
    expect(one.byType.plan).toEqual({ documents: 1, corrections: 0 });

    const foreign = await planner.request({
      method: 'GET',
      url: `/api/documents/stats?jurisdictionId=${gjl.id}`,
    });
    expect(foreign.statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({ outcome: 'denied', username: 'plan.peja', record_id: gjl.id });

    const past = (
      await planner.request({ method: 'GET', url: '/api/documents/stats?from=2020-01-01&to=2020-12-31' })
    ).json() as DocumentStats;
    expect(past.total).toEqual({ documents: 0, corrections: 0 });
    const backwards = await planner.request({
      method: 'GET',
      url: '/api/documents/stats?from=2026-02-01&to=2026-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toHaveProperty('to');

    const noScope = await (
      await loginAs(t.app, 'qps.peja')
    ).request({ method: 'GET', url: '/api/documents/stats' });
    expect(noScope.statusCode).toBe(403);
  });
});

describe('pieces', () => {
  it('recognises PDF, JPEG and PNG by their first bytes only', async () => {
    expect(await sniffContentType(PDF)).toBe('application/pdf');
    expect(await sniffContentType(JPEG)).toBe('image/jpeg');
    expect(await sniffContentType(PNG)).toBe('image/png');
    expect(await sniffContentType(EXE)).toBeUndefined();
    expect(await sniffContentType(HTML)).toBeUndefined();
    expect(await sniffContentType(Buffer.from('GIF89a\x01\x00\x01\x00'))).toBeUndefined();
    expect(await sniffContentType(Buffer.alloc(0))).toBeUndefined();
  });

  it('offers the original file name, encoded for any browser', () => {
    expect(contentDisposition('Vërtetim për Đurđica "2026".pdf')).toBe(
      `attachment; filename="Vertetim per Durdica _2026_.pdf"; filename*=UTF-8''V%C3%ABrtetim%20p%C3%ABr%20%C4%90ur%C4%91ica%20%222026%22.pdf`,
    );
    expect(contentDisposition('скан.png')).toBe(
      `attachment; filename="document.png"; filename*=UTF-8''%D1%81%D0%BA%D0%B0%D0%BD.png`,
    );
    expect(cleanFileName('C:\\fakepath\\skan\u0007.pdf')).toBe('skan.pdf');
    expect(cleanFileName('')).toBe('document');
    expect(Array.from(cleanFileName(`${'ë'.repeat(300)}.pdf`))).toHaveLength(200);
  });

  it('stores blobs under new keys, never overwriting, and finds them again', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vatra-blobs-'));
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const store = new LocalDiskBlobStore(root);
    const a = await store.put(PDF);
    const b = await store.put(Readable.from([PDF.subarray(0, 10), PDF.subarray(10)]));
    expect(a.key).not.toBe(b.key);
    expect([a.sha256, a.size]).toEqual([sha256(PDF), PDF.length]);
    expect(b.sha256).toBe(a.sha256);
    expect(await store.exists(a.key)).toBe(true);
    const chunks: Buffer[] = [];
    for await (const chunk of await store.get(b.key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(PDF)).toBe(true);
    await store.discard(a.key);
    expect(await store.exists(a.key)).toBe(false);
    await expect(store.get(a.key)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await store.exists('../x')).toBe(false);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });
});
