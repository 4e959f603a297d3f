// The SQL the services run for the three measured scenarios, written out by hand so it can be
// timed without Vatra around it (no HTTP, session, access hook, Kysely, serialisation, audit).
// Mirrors, as of this writing:
//   person search  services/registry/persons.ts searchPersons + storage/registry/persons.ts
//   case open      services/cases/read.ts getCase + visibility.ts requireCase + parts.ts
//   work queue     services/cases/work.ts, services/referrals/work.ts, services/home.ts
// When a service's queries change, change them here too: measure.mjs compares the totals the
// API returns with what these queries find, and reports a mismatch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERRAL_ANSWER_DAYS, nameTokens, phoneticToken } from '@vatra/core';
import { ROOT } from '../../scripts/lib/server.mjs';

const CANDIDATE_LIMIT = 400;
const PAGE_SIZE = 25;
const HOME_QUEUE_SIZE = 20;

/** A user as the access layer sees one: id, institution, jurisdiction paths, scopes. */
export async function loadAccess(pool, username) {
  const { rows } = await pool.query(
    `select u.id, u.username, u.institution_id as "institutionId", j.path,
            (select coalesce(array_agg(distinct scope), '{}') from user_roles ur
               join roles r on r.id = ur.role_id cross join unnest(r.scopes) as scope
               where ur.user_id = u.id) as scopes,
            (select coalesce(array_agg(gj.path), '{}') from jurisdiction_grants g
               join jurisdictions gj on gj.id = g.jurisdiction_id where g.user_id = u.id) as granted
     from users u join institutions i on i.id = u.institution_id join jurisdictions j on j.id = i.jurisdiction_id
     where lower(u.username) = lower($1)`,
    [username],
  );
  const row = rows[0];
  if (!row) throw new Error(`no user ${username}`);
  return {
    userId: row.id,
    username: row.username,
    institutionId: row.institutionId,
    paths: [row.path, ...row.granted],
    scopes: new Set(row.scopes),
    has(scope) {
      return this.scopes.has(scope);
    },
  };
}

/** Builds "$n" placeholders over one parameter list. */
class Params {
  constructor() {
    this.values = [];
  }
  add(value) {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function inJurisdiction(access, column, params) {
  if (!access.paths.length) return 'false';
  return `(${access.paths.map((path) => `starts_with(${column}, ${params.add(path)})`).join(' or ')})`;
}

function visibleSensitivities(access) {
  return access.has('sensitive.read') ? ['normal', 'sensitive'] : ['normal'];
}

function caseVisible(access, alias, params) {
  const onTeam = `exists (select 1 from case_team ct where ct.case_id = ${alias}.id and ct.user_id = ${params.add(access.userId)})`;
  return access.has('sensitive.read')
    ? `(${alias}.sensitivity <> 'restricted' or ${onTeam})`
    : `(${alias}.sensitivity = 'normal' or ${onTeam})`;
}

// --- person search -----------------------------------------------------------------------------

function searchCandidates(access, filter) {
  const params = new Params();
  const where = [
    'p.merged_into is null',
    inJurisdiction(access, 'j.path', params),
    `p.sensitivity in (${filter.sensitivities.map((s) => params.add(s)).join(', ')})`,
  ];
  if (filter.namePairs?.length) {
    where.push(
      `(${filter.namePairs
        .map(
          ([last, first]) =>
            `(p.last_phon like ${params.add(`${last}%`)} and p.first_phon like ${params.add(`${first}%`)})`,
        )
        .join(' or ')})`,
    );
  }
  if (filter.anyNameKey) {
    const key = filter.anyNameKey;
    const match =
      filter.match === 'fuzzy'
        ? (column) => {
            const head = key.slice(0, key.length >= 5 ? 3 : 2);
            return `(${column} like ${params.add(`${head}%`)} and (${column} like ${params.add(`${key}%`)} or length(${column}) between ${params.add(key.length - 2)} and ${params.add(key.length + 2)}))`;
          }
        : (column) => `${column} like ${params.add(`${key}%`)}`;
    where.push(`(${match('p.first_phon')} or ${match('p.last_phon')})`);
  }
  return {
    text: `select p.id, p.household_id as "householdId", p.first_name as "firstName", p.last_name as "lastName",
             p.father_name as "fatherName", p.gender, p.date_of_birth as "dateOfBirth", p.birth_year_only as "birthYearOnly",
             p.personal_number as "personalNumber", p.category, p.sensitivity, p.name_key as "nameKey",
             p.first_phon as "firstPhon", p.last_phon as "lastPhon", p.father_phon as "fatherPhon",
             j.id as "jurisdictionId", j.code as "jurisdictionCode", j.name as "jurisdictionName", j.path as "jurisdictionPath"
           from persons as p inner join jurisdictions as j on j.id = p.jurisdiction_id
           where ${where.join(' and ')} limit ${CANDIDATE_LIMIT}`,
    values: params.values,
  };
}

/** The candidate queries searchPersons runs for `q` (page 1); resolves with the candidate rows. */
export async function searchSql(client, access, q) {
  const typed = nameTokens(q);
  const longest = typed
    .map(phoneticToken)
    .reduce((best, key) => (!best || key.length > best.length ? key : best), undefined);
  const filter = { sensitivities: visibleSensitivities(access), anyNameKey: longest };
  let rows = [];
  const keys = [...new Set(typed.map(phoneticToken))].slice(0, 3);
  const pairs = keys.flatMap((a) => keys.filter((b) => b !== a).map((b) => [a, b]));
  const first = pairs.length
    ? searchCandidates(access, { ...filter, anyNameKey: undefined, namePairs: pairs })
    : searchCandidates(access, { ...filter, match: 'prefix' });
  rows = (await client.query(first)).rows;
  if (longest && rows.length < PAGE_SIZE) {
    const seen = new Set(rows.map((r) => r.id));
    const fuzzy = (await client.query(searchCandidates(access, { ...filter, match: 'fuzzy' }))).rows;
    rows = [...rows, ...fuzzy.filter((r) => !seen.has(r.id))].slice(0, CANDIDATE_LIMIT);
  }
  return rows;
}

// --- case open ---------------------------------------------------------------------------------

/** Every query getCase runs for one case file, in order, on one connection (the API runs all but the first at once). */
export async function caseOpenSql(client, access, caseId) {
  const params = new Params();
  const visible = caseVisible(access, 'c', params);
  const header = await client.query(
    `select c.id, c.number, c.household_id, c.kind, c.stage, c.status, c.sensitivity, c.clock_start, c.visit_due_at,
            c.closure_due_on, c.outcome, c.updated_at, j.id, j.code, j.name, h.settlement, p.id, p.household_id,
            p.first_name, p.last_name, p.father_name, p.gender, p.date_of_birth, p.birth_year_only, p.personal_number,
            p.category, pj.id, pj.code, pj.name, m.id, m.full_name,
            exists (select 1 from case_visits v where v.case_id = c.id and v.outcome = 'completed') as visited,
            (select me.received_nothing from monitoring_entries me where me.case_id = c.id order by me.period desc limit 1) as "receivedNothing",
            j.path, c.closure, c.closed_at, c.closed_by, c.reopened_count, c.rent_fund_since, c.rent_reviewed_on, c.version,
            (select u.full_name from users u where u.id = c.closed_by) as "closedByName",
            (select u.full_name from users u where u.id::text = c.closure ->> 'coordinatorId') as "coordinatorName",
            c.transferred_from, (select f.number from cases f where f.id = c.transferred_from) as "fromNumber",
            c.transferred_to, (select t.number from cases t where t.id = c.transferred_to) as "toNumber",
            ${visible} as visible
     from cases as c inner join jurisdictions as j on j.id = c.jurisdiction_id
       inner join households as h on h.id = c.household_id inner join persons as p on p.id = c.person_id
       inner join jurisdictions as pj on pj.id = p.jurisdiction_id left join users as m on m.id = c.case_manager_id
     where c.id = ${params.add(caseId)}`,
    params.values,
  );
  const head = header.rows[0];
  if (!head) throw new Error(`case ${caseId} not found`);
  const byCase = [
    `select v.*, u.full_name from case_visits v left join users u on u.id = v.recorded_by where v.case_id = $1 order by v.visited_at`,
    `select a.*, u.full_name, b.full_name from case_manager_assignments a left join users u on u.id = a.user_id
       left join users b on b.id = a.appointed_by where a.case_id = $1 order by a.appointed_at`,
    `select m.*, u.full_name from monitoring_entries m left join users u on u.id = m.created_by where m.case_id = $1 order by m.period`,
    `select c.*, u.full_name from certificates c left join users u on u.id = c.issued_by where c.case_id = $1 order by c.issued_on`,
    `select cp.*, cu.full_name, au.full_name from case_plans cp left join users cu on cu.id = cp.created_by
       left join users au on au.id = cp.approved_by where cp.case_id = $1 order by cp.person_id, cp.plan_version`,
    `select i.id, i.plan_id, i.position, i.service_code, i.need_path, i.domain, i.priority, i.target_date, i.status,
            i.note, r.id as "institutionId", r.code as "institutionCode", r.name as "institutionName"
     from case_plan_items as i inner join case_plans ip on ip.id = i.plan_id
       left join institutions as r on r.id = i.responsible_institution_id
     where ip.case_id = $1 order by i.position`,
  ];
  for (const text of byCase) await client.query(text, [caseId]);
  if (head.closure?.movedToJurisdictionId) {
    await client.query(`select id, code, name from jurisdictions where id = $1`, [
      head.closure.movedToJurisdictionId,
    ]);
  }
  await client.query(
    `select p.id, p.household_id, p.first_name, p.last_name, p.father_name, p.gender, p.date_of_birth, p.birth_year_only,
            p.personal_number, p.category, p.sensitivity, j.id, j.code, j.name
     from persons as p inner join jurisdictions as j on j.id = p.jurisdiction_id
     where p.household_id = $1 and p.merged_into is null order by p.date_of_birth`,
    [head.household_id],
  );
  await client.query(
    `select f.*, u.full_name from form_submissions as f left join users u on u.id = f.submitted_by
     where f.case_id = $1 and f.form_key in ($2, $3)
       and not exists (select g.id from form_submissions as g where g.series_id = f.series_id and g.revision > f.revision)
     order by f.submitted_at`,
    [caseId, 'fvn', 'anamnesis'],
  );
  return head;
}

// --- work queue --------------------------------------------------------------------------------

const country = JSON.parse(readFileSync(join(ROOT, 'config/kosovo/country.json'), 'utf8'));
const rentReview = `interval '${country.deadlines.rentReview.value} ${country.deadlines.rentReview.unit}'`;
const currentPeriod = () => new Date().toISOString().slice(0, 7);

const CASE_SOURCES = [
  { kind: 'visit_due', scope: 'case.visit', where: () => `c.stage = 'registered'`, due: 'c.visit_due_at' },
  {
    kind: 'assessment_missing',
    scope: 'case.assess',
    where: () => `c.stage = 'visited'`,
    due: 'null::timestamptz',
  },
  {
    kind: 'plan_missing',
    scope: 'case.plan',
    where: () =>
      `c.stage = 'assessed' and not exists (select 1 from case_plans cp where cp.case_id = c.id and cp.status = 'draft')`,
    due: 'null::timestamptz',
  },
  {
    kind: 'plan_approval',
    scope: 'case.plan.approve',
    where: () => `exists (select 1 from case_plans cp where cp.case_id = c.id and cp.status = 'draft')`,
    due: 'null::timestamptz',
  },
  {
    kind: 'monitoring_due',
    scope: 'case.manage',
    where: (access, params) =>
      `(c.case_manager_id = ${params.add(access.userId)} or c.case_manager_id is null) and exists (select 1 from case_plans cp where cp.case_id = c.id and cp.status = 'approved') and not exists (select 1 from monitoring_entries me where me.case_id = c.id and me.period = ${params.add(currentPeriod())})`,
    due: `(date_trunc('month', now()) + interval '1 month' - interval '1 second')`,
  },
  {
    kind: 'closure_due',
    scope: 'case.close',
    where: () => `c.closure_due_on <= current_date + 30`,
    due: 'c.closure_due_on::timestamptz',
  },
  {
    kind: 'rent_review_due',
    scope: 'case.manage',
    where: (access, params) =>
      `c.rent_fund_since is not null and c.rent_reviewed_on is null and c.rent_fund_since + ${rentReview} <= current_date + 30 and (c.case_manager_id = ${params.add(access.userId)} or c.case_manager_id is null)`,
    due: `(c.rent_fund_since + ${rentReview})`,
  },
];

function caseQueue(source, access, mode, limit = 0) {
  const params = new Params();
  const where = `c.status = 'open' and ${inJurisdiction(access, 'j.path', params)} and ${caseVisible(access, 'c', params)} and ${source.where(access, params)}`;
  const open = `from cases as c inner join jurisdictions as j on j.id = c.jurisdiction_id`;
  const from = `${open} inner join persons as p on p.id = c.person_id`;
  if (mode === 'count') {
    return {
      text: `select count(*) as total, count(*) filter (where ${source.due} < now()) as overdue ${open} where ${where}`,
      values: params.values,
    };
  }
  return {
    text: `select c.id, c.number, c.sensitivity, p.first_name, p.last_name, ${source.due} as due ${from} where ${where}
           order by ${source.due} asc nulls last, c.id limit ${params.add(limit)} offset ${params.add(0)}`,
    values: params.values,
  };
}

/** The counts of several case queues over the user's open cases in one statement (as countCaseQueues). */
function caseCounts(sources, access) {
  const params = new Params();
  const flags = sources.flatMap((source, i) => [
    `${source.where(access, params)} as w${i}`,
    `${source.due} as d${i}`,
  ]);
  const columns = sources.flatMap((_, i) => [
    `count(*) filter (where x.w${i}) as t${i}`,
    `count(*) filter (where x.w${i} and x.d${i} < now()) as o${i}`,
  ]);
  const scope = `c.status = 'open' and ${inJurisdiction(access, 'j.path', params)} and ${caseVisible(access, 'c', params)}`;
  return {
    text: `select ${columns.join(', ')} from (select ${flags.join(', ')}
             from cases as c inner join jurisdictions as j on j.id = c.jurisdiction_id where ${scope} offset 0) as x`,
    values: params.values,
  };
}

const overdue = `r.sent_at + make_interval(days => ${REFERRAL_ANSWER_DAYS}) < now()`;
const REFERRAL_SOURCES = [
  {
    kind: 'referral_awaiting',
    scope: 'referral.answer',
    where: (access, params) => `r.to_institution_id = ${params.add(access.institutionId)}`,
  },
  {
    kind: 'referral_unanswered',
    scope: 'referral.send',
    where: (access, params) =>
      `r.from_institution_id = ${params.add(access.institutionId)} and ${
        access.has('case.read') || access.has('referral.send')
          ? `(${inJurisdiction(access, 'cj.path', params)} and ${caseVisible(access, 'c', params)})`
          : 'false'
      } and ${overdue}`,
  },
];

function referralQueue(source, access, mode, limit = 0) {
  const params = new Params();
  const base = `from referrals as r inner join cases as c on c.id = r.case_id inner join jurisdictions as cj on cj.id = c.jurisdiction_id`;
  const statuses = `r.status in (${params.add('sent')}, ${params.add('received')})`;
  if (mode === 'count') {
    const where = `${statuses} and ${source.where(access, params)}`;
    return {
      text: `select count(*) as total, count(*) filter (where ${overdue}) as overdue ${base} where ${where}`,
      values: params.values,
    };
  }
  const where = `${statuses} and ${source.where(access, params)}`;
  return {
    text: `select pg.id, pg.case_id, pg.number, fi.name as "fromName", ti.name as "toName", pg."dueAt", pg.overdue
           from (select r.id, r.case_id, c.number, r.from_institution_id, r.to_institution_id, r.sent_at,
                        r.sent_at + make_interval(days => ${REFERRAL_ANSWER_DAYS}) as "dueAt", ${overdue} as overdue
                 ${base} where ${where} order by r.sent_at, r.id limit ${params.add(limit)} offset ${params.add(0)}) as pg
             inner join institutions as fi on fi.id = pg.from_institution_id
             inner join institutions as ti on ti.id = pg.to_institution_id
           order by pg.sent_at, pg.id`,
    values: params.values,
  };
}

const SOURCES = [
  ...CASE_SOURCES.map((s) => ({ ...s, query: (access, mode, limit) => caseQueue(s, access, mode, limit) })),
  ...REFERRAL_SOURCES.map((s) => ({
    ...s,
    query: (access, mode, limit) => referralQueue(s, access, mode, limit),
  })),
];

/** GET /api/work-queue?kind=…: the count, then the first page. Resolves with the total. */
export async function workQueueSql(client, access, kind) {
  const source = SOURCES.find((s) => s.kind === kind && access.has(s.scope));
  if (!source) throw new Error(`${access.username} has no ${kind} queue`);
  const count = await client.query(source.query(access, 'count'));
  await client.query(source.query(access, 'list', PAGE_SIZE));
  return Number(count.rows[0].total);
}

/** GET /api/home: every applicable queue counted, the non-empty ones listed, two counts. */
export async function homeSql(client, access) {
  const mine = SOURCES.filter((s) => access.has(s.scope));
  // the case queues in one pass (count(*) filter per kind), as countCaseQueues; the others one by one
  const cases = CASE_SOURCES.filter((s) => access.has(s.scope));
  const counts = new Map();
  if (cases.length) {
    const row = (await client.query(caseCounts(cases, access))).rows[0];
    cases.forEach((source, i) => counts.set(source.kind, Number(row[`t${i}`])));
  }
  for (const source of mine)
    if (!counts.has(source.kind))
      counts.set(source.kind, Number((await client.query(source.query(access, 'count'))).rows[0].total));
  for (const source of mine) {
    if (counts.get(source.kind) > 0) await client.query(source.query(access, 'list', HOME_QUEUE_SIZE));
  }
  await client.query(`select count(*) as n from users where institution_id = $1 and active = $2`, [
    access.institutionId,
    true,
  ]);
  const params = new Params();
  await client.query(
    `select count(*) as n from institutions as i inner join jurisdictions as j on j.id = i.jurisdiction_id
     where ${inJurisdiction(access, 'j.path', params)} and i.active = ${params.add(true)}`,
    params.values,
  );
  return Object.fromEntries(mine.map((s) => [s.kind, counts.get(s.kind)]));
}

/** The queue kinds a user has, for the home screen. */
export function queueKinds(access) {
  return SOURCES.filter((s) => access.has(s.scope)).map((s) => s.kind);
}
