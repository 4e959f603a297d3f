import type { MeetingList, MeetingView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../pdf/text.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertCommissionUser, insertRequestUnderReview } from './samples.js';

// The commissions' papers read back as text: the minutes in Albanian and Serbian, the decision,
// and the letter to the applicant in the applicant's language (here Serbian).

let t: TestApp;
let chair: Session;
let meeting: MeetingView;
let decisionId: string;
const year = new Date().getFullYear();
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testApp();
  const k = t.db.kysely;
  const member = await insertCommissionUser(k, 'KKR-XK-PEJ', 'kkr_member', 'kkr6.peja', 'Dušan Kovačević');
  const secretary = await insertCommissionUser(k, 'KKR-XK-PEJ', 'kkr_member', 'kkr7.peja', 'Lindita Çeku');
  const manager = await insertCommissionUser(k, 'KKR-XK-PEJ', 'kkr_member', 'kkr8.peja', 'Gëzim Thaçi');
  const request = await insertRequestUnderReview(k, 'XK-PEJ', {
    caseManagerId: manager,
    firstName: 'Dragana',
    lastName: 'Živković',
    languages: ['sr'],
    amount: 15500,
  });
  chair = await loginAs(t.app, 'kkr.peja');
  const list = (
    await chair.request({ method: 'GET', url: '/api/commissions/meetings' })
  ).json() as MeetingList;
  const chairId = list.users.find((u) => u.fullName === 'Driton Shala')?.id ?? '';
  const post = async (url: string, payload: unknown) => {
    const response = await chair.request({ method: 'POST', url, payload: payload as object });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json() as MeetingView;
  };
  meeting = await post('/api/commissions/meetings', {
    heldOn: today,
    place: 'Zyra e Komunës, Pejë',
    members: [
      { userId: chairId, role: 'chair' },
      { userId: member, role: 'member' },
      { userId: manager, role: 'member' },
      { userId: secretary, role: 'secretary' },
    ],
  });
  const base = `/api/commissions/meetings/${meeting.id}`;
  meeting = await post(`${base}/agenda`, {
    items: [{ requestId: request.requestId }],
    version: meeting.version,
  });
  meeting = await post(`${base}/attendance`, {
    present: [chairId, member, manager, secretary],
    version: meeting.version,
  });
  const item = meeting.agenda[0]?.id ?? '';
  await post(`${base}/items/${item}/votes`, {
    votes: [
      { userId: chairId, vote: 'for' },
      { userId: member, vote: 'for' },
      { userId: manager, conflictDeclared: true },
    ],
  });
  meeting = await post(`${base}/items/${item}/decide`, {
    reasons: 'Shtëpia në Vitomiricë u dëmtua rëndë; familja plotëson kushtet.',
    approval: { outcome: 'partly_approved', amount: 9800 },
  });
  decisionId = meeting.agenda[0]?.decision?.id ?? '';
  meeting = await post(`${base}/close`, {
    minutes: 'Mbledhja u hap nga kryesuesi. Gëzim Thaçi deklaroi konflikt interesi.',
    version: meeting.version,
  });
});
afterAll(async () => {
  await t.close();
});

async function pdfText(session: Session, url: string) {
  const response = await session.request({ method: 'GET', url });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return {
    text: (await extractText(response.rawPayload)).replace(/\s+/g, ' '),
    lang: response.headers['content-language'],
  };
}

describe('commission papers', () => {
  it('prints the minutes in Albanian and in Serbian', async () => {
    const sq = await pdfText(chair, `/api/commissions/meetings/${meeting.id}/minutes.pdf?lang=sq`);
    expect(sq.lang).toBe('sq');
    expect(sq.text).toContain('Procesverbali i mbledhjes');
    expect(sq.text).toContain(`KKR-PEJ-${year}-0001`);
    expect(sq.text).toContain('Komisioni Komunal për Riintegrim');
    expect(sq.text).toContain('Lindita Çeku');
    expect(sq.text).toContain('Gëzim Thaçi, kërkesa');
    expect(sq.text).toContain('Dragana Živković');
    expect(sq.text).toContain('miratuar pjesërisht');
    const sr = await pdfText(chair, `/api/commissions/meetings/${meeting.id}/minutes.pdf?lang=sr`);
    expect(sr.text).toContain('Zapisnik sa sednice');
    expect(sr.text).toContain('Opštinska komisija za reintegraciju');
    expect(sr.text).toContain('izuzet iz glasanja');
    expect(sr.text).toContain('delimično odobren');
  });

  it('prints the decision with the vote and the legal remedy', async () => {
    const sq = await pdfText(chair, `/api/request-decisions/${decisionId}/pdf?lang=sq`);
    expect(sq.text).toContain('Vendim');
    expect(sq.text).toContain(`KKR-PEJ-${year}-0001`);
    expect(sq.text).toContain('miratohet pjesërisht');
    expect(sq.text).toContain('Rindërtimi i shtëpisë');
    expect(sq.text).toContain('Votimi: 2 për, 0 kundër, 0 abstenime; 1 të përjashtuar');
    expect(sq.text).toContain('Komisionin për Ankesa (Pejë)');
    // Without ?lang: the applicant's language.
    const own = await pdfText(chair, `/api/request-decisions/${decisionId}/pdf`);
    expect(own.lang).toBe('sr');
    expect(own.text).toContain('Rešenje');
    expect(own.text).toContain('se delimično odobrava');
    expect(own.text).toContain('Obnova kuće');
  });

  it('writes the notification letter in the applicant’s language', async () => {
    const letter = await pdfText(chair, `/api/request-decisions/${decisionId}/notification.pdf`);
    expect(letter.lang).toBe('sr');
    expect(letter.text).toContain('Obaveštenje o rešenju po vašem zahtevu');
    expect(letter.text).toContain('Za: Dragana Živković');
    expect(letter.text).toContain('Komisiji za žalbe Opštine Peć');
    expect(letter.text).toContain('Gëzim Thaçi');
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'request.paper.notification')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ locale: 'sr' });
  });

  it('refuses the papers outside the jurisdiction (audited)', async () => {
    const gjilan = await loginAs(t.app, 'kkr.gjilan');
    const decision = await gjilan.request({ method: 'GET', url: `/api/request-decisions/${decisionId}/pdf` });
    expect(decision.statusCode).toBe(403);
    const minutes = await gjilan.request({
      method: 'GET',
      url: `/api/commissions/meetings/${meeting.id}/minutes.pdf`,
    });
    expect(minutes.statusCode).toBe(403);
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('username', '=', 'kkr.gjilan')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.action).sort()).toEqual(['getCommissionMinutesPdf', 'getRequestDecisionPdf']);
  });
});
