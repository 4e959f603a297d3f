-- What each shipped role (config/<country>/roles.json) granted when the start-up sync last
-- wrote it: the baseline that tells an administrator's edit from an older release's scopes
-- (config/sync-roles.ts). Keyed like roles (country, code), without a foreign key: it records
-- the configuration files, not a row of roles.
create table shipped_role_scopes (
  country_code text not null,
  code text not null,
  scopes text[] not null,
  synced_at timestamptz not null default now(),
  primary key (country_code, code)
);

-- Existing databases run the configuration sync once more, so the roles they hold are compared
-- with the shipped ones (and their baselines recorded) without waiting for a config change.
delete from app_meta where key = 'config_fingerprint';
