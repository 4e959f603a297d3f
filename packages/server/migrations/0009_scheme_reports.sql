-- The quarterly scheme evaluation report (issue 4, item 8) is computed from the request tables
-- on demand; only what people write into it is stored: the recommendations of the municipal
-- office for communities and return (ZKKK) for a quarter, in general or for one scheme.
--
-- Rows are never updated: a new entry for the same municipality, quarter and scheme is the
-- next version and supersedes the previous one, which stays as history (who wrote what, when).
-- The version number is also the optimistic lock: an officer saving over an entry they have not
-- seen writes a version that already exists and is refused (409) by the unique index.

create table scheme_report_recommendations (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  year integer not null check (year between 2000 and 2100),
  quarter integer not null check (quarter between 1 and 4),
  -- null: a recommendation on the schemes in general.
  scheme_code text,
  version integer not null check (version > 0),
  text text not null check (length(text) between 1 and 20000),
  entered_by uuid not null references users (id),
  entered_at timestamptz not null default now()
);
create unique index scheme_report_recommendations_version
  on scheme_report_recommendations (jurisdiction_id, year, quarter, coalesce(scheme_code, ''), version);
