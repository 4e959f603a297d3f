import { CARE_CHANNELS, localized, type CareDirectory } from '@vatra/core';
import { sql } from 'kysely';
import { careDb } from '../../storage/care/tables.js';
import type { AccessContext } from '../access/context.js';

/**
 * The referral directory (Pukë's indicator "cases identified and referred by each institution"):
 * the institutions of the user's jurisdiction and every other referrer with the number of care
 * cases of the user's jurisdiction each referred in a year, plus the free-text referrers
 * (grouped ignoring case and spaces) and the counts per channel. Counts only: no personal data,
 * so sensitive cases count too.
 */
export async function careDirectory(access: AccessContext, year: number): Promise<CareDirectory> {
  const db = careDb(access.db);
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const cases = db
    .selectFrom('care_cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .where(access.inJurisdiction('j.path'))
    .where('c.opened_at', '>=', from)
    .where('c.opened_at', '<', to);
  const byInstitution = await cases
    .where('c.referring_institution_id', 'is not', null)
    .select(['c.referring_institution_id as id', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('c.referring_institution_id')
    .execute();
  const counted = new Map(byInstitution.map((row) => [row.id ?? '', Number(row.n)]));
  const institutions = await db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['i.id', 'i.code', 'i.name', 'i.active'])
    .where((eb) =>
      counted.size > 0
        ? eb.or([access.inJurisdiction('j.path'), eb('i.id', 'in', [...counted.keys()])])
        : access.inJurisdiction('j.path'),
    )
    .execute();
  const parties = await cases
    .where('c.referring_institution_id', 'is', null)
    .where('c.referring_party', 'is not', null)
    .select([sql<string>`min(trim(c.referring_party))`.as('party'), (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(sql`lower(trim(c.referring_party))`)
    .execute();
  const channels = await cases
    .select(['c.channel', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('c.channel')
    .execute();
  const total = await cases.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  await access.audit(access.db, { action: 'care.directory', details: { year } });
  const rows = [
    ...institutions
      .filter((row) => row.active || counted.has(row.id))
      .map((row) => ({
        institution: { id: row.id, code: row.code, name: localized(row.name, access.locale) },
        party: null,
        cases: counted.get(row.id) ?? 0,
      })),
    ...parties.map((row) => ({ institution: null, party: row.party, cases: Number(row.n) })),
  ].sort(
    (a, b) =>
      b.cases - a.cases ||
      (a.institution?.name ?? a.party ?? '').localeCompare(b.institution?.name ?? b.party ?? ''),
  );
  return {
    year,
    total: Number(total.n),
    rows,
    byChannel: CARE_CHANNELS.map((channel) => ({
      channel,
      cases: Number(channels.find((row) => row.channel === channel)?.n ?? 0),
    })),
  };
}
