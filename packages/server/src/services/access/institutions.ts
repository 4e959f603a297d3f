import type {
  InstitutionSummary,
  institutionCreateBody,
  institutionListQuery,
  institutionUpdateBody,
} from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { updateVersioned } from '../../storage/versioned.js';
import type { AccessContext } from './context.js';

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('institutions as i')
    .innerJoin('institution_types as t', 't.code', 'i.type_code')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id');
}

const columns = [
  'i.id',
  'i.code',
  'i.name',
  'i.active',
  'i.version',
  't.code as typeCode',
  't.name as typeName',
  'j.id as jurisdictionId',
  'j.code as jurisdictionCode',
  'j.name as jurisdictionName',
  'j.level as jurisdictionLevel',
  sql<string>`(select count(*) from users u where u.institution_id = i.id)`.as('userCount'),
] as const;

interface Row {
  id: string;
  code: string;
  name: InstitutionSummary['name'];
  active: boolean;
  version: number;
  typeCode: string;
  typeName: InstitutionSummary['name'];
  jurisdictionId: string;
  jurisdictionCode: string;
  jurisdictionName: InstitutionSummary['name'];
  jurisdictionLevel: InstitutionSummary['jurisdiction']['level'];
  userCount: string;
}

function toSummary(r: Row): InstitutionSummary {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    type: { code: r.typeCode, name: r.typeName },
    jurisdiction: {
      id: r.jurisdictionId,
      code: r.jurisdictionCode,
      name: r.jurisdictionName,
      level: r.jurisdictionLevel,
    },
    active: r.active,
    userCount: Number(r.userCount),
    version: r.version,
  };
}

export async function listInstitutions(access: AccessContext, query: z.infer<typeof institutionListQuery>) {
  let q = baseQuery(access.db).where(access.inJurisdiction('j.path'));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('i.code', 'ilike', like),
        eb(sql<string>`i.name->>'sq'`, 'ilike', like),
        eb(sql<string>`i.name->>'sr'`, 'ilike', like),
        eb(sql<string>`i.name->>'en'`, 'ilike', like),
      ]),
    );
  }
  if (query.typeCode) q = q.where('i.type_code', '=', query.typeCode);
  if (query.jurisdictionId) q = q.where('i.jurisdiction_id', '=', query.jurisdictionId);
  const [{ total } = { total: '0' }] = await q.select((eb) => eb.fn.countAll<string>().as('total')).execute();
  const rows = await q
    .select(columns)
    .orderBy('j.path')
    .orderBy('i.code')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map((r) => toSummary(r)),
    total: Number(total),
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getInstitution(access: AccessContext, id: string): Promise<InstitutionSummary> {
  const row = await baseQuery(access.db).select(columns).where('i.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  return toSummary(row);
}

export async function createInstitution(
  access: AccessContext,
  body: z.infer<typeof institutionCreateBody>,
): Promise<InstitutionSummary> {
  const jurisdiction = await access.db
    .selectFrom('jurisdictions')
    .select(['id', 'path', 'country_code'])
    .where('id', '=', body.jurisdictionId)
    .executeTakeFirst();
  if (!jurisdiction || !access.covers(jurisdiction.path)) throw errors.badReference('jurisdictionId');
  const type = await access.db
    .selectFrom('institution_types')
    .select('code')
    .where('code', '=', body.typeCode)
    .where('country_code', '=', jurisdiction.country_code)
    .executeTakeFirst();
  if (!type) throw errors.badReference('typeCode');
  const id = await access.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', body.code)
      .executeTakeFirst();
    if (taken) throw errors.duplicate('code');
    const created = await trx
      .insertInto('institutions')
      .values({
        code: body.code,
        type_code: body.typeCode,
        name: JSON.stringify(body.name),
        jurisdiction_id: body.jurisdictionId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'institution.create',
      recordType: 'institution',
      recordId: created.id,
      details: { code: body.code, typeCode: body.typeCode },
    });
    return created.id;
  });
  return getInstitution(access, id);
}

export async function updateInstitution(
  access: AccessContext,
  id: string,
  body: z.infer<typeof institutionUpdateBody>,
): Promise<InstitutionSummary> {
  await getInstitution(access, id);
  await access.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'institutions', id, body.version, {
      ...(body.name ? { name: JSON.stringify(body.name) } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
    });
    const { version: _v, ...changed } = body;
    await access.audit(trx, {
      action: 'institution.update',
      recordType: 'institution',
      recordId: id,
      details: { changed: Object.keys(changed), active: body.active ?? null },
    });
  });
  return getInstitution(access, id);
}
