import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { LocalizedText } from '@vatra/core';

// Kysely's view of the tables created by migrations/*.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface JurisdictionsTable {
  id: Generated<string>;
  code: string;
  level: 'country' | 'region' | 'municipality' | 'unit';
  parent_id: string | null;
  /** "/XK/XK-PE/XK-PEJ/": a record is in a user's jurisdiction when its path starts with the user's. */
  path: string;
  country_code: string;
  name: ColumnType<LocalizedText, string, string>;
  created_at: CreatedAt;
}

export interface InstitutionTypesTable {
  code: string;
  country_code: string;
  level: 'country' | 'region' | 'municipality' | 'unit';
  per_jurisdiction: boolean;
  name: ColumnType<LocalizedText, string, string>;
  abbreviation: ColumnType<LocalizedText, string, string>;
}

export interface InstitutionsTable {
  id: Generated<string>;
  code: string;
  type_code: string;
  name: ColumnType<LocalizedText, string, string>;
  jurisdiction_id: string;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RolesTable {
  id: Generated<string>;
  code: string;
  country_code: string;
  name: ColumnType<LocalizedText, string, string>;
  scopes: string[];
  builtin: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  email: string | null;
  institution_id: string;
  password_hash: string;
  locale: string;
  active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  demo: Generated<boolean>;
  last_login_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  user_id: string;
  role_id: string;
}

export interface JurisdictionGrantsTable {
  user_id: string;
  jurisdiction_id: string;
  granted_by: string | null;
  granted_at: CreatedAt;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen table does not yield usable cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: ColumnType<Date, string, never>;
  user_id: string | null;
  username: string | null;
  institution_id: string | null;
  institution_code: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface AppMetaTable {
  key: string;
  value: ColumnType<unknown, string, string>;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

export interface Database {
  jurisdictions: JurisdictionsTable;
  institution_types: InstitutionTypesTable;
  institutions: InstitutionsTable;
  roles: RolesTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  jurisdiction_grants: JurisdictionGrantsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  app_meta: AppMetaTable;
  schema_migrations: SchemaMigrationsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
