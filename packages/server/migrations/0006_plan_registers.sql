-- The registers an action plan requires: monitoring team, meetings, trainings, contacts, projects
-- and donors, risks, outreach events.
--
-- One table for the seven kinds, the content a jsonb validated by the kind's zod schema
-- (core api/plan-registers.ts), rather than seven tables: the registers are small (tens of rows
-- per plan), are only listed per plan and kind, never joined or aggregated in SQL on their
-- fields, and their fields are what municipalities will ask to change; one table keeps the
-- versioning, archiving, audit and access rules in one place. What SQL must enforce is kept out
-- of the jsonb: the links to cases (cases discussed at a meeting, cases identified after an
-- outreach event) are rows of plan_register_cases with real foreign keys, so a case can never
-- be linked that does not exist and "which registers mention this case" is an indexed query.

create table plan_register_entries (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plans (id),
  kind text not null check (kind in ('team', 'meeting', 'training', 'contact', 'project', 'risk', 'outreach')),
  -- The kind's fields without the case links; its "kind" equals the column.
  data jsonb not null check (data ->> 'kind' = kind),
  version integer not null default 1,
  -- Entries are archived, never deleted: a meeting's minutes stay evidence of the plan's work.
  archived_at timestamptz,
  archived_by uuid references users (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_by uuid references users (id),
  updated_at timestamptz not null default now()
);
create index plan_register_entries_plan on plan_register_entries (plan_id, kind);

create table plan_register_cases (
  entry_id uuid not null references plan_register_entries (id),
  case_id uuid not null references cases (id),
  primary key (entry_id, case_id)
);
create index plan_register_cases_case on plan_register_cases (case_id);
