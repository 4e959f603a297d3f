-- The Social Fund and subsidies to NGOs (issue 6, item 8).
--
-- social_fund_requests: a municipality's yearly request for one service line (a code of the care
-- catalogue in config/<country>/care-services.json, optionally one provider): the municipal share,
-- the amount asked of the state, and the ministry's answer. Albania's Fondi Social (VKM 111/2018);
-- in Kosovo the same record is the municipality's request to the ministry for social services.
-- draft → submitted → approved (amount, decision) / rejected (reason).
--
-- care_subsidies: money given to an NGO (a care_providers row of kind 'ngo', or an organisation
-- outside the provider list, by name) in a year, by source, for a contract or project period,
-- with what it financed and the reporting obligations; care_subsidy_reports: reports received.
-- Amounts are in the country's currency (country.json), stored on the row.

create table social_fund_requests (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  year integer not null check (year between 2000 and 2100),
  service_code text not null,
  provider_id uuid references care_providers (id),
  currency text not null check (currency in ('EUR', 'ALL')),
  municipal_amount numeric(14, 2) not null check (municipal_amount >= 0),
  requested_amount numeric(14, 2) not null check (requested_amount >= 0),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'rejected')),
  submitted_on date,
  approved_amount numeric(14, 2) check (approved_amount >= 0 and approved_amount <= requested_amount),
  decision_number text,
  decision_date date,
  rejection_reason text,
  note text,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check ((status = 'draft') = (submitted_on is null)),
  check ((status = 'approved') = (approved_amount is not null)),
  check (status <> 'approved' or (decision_number is not null and decision_date is not null)),
  check ((status = 'rejected') = (rejection_reason is not null))
);
-- One request per municipality, year and service line (the provider is part of the line).
create unique index social_fund_requests_line
  on social_fund_requests (jurisdiction_id, year, service_code, coalesce(provider_id::text, ''));

create table care_subsidies (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  year integer not null check (year between 2000 and 2100),
  -- The recipient: a provider of the list (an NGO) or an organisation named here, never both.
  provider_id uuid references care_providers (id),
  recipient_name text,
  source text not null check (
    source in ('municipality', 'mayor_office', 'ministry_project', 'donor', 'co_financing', 'service_fees')
  ),
  -- The donor or the ministry's project, required for those two sources.
  source_name text,
  currency text not null check (currency in ('EUR', 'ALL')),
  amount numeric(14, 2) not null check (amount >= 0),
  period_from date not null,
  period_to date not null,
  purpose text not null,
  service_code text,
  beneficiaries_planned integer check (beneficiaries_planned >= 0),
  beneficiaries_reached integer check (beneficiaries_reached >= 0),
  reporting_obligations text,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  check ((provider_id is null) <> (recipient_name is null)),
  check (source not in ('donor', 'ministry_project') or source_name is not null),
  check (period_to >= period_from)
);
create index care_subsidies_year on care_subsidies (jurisdiction_id, year);

create table care_subsidy_reports (
  id uuid primary key default gen_random_uuid(),
  subsidy_id uuid not null references care_subsidies (id),
  received_on date not null,
  note text not null,
  recorded_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index care_subsidy_reports_subsidy on care_subsidy_reports (subsidy_id, received_on);
