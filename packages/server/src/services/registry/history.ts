import type { PersonHistoryItem } from '@vatra/core';
import { errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import { findPerson } from '../../storage/registry/persons.js';
import type { AccessContext } from '../access/context.js';
import { caseVisible } from '../cases/visibility.js';
import { requireSensitivity } from './persons.js';

/** Registry actions that belong in a person's history (reads and searches do not). */
const RECORD_ACTIONS = [
  'person.create',
  'person.update',
  'person.merge',
  'person.merged_into',
  'person.move_household',
];

/**
 * A person's record history in time order: who changed what (from the append-only audit trail,
 * which keeps [before, after] for edits) and the events of the cases about them that the user
 * may see.
 */
export async function personHistory(
  access: AccessContext,
  id: string,
): Promise<{ items: PersonHistoryItem[] }> {
  const person = await findPerson(access.db, id);
  if (!person) throw errors.notFound();
  await requireSensitivity(access, person);
  const db = caseDb(access.db);
  const edits = await db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.at', 'a.action', 'a.details', 'a.institution_code', 'u.full_name'])
    .where('a.record_type', '=', 'person')
    .where('a.record_id', '=', id)
    .where('a.outcome', '=', 'ok')
    .where('a.action', 'in', RECORD_ACTIONS)
    .execute();
  const visibleEvents = await db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .leftJoin('institutions as i', 'i.id', 'e.institution_id')
    .select(['e.at', 'e.kind', 'c.id as caseId', 'c.number', 'u.full_name', 'i.code as institutionCode'])
    .where((eb) => eb.or([eb('e.person_id', '=', id), eb('c.person_id', '=', id)]))
    .where(access.inJurisdiction('j.path'))
    .where(caseVisible(access, 'c'))
    .execute();
  await access.audit(access.db, { action: 'person.history', recordType: 'person', recordId: id });
  const items: PersonHistoryItem[] = [
    ...edits.map((row) => {
      const details = row.details as { changes?: Record<string, [unknown, unknown]> };
      return {
        at: new Date(row.at).toISOString(),
        kind: row.action,
        actor: row.full_name ?? null,
        institutionCode: row.institution_code,
        changes: details.changes ?? null,
        case: null,
      };
    }),
    ...visibleEvents.map((row) => ({
      at: new Date(row.at).toISOString(),
      kind: row.kind,
      actor: row.full_name ?? null,
      institutionCode: row.institutionCode ?? null,
      changes: null,
      case: { id: row.caseId, number: row.number },
    })),
  ];
  return { items: items.sort((a, b) => a.at.localeCompare(b.at)) };
}
