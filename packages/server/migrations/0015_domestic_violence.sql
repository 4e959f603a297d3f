-- Domestic violence (issue 6 item 5): protection orders, the 60-day monitoring reports while an
-- order is valid, the intersectoral technical group of each case and its meetings, and the
-- steering committee chaired by the Mayor (Pukë's referral mechanism, Social Plan 2021-2023 §4.5).
--
-- A DV case is a care case marked `dv`: an explicit flag rather than a target group, because it
-- changes who may see the case (the DV coordinator's scope and the technical group), and a DV
-- case is always restricted.
alter table care_cases add column dv boolean not null default false;
alter table care_cases add constraint care_cases_dv_restricted check (not dv or sensitivity = 'restricted');

-- Immediate (UMM, by the police, confirmed by the court) or regular (UM) protection orders.
create table protection_orders (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  kind text not null check (kind in ('immediate', 'regular')),
  court text not null,
  order_number text not null,
  issued_on date not null,
  valid_until date not null,
  police_informed_on date,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check (valid_until >= issued_on),
  unique (care_case_id, order_number)
);
create index protection_orders_case on protection_orders (care_case_id, issued_on);
create index protection_orders_valid on protection_orders (valid_until);

-- The monitoring report due every N days (country deadline protectionOrderReport) from the
-- order's issue date while it is valid. Period k falls due on issued_on + k * N.
create table dv_reports (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references protection_orders (id),
  period_index integer not null check (period_index >= 1),
  due_on date not null,
  submitted_on date not null,
  summary text not null,
  police_informed boolean not null,
  submitted_by uuid not null references users (id),
  submitted_at timestamptz not null default now(),
  unique (order_id, period_index)
);

-- The intersectoral technical group of a case: members by institution, with a user when the
-- member works in Vatra (a member with a user and care.dv sees the case). Police, court and
-- health often have no institution in Vatra: they are named in `institution_name`.
create table dv_group_members (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  institution_id uuid references institutions (id),
  institution_name text,
  user_id uuid references users (id),
  role text not null check (role in ('coordinator', 'social_services', 'police', 'health', 'education', 'justice', 'ngo', 'other')),
  added_by uuid not null references users (id),
  added_at timestamptz not null default now(),
  check (institution_id is not null or institution_name is not null),
  check (user_id is null or institution_id is not null)
);
create index dv_group_members_case on dv_group_members (care_case_id);
create index dv_group_members_user on dv_group_members (user_id) where user_id is not null;

create table dv_group_meetings (
  id uuid primary key default gen_random_uuid(),
  care_case_id uuid not null references care_cases (id),
  held_on date not null,
  notes text not null,
  -- Who attended, as written in the minutes (names and institutions).
  attendees text[] not null default '{}',
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
create index dv_group_meetings_case on dv_group_meetings (care_case_id, held_on);

-- The municipality's steering committee, chaired by the Mayor; the coordinator presents her
-- analyses and reports at its meetings.
create table dv_steering_meetings (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  held_on date not null,
  chaired_by text not null,
  agenda text not null,
  minutes text,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
create index dv_steering_meetings_place on dv_steering_meetings (jurisdiction_id, held_on);
