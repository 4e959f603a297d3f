-- Child protection on a social-care case (issue 6, item 6; Albania's plan 2021-2023 §4.6, the
-- Law on the Rights and Protection of the Child): the individual protection plan supervised by
-- the child-protection worker, the intersectoral technical group per case and its meetings, the
-- report to the State Agency (ASHMDF) every 3 months from the case's opening (the interval is the
-- country's `childProtectionReport` deadline), and the municipality's yearly list of procedural
-- representatives.

-- The individual protection plan. A new plan is a new row (plan_number + 1); approving it
-- supersedes the previously approved one. supervised_by must hold care.child (checked by the
-- service: scopes live in the role configuration, not in the schema).
create table child_protection_plans (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  plan_number integer not null,
  status text not null check (status in ('draft', 'approved', 'superseded')),
  goals jsonb not null,
  measures jsonb not null,
  supervised_by uuid not null references users (id),
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  approved_by uuid references users (id),
  approved_at timestamptz,
  version integer not null default 1,
  unique (care_case_id, plan_number),
  check ((status = 'draft') = (approved_at is null))
);
create unique index child_protection_plans_one_approved on child_protection_plans (care_case_id)
  where status = 'approved';

-- The intersectoral technical group of the case: institutions (school, health centre, police,
-- NGO…), with the person who sits for them when that person is a Vatra user.
create table child_group_members (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  institution_id uuid not null references institutions (id),
  user_id uuid references users (id),
  role text not null check (role in ('coordinator', 'education', 'health', 'police', 'social', 'ngo', 'other')),
  added_by uuid not null references users (id),
  added_at timestamptz not null default now()
);
create unique index child_group_members_unique on child_group_members (care_case_id, institution_id, role);

create table child_group_meetings (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  held_on date not null,
  decisions text not null,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
create index child_group_meetings_case on child_group_meetings (care_case_id, held_on);

-- Reports to the State Agency: period n covers the n-th interval from the case's opening and is
-- due at its end. One report per period.
create table child_agency_reports (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  period integer not null check (period >= 1),
  due_on date not null,
  submitted_on date not null,
  summary text not null,
  submitted_by uuid not null references users (id),
  submitted_at timestamptz not null default now(),
  unique (care_case_id, period)
);

-- The yearly list of procedural representatives of a municipality.
create table procedural_representatives (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  year integer not null check (year between 2000 and 2100),
  full_name text not null,
  institution text not null,
  qualification text not null,
  appointed_on date not null,
  added_by uuid not null references users (id),
  added_at timestamptz not null default now()
);
create index procedural_representatives_list on procedural_representatives (jurisdiction_id, year);
