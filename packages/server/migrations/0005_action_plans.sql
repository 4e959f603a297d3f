-- Municipal action plans held in the database: the five source plans (plans/*.json) are copied in
-- at start-up when missing, and from then on edited here. The plan itself (objectives, measures,
-- actions, indicators, costs, deadlines) stays one validated JSON document, as in plans/: every
-- change writes the whole document as a new version, so any version can be shown or exported.
-- What happens during implementation (indicator values, links to computed definitions, money
-- spent, dated steps done) lives in its own rows, because it accrues, not edits.

create table action_plans (
  id uuid primary key default gen_random_uuid(),
  -- "peja-reintegration-2026-2028": the file name of the plan when exported.
  key text not null unique check (key ~ '^[a-z0-9-]+$'),
  jurisdiction_id uuid not null references jurisdictions (id),
  -- Copied from content.status on every write, for lists and filters.
  status text not null check (status in ('draft', 'adopted', 'in_implementation', 'evaluated')),
  content jsonb not null,
  origin text not null check (origin in ('shipped', 'imported', 'copied')),
  copied_from uuid references action_plans (id),
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index action_plans_jurisdiction on action_plans (jurisdiction_id);

-- Every version of every plan, the first included: who changed it, when, and why.
create table action_plan_versions (
  plan_id uuid not null references action_plans (id),
  version integer not null,
  content jsonb not null,
  change text not null,
  changed_by uuid references users (id),
  changed_at timestamptz not null default now(),
  primary key (plan_id, version)
);

-- A plan indicator measured by a computed definition (core/src/indicators) instead of by hand.
create table action_plan_indicator_links (
  plan_id uuid not null references action_plans (id),
  indicator_id text not null,
  definition_key text not null,
  linked_by uuid references users (id),
  linked_at timestamptz not null default now(),
  primary key (plan_id, indicator_id)
);

-- Evidence scans of manual indicator values are documents of the plan.
alter table documents add column action_plan_id uuid references action_plans (id);
alter table documents drop constraint documents_check;
alter table documents
  add constraint documents_owner check (case_id is not null or person_id is not null or action_plan_id is not null);
alter table documents drop constraint documents_doc_type_check;
alter table documents add constraint documents_doc_type_check
  check (doc_type in ('fvn', 'anamnesis', 'plan', 'decision', 'id', 'certificate', 'evidence', 'other'));
create index documents_action_plan on documents (action_plan_id) where action_plan_id is not null;

-- A value of a manual indicator for a period, with its evidence. Never updated: a correction is
-- a newer row for the same period, and the latest one counts.
create table action_plan_indicator_values (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plans (id),
  indicator_id text not null,
  period_start date not null,
  period_end date not null check (period_end >= period_start),
  value numeric not null,
  note text,
  evidence_document_id uuid references documents (id),
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
create index action_plan_indicator_values_plan on action_plan_indicator_values (plan_id, indicator_id, period_end);

-- Money actually spent on a row (action, measure or objective) in a year from a funding source.
-- Planned money is in the plan's costs; these are the payments against it, appended, never edited.
create table action_plan_spending (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plans (id),
  row_id text not null,
  year integer not null,
  funding_source text not null,
  amount numeric not null check (amount <> 0),
  currency text not null check (currency in ('EUR', 'ALL')),
  spent_on date not null,
  note text,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
create index action_plan_spending_plan on action_plan_spending (plan_id, row_id);

-- A dated step that recurs every year of a plan (Pukë: the plan and its funding request to the
-- Council by February, to the ministry in March), done on a date.
create table action_plan_steps_done (
  plan_id uuid not null references action_plans (id),
  step_id text not null,
  year integer not null,
  done_on date not null,
  note text,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now(),
  primary key (plan_id, step_id, year)
);

-- The analytical report to the Mayor: challenges and recommendations the monitoring team writes
-- for a period; a newer text for the same period replaces the older one in the report.
create table action_plan_analyses (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plans (id),
  period_start date not null,
  period_end date not null check (period_end >= period_start),
  challenges text not null,
  recommendations text not null,
  written_by uuid not null references users (id),
  written_at timestamptz not null default now()
);
create index action_plan_analyses_plan on action_plan_analyses (plan_id, period_end);

-- How far a measure or action has got: the latest row per plan row counts; the older ones are
-- its history. Overdue = deadline passed and not done (or cancelled).
create table action_plan_row_progress (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plans (id),
  row_id text not null,
  status text not null check (status in ('not_started', 'in_progress', 'done', 'cancelled')),
  note text,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
create index action_plan_row_progress_plan on action_plan_row_progress (plan_id, row_id, recorded_at);
