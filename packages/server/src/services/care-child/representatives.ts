import {
  localized,
  translate,
  type Locale,
  type RepresentativeList,
  type representativeBody,
} from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { careChildDb } from '../../storage/care-child/tables.js';
import { newWorkbook } from '../../xlsx/read.js';
import type { AccessContext } from '../access/context.js';
import { careChildErrors } from './errors.js';

interface Municipality {
  id: string;
  code: string;
  name: string;
}

/**
 * The municipality of a list: the one asked for, or the user's institution's. Outside the
 * user's jurisdiction: an audited 403; not a municipality: 422 naming `jurisdictionId`.
 */
async function municipality(
  access: AccessContext,
  jurisdictionId: string | undefined,
): Promise<Municipality> {
  const db = careChildDb(access.db);
  const id =
    jurisdictionId ??
    (
      await db
        .selectFrom('institutions')
        .select('jurisdiction_id')
        .where('id', '=', access.requireUser().institutionId)
        .executeTakeFirstOrThrow()
    ).jurisdiction_id;
  const row = await db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'level', 'path', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw errors.badReference('jurisdictionId');
  await access.requireInJurisdiction('jurisdiction', row.id, row.path);
  if (row.level !== 'municipality') throw careChildErrors.field('jurisdictionId', 'notMunicipality');
  return { id: row.id, code: row.code, name: localized(row.name, access.locale) };
}

/** The yearly list of procedural representatives of a municipality, by name. */
export async function listRepresentatives(
  access: AccessContext,
  query: { year: number; jurisdictionId?: string | undefined },
): Promise<RepresentativeList> {
  const place = await municipality(access, query.jurisdictionId);
  const rows = await careChildDb(access.db)
    .selectFrom('procedural_representatives')
    .select(['id', 'full_name', 'institution', 'qualification', 'appointed_on'])
    .where('jurisdiction_id', '=', place.id)
    .where('year', '=', query.year)
    .orderBy('full_name')
    .orderBy('id')
    .execute();
  return {
    jurisdiction: { id: place.id, name: place.name },
    year: query.year,
    items: rows.map((row) => ({
      id: row.id,
      fullName: row.full_name,
      institution: row.institution,
      qualification: row.qualification,
      appointedOn: row.appointed_on,
    })),
  };
}

/** Adds a representative to a municipality's list for a year (child-protection worker). */
export async function addRepresentative(
  access: AccessContext,
  body: z.infer<typeof representativeBody>,
): Promise<RepresentativeList> {
  const user = access.requireUser();
  const place = await municipality(access, body.jurisdictionId);
  await access.db.transaction().execute(async (trx) => {
    const row = await careChildDb(trx)
      .insertInto('procedural_representatives')
      .values({
        jurisdiction_id: place.id,
        year: body.year,
        full_name: body.fullName,
        institution: body.institution,
        qualification: body.qualification,
        appointed_on: body.appointedOn,
        added_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'care.child.representative.add',
      recordType: 'procedural_representative',
      recordId: row.id,
      details: { jurisdiction: place.code, year: body.year },
    });
  });
  return listRepresentatives(access, { year: body.year, jurisdictionId: place.id });
}

/** The list as a workbook, headings in the chosen language (default: the user's). */
export async function representativesXlsx(
  access: AccessContext,
  query: { year: number; jurisdictionId?: string | undefined; locale?: Locale | undefined },
) {
  const list = await listRepresentatives(access, query);
  const locale = query.locale ?? access.locale;
  const t = (key: string, values?: Record<string, string | number>) =>
    translate(locale, `server.careChild.representatives.${key}`, values);
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(t('sheet'));
  sheet.addRow([t('title', { municipality: list.jurisdiction.name, year: list.year })]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([t('number'), t('fullName'), t('institution'), t('qualification'), t('appointedOn')]).font = {
    bold: true,
  };
  list.items.forEach((item, index) =>
    sheet.addRow([index + 1, item.fullName, item.institution, item.qualification, item.appointedOn]),
  );
  sheet.columns.forEach((column, index) => {
    column.width = [6, 30, 36, 30, 14][index] ?? 20;
  });
  return {
    fileName: `${t('fileName')}-${list.year}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
