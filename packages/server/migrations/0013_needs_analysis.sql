-- Needs analysis (issue 6, item 9): population and administrative figures per administrative
-- unit, and the staff a municipality has, imported from CSV or XLSX files. Every figure belongs
-- to the import that brought it. A new import of the same kind for the same municipality and
-- years supersedes the earlier one: its rows stay (current = false, still pointing to their
-- import) so an analysis can always be traced back to the file it came from.

create table needs_imports (
  id uuid primary key default gen_random_uuid(),
  jurisdiction_id uuid not null references jurisdictions (id),
  kind text not null check (kind in ('population', 'administrative', 'staff')),
  format text not null check (format in ('csv', 'xlsx')),
  file_name text not null,
  sha256 text not null,
  row_count integer not null check (row_count >= 0),
  years integer[] not null,
  status text not null check (status in ('current', 'superseded')),
  superseded_by uuid references needs_imports (id),
  imported_by uuid not null references users (id),
  imported_at timestamptz not null default now()
);
create index needs_imports_place on needs_imports (jurisdiction_id, kind, imported_at);

-- unit_code: an administrative unit's code, several joined by "+" when the source reports them
-- together (Pukë's civil registry: "Pukë dhe Rrapë"), or null for a figure the source states for
-- the whole municipality (its TOTAL row), kept next to the sum of the units.
create table population_figures (
  id bigint generated always as identity primary key,
  import_id uuid not null references needs_imports (id),
  jurisdiction_id uuid not null references jurisdictions (id),
  unit_code text,
  year integer not null,
  gender text not null check (gender in ('female', 'male', 'all')),
  -- A band of staffing-norms.json ("0-6", "65+") or "total" for a stated total over all bands.
  age_band text not null,
  count integer not null check (count >= 0),
  source text not null default '',
  current boolean not null default true
);
create index population_figures_place on population_figures (jurisdiction_id, year) where current;

create table administrative_figures (
  id bigint generated always as identity primary key,
  import_id uuid not null references needs_imports (id),
  jurisdiction_id uuid not null references jurisdictions (id),
  unit_code text,
  year integer not null,
  target_group text not null,
  measure text not null,
  value numeric not null check (value >= 0),
  source text not null default '',
  current boolean not null default true
);
create index administrative_figures_place on administrative_figures (jurisdiction_id, year) where current;

create table staff_counts (
  id bigint generated always as identity primary key,
  import_id uuid not null references needs_imports (id),
  jurisdiction_id uuid not null references jurisdictions (id),
  unit_code text,
  year integer not null,
  role text not null,
  count integer not null check (count >= 0),
  source text not null default '',
  current boolean not null default true
);
create index staff_counts_place on staff_counts (jurisdiction_id, year) where current;
