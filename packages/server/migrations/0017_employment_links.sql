-- Economic assistance linked to the Employment Office (issue 6, item 7; Pukë's Social Plan 3.7
-- and 4.7): the municipality's register of assisted households (economic assistance "NE" or the
-- municipal 6% fund), the monthly list of their working-age members sent to the Employment
-- Office, and the Employment Office's job-seeker profiles, their six-monthly reviews and the job
-- offers refused. Refusals are recorded, never used to take anyone off the list.
--
-- Months are stored as the first day of the month (a date); the API speaks YYYY-MM.

create table assisted_households (
  id uuid primary key default gen_random_uuid(),
  -- The household's jurisdiction (municipality or administrative unit), copied at entry.
  jurisdiction_id uuid not null references jurisdictions (id),
  household_id uuid not null references households (id),
  scheme text not null check (scheme in ('ne', 'fund6')),
  -- As the national register of economic assistance gives it: only urban adults must register.
  area text not null check (area in ('urban', 'rural')),
  national_reference text not null,
  from_month date not null check (extract(day from from_month) = 1),
  -- Null: still assisted. The last month assisted, included.
  to_month date check (extract(day from to_month) = 1),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check (to_month is null or to_month >= from_month)
);
create index assisted_households_household on assisted_households (household_id, scheme);
create index assisted_households_place on assisted_households (jurisdiction_id, from_month);

-- One send per municipality and month: the social administrators' monthly list.
create table employment_list_sends (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  month date not null check (extract(day from month) = 1),
  sent_on date not null,
  sent_by uuid not null references users (id),
  -- What the list held when it was sent (the list itself is computed on request).
  households integer not null,
  persons integer not null,
  created_at timestamptz not null default now(),
  unique (jurisdiction_id, month)
);

create table job_seeker_profiles (
  id uuid primary key default gen_random_uuid(),
  -- The person's jurisdiction, copied at entry.
  jurisdiction_id uuid not null references jurisdictions (id),
  person_id uuid not null unique references persons (id),
  registered_on date not null,
  qualification text not null,
  experience text,
  -- The next review falls due the country's jobSeekerReview interval after this (or registration).
  last_reviewed_on date,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index job_seeker_profiles_place on job_seeker_profiles (jurisdiction_id);

create table job_seeker_reviews (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid not null references job_seeker_profiles (id),
  reviewed_on date not null,
  note text not null,
  reviewed_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index job_seeker_reviews_profile on job_seeker_reviews (profile_id, reviewed_on);

create table job_offer_refusals (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  profile_id uuid not null references job_seeker_profiles (id),
  person_id uuid not null references persons (id),
  offered_on date not null,
  employer text not null,
  position text not null,
  reason text not null,
  recorded_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index job_offer_refusals_person on job_offer_refusals (person_id, offered_on);
