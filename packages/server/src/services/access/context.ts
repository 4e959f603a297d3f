import { isLocale, isScope, type Locale, type Scope, type Sensitivity } from '@vatra/core';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { appendAudit, type Actor, type AuditInput } from '../audit/trail.js';

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
  username: string;
  fullName: string;
  locale: Locale;
  mustChangePassword: boolean;
  institutionId: string;
  institutionCode: string;
  countryCode: string;
  scopes: ReadonlySet<Scope>;
  /** Jurisdiction paths this user may see: the institution's and any granted ones. */
  paths: readonly string[];
}

export function toSessionUser(row: {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
  username: string;
  fullName: string;
  locale: string;
  mustChangePassword: boolean;
  institutionId: string;
  institutionCode: string;
  institutionPath: string;
  countryCode: string;
  scopes: string[] | null;
  grantedPaths: string[] | null;
}): SessionUser {
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
    userId: row.userId,
    username: row.username,
    fullName: row.fullName,
    locale: isLocale(row.locale) ? row.locale : 'sq',
    mustChangePassword: row.mustChangePassword,
    institutionId: row.institutionId,
    institutionCode: row.institutionCode,
    countryCode: row.countryCode,
    scopes: new Set((row.scopes ?? []).filter(isScope)),
    paths: [row.institutionPath, ...(row.grantedPaths ?? [])],
  };
}

/**
 * The one choke point between a request and personal data: who is asking, what they may do,
 * which jurisdictions and sensitivities they may see, and the audit entry for each access.
 * Services receive it; they never look at roles themselves.
 */
export class AccessContext {
  constructor(
    readonly db: Kysely<Database>,
    readonly user: SessionUser | null,
    readonly ip: string | null,
    readonly locale: Locale,
    readonly operation: string,
  ) {}

  get actor(): Actor | null {
    return this.user
      ? {
          userId: this.user.userId,
          username: this.user.username,
          institutionId: this.user.institutionId,
          institutionCode: this.user.institutionCode,
        }
      : null;
  }

  requireUser(): SessionUser {
    if (!this.user) throw errors.unauthenticated();
    return this.user;
  }

  has(scope: Scope): boolean {
    return this.user?.scopes.has(scope) ?? false;
  }

  /** Refuses (403) and audits when the user lacks the scope. */
  async requireScope(scope: Scope): Promise<void> {
    if (this.has(scope)) return;
    await this.deny({ reason: 'scope', scope });
    throw errors.forbidden();
  }

  covers(path: string): boolean {
    return this.user?.paths.some((mine) => path.startsWith(mine)) ?? false;
  }

  /** Refuses (403) and audits when a record's jurisdiction is outside the user's. */
  async requireInJurisdiction(recordType: string, recordId: string, path: string): Promise<void> {
    if (this.covers(path)) return;
    await this.deny({ reason: 'jurisdiction' }, recordType, recordId);
    throw errors.outOfJurisdiction();
  }

  /** SQL condition: the path column lies inside one of the user's jurisdictions. */
  inJurisdiction(pathColumn: string): Expression<SqlBool> {
    const paths = this.user?.paths ?? [];
    if (paths.length === 0) return sql<SqlBool>`false`;
    return sql<SqlBool>`(${sql.join(
      paths.map((path) => sql`starts_with(${sql.ref(pathColumn)}, ${path})`),
      sql` or `,
    )})`;
  }

  /** Sensitivities this user may read; restricted records also need membership of the case team. */
  visibleSensitivities(): Sensitivity[] {
    return this.has('sensitive.read') ? ['normal', 'sensitive'] : ['normal'];
  }

  /** Writes an audit entry for this request; pass the write's transaction to commit them together. */
  audit(
    executor: Kysely<Database>,
    entry: Omit<AuditInput, 'actor' | 'ip' | 'outcome'> & { outcome?: AuditInput['outcome'] },
  ): Promise<void> {
    return appendAudit(executor, { outcome: 'ok', ...entry, actor: this.actor, ip: this.ip });
  }

  /** Records a refusal of this request's operation. */
  deny(details: Record<string, unknown>, recordType?: string, recordId?: string): Promise<void> {
    return appendAudit(this.db, {
      action: this.operation,
      outcome: 'denied',
      actor: this.actor,
      ip: this.ip,
      details,
      ...(recordType ? { recordType } : {}),
      ...(recordId ? { recordId } : {}),
    });
  }
}
