import type { AuditEntry, auditQuery } from '@vatra/core';
import type { z } from 'zod';
import type { AccessContext } from '../access/context.js';
import { chainFieldsOf, verifyAuditChain } from './trail.js';

/**
 * The audit trail as an auditor browses it: entries by people of institutions inside the
 * auditor's jurisdiction, plus entries without an institution (failed logins) for auditors
 * whose jurisdiction is a whole country.
 */
export async function browseAudit(access: AccessContext, query: z.infer<typeof auditQuery>) {
  let q = access.db
    .selectFrom('audit_log as a')
    .leftJoin('institutions as i', 'i.id', 'a.institution_id')
    .leftJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id');
  const countryWide = (access.user?.paths ?? []).some((path) => path.split('/').length === 3);
  q = q.where((eb) =>
    countryWide
      ? eb.or([access.inJurisdiction('j.path'), eb('a.institution_id', 'is', null)])
      : access.inJurisdiction('j.path'),
  );
  if (query.from) q = q.where('a.at', '>=', new Date(query.from));
  if (query.to) q = q.where('a.at', '<=', new Date(query.to));
  if (query.action) q = q.where('a.action', 'like', `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (query.username) q = q.where('a.username', '=', query.username);
  if (query.outcome) q = q.where('a.outcome', '=', query.outcome);
  if (query.recordType) q = q.where('a.record_type', '=', query.recordType);
  if (query.recordId) q = q.where('a.record_id', '=', query.recordId);
  const [{ total } = { total: '0' }] = await q.select((eb) => eb.fn.countAll<string>().as('total')).execute();
  const rows = await q
    .selectAll('a')
    .orderBy('a.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  await access.audit(access.db, { action: 'audit.list', details: { filters: filtersOf(query) } });
  const items: AuditEntry[] = rows.map((row) => {
    const { details, ...fields } = chainFieldsOf(row);
    return { id: String(row.id), ...fields, details: details as Record<string, unknown> };
  });
  return { items, total: Number(total), page: query.page, pageSize: query.pageSize };
}

function filtersOf(query: z.infer<typeof auditQuery>): Record<string, string> {
  const { page: _p, pageSize: _s, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

export async function verifyAudit(access: AccessContext) {
  const result = await verifyAuditChain(access.db);
  await access.audit(access.db, {
    action: 'audit.verify',
    details: { ok: result.ok, checked: result.checked },
  });
  return result;
}
