-- The social-care service basket in a municipality (issue 6, items 3 and 4): providers (public,
-- NGO or private) with their licence and funding, the services of the catalogue each offers with
-- a capacity, enrolments of persons (active or on the waiting list), and the Municipal Council's
-- approval of the beneficiaries of community and residential services.
--
-- The catalogue itself is configuration (config/<country>/care-services.json): rows store the
-- service code. The waiting position is not stored: it is the order of (requested_on, queued_at,
-- id) among the waiting enrolments of the same provider service.

create table care_providers (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  name text not null,
  kind text not null check (kind in ('public', 'ngo', 'private')),
  -- The licence to deliver care services; a provider without one cannot take anyone in.
  licence_number text,
  licence_valid_until date,
  settlement text not null,
  address text,
  funding_source text not null check (
    funding_source in ('municipality', 'ministry', 'social_fund', 'housing_fund', 'donor', 'user_fees')
  ),
  funding_note text,
  active boolean not null default true,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check ((licence_number is null) = (licence_valid_until is null))
);
create index care_providers_place on care_providers (jurisdiction_id, active);

create table care_provider_services (
  id uuid primary key default gen_random_uuid(),
  provider_id uuid not null references care_providers (id),
  service_code text not null,
  -- Places: persons who can be in the service at the same time.
  capacity integer not null check (capacity > 0),
  place text,
  active boolean not null default true,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (provider_id, service_code)
);

create table care_enrolments (
  id uuid primary key default gen_random_uuid(),
  -- The provider's municipality: whoever manages the provider manages its enrolments.
  jurisdiction_id uuid not null references jurisdictions (id),
  person_id uuid not null references persons (id),
  care_case_id uuid references care_cases (id),
  provider_service_id uuid not null references care_provider_services (id),
  status text not null check (status in ('waiting', 'active', 'ended')),
  requested_on date not null,
  -- Ties in the queue (same requested_on) go by the time the person was put on the list.
  queued_at timestamptz not null default clock_timestamp(),
  started_on date,
  ended_on date,
  end_reason text check (end_reason in ('completed', 'moved', 'deceased', 'declined', 'no_longer_eligible', 'withdrawn', 'other')),
  end_note text,
  -- The Council item that approved the place, where the country requires one.
  approval_item_id uuid,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check (status <> 'active' or (started_on is not null and ended_on is null)),
  check ((status = 'ended') = (ended_on is not null))
);
create index care_enrolments_queue on care_enrolments (provider_service_id, status, requested_on, queued_at);
create index care_enrolments_person on care_enrolments (person_id);
create index care_enrolments_case on care_enrolments (care_case_id) where care_case_id is not null;
-- A person holds at most one place or waiting-list entry per provider service.
create unique index care_enrolments_one_open on care_enrolments (person_id, provider_service_id)
  where status <> 'ended';

-- The unit's list of proposed beneficiaries for the Council, and the Council's decision.
create table council_approval_lists (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  title text not null,
  status text not null check (status in ('draft', 'submitted', 'decided')),
  submitted_at timestamptz,
  council_decision_number text,
  council_decision_date date,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check ((status = 'decided') = (council_decision_number is not null and council_decision_date is not null))
);
create index council_approval_lists_place on council_approval_lists (jurisdiction_id, created_at);

create table council_approval_items (
  id uuid primary key default gen_random_uuid(),
  list_id uuid not null references council_approval_lists (id),
  position integer not null,
  person_id uuid not null references persons (id),
  care_case_id uuid references care_cases (id),
  service_code text not null,
  provider_service_id uuid references care_provider_services (id),
  proposal_note text,
  decision text check (decision in ('approved', 'rejected')),
  decision_reason text,
  unique (list_id, position),
  unique (list_id, person_id, service_code),
  check (decision is distinct from 'rejected' or decision_reason is not null)
);
create index council_approval_items_person on council_approval_items (person_id, service_code);

-- The documentation of a proposal: documents of the person (the documents area's rules apply).
create table council_approval_item_documents (
  item_id uuid not null references council_approval_items (id),
  document_id uuid not null references documents (id),
  primary key (item_id, document_id)
);

alter table care_enrolments
  add constraint care_enrolments_approval_item foreign key (approval_item_id) references council_approval_items (id);
-- Care referrals (0011) may name a provider of this area.
alter table care_referrals
  add constraint care_referrals_provider foreign key (provider_id) references care_providers (id);
