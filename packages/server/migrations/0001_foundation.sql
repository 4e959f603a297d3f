-- Foundation: jurisdictions, institutions, roles, users, sessions, the audit trail.

create table jurisdictions (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  level text not null check (level in ('country', 'region', 'municipality', 'unit')),
  parent_id uuid references jurisdictions (id),
  path text not null unique,
  country_code text not null,
  name jsonb not null,
  created_at timestamptz not null default now()
);

create table institution_types (
  code text primary key,
  country_code text not null,
  level text not null check (level in ('country', 'region', 'municipality', 'unit')),
  per_jurisdiction boolean not null,
  name jsonb not null,
  abbreviation jsonb not null
);

create table institutions (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  type_code text not null references institution_types (code),
  name jsonb not null,
  jurisdiction_id uuid not null references jurisdictions (id),
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index institutions_jurisdiction on institutions (jurisdiction_id);

create table roles (
  id uuid primary key default gen_random_uuid(),
  code text not null,
  country_code text not null,
  name jsonb not null,
  scopes text[] not null,
  builtin boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (country_code, code)
);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  full_name text not null,
  email text,
  institution_id uuid not null references institutions (id),
  password_hash text not null,
  locale text not null default 'sq' check (locale in ('sq', 'sr', 'sr-Cyrl', 'en')),
  active boolean not null default true,
  must_change_password boolean not null default false,
  demo boolean not null default false,
  last_login_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_username on users (lower(username));
create index users_institution on users (institution_id);

create table user_roles (
  user_id uuid not null references users (id) on delete cascade,
  role_id uuid not null references roles (id),
  primary key (user_id, role_id)
);

create table jurisdiction_grants (
  user_id uuid not null references users (id) on delete cascade,
  jurisdiction_id uuid not null references jurisdictions (id),
  granted_by uuid references users (id),
  granted_at timestamptz not null default now(),
  primary key (user_id, jurisdiction_id)
);

create table sessions (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index sessions_user on sessions (user_id);

-- Append-only, hash-chained: each entry's hash covers its fields and the previous entry's hash.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  user_id uuid,
  username text,
  institution_id uuid,
  institution_code text,
  action text not null,
  record_type text,
  record_id text,
  outcome text not null check (outcome in ('ok', 'denied', 'failed')),
  ip text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null unique
);
create index audit_log_at on audit_log (at);
create index audit_log_action_at on audit_log (action, at);
create index audit_log_username_at on audit_log (username, at);
create index audit_log_ip_at on audit_log (ip, at);
create index audit_log_record on audit_log (record_type, record_id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();

create table app_meta (
  key text primary key,
  value jsonb not null
);
