import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApprovalListView, ApprovalLists, ProviderList, ProviderView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCareServices } from '../../demo/care-services.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';

// The care-service demo seed on the test template (demo users, no demo cases): Pukë gets its
// providers, a decided Council list and a waiting list; a second run adds nothing.

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'vatra-care-demo-'));

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('care-service demo seed', () => {
  it('seeds Pukë once, deterministically, with the expired licence flagged', async () => {
    const first = await seedDemoCareServices(t.db, dir);
    expect(first.enrolments).toBe(9);
    expect((await seedDemoCareServices(t.db, dir)).enrolments).toBe(0);
    const sss = await loginAs(t.app, 'sss.puke');
    const providers = (
      await sss.request({ method: 'GET', url: '/api/care/providers' })
    ).json() as ProviderList;
    // Sorted here: the database's collation orders the quotation marks its own way.
    expect(providers.items.map((p) => [p.name, p.licenceStatus]).sort()).toEqual([
      ['Bashkia Pukë – Asistenca në shtëpi', 'valid'],
      ['Qendra Ditore Multifunksionale Pukë', 'valid'],
      ['Qendra Sociale „Sot për të ardhmen”', 'expired'],
      ['Qendra e Gruas „Hapa të lehtë”', 'valid'],
    ]);
    const centre = providers.items.find((p) => p.name === 'Qendra Ditore Multifunksionale Pukë');
    const view = (
      await sss.request({ method: 'GET', url: `/api/care/providers/${centre?.id}` })
    ).json() as ProviderView;
    expect(
      view.enrolments.filter((e) => e.status === 'waiting').map((e) => [e.person.name, e.position]),
    ).toEqual([
      ['Drande Lleshi', 1],
      ['Kolë Zefi', 2],
    ]);
    const lists = (
      await sss.request({ method: 'GET', url: '/api/care/council-lists' })
    ).json() as ApprovalLists;
    expect(lists.items.map((l) => [l.status, l.councilDecisionNumber, l.approved, l.rejected])).toEqual([
      ['decided', 'VKB nr. 14', 8, 1],
    ]);
    const list = (
      await sss.request({ method: 'GET', url: `/api/care/council-lists/${lists.items[0]?.id}` })
    ).json() as ApprovalListView;
    expect(list.entries.every((e) => e.documents.length === 1)).toBe(true);
  });
});
