-- Calls for applications: a scheme that is tied to a call (schemes.json `tiedToCall`: social
-- housing, self-employment grants, agricultural grants) is applied for only while the deciding
-- institution has a call open for it. A call has dates, a budget and selection criteria worth
-- points; each application (a request with call_id) is scored against them and the applications
-- are ranked by points against the budget.

create table calls (
  id uuid primary key default gen_random_uuid(),
  -- "PEJ-T-2026-01": the municipality's code, T for thirrje/call, year, running number.
  number text not null unique,
  jurisdiction_id uuid not null references jurisdictions (id),
  -- The deciding institution of the scheme that runs the call.
  institution_id uuid not null references institutions (id),
  scheme_code text not null,
  title text not null,
  description text not null default '',
  opens_on date not null,
  closes_on date not null,
  budget numeric not null check (budget >= 0),
  currency text not null check (currency in ('EUR', 'ALL')),
  status text not null check (status in ('draft', 'open', 'closed', 'ranked')),
  -- [{code, name: {sq, sr, en}, points, kind: 'manual' | 'returnee' | 'foreigner' | …}]: manual
  -- criteria are ticked by the officer; the other kinds are computed from the case.
  criteria jsonb not null default '[]',
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  opened_at timestamptz,
  closed_at timestamptz,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check (closes_on >= opens_on)
);
create index calls_jurisdiction_status on calls (jurisdiction_id, status);
create index calls_institution on calls (institution_id, status);

alter table requests add constraint requests_call foreign key (call_id) references calls (id);
create index requests_call on requests (call_id);

-- The score of one application: which criteria were met and the points each gave.
create table call_application_scores (
  request_id uuid primary key references requests (id),
  call_id uuid not null references calls (id),
  -- [{criterion, points, met}] in the order of the call's criteria.
  breakdown jsonb not null default '[]',
  total_points integer not null check (total_points >= 0),
  note text,
  scored_by uuid not null references users (id),
  scored_at timestamptz not null default now(),
  version integer not null default 1
);
create index call_application_scores_call on call_application_scores (call_id, total_points);
