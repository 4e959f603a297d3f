-- Social care, issue 6 item 10 and follow-ups: documents of care cases, and the court's
-- extensions of protection orders.
--
-- A care case's documents are rows of the same `documents` table as a returnee case's (same
-- checks of the bytes, same revisions, same blob store), owned by the care case. They carry no
-- person_id: a person's document list must never show a document of a domestic-violence case to
-- someone who may not read that case, so the care case's access rule is the only way in.
alter table documents add column care_case_id uuid references care_cases (id);
alter table documents drop constraint documents_owner;
alter table documents
  add constraint documents_owner
  check (case_id is not null or person_id is not null or action_plan_id is not null or care_case_id is not null);
alter table documents
  add constraint documents_care_case_alone
  check (care_case_id is null or (case_id is null and person_id is null and action_plan_id is null));
alter table documents drop constraint documents_doc_type_check;
alter table documents add constraint documents_doc_type_check
  check (doc_type in ('fvn', 'anamnesis', 'plan', 'decision', 'id', 'certificate', 'evidence', 'other',
    'assessment', 'care_plan', 'consent', 'report', 'protection_order', 'court_decision'));
create index documents_care_case on documents (care_case_id, uploaded_at) where care_case_id is not null;

-- A court extends a protection order: the order's valid_until moves to the new last day, and this
-- row keeps the decision and the day it replaced, so the history of the validity is never lost.
-- The 60-day report schedule is computed from issued_on and valid_until, so later periods fall due.
create table protection_order_extensions (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references protection_orders (id),
  previous_valid_until date not null,
  valid_until date not null,
  decision_number text not null,
  decided_on date not null,
  court text,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now(),
  check (valid_until > previous_valid_until)
);
create index protection_order_extensions_order on protection_order_extensions (order_id, recorded_at);
