-- The case path for returnees and foreigners: registration, the 72-hour visit, forms, individual
-- plans, case manager, referrals, monthly monitoring, closure; documents and the case timeline.
--
-- A case belongs to a municipality (jurisdiction) and a household; the persons are those of the
-- registry. Every step also writes a case_events row in the same transaction: the timeline is
-- read from there, the audit trail keeps who read what.

-- Numbers of certificates, decisions and cases: per series (e.g. "case:XK-PEJ") and year.
create table number_sequences (
  series text not null,
  year integer not null,
  last_value integer not null default 0,
  primary key (series, year)
);

create table cases (
  id uuid primary key default gen_random_uuid(),
  -- "PEJ-2026-0017": the municipality's code, the year of registration, a running number.
  number text not null unique,
  jurisdiction_id uuid not null references jurisdictions (id),
  household_id uuid not null references households (id),
  -- The person the case was opened for (head of household or the applicant).
  person_id uuid not null references persons (id),
  -- Returnees get a PIR, foreigners a PII.
  kind text not null check (kind in ('returnee', 'foreigner')),
  -- Arrival (returnees) or status grant (foreigners); the 72-hour and 18-month clocks run from it.
  clock_start timestamptz not null,
  visit_due_at timestamptz not null,
  closure_due_on date not null,
  stage text not null check (stage in ('registered', 'visited', 'assessed', 'planned', 'monitoring', 'closed')),
  status text not null default 'open' check (status in ('open', 'closed')),
  sensitivity text not null default 'normal' check (sensitivity in ('normal', 'sensitive', 'restricted')),
  case_manager_id uuid references users (id),
  outcome text check (outcome in ('sustainable_reintegration', 'moved', 're_emigrated', 'deceased', 'other')),
  closed_at timestamptz,
  closed_by uuid references users (id),
  -- The final evaluation: against the plan, with whom (the DRPR regional coordinator), notes.
  closure jsonb,
  -- A case moved to another municipality continues there as a new case; both point at each other.
  transferred_from uuid references cases (id) deferrable initially deferred,
  transferred_to uuid references cases (id) deferrable initially deferred,
  reopened_count integer not null default 0,
  -- A returnee housed in rent paid by the reintegration fund: reviewed 12 months after this date.
  rent_fund_since date,
  rent_reviewed_on date,
  registered_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'closed') = (closed_at is not null)),
  check (status = 'open' or outcome is not null)
);
create index cases_place_status on cases (jurisdiction_id, status, stage);
create index cases_household on cases (household_id);
create index cases_person on cases (person_id);
create index cases_manager on cases (case_manager_id) where status = 'open';
create index cases_visit_due on cases (jurisdiction_id, visit_due_at) where stage = 'registered';
create index cases_closure_due on cases (jurisdiction_id, closure_due_on) where status = 'open';

-- Who works a case (registering officer, visit team, case manager, added members): they see it
-- even when it is restricted.
create table case_team (
  case_id uuid not null references cases (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('registrar', 'visit', 'case_manager', 'member')),
  added_at timestamptz not null default now(),
  primary key (case_id, user_id, role)
);
create index case_team_user on case_team (user_id);

create table case_visits (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  visited_at timestamptz not null,
  outcome text not null check (outcome in ('completed', 'not_found', 'postponed')),
  -- The joint team: [{institutionId, name}], ZKKK and QPS, health or police when needed.
  team jsonb not null default '[]',
  notes text,
  recorded_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index case_visits_case on case_visits (case_id, visited_at);

-- Filled forms (FVN, anamnesis, monitoring): validated against the definition version used.
-- A correction is a new revision of the same series; earlier revisions are kept.
create table form_submissions (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  form_key text not null,
  form_version integer not null,
  series_id uuid not null,
  revision integer not null default 1,
  data jsonb not null,
  -- The needs the form records (core extractNeeds), for the plan and the indicators.
  needs jsonb not null default '[]',
  submitted_by uuid not null references users (id),
  submitted_at timestamptz not null default now(),
  unique (series_id, revision)
);
create index form_submissions_case on form_submissions (case_id, form_key);

-- Individual plans (PIR / PII) for the household (person_id null) or one person. Each change
-- after approval is a new version; an approved version is frozen except for item progress.
create table case_plans (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  person_id uuid references persons (id),
  plan_type text not null check (plan_type in ('PIR', 'PII')),
  plan_version integer not null,
  status text not null check (status in ('draft', 'approved', 'superseded')),
  goal text,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  approved_by uuid references users (id),
  approved_at timestamptz,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create unique index case_plans_subject_version
  on case_plans (case_id, coalesce(person_id, '00000000-0000-0000-0000-000000000000'::uuid), plan_version);
create index case_plans_case on case_plans (case_id, status);

create table case_plan_items (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references case_plans (id),
  position integer not null,
  service_code text not null,
  -- The need it answers: the path in the FVN ('housing.need', 'education.1.need').
  need_path text,
  domain text not null,
  priority text not null check (priority in ('high', 'medium', 'low')),
  responsible_institution_id uuid references institutions (id),
  target_date date,
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled')),
  note text,
  unique (plan_id, position)
);

-- The case manager is appointed by a numbered QPS decision; a reassignment ends the previous one.
create table case_manager_assignments (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  user_id uuid not null references users (id),
  decision_number text not null unique,
  decision_date date not null,
  reason text,
  appointed_by uuid not null references users (id),
  appointed_at timestamptz not null default now(),
  ended_at timestamptz
);
create index case_manager_assignments_case on case_manager_assignments (case_id, appointed_at);

create table referrals (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  person_id uuid references persons (id),
  to_institution_id uuid not null references institutions (id),
  from_institution_id uuid not null references institutions (id),
  plan_item_id uuid references case_plan_items (id),
  service_code text,
  reason text not null,
  status text not null default 'sent'
    check (status in ('sent', 'received', 'accepted', 'declined', 'completed', 'withdrawn')),
  sent_by uuid not null references users (id),
  sent_at timestamptz not null default now(),
  received_by uuid references users (id),
  received_at timestamptz,
  answered_by uuid references users (id),
  answered_at timestamptz,
  decline_reason text,
  completed_at timestamptz,
  feedback text,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index referrals_case on referrals (case_id, sent_at);
create index referrals_inbox on referrals (to_institution_id, status, sent_at);

-- One monitoring entry per case and month; the form holds services received and requests filed.
create table monitoring_entries (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  submission_id uuid not null references form_submissions (id),
  -- Nothing received this month: highlighted in lists and counted for the plan indicators.
  received_nothing boolean not null,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  unique (case_id, period)
);

-- Certificates of repatriation: numbered per municipality and year.
create table certificates (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  person_id uuid not null references persons (id),
  number text not null unique,
  issued_on date not null,
  issued_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index certificates_person on certificates (person_id);

-- Uploaded scans. Never overwritten: a correction is a new revision of the same series.
create table documents (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  case_id uuid references cases (id),
  person_id uuid references persons (id),
  -- A signed paper copy of a filled form.
  submission_id uuid references form_submissions (id),
  doc_type text not null
    check (doc_type in ('fvn', 'anamnesis', 'plan', 'decision', 'id', 'certificate', 'other')),
  series_id uuid not null,
  revision integer not null default 1,
  file_name text not null,
  content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes bigint not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text not null,
  note text,
  uploaded_by uuid not null references users (id),
  uploaded_at timestamptz not null default now(),
  unique (series_id, revision),
  check (case_id is not null or person_id is not null)
);
create index documents_case on documents (case_id, uploaded_at) where case_id is not null;
create index documents_person on documents (person_id) where person_id is not null;

-- The case timeline: one row per event, written with the change it records.
create table case_events (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  person_id uuid references persons (id),
  kind text not null,
  at timestamptz not null default now(),
  actor_id uuid references users (id),
  institution_id uuid references institutions (id),
  -- What changed: {field: [before, after]} for edits, or the event's own facts.
  details jsonb not null default '{}'
);
create index case_events_case on case_events (case_id, at);
