-- Benefits feed the action plans' budgets, and bodies outside Vatra have their decisions recorded.
--
-- A plan row (a measure or an action, by the row id the plan's other row tables use) is linked
-- to schemes of the catalogue; the benefits of those schemes granted in the plan's municipality
-- and in a year of the plan count as money spent on that row, from the source "benefits",
-- next to (never added into) the spending recorded by hand in action_plan_spending.
create table action_plan_scheme_links (
  plan_id uuid not null references action_plans (id),
  row_id text not null,
  scheme_code text not null check (scheme_code ~ '^[a-z][a-z0-9_]*$'),
  linked_by uuid not null references users (id),
  linked_at timestamptz not null default now(),
  primary key (plan_id, row_id, scheme_code)
);

-- The decision of a deciding body that has no users in Vatra (an institution type marked
-- external, e.g. the Tax Administration), recorded by the case side from the body's letter:
-- the body's own reference number and the scanned letter, a document of the case. The decision
-- itself is an ordinary row of request_decisions (numbered, with its benefit and events).
create table request_decision_letters (
  decision_id uuid primary key references request_decisions (id),
  reference text not null,
  letter_document_id uuid not null references documents (id),
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
