-- Social-care cases (issue 6): identification from any channel, needs and risk assessment,
-- the individual care plan, referrals to services with follow-up, and the care timeline.
--
-- A social-care client is the same person as in the registry (persons, households); a returnee
-- case (cases) and a care case are separate paths that may concern the same person. The
-- returnee flag is stored on every care case so returnees show in the social statistics.

create table care_cases (
  id uuid primary key default gen_random_uuid(),
  -- "PUK-SH-2026-0007": the municipality's code, SH for shërbim social, year, running number.
  number text not null unique,
  jurisdiction_id uuid not null references jurisdictions (id),
  person_id uuid not null references persons (id),
  household_id uuid references households (id),
  -- How the case came in and who referred it (an institution of the directory or a free-text party).
  channel text not null check (
    channel in ('walk_in', 'ngo', 'police', 'school', 'health', 'village_head', 'community_meeting',
                'phone_line', 'returnee_case', 'other')
  ),
  referring_institution_id uuid references institutions (id),
  referring_party text,
  returnee boolean not null,
  returnee_case_id uuid references cases (id),
  target_groups text[] not null default '{}',
  risk_level text check (risk_level in ('low', 'medium', 'high', 'critical')),
  sensitivity text not null default 'normal' check (sensitivity in ('normal', 'sensitive', 'restricted')),
  status text not null check (status in ('identified', 'assessed', 'planned', 'in_service', 'closed')),
  responsible_institution_id uuid not null references institutions (id),
  worker_id uuid references users (id),
  opened_by uuid not null references users (id),
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  closure_reason text,
  -- What the person or the referrer said when the case was opened.
  summary text,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check ((status = 'closed') = (closed_at is not null)),
  check (channel <> 'returnee_case' or returnee_case_id is not null)
);
create index care_cases_place_status on care_cases (jurisdiction_id, status);
create index care_cases_person on care_cases (person_id);
create index care_cases_referrer on care_cases (referring_institution_id) where referring_institution_id is not null;
create index care_cases_worker on care_cases (worker_id) where status <> 'closed';

-- Who works a care case (opening officer, assessing worker, added members): they see it even
-- when it is sensitive or restricted.
create table care_team (
  care_case_id uuid not null references care_cases (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('opener', 'worker', 'member')),
  added_at timestamptz not null default now(),
  primary key (care_case_id, user_id, role)
);
create index care_team_user on care_team (user_id);

-- Needs and risk assessments: a form submission validated against the definition version used
-- (config/forms/<country>/care-assessment*.json). A later assessment is a new row; the last one
-- sets the case's risk level.
create table care_assessments (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  form_key text not null,
  form_version integer not null,
  data jsonb not null,
  risk_level text not null check (risk_level in ('low', 'medium', 'high', 'critical')),
  -- The unit that assessed: NJVNR (Albania) or the CSW/QPS (Kosovo).
  institution_id uuid not null references institutions (id),
  assessed_by uuid not null references users (id),
  assessed_at timestamptz not null default now()
);
create index care_assessments_case on care_assessments (care_case_id, assessed_at);

-- The individual care plan. A new plan supersedes the previous one; items keep their progress.
create table care_plans (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  plan_version integer not null,
  status text not null check (status in ('active', 'superseded')),
  goal text not null,
  review_on date,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  unique (care_case_id, plan_version)
);

create table care_plan_items (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references care_plans (id),
  position integer not null,
  -- A code of the care-service catalogue (config/<country>/care-services.json).
  service_code text not null,
  level text not null check (level in ('local', 'regional', 'central')),
  responsible_institution_id uuid references institutions (id),
  target_date date,
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled')),
  note text,
  unique (plan_id, position)
);

-- A referral to a service at local, regional or central level, to an institution or a provider
-- (provider_id: the providers area, migration 0012, links it by its own reference).
create table care_referrals (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  plan_item_id uuid references care_plan_items (id),
  service_code text not null,
  level text not null check (level in ('local', 'regional', 'central')),
  to_institution_id uuid references institutions (id),
  provider_id uuid,
  reason text not null,
  status text not null default 'sent' check (status in ('sent', 'accepted', 'declined', 'followed_up')),
  sent_by uuid not null references users (id),
  sent_at timestamptz not null default now(),
  answered_by uuid references users (id),
  answered_at timestamptz,
  decline_reason text,
  -- The follow-up: does the service suit the person?
  evaluation text check (evaluation in ('suits', 'partly', 'does_not_suit')),
  evaluation_note text,
  followed_up_by uuid references users (id),
  followed_up_at timestamptz,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check (to_institution_id is not null or provider_id is not null),
  check ((status = 'followed_up') = (evaluation is not null))
);
create index care_referrals_case on care_referrals (care_case_id, sent_at);
create index care_referrals_inbox on care_referrals (to_institution_id, status) where to_institution_id is not null;

-- The care timeline: one row per event, written with the change it records.
create table care_events (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  kind text not null,
  at timestamptz not null default now(),
  actor_id uuid references users (id),
  institution_id uuid references institutions (id),
  details jsonb not null default '{}'
);
create index care_events_case on care_events (care_case_id, at);
