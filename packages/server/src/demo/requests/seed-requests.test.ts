import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallRanking, MeetingList, MeetingView, WaitingList } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../config/forms.js';
import { loadCountries } from '../../config/load.js';
import { verifyAuditChain } from '../../services/audit/trail.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';
import { seedDemoCases } from '../cases/seed-cases.js';
import { buildDemoRequests } from './build.js';
import { loadRequestContext } from './context.js';
import { DAY, MINUTE } from './rows.js';
import { seedDemoRequests } from './seed-requests.js';

let t: TestApp;
let dataDir: string;
let seeded: { requests: number };
let ms = 0;
const countries = loadCountries(['kosovo']);
const schemes = new Map(countries[0]?.schemes.map((s) => [s.code, s]));
const today = new Date().toISOString().slice(0, 10);
const HOUR = 60 * MINUTE;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vatra-demo-requests-'));
  t = await testApp({ VATRA_DATA_DIR: dataDir });
  await seedDemoCases(t.db, {
    documentsDir: join(dataDir, 'documents'),
    countries,
    forms: loadForms(['kosovo']),
  });
  const started = Date.now();
  seeded = await seedDemoRequests(t.db, countries);
  ms = Date.now() - started;
  console.info(`demo requests: ${seeded.requests} seeded in ${ms} ms`);
}, 60_000);

afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function rows<T>(query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(t.db.kysely)).rows;
}

describe('the demo year of requests', () => {
  it('is seeded once, quickly, in the three municipalities', async () => {
    expect(seeded.requests).toBeGreaterThan(120);
    // A budget for a loaded CI machine; on a quiet one it takes well under a second.
    expect(ms).toBeLessThan(15_000);
    expect(await seedDemoRequests(t.db, countries)).toEqual({ requests: 0 });
    const places = await rows<{ code: string; n: number }>(sql`
      select j.code, count(*)::int as n from requests r join jurisdictions j on j.id = r.jurisdiction_id
      group by j.code order by j.code`);
    expect(places.map((p) => p.code)).toEqual(['XK-GJL', 'XK-KAC', 'XK-PEJ']);
    for (const place of places) expect(place.n).toBeGreaterThan(30);
    expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
  });

  it('has a status consistent with each request’s decisions, appeals and documents', async () => {
    const requests = await rows<{
      id: string;
      status: string;
      scheme_code: string;
      submitted_at: Date | null;
      decision_due_on: string | null;
      decisions: number;
      latest_outcome: string | null;
      filed: number;
      appeal_outcome: string | null;
      requirements: string[] | null;
    }>(sql`
      select r.id, r.status, r.scheme_code, r.submitted_at, r.decision_due_on::text as decision_due_on,
        (select count(*)::int from request_decisions d where d.request_id = r.id) as decisions,
        (select d.outcome from request_decisions d where d.request_id = r.id order by d.created_at desc limit 1) as latest_outcome,
        (select count(*)::int from request_appeals a where a.request_id = r.id and a.status = 'filed') as filed,
        (select a.outcome from request_appeals a where a.request_id = r.id order by a.created_at desc limit 1) as appeal_outcome,
        (select array_agg(rd.requirement order by rd.requirement) from request_documents rd where rd.request_id = r.id) as requirements
      from requests r`);
    const statuses = new Set(requests.map((r) => r.status));
    for (const s of [
      'draft',
      'submitted',
      'under_review',
      'decided',
      'appealed',
      'appeal_decided',
      'withdrawn',
    ])
      expect(statuses.has(s), s).toBe(true);
    for (const r of requests) {
      const required = (schemes.get(r.scheme_code)?.requiredDocuments ?? []).map((d) => d.code).sort();
      if (r.status === 'draft') {
        expect(r.submitted_at).toBeNull();
        expect(r.decisions).toBe(0);
        continue;
      }
      // Submitted: every required document attached or waived, the deadline from the scheme.
      expect(r.requirements, r.id).toEqual(required);
      const submitted = r.submitted_at ? new Date(r.submitted_at) : null;
      expect(submitted).not.toBeNull();
      const due = new Date(submitted ?? 0);
      due.setUTCDate(due.getUTCDate() + (schemes.get(r.scheme_code)?.decisionDays ?? 0));
      expect(r.decision_due_on).toBe(due.toISOString().slice(0, 10));
      if (r.status === 'submitted' || r.status === 'withdrawn') expect(r.decisions).toBe(0);
      if (r.status === 'under_review')
        expect(r.decisions === 0 || r.appeal_outcome === 'returned', r.id).toBe(true);
      if (r.status === 'decided') expect(r.decisions > 0 && r.filed === 0).toBe(true);
      if (r.status === 'appealed') expect(r.filed).toBe(1);
      if (r.status === 'appeal_decided') {
        expect(r.filed).toBe(0);
        expect(['upheld', 'overturned']).toContain(r.appeal_outcome);
      }
    }
    // Attached documents are the case's own.
    const foreign = await rows<{ n: number }>(sql`
      select count(*)::int as n from request_documents rd join requests r on r.id = rd.request_id
      join documents d on d.id = rd.document_id where d.case_id <> r.case_id`);
    expect(foreign[0]?.n).toBe(0);
    const attached = await rows<{ n: number }>(sql`
      select count(*)::int as n from request_documents where document_id is not null`);
    expect(attached[0]?.n).toBeGreaterThan(0);
  });

  it('numbers requests, meetings and decisions per municipality and year, in date order, with the sequences advanced', async () => {
    const numbered = await rows<{
      series: string;
      year: number;
      numbers: string[];
      last_value: number | null;
    }>(sql`
      with all_numbers as (
        select 'request:' || j.code as series, extract(year from r.created_at)::int as year, r.number, r.created_at as at
          from requests r join jurisdictions j on j.id = r.jurisdiction_id
        union all
        select 'decision:' || i.type_code || ':' || j.code, extract(year from d.decided_on)::int, d.number, d.created_at
          from request_decisions d join requests r on r.id = d.request_id join jurisdictions j on j.id = r.jurisdiction_id
          join institutions i on i.id = d.institution_id
        union all
        select 'meeting:' || i.type_code || ':' || j.code, extract(year from m.held_on)::int, m.number, m.held_on::timestamptz
          from commission_meetings m join institutions i on i.id = m.institution_id join jurisdictions j on j.id = i.jurisdiction_id
      )
      select a.series, a.year, array_agg(a.number order by a.at, a.number) as numbers, max(s.last_value)::int as last_value
      from all_numbers a left join number_sequences s on s.series = a.series and s.year = a.year
      group by a.series, a.year`);
    expect(numbered.some((n) => n.series === 'decision:KKR:XK-PEJ')).toBe(true);
    expect(numbered.some((n) => n.series === 'decision:KA:XK-PEJ' || n.series === 'decision:KA:XK-GJL')).toBe(
      true,
    );
    for (const n of numbered) {
      // Consecutive, in date order, up to the sequence's last value. (QPS decisions share their
      // series with the case managers' appointments of the case seed, which come first.)
      const values = n.numbers.map((x) => Number(x.slice(-4)));
      const first = n.series.startsWith('decision:QPS:') ? (values[0] ?? 1) : 1;
      expect(values, `${n.series}/${n.year}`).toEqual(values.map((_, i) => first + i));
      expect(n.last_value).toBe(values.at(-1));
      for (const x of n.numbers) expect(x).toMatch(new RegExp(`-${n.year}-\\d{4}$`));
    }
  });

  it('holds meetings with a quorum, every present member voting, one declaring a conflict', async () => {
    const items = await rows<{
      kind: string;
      quorum: number;
      counted: number;
      voted: number;
      votes_for: number;
      excluded: number;
      outcome: string | null;
      appeal_outcome: string | null;
      officer: boolean;
    }>(sql`
      select i.type_code as kind, m.quorum,
        (select count(*)::int from commission_meeting_members mm where mm.meeting_id = m.id and mm.present
          and mm.role <> 'secretary'
          and not exists (select 1 from commission_votes v where v.item_id = ai.id and v.user_id = mm.user_id and v.vote = 'excluded')) as counted,
        (select count(*)::int from commission_votes v where v.item_id = ai.id and v.vote <> 'excluded') as voted,
        (select count(*)::int from commission_votes v where v.item_id = ai.id and v.vote = 'for') as votes_for,
        (select count(*)::int from commission_votes v where v.item_id = ai.id and v.vote = 'excluded' and v.conflict_declared) as excluded,
        (select d.outcome from request_decisions d where d.meeting_item_id = ai.id and i.type_code = 'KKR') as outcome,
        (select a.outcome from request_appeals a where a.id = ai.appeal_id and a.meeting_item_id = ai.id) as appeal_outcome,
        coalesce((select mm.role in ('chair', 'secretary') from request_decisions d
          join commission_meeting_members mm on mm.meeting_id = m.id and mm.user_id = d.decided_by
          where d.meeting_item_id = ai.id limit 1), true) as officer
      from commission_agenda_items ai join commission_meetings m on m.id = ai.meeting_id
      join institutions i on i.id = m.institution_id
      where m.status = 'closed'`);
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) {
      expect(item.counted).toBeGreaterThanOrEqual(item.quorum);
      expect(item.voted).toBe(item.counted);
      expect(item.officer).toBe(true);
      const carried = item.votes_for * 2 > item.counted;
      if (item.kind === 'KKR') expect(item.outcome === 'rejected').toBe(!carried);
      else expect(item.appeal_outcome === 'upheld').toBe(!carried);
    }
    expect(items.filter((i) => i.excluded > 0).length).toBeGreaterThan(2);
    const outcomes = new Set(items.map((i) => i.appeal_outcome).filter(Boolean));
    expect([...outcomes].sort()).toEqual(['overturned', 'returned', 'upheld']);
  });

  it('carries out only final positive decisions, and grants benefits only from them', async () => {
    const early = await rows<{ n: number }>(sql`
      select count(*)::int as n from request_executions e join request_decisions d on d.id = e.decision_id
      join requests r on r.id = e.request_id
      where d.outcome = 'rejected' or (r.status = 'decided' and e.started_on <= d.appeal_due_on)
        or r.status not in ('decided', 'appeal_decided')`);
    expect(early[0]?.n).toBe(0);
    const benefits = await rows<{ source: string; n: number }>(sql`
      select case
        when e.status = 'completed' and b.amount = e.actual_cost and b.granted_on = e.completed_on then 'execution'
        when e.request_id is null and r.executing_type is null and d.outcome <> 'rejected' and b.granted_on = d.decided_on then 'decision'
        else 'other' end as source, count(*)::int as n
      from benefits b join requests r on r.id = b.request_id
      left join request_executions e on e.request_id = r.id
      left join lateral (select * from request_decisions d where d.request_id = r.id order by d.created_at desc limit 1) d on true
      group by 1`);
    expect(benefits.find((b) => b.source === 'other')).toBeUndefined();
    expect(benefits.find((b) => b.source === 'execution')?.n).toBeGreaterThan(5);
    expect(benefits.find((b) => b.source === 'decision')?.n).toBeGreaterThan(5);
    const once = await rows<{ n: number }>(sql`
      select count(*)::int as n from (select request_id from benefits group by request_id having count(*) > 1) x`);
    expect(once[0]?.n).toBe(0);
    const inProgress = await rows<{ n: number }>(sql`
      select count(*)::int as n from request_executions where status = 'in_progress'`);
    expect(inProgress[0]?.n).toBeGreaterThan(0);
  });

  it('writes the timeline: every request filed, decided and notified on its case', async () => {
    const [counts] = await rows<Record<string, number>>(sql`select
      (select count(*)::int from requests) as requests,
      (select count(*)::int from case_events where kind = 'request.filed') as filed,
      (select count(*)::int from request_decisions where number like 'KA-%') as ka_decisions,
      (select count(*)::int from request_decisions) as decisions,
      (select count(*)::int from case_events where kind = 'request.decided') as decided,
      (select count(*)::int from request_decisions where notified_on is not null) as notified,
      (select count(*)::int from case_events where kind = 'request.notified') as notices,
      (select count(*)::int from commission_votes) as votes,
      (select count(*)::int from case_events where kind = 'commission.vote') as vote_events,
      (select count(*)::int from case_events e join requests r on r.id = (e.details->>'requestId')::uuid
        where e.kind like 'request.%' and e.case_id <> r.case_id) as misplaced`);
    expect(counts?.filed).toBe(counts?.requests);
    // Overturning decisions are written by the appeal, without a request.decided event.
    expect(counts?.decided).toBe((counts?.decisions ?? 0) - (counts?.ka_decisions ?? 0));
    expect(counts?.notices).toBe(counts?.notified);
    expect(counts?.vote_events).toBe(counts?.votes);
    expect(counts?.misplaced).toBe(0);
  });

  it('leaves work waiting: overdue requests, waiting KKR dossiers and appeals', async () => {
    const [queues] = await rows<Record<string, number>>(sql`select
      (select count(*)::int from requests where status in ('submitted', 'under_review') and decision_due_on < current_date) as overdue,
      (select count(*)::int from requests r join jurisdictions j on j.id = r.jurisdiction_id
        where j.code = 'XK-PEJ' and r.deciding_type = 'KKR' and r.status = 'under_review') as peja_kkr,
      (select count(*)::int from request_appeals where status = 'filed') as appeals`);
    expect(queues?.overdue).toBeGreaterThan(0);
    expect(queues?.peja_kkr).toBeGreaterThanOrEqual(2);
    expect(queues?.appeals).toBeGreaterThan(0);
    // Every Appeals Commission (ka.kacanik, ka.peja, ka.gjilan) has an appeal waiting.
    const waiting = await rows<{ code: string; n: number }>(sql`
      select j.code, count(*)::int as n from request_appeals a join requests r on r.id = a.request_id
      join jurisdictions j on j.id = r.jurisdiction_id where a.status = 'filed' and r.status = 'appealed'
      group by j.code order by j.code`);
    expect(waiting.map((w) => w.code)).toEqual(['XK-GJL', 'XK-KAC', 'XK-PEJ']);
  });

  it('leaves an appeal waiting in each municipality whatever the day the demo is opened', async () => {
    const context = await loadRequestContext(t.db.kysely, countries);
    expect(context).toBeDefined();
    if (!context) return;
    const municipalityOf = new Map(context.cases.map((c) => [c.jurisdictionId, c.municipality]));
    const start = context.now.getTime();
    // Every 9 days over a year, at a different hour each time; and around each month's meetings
    // of the Appeals Commission (4th Tuesday, Wednesday, Thursday at 10:00 UTC): just after one is
    // over (its agenda took what was ready), the next morning, and the Monday before.
    const days: number[] = Array.from({ length: 41 }, (_, k) => start + k * 9 * DAY + ((k * 5) % 24) * HOUR);
    for (let month = 0; month < 12; month++) {
      const first = new Date(start + month * 31 * DAY);
      const weekday = [2, 3, 4][month % 3] ?? 2;
      const fourth = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1, 10);
      const meeting = fourth + (((weekday - new Date(fourth).getUTCDay() + 7) % 7) + 21) * DAY;
      days.push(meeting + 135 * MINUTE, meeting + 20 * HOUR, meeting - (weekday - 1) * DAY - 4 * HOUR);
    }
    expect(days.length).toBeGreaterThanOrEqual(40);
    for (const day of days) {
      const now = new Date(day);
      const built = buildDemoRequests({ ...context, now });
      const label = now.toISOString();
      const waiting = new Set<string>();
      for (const appeal of built.appeals) {
        if (appeal.status !== 'filed') continue;
        const request = built.requests.find((r) => r.id === appeal.request_id);
        const decision = built.decisions.find((d) => d.id === appeal.decision_id);
        expect(request?.status, label).toBe('appealed');
        expect(new Date(appeal.created_at ?? 0).getTime(), label).toBeLessThan(day);
        expect(decision?.notified_on, label).not.toBeNull();
        expect(appeal.filed_on >= String(decision?.notified_on), label).toBe(true);
        expect(appeal.filed_on <= String(decision?.appeal_due_on), label).toBe(true);
        waiting.add(municipalityOf.get(request?.jurisdiction_id ?? '') ?? '');
      }
      expect([...waiting].sort(), label).toEqual(['XK-GJL', 'XK-KAC', 'XK-PEJ']);
      // Nothing happens at or after "now".
      expect(
        built.events.every((e) => new Date(e.at ?? 0).getTime() < day),
        label,
      ).toBe(true);
    }
  }, 60_000);
});

describe('after the seed, the real services continue the numbering', () => {
  it('plans the next KKR meeting of Peja and decides the next decision number there', async () => {
    const sek = await loginAs(t.app, 'kkrsek.peja');
    const list = (
      await sek.request({ method: 'GET', url: '/api/commissions/meetings' })
    ).json() as MeetingList;
    const user = (name: string) => list.users.find((u) => u.fullName === name)?.id ?? '';
    const [last] = await rows<{ meetings: number; decisions: number }>(sql`select
      (select last_value::int from number_sequences where series = 'meeting:KKR:XK-PEJ' and year = ${Number(today.slice(0, 4))}) as meetings,
      (select last_value::int from number_sequences where series = 'decision:KKR:XK-PEJ' and year = ${Number(today.slice(0, 4))}) as decisions`);
    const chair = user('Driton Shala');
    const members = [user('Arta Lushaj'), user('Gëzim Nimani')];
    const created = await sek.request({
      method: 'POST',
      url: '/api/commissions/meetings',
      payload: {
        heldOn: today,
        members: [
          { userId: chair, role: 'chair' },
          ...members.map((userId) => ({ userId, role: 'member' })),
          { userId: user('Donika Zeqiri'), role: 'secretary' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    let meeting = created.json() as MeetingView;
    expect(meeting.number).toBe(
      `KKR-PEJ-${today.slice(0, 4)}-${String((last?.meetings ?? 0) + 1).padStart(4, '0')}`,
    );
    const base = `/api/commissions/meetings/${meeting.id}`;
    const waiting = (await sek.request({ method: 'GET', url: `${base}/waiting` })).json() as WaitingList;
    const first = waiting.items[0];
    expect(first).toBeDefined();
    for (const [path, body] of [
      ['/agenda', { items: [{ requestId: first?.requestId }] }],
      ['/attendance', { present: [chair, ...members] }],
    ] as const) {
      const response = await sek.request({
        method: 'POST',
        url: `${base}${path}`,
        payload: { ...body, version: meeting.version },
      });
      expect(response.statusCode, response.body).toBe(200);
      meeting = response.json() as MeetingView;
    }
    const item = meeting.agenda[0]?.id ?? '';
    const voted = await sek.request({
      method: 'POST',
      url: `${base}/items/${item}/votes`,
      payload: { votes: [chair, ...members].map((userId) => ({ userId, vote: 'for' })) },
    });
    expect(voted.statusCode, voted.body).toBe(200);
    const decided = await sek.request({
      method: 'POST',
      url: `${base}/items/${item}/decide`,
      payload: { reasons: 'The household meets the criteria.' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const [decision] = await rows<{ number: string }>(sql`
      select number from request_decisions where request_id = ${first?.requestId ?? ''} order by created_at desc limit 1`);
    expect(decision?.number).toBe(
      `KKR-PEJ-${today.slice(0, 4)}-${String((last?.decisions ?? 0) + 1).padStart(4, '0')}`,
    );
  });
});

describe('the open call for applications', () => {
  it('is Peja’s agricultural grant call, open, with scored applications ranked by the real service', async () => {
    const calls = await rows<{ id: string; number: string; status: string; code: string; last: number }>(sql`
      select c.id, c.number, c.status, i.code,
        (select last_value::int from number_sequences s where s.series = 'call:XK-PEJ'
          and s.year = extract(year from c.opens_on)::int) as last
      from calls c join institutions i on i.id = c.institution_id`);
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.status).toBe('open');
    expect(call?.code).toBe('MUN-XK-PEJ');
    expect(call?.number).toMatch(/^PEJ-T-\d{4}-01$/);
    expect(call?.last).toBe(1);
    const applications = await rows<{
      status: string;
      ok: boolean;
      total: number | null;
      sum: number | null;
    }>(sql`
      select r.status,
        r.deciding_institution_id = c.institution_id and r.created_at::date between c.opens_on and c.closes_on as ok,
        s.total_points as total,
        (select sum((line->>'points')::int)::int from jsonb_array_elements(s.breakdown) line
          where (line->>'met')::boolean) as sum
      from requests r join calls c on c.id = r.call_id
      left join call_application_scores s on s.request_id = r.id`);
    expect(applications.length).toBeGreaterThanOrEqual(5);
    expect(applications.length).toBeLessThanOrEqual(8);
    for (const a of applications) {
      expect(a.ok).toBe(true);
      // Scored once submitted; a draft is not.
      expect(a.total === null).toBe(a.status === 'draft');
      if (a.total !== null) expect(a.sum ?? 0).toBe(a.total);
    }
    const officer = await loginAs(t.app, 'mun.peja');
    const ranking = await officer.request({ method: 'GET', url: `/api/calls/${call?.id ?? ''}/ranking` });
    expect(ranking.statusCode, ranking.body).toBe(200);
    const body = ranking.json() as CallRanking;
    expect(body.items.length).toBe(applications.filter((a) => a.status !== 'draft').length);
    expect(body.budget).toBe(24_000);
  });
});
