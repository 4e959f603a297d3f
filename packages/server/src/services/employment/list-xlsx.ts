import { translate, type Locale } from '@vatra/core';
import { addRow, isoDate } from '../../xlsx/sheets.js';
import { newWorkbook } from '../../xlsx/read.js';
import type { AccessContext } from '../access/context.js';
import type { EmploymentConfig } from './config.js';
import { monthlyList } from './monthly-list.js';

const COLUMNS = [
  'number',
  'name',
  'personalNumber',
  'dateOfBirth',
  'age',
  'gender',
  'settlement',
  'area',
  'mustRegister',
  'householdReference',
  'schemes',
  'hasProfile',
  'priority',
  'refusals',
] as const;
const WIDTHS = [6, 28, 14, 13, 7, 10, 18, 10, 14, 22, 18, 12, 12, 12];

/** The monthly list as a workbook for the Employment Office, headings in sq, sr or en. */
export async function monthlyListXlsx(
  access: AccessContext,
  config: EmploymentConfig,
  query: { month?: string | undefined; jurisdictionId?: string | undefined; locale?: Locale | undefined },
) {
  const list = await monthlyList(access, config, query);
  const locale = query.locale ?? access.locale;
  const t = (key: string, values?: Record<string, string | number>) =>
    translate(locale, `server.employment.xlsx.${key}`, values);
  const yes = t('yes');
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(t('sheet'));
  addRow(sheet, [t('title', { place: list.jurisdiction.name, month: list.month })], true);
  addRow(sheet, [t('workingAge', { from: list.workingAge.from, to: list.workingAge.to })]);
  addRow(
    sheet,
    COLUMNS.map((column) => t(`columns.${column}`)),
    true,
  );
  list.items.forEach((item, index) =>
    addRow(sheet, [
      index + 1,
      item.name,
      item.personalNumber,
      isoDate(item.dateOfBirth),
      item.age,
      t(`gender.${item.gender === 'female' || item.gender === 'male' ? item.gender : 'other'}`),
      item.settlement,
      t(`area.${item.area}`),
      item.mustRegister ? yes : '',
      item.householdReference,
      item.schemes.map((scheme) => t(`scheme.${scheme}`)).join(', '),
      item.hasProfile ? yes : '',
      item.priority ? t('priority') : '',
      item.refusals,
    ]),
  );
  sheet.columns.forEach((column, index) => {
    column.width = WIDTHS[index] ?? 14;
  });
  return {
    fileName: `${t('fileName')}-${list.month}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
