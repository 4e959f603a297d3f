import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { multipart } from '../../test/multipart.js';
import { planId } from '../../test/plans.js';
import { readWorkbook } from '../../xlsx/read.js';

let t: TestApp;
let peja: Session;
let id: string;
beforeEach(async () => {
  t = await testApp();
  peja = await loginAs(t.app, 'plan.peja');
  id = await planId(t, 'peja-reintegration-2026-2028');
});
afterEach(async () => {
  await t.close();
});

async function exported(format: 'json' | 'xlsx', planKey = id): Promise<Buffer> {
  const response = await peja.request({
    method: 'GET',
    url: `/api/action-plans/${planKey}/export?format=${format}`,
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-disposition']).toContain(`peja-reintegration-2026-2028.${format}`);
  return response.rawPayload;
}

function uploadFile(name: string, bytes: Buffer) {
  return peja.request({
    method: 'POST',
    url: '/api/action-plans/import',
    ...multipart({}, { name, bytes, type: 'application/octet-stream' }),
  });
}

describe('plan export and import', () => {
  it('JSON → import → export is byte-identical, and the import is a new version', async () => {
    const first = await exported('json');
    const imported = await peja.request({
      method: 'POST',
      url: '/api/action-plans/import',
      payload: { content: JSON.parse(first.toString('utf8')) },
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ id, version: 2 });
    const second = await exported('json');
    expect(second.equals(first)).toBe(true);
    const asFile = await uploadFile('peja.json', first);
    expect(asFile.statusCode).toBe(200);
    expect((await exported('json')).equals(first)).toBe(true);
  });

  it('XLSX → import reproduces every value of the plan', async () => {
    const before = (await peja.request({ method: 'GET', url: `/api/action-plans/${id}` })).json().content;
    const workbook = await exported('xlsx');
    const imported = await uploadFile('peja.xlsx', workbook);
    expect(imported.statusCode).toBe(200);
    expect(imported.json().content).toEqual(before);
  });

  it('makes a new draft from a file with a new key, whatever status the file claims', async () => {
    const content = JSON.parse((await exported('json')).toString('utf8'));
    content.key = 'peja-reintegration-2029-2031';
    content.period = { from: 2029, to: 2031 };
    const created = await peja.request({
      method: 'POST',
      url: '/api/action-plans/import',
      payload: { content },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      key: 'peja-reintegration-2029-2031',
      origin: 'imported',
      version: 1,
      municipality: { code: 'XK-PEJ' },
    });
  });

  it('rejects a malformed workbook naming sheet, row and column of each problem', async () => {
    const workbook = await readWorkbook(await exported('xlsx'));
    const sheet = workbook.getWorksheet('indicators');
    if (!sheet) throw new Error('no indicators sheet');
    const header = sheet.getRow(1).values as unknown[];
    const unitColumn = header.indexOf('unit');
    expect(unitColumn).toBeGreaterThan(0);
    sheet.getRow(7).getCell(unitColumn).value = 'kilograms';
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await uploadFile('broken.xlsx', broken);
    expect(response.statusCode).toBe(400);
    const letter = sheet.getColumn(unitColumn).letter;
    expect(Object.keys(response.json().error.fields)).toContain(`indicators!${letter}7`);
    expect((await peja.request({ method: 'GET', url: `/api/action-plans/${id}` })).json().version).toBe(1);
  });

  it('rejects broken JSON with its line and column, and another municipality’s plan', async () => {
    const response = await uploadFile('broken.json', Buffer.from('{\n  "key": "x",\n  oops\n}'));
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)[0]).toMatch(/^line 3, column \d+$/);
    const gjilan = await loginAs(t.app, 'plan.gjilan');
    const content = JSON.parse((await exported('json')).toString('utf8'));
    const foreign = await gjilan.request({
      method: 'POST',
      url: '/api/action-plans/import',
      payload: { content },
    });
    expect(foreign.statusCode).toBe(403);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    expect(
      (await zkkk.request({ method: 'POST', url: '/api/action-plans/import', payload: { content } }))
        .statusCode,
    ).toBe(403);
  });
});
