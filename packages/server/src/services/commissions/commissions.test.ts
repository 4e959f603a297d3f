import type { MeetingList, MeetingView, WaitingList } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commissionDb } from '../../storage/commissions/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertAppeal, insertCommissionUser, insertRequestUnderReview } from './samples.js';

// Commission meetings through the API against a real database: Peja's KKR (kkr.peja chairs,
// with three more members and a secretary) decides two reconstruction requests; one member is
// the applicant's case manager. Peja's Appeals Commission (ka.peja) overturns a rejection.
// Gjilan's KKR member may not touch Peja's meeting.

let t: TestApp;
let chair: Session;
let gjilan: Session;
const ids: Record<string, string> = {};
const year = new Date().getFullYear();
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testApp();
  const k = t.db.kysely;
  await k
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', 'in', ['kkr.peja', 'ka.peja', 'kkr.gjilan'])
    .execute();
  const user = (username: string) =>
    k.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  ids.chair = (await user('kkr.peja')).id;
  ids.arta = await insertCommissionUser(k, 'KKR-XK-PEJ', 'kkr_member', 'kkr6.peja', 'Arta Lushaku');
  ids.besim = await insertCommissionUser(k, 'KKR-XK-PEJ', 'kkr_member', 'kkr7.peja', 'Besim Hoxha');
  ids.vesna = await insertCommissionUser(k, 'KKR-XK-PEJ', 'kkr_member', 'kkr8.peja', 'Vesna Đorđević');
  ids.secretary = await insertCommissionUser(k, 'KKR-XK-PEJ', 'kkr_member', 'kkr9.peja', 'Lindita Çeku');
  ids.gjilanMember = (await user('kkr.gjilan')).id;
  chair = await loginAs(t.app, 'kkr.peja');
  gjilan = await loginAs(t.app, 'kkr.gjilan');
});
afterAll(async () => {
  await t.close();
});

async function audits(action: string) {
  return t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

async function events(caseId: string, kind: string) {
  return commissionDb(t.db.kysely)
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .execute();
}

async function decisionsOf(requestId: string) {
  return commissionDb(t.db.kysely)
    .selectFrom('request_decisions')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .execute();
}

async function requestStatus(requestId: string) {
  const row = await commissionDb(t.db.kysely)
    .selectFrom('requests')
    .select('status')
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
  return row.status;
}

describe('KKR meeting', () => {
  let meeting: MeetingView;
  let first: { requestId: string; caseId: string; number: string };
  let second: { requestId: string; caseId: string; number: string };
  let gjilanRequest: string;
  let qpsRequest: string;

  it('plans a meeting with members and the default quorum, numbered per municipality and year', async () => {
    first = await insertRequestUnderReview(t.db.kysely, 'XK-PEJ', {
      caseManagerId: ids.besim ?? '',
      firstName: 'Fitore',
      lastName: 'Berisha',
    });
    second = await insertRequestUnderReview(t.db.kysely, 'XK-PEJ', {
      firstName: 'Dragana',
      lastName: 'Živković',
    });
    gjilanRequest = (await insertRequestUnderReview(t.db.kysely, 'XK-GJL')).requestId;
    qpsRequest = (
      await insertRequestUnderReview(t.db.kysely, 'XK-PEJ', {
        schemeCode: 'social_assistance',
        decidingType: 'QPS',
      })
    ).requestId;

    const list = await chair.request({ method: 'GET', url: '/api/commissions/meetings' });
    expect(list.statusCode, list.body).toBe(200);
    const commission = list.json() as MeetingList;
    expect(commission.commission).toMatchObject({ code: 'KKR-XK-PEJ', type: 'KKR' });
    expect(commission.users.map((u) => u.fullName)).toContain('Vesna Đorđević');

    const members = [
      { userId: ids.chair, role: 'chair' },
      { userId: ids.arta, role: 'member' },
      { userId: ids.besim, role: 'member' },
      { userId: ids.vesna, role: 'member' },
      { userId: ids.secretary, role: 'secretary' },
    ];
    const foreign = await chair.request({
      method: 'POST',
      url: '/api/commissions/meetings',
      payload: { heldOn: today, members: [...members, { userId: ids.gjilanMember, role: 'member' }] },
    });
    expect(foreign.statusCode).toBe(422);
    expect(Object.keys(foreign.json().error.fields)).toEqual(['members.5.userId']);

    const created = await chair.request({
      method: 'POST',
      url: '/api/commissions/meetings',
      payload: { heldOn: today, place: 'Salla e Kuvendit Komunal, Pejë', members },
    });
    expect(created.statusCode, created.body).toBe(201);
    meeting = created.json() as MeetingView;
    expect(meeting.number).toBe(`KKR-PEJ-${year}-0001`);
    expect(meeting).toMatchObject({
      status: 'planned',
      quorum: 3,
      members: 5,
      commissionType: 'KKR',
      canManage: true,
    });
    expect((await audits('commission.meeting.plan')).length).toBe(1);
  });

  it('builds the agenda from the dossiers waiting for the KKR', async () => {
    const waiting = await chair.request({
      method: 'GET',
      url: `/api/commissions/meetings/${meeting.id}/waiting`,
    });
    expect(waiting.statusCode, waiting.body).toBe(200);
    const dossiers = (waiting.json() as WaitingList).items;
    const waitingIds = dossiers.map((d) => d.requestId);
    expect(waitingIds).toEqual([first.requestId, second.requestId]);
    expect(waitingIds).not.toContain(gjilanRequest);
    expect(waitingIds).not.toContain(qpsRequest);
    expect(dossiers[0]?.caseManager?.fullName).toBe('Besim Hoxha');

    const notWaiting = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/agenda`,
      payload: { items: [{ requestId: gjilanRequest }], version: meeting.version },
    });
    expect(notWaiting.statusCode).toBe(422);
    expect(notWaiting.json().error.fields).toHaveProperty(['items.0.requestId']);

    const agenda = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/agenda`,
      payload: {
        items: [{ requestId: second.requestId }, { requestId: first.requestId }],
        version: meeting.version,
      },
    });
    expect(agenda.statusCode, agenda.body).toBe(200);
    meeting = agenda.json() as MeetingView;
    // Reordered: the first request comes first.
    const reordered = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/agenda`,
      payload: {
        items: [{ requestId: first.requestId }, { requestId: second.requestId }],
        version: meeting.version,
      },
    });
    expect(reordered.statusCode, reordered.body).toBe(200);
    const before = meeting.agenda.map((i) => i.id);
    meeting = reordered.json() as MeetingView;
    expect(meeting.agenda.map((i) => i.dossier.requestNumber)).toEqual([first.number, second.number]);
    expect(meeting.agenda.map((i) => i.id).sort()).toEqual([...before].sort());
    const again = await chair.request({
      method: 'GET',
      url: `/api/commissions/meetings/${meeting.id}/waiting`,
    });
    expect((again.json() as WaitingList).items).toEqual([]);
  });

  it('refuses to decide without a quorum of present members, writing nothing', async () => {
    const present = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/attendance`,
      payload: { present: [ids.chair, ids.arta, ids.secretary], version: meeting.version },
    });
    expect(present.statusCode, present.body).toBe(200);
    meeting = present.json() as MeetingView;
    expect(meeting).toMatchObject({ status: 'held', presentVoting: 2 });
    const item = meeting.agenda[0]?.id ?? '';
    const votes = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/votes`,
      payload: {
        votes: [
          { userId: ids.chair, vote: 'for' },
          { userId: ids.arta, vote: 'for' },
        ],
      },
    });
    expect(votes.statusCode, votes.body).toBe(200);
    const absent = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/votes`,
      payload: { votes: [{ userId: ids.vesna, vote: 'for' }] },
    });
    expect(absent.statusCode).toBe(422);
    expect(absent.json().error.fields).toHaveProperty(['votes.0.userId']);
    const decide = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/decide`,
      payload: { reasons: 'Kushtet plotësohen.' },
    });
    expect(decide.statusCode).toBe(409);
    expect(decide.json().error.code).toBe('no_quorum');
    expect(decide.json().error.message).toContain('2 voting members');
    expect(await decisionsOf(first.requestId)).toEqual([]);
    expect(await requestStatus(first.requestId)).toBe('under_review');
    expect(await audits('commission.decide')).toEqual([]);
  });

  it('refuses the vote of a member with an undeclared conflict, naming them, and writes nothing', async () => {
    const present = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/attendance`,
      payload: {
        present: [ids.chair, ids.arta, ids.besim, ids.vesna, ids.secretary],
        version: meeting.version,
      },
    });
    expect(present.statusCode, present.body).toBe(200);
    meeting = present.json() as MeetingView;
    const item = meeting.agenda[0]?.id ?? '';
    const auditsBefore = (await audits('commission.vote')).length;
    const conflicted = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/votes`,
      payload: {
        votes: [
          { userId: ids.vesna, vote: 'against' },
          { userId: ids.besim, vote: 'for' },
        ],
      },
    });
    expect(conflicted.statusCode).toBe(422);
    expect(conflicted.json().error.code).toBe('undeclared_conflict');
    expect(conflicted.json().error.message).toContain('Besim Hoxha');
    const stored = await commissionDb(t.db.kysely)
      .selectFrom('commission_votes')
      .selectAll()
      .where('item_id', '=', item)
      .execute();
    expect(stored.map((v) => v.user_id).sort()).toEqual([ids.chair, ids.arta].sort());
    expect((await audits('commission.vote')).length).toBe(auditsBefore);
  });

  it('excludes the declared conflict, counts the rest, and numbers the decision', async () => {
    const item = meeting.agenda[0]?.id ?? '';
    const votes = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/votes`,
      payload: {
        votes: [
          { userId: ids.vesna, vote: 'against' },
          { userId: ids.besim, conflictDeclared: true },
        ],
      },
    });
    expect(votes.statusCode, votes.body).toBe(200);
    meeting = votes.json() as MeetingView;
    const recorded = meeting.agenda[0]?.votes ?? [];
    expect(recorded.find((v) => v.user.id === ids.besim)).toMatchObject({
      vote: 'excluded',
      conflictDeclared: true,
    });
    const decide = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/decide`,
      payload: { reasons: 'Shtëpia u dëmtua rëndë; familja plotëson kushtet e skemës.' },
    });
    expect(decide.statusCode, decide.body).toBe(200);
    meeting = decide.json() as MeetingView;
    expect(meeting.agenda[0]?.decision).toMatchObject({
      number: `KKR-PEJ-${year}-0001`,
      outcome: 'approved',
    });
    const [decision] = await decisionsOf(first.requestId);
    expect(decision).toMatchObject({ meeting_item_id: item, outcome: 'approved', currency: 'EUR' });
    expect(Number(decision?.amount)).toBe(12000);
    expect(await requestStatus(first.requestId)).toBe('decided');
    // Who was present is now part of the decision's record.
    const late = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/attendance`,
      payload: { present: [ids.chair, ids.arta], version: meeting.version },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('attendance_locked');
    const [audit] = await audits('commission.decide');
    expect(audit?.details).toMatchObject({
      tally: { for: 2, against: 1, abstain: 0, excluded: 1 },
      carried: true,
    });
    const again = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/decide`,
      payload: { reasons: 'Përsëri.' },
    });
    expect(again.statusCode).toBe(409);
    expect(await decisionsOf(first.requestId)).toHaveLength(1);
  });

  it('rejects on a tied vote, with the next number', async () => {
    const item = meeting.agenda[1]?.id ?? '';
    const missing = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/decide`,
      payload: { reasons: 'Mungojnë votat.' },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.code).toBe('votes_missing');
    const votes = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/votes`,
      payload: {
        votes: [
          { userId: ids.chair, vote: 'for' },
          { userId: ids.arta, vote: 'against' },
          { userId: ids.besim, vote: 'for' },
          { userId: ids.vesna, vote: 'abstain' },
        ],
      },
    });
    expect(votes.statusCode, votes.body).toBe(200);
    const secretaryVote = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/votes`,
      payload: { votes: [{ userId: ids.secretary, vote: 'for' }] },
    });
    expect(secretaryVote.statusCode).toBe(422);
    const decide = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${item}/decide`,
      payload: { reasons: 'Shumica nuk votoi për miratim.' },
    });
    expect(decide.statusCode, decide.body).toBe(200);
    meeting = decide.json() as MeetingView;
    expect(meeting.agenda[1]?.decision).toMatchObject({
      number: `KKR-PEJ-${year}-0002`,
      outcome: 'rejected',
    });
    expect(await requestStatus(second.requestId)).toBe('decided');
  });

  it('puts every vote and decision in the audit trail and the person’s timeline', async () => {
    // First item: chair, Arta, Vesna, Besim (excluded); second: four votes.
    expect((await audits('commission.vote')).length).toBe(8);
    expect((await audits('commission.decide')).length).toBe(2);
    expect((await audits('request.decide')).length).toBe(2);
    const votes = await events(first.caseId, 'commission.vote');
    expect(votes).toHaveLength(4);
    expect(votes.every((e) => e.person_id !== null)).toBe(true);
    expect(await events(first.caseId, 'commission.decided')).toHaveLength(1);
    expect(await events(first.caseId, 'request.decided')).toHaveLength(1);
    expect(await events(second.caseId, 'commission.vote')).toHaveLength(4);
  });

  it('refuses a Gjilan KKR member on the Peja meeting (audited)', async () => {
    const read = await gjilan.request({ method: 'GET', url: `/api/commissions/meetings/${meeting.id}` });
    expect(read.statusCode).toBe(403);
    const vote = await gjilan.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${meeting.agenda[1]?.id ?? ''}/votes`,
      payload: { votes: [{ userId: ids.gjilanMember, vote: 'for' }] },
    });
    expect(vote.statusCode).toBe(403);
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('username', '=', 'kkr.gjilan')
      .where('outcome', '=', 'denied')
      .orderBy('id')
      .execute();
    expect(denied.map((d) => d.action)).toEqual(['getCommissionMeeting', 'recordCommissionVotes']);
    expect(denied[0]).toMatchObject({ record_id: meeting.id });
    const list = await gjilan.request({ method: 'GET', url: '/api/commissions/meetings' });
    expect((list.json() as MeetingList).items).toEqual([]);
  });

  it('closes the meeting with minutes; a closed meeting takes no more votes', async () => {
    const close = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/close`,
      payload: {
        minutes: 'Mbledhja filloi në orën 10:00. U shqyrtuan dy kërkesa.',
        version: meeting.version,
      },
    });
    expect(close.statusCode, close.body).toBe(200);
    meeting = close.json() as MeetingView;
    expect(meeting).toMatchObject({ status: 'closed', canManage: false });
    const late = await chair.request({
      method: 'POST',
      url: `/api/commissions/meetings/${meeting.id}/items/${meeting.agenda[1]?.id ?? ''}/votes`,
      payload: { votes: [{ userId: ids.chair, vote: 'for' }] },
    });
    expect(late.statusCode).toBe(409);
  });

  it('lets the Appeals Commission overturn the rejection with a new decision', async () => {
    const k = t.db.kysely;
    await k.updateTable('users').set({ locale: 'en' }).where('username', '=', 'ka.peja').execute();
    const kaChair = (
      await k.selectFrom('users').select('id').where('username', '=', 'ka.peja').executeTakeFirstOrThrow()
    ).id;
    const kaMember = await insertCommissionUser(
      k,
      'KA-XK-PEJ',
      'appeals_member',
      'ka6.peja',
      'Ramadan Sejdiu',
    );
    const kaMember2 = await insertCommissionUser(
      k,
      'KA-XK-PEJ',
      'appeals_member',
      'ka7.peja',
      'Snežana Ristić',
    );
    const appealId = await insertAppeal(k, second.requestId, ids.chair ?? '');
    const ka = await loginAs(t.app, 'ka.peja');
    const created = await ka.request({
      method: 'POST',
      url: '/api/commissions/meetings',
      payload: {
        heldOn: today,
        members: [
          { userId: kaChair, role: 'chair' },
          { userId: kaMember, role: 'member' },
          { userId: kaMember2, role: 'member' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    let appeals = created.json() as MeetingView;
    expect(appeals.number).toBe(`KA-PEJ-${year}-0001`);
    expect(appeals.quorum).toBe(2);
    const waiting = await ka.request({
      method: 'GET',
      url: `/api/commissions/meetings/${appeals.id}/waiting`,
    });
    const dossiers = (waiting.json() as WaitingList).items;
    expect(dossiers.map((d) => d.appeal?.id)).toEqual([appealId]);
    expect(dossiers[0]?.appeal?.decisionNumber).toBe(`KKR-PEJ-${year}-0002`);
    const noAppeal = await ka.request({
      method: 'POST',
      url: `/api/commissions/meetings/${appeals.id}/agenda`,
      payload: { items: [{ requestId: second.requestId }], version: appeals.version },
    });
    expect(noAppeal.statusCode).toBe(422);
    const agenda = await ka.request({
      method: 'POST',
      url: `/api/commissions/meetings/${appeals.id}/agenda`,
      payload: { items: [{ requestId: second.requestId, appealId }], version: appeals.version },
    });
    expect(agenda.statusCode, agenda.body).toBe(200);
    appeals = agenda.json() as MeetingView;
    const present = await ka.request({
      method: 'POST',
      url: `/api/commissions/meetings/${appeals.id}/attendance`,
      payload: { present: [kaChair, kaMember, kaMember2], version: appeals.version },
    });
    appeals = present.json() as MeetingView;
    const item = appeals.agenda[0]?.id ?? '';
    const votes = await ka.request({
      method: 'POST',
      url: `/api/commissions/meetings/${appeals.id}/items/${item}/votes`,
      payload: {
        votes: [
          { userId: kaChair, vote: 'for' },
          { userId: kaMember, vote: 'for' },
          { userId: kaMember2, vote: 'against' },
        ],
      },
    });
    expect(votes.statusCode, votes.body).toBe(200);
    const decide = await ka.request({
      method: 'POST',
      url: `/api/commissions/meetings/${appeals.id}/items/${item}/decide`,
      payload: { reasons: 'Raporti i inxhinierit vërteton se shtëpia është e pabanueshme.' },
    });
    expect(decide.statusCode, decide.body).toBe(200);
    appeals = decide.json() as MeetingView;
    expect(appeals.agenda[0]).toMatchObject({
      appealOutcome: 'overturned',
      decided: true,
      decision: { number: `KA-PEJ-${year}-0001`, outcome: 'approved' },
    });
    const decisions = await decisionsOf(second.requestId);
    expect(decisions.map((d) => d.outcome)).toEqual(['rejected', 'approved']);
    expect(await requestStatus(second.requestId)).toBe('appeal_decided');
    expect(await events(second.caseId, 'request.appealDecided')).toHaveLength(1);
    expect((await audits('commission.decide')).length).toBe(3);
    // The KKR's chair is not a member of the Appeals Commission.
    const kkrOnKa = await chair.request({ method: 'GET', url: `/api/commissions/meetings/${appeals.id}` });
    expect(kkrOnKa.statusCode).toBe(403);
  });
});
