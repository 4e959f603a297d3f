-- Requests for support schemes and what follows them: the documents each needs (attached or
-- waived), the decision (by an institution directly, or by a commission at a meeting), appeals,
-- execution of positive decisions, and the benefits a person and household end up with.
--
-- The scheme catalogue is configuration (config/<country>/schemes.json): a request stores the
-- scheme's code and the deadlines computed when it was filed, so a later change of the catalogue
-- does not move a running clock.

create table requests (
  id uuid primary key default gen_random_uuid(),
  -- "PEJ-K-2026-0031": the municipality's code, K for kërkesë/request, year, running number.
  number text not null unique,
  jurisdiction_id uuid not null references jurisdictions (id),
  case_id uuid not null references cases (id),
  -- The applicant: the person the request is filed for (a member of the case's household).
  person_id uuid not null references persons (id),
  household_id uuid not null references households (id),
  scheme_code text not null,
  -- The deciding body as configured when filed (an institution type: KKR, QPS, ZP, …) and the
  -- institution of that type in the municipality (or above it) that decides.
  deciding_type text not null,
  deciding_institution_id uuid references institutions (id),
  -- Copied from the scheme when filed, so a later change of the catalogue does not change the
  -- path of a running request: who carries out a positive decision (null: it takes effect when
  -- decided), the appeal window and the days the Appeals Commission has to decide an appeal.
  executing_type text,
  appeal_window_days integer not null default 15 check (appeal_window_days > 0),
  appeal_decision_days integer not null default 30 check (appeal_decision_days > 0),
  -- A call for applications the request answers, when the scheme is tied to one.
  call_id uuid,
  status text not null check (
    status in ('draft', 'submitted', 'under_review', 'decided', 'appealed', 'appeal_decided', 'withdrawn')
  ),
  description text not null,
  amount_requested numeric check (amount_requested is null or amount_requested >= 0),
  currency text check (currency in ('EUR', 'ALL')),
  filed_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  submitted_at timestamptz,
  -- Computed from the scheme when submitted: the date by which the body must decide.
  decision_due_on date,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index requests_case on requests (case_id);
create index requests_jurisdiction_status on requests (jurisdiction_id, status);
create index requests_deciding on requests (deciding_institution_id, status);

-- Each document the scheme requires: attached (a document of the case) or explicitly waived.
create table request_documents (
  request_id uuid not null references requests (id),
  requirement text not null,
  document_id uuid references documents (id),
  waived_reason text,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now(),
  primary key (request_id, requirement),
  check ((document_id is null) <> (waived_reason is null))
);

-- Commissions (KKR, Appeals Commission) meet; a meeting has members present, an agenda of
-- requests or appeals, and a vote on each item.
create table commission_meetings (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references institutions (id),
  -- "KKR-PEJ-2026-007"
  number text not null unique,
  held_on date not null,
  place text,
  status text not null check (status in ('planned', 'held', 'closed')),
  -- Members needed for a vote to count (the quorum rule of the commission).
  quorum integer not null check (quorum > 0),
  minutes text,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index commission_meetings_institution on commission_meetings (institution_id, held_on);

create table commission_meeting_members (
  meeting_id uuid not null references commission_meetings (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('chair', 'member', 'secretary')),
  present boolean not null default false,
  primary key (meeting_id, user_id)
);

-- The items a meeting decides: a request (first decision) or an appeal.
create table commission_agenda_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references commission_meetings (id),
  position integer not null,
  request_id uuid not null references requests (id),
  appeal_id uuid,
  unique (meeting_id, position)
);

create table commission_votes (
  item_id uuid not null references commission_agenda_items (id),
  user_id uuid not null references users (id),
  vote text not null check (vote in ('for', 'against', 'abstain', 'excluded')),
  -- A member who is also the applicant's case manager declares it and is excluded from the vote.
  conflict_declared boolean not null default false,
  recorded_at timestamptz not null default now(),
  primary key (item_id, user_id)
);

-- A decision on a request: by the deciding institution directly, or at a commission meeting.
create table request_decisions (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references requests (id),
  -- "KKR-PEJ-2026-0012": numbered per deciding body, municipality and year.
  number text not null unique,
  institution_id uuid not null references institutions (id),
  meeting_item_id uuid references commission_agenda_items (id),
  outcome text not null check (outcome in ('approved', 'partly_approved', 'rejected')),
  amount numeric check (amount is null or amount >= 0),
  currency text check (currency in ('EUR', 'ALL')),
  reasons text not null,
  decided_on date not null,
  -- The applicant is notified (letter in their language); the appeal window runs from here.
  notified_on date,
  appeal_due_on date,
  decided_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index request_decisions_request on request_decisions (request_id);

create table request_appeals (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references requests (id),
  decision_id uuid not null references request_decisions (id),
  filed_on date not null,
  grounds text not null,
  status text not null check (status in ('filed', 'decided')),
  decision_due_on date not null,
  outcome text check (outcome in ('upheld', 'overturned', 'returned')),
  outcome_reasons text,
  decided_on date,
  meeting_item_id uuid references commission_agenda_items (id),
  filed_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index request_appeals_request on request_appeals (request_id);
alter table commission_agenda_items
  add constraint commission_agenda_items_appeal foreign key (appeal_id) references request_appeals (id);

-- Carrying out a positive decision (KKR decisions: DRPR through its regional coordinator).
create table request_executions (
  request_id uuid primary key references requests (id),
  decision_id uuid not null references request_decisions (id),
  institution_id uuid not null references institutions (id),
  status text not null check (status in ('in_progress', 'completed')),
  started_on date not null,
  progress_note text,
  completed_on date,
  actual_cost numeric check (actual_cost is null or actual_cost >= 0),
  currency text check (currency in ('EUR', 'ALL')),
  recorded_by uuid not null references users (id),
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

-- What a person and household received: one row per benefit, from a carried-out (or directly
-- effective) positive decision.
create table benefits (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  person_id uuid not null references persons (id),
  household_id uuid not null references households (id),
  case_id uuid references cases (id),
  request_id uuid references requests (id),
  scheme_code text not null,
  granted_on date not null,
  granted_by_institution_id uuid not null references institutions (id),
  amount numeric check (amount is null or amount >= 0),
  currency text check (currency in ('EUR', 'ALL')),
  description text,
  created_at timestamptz not null default now()
);
create index benefits_household on benefits (household_id);
create index benefits_jurisdiction_scheme on benefits (jurisdiction_id, scheme_code, granted_on);
