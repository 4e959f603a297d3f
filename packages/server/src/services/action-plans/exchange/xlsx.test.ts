import { readdirSync, readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadPlanFile, type PlanFile } from '@vatra/core';
import { planToJson } from './json.js';
import { problemsToFields, type ImportProblem } from './problems.js';
import { planFromXlsx, planToXlsx } from './xlsx.js';
import { readWorkbook } from '../../../xlsx/read.js';

const PLANS_DIR = new URL('../../../../../../plans/', import.meta.url);
const shipped = readdirSync(PLANS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name,
    plan: loadPlanFile(
      JSON.parse(readFileSync(new URL(name, PLANS_DIR), 'utf8')) as unknown,
      `plans/${name}`,
    ),
  }));
const byKey = (key: string): PlanFile => {
  const found = shipped.find((entry) => entry.plan.key === key);
  if (!found) throw new Error(`no plan ${key}`);
  return found.plan;
};

async function workbookOf(plan: PlanFile): Promise<ExcelJS.Workbook> {
  return readWorkbook(await planToXlsx(plan));
}

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The column of a header. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): string {
  let letter: string | undefined;
  sheet.getRow(1).eachCell((cell) => {
    if (cell.value === header) letter = sheet.getColumn(cell.col).letter;
  });
  if (!letter) throw new Error(`no column ${header} in ${sheet.name}`);
  return letter;
}

/** The first data row whose cell in `header` satisfies the test. */
function rowWhere(
  sheet: ExcelJS.Worksheet,
  header: string,
  test: (value: ExcelJS.CellValue) => boolean,
): number {
  const column = columnOf(sheet, header);
  for (let row = 2; row <= sheet.rowCount; row++)
    if (test(sheet.getCell(`${column}${row}`).value)) return row;
  throw new Error(`no row in ${sheet.name} with such a ${header}`);
}

async function imported(buffer: Buffer): Promise<PlanFile> {
  const result = await planFromXlsx(buffer);
  if (!('plan' in result)) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.plan;
}

async function problems(workbook: ExcelJS.Workbook): Promise<ImportProblem[]> {
  const result = await planFromXlsx(await bufferOf(workbook));
  if ('plan' in result) throw new Error('the import was expected to fail');
  return result.problems;
}

describe('plan XLSX export and import', () => {
  it.each(shipped.map((entry) => [entry.name, entry.plan] as const))(
    '%s: export → import gives the plan back',
    async (_name, plan) => {
      const back = await imported(await planToXlsx(plan));
      expect(back).toEqual(plan);
      expect(planToJson(back)).toBe(planToJson(plan));
    },
  );

  it('writes a bold, frozen header, numbers as numbers and text as text', async () => {
    const plan = byKey('puke-social-plan-2021-2023');
    const workbook = await workbookOf(plan);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'plan',
      'goals',
      'objectives',
      'measures',
      'actions',
      'indicators',
      'targets',
      'costs',
      'stated_totals',
      'steps',
      'notes',
    ]);
    const costs = sheetOf(workbook, 'costs');
    expect(costs.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(costs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(costs.getColumn(columnOf(costs, 'text')).width).toBeGreaterThan(10);
    const amountRow = rowWhere(costs, 'kind', (value) => value === 'amount');
    expect(typeof costs.getCell(`${columnOf(costs, 'amount')}${amountRow}`).value).toBe('number');
    const plansheet = sheetOf(workbook, 'plan');
    const periodRow = rowWhere(plansheet, 'field', (value) => value === 'period.from');
    expect(plansheet.getCell(`B${periodRow}`).value).toBe(2021);
    const targets = sheetOf(workbook, 'targets');
    const values = targets.getColumn(columnOf(targets, 'value')).values.slice(2);
    expect(values.some((value) => typeof value === 'number')).toBe(true);
    expect(values.some((value) => typeof value === 'string')).toBe(true);
  });

  it('keeps text that looks like a number as text, and a number as a number', async () => {
    const plan = structuredClone(byKey('peja-social-services-2022-2024'));
    const indicator = plan.objectives[0]!.measures[0]!.indicators[0]!;
    indicator.targets = [
      { year: 2022, value: '059' },
      { year: 2023, value: 70 },
      { year: 2024, value: '70%', note: 'as printed' },
    ];
    indicator.baseline = { value: null };
    plan.objectives[0]!.measures[0]!.costs = [
      { kind: 'unknown', text: '' },
      { kind: 'none', text: '  as is ' },
    ];
    plan.objectives[0]!.measures[0]!.deadline = { kind: 'quarter', quarter: 2, year: 2023, text: 'Q2 2023' };
    const back = await imported(await planToXlsx(plan));
    expect(back).toEqual(plan);
    const backIndicator = back.objectives[0]!.measures[0]!.indicators[0]!;
    expect(backIndicator.targets.map((target) => target.value)).toEqual(['059', 70, '70%']);
    expect(backIndicator.baseline).toEqual({ value: null });
  });

  it('reads what people and spreadsheet programs put in cells: rich text, formulas, dates, typed numbers', async () => {
    const plan = byKey('puke-social-plan-2021-2023');
    const workbook = await workbookOf(plan);
    const objectives = sheetOf(workbook, 'objectives');
    const title = objectives.getCell(`${columnOf(objectives, 'title_en')}2`);
    const text = String(title.value);
    title.value = { richText: [{ text: text.slice(0, 5), font: { bold: true } }, { text: text.slice(5) }] };
    const targets = sheetOf(workbook, 'targets');
    const yearCell = targets.getCell(`${columnOf(targets, 'year')}2`);
    yearCell.value = { formula: `${Number(yearCell.value) - 1}+1`, result: Number(yearCell.value) };
    const measures = sheetOf(workbook, 'measures');
    const numberCell = measures.getCell(`${columnOf(measures, 'number')}2`);
    const number = String(numberCell.value);
    // "1.1" typed into a cell becomes the number 1.1, read back as the text it was.
    expect(number).toBe('1.1');
    numberCell.value = 1.1;
    const actions = sheetOf(workbook, 'actions');
    const dateRow = 2;
    const changed = structuredClone(plan);
    const action = changed.objectives[0]!.measures[0]!.actions[0]!;
    action.deadline = { kind: 'date', date: '2026-06-30' };
    actions.getCell(`${columnOf(actions, 'deadline_kind')}${dateRow}`).value = 'date';
    for (const header of [
      'deadline_year',
      'deadline_quarter',
      'deadline_from',
      'deadline_to',
      'deadline_text',
    ])
      actions.getCell(`${columnOf(actions, header)}${dateRow}`).value = null;
    actions.getCell(`${columnOf(actions, 'deadline_date')}${dateRow}`).value = new Date(
      Date.UTC(2026, 5, 30),
    );
    // An amount typed as text.
    const costs = sheetOf(workbook, 'costs');
    const amountRow = rowWhere(costs, 'kind', (value) => value === 'amount');
    const amountCell = costs.getCell(`${columnOf(costs, 'amount')}${amountRow}`);
    amountCell.value = ` ${String(amountCell.value)} `;
    const back = await imported(await bufferOf(workbook));
    expect(back).toEqual(changed);
    expect(back.objectives[0]!.measures[0]!.number).toBe(number);
  });

  it('reports a wrong unit at its cell', async () => {
    const workbook = await workbookOf(byKey('gjilan-reintegration-2019-2022'));
    const indicators = sheetOf(workbook, 'indicators');
    const unit = columnOf(indicators, 'unit');
    indicators.getCell(`${unit}7`).value = 'per cent';
    const found = await problems(workbook);
    expect(found).toEqual([
      expect.objectContaining({
        sheet: 'indicators',
        row: 7,
        column: unit,
        message: expect.stringContaining('percent'),
      }),
    ]);
    expect(found[0]!.path).toMatch(/indicators\[\d+\]\.unit$/);
    expect(problemsToFields(found)).toEqual({ [`indicators!${unit}7`]: found[0]!.message });
  });

  it('reports a measure whose objective does not exist, once, not again for its actions', async () => {
    const workbook = await workbookOf(byKey('kacanik-reintegration-2019-2022'));
    const measures = sheetOf(workbook, 'measures');
    const parent = columnOf(measures, 'objective');
    measures.getCell(`${parent}3`).value = 'o99';
    expect(await problems(workbook)).toEqual([
      {
        sheet: 'measures',
        row: 3,
        column: parent,
        message: 'no row in the sheet "objectives" has the id "o99"',
      },
    ]);
  });

  it('reports a non-numeric amount and a field that does not belong to the kind of cost', async () => {
    const workbook = await workbookOf(byKey('puke-social-plan-2021-2023'));
    const costs = sheetOf(workbook, 'costs');
    const row = rowWhere(costs, 'kind', (value) => value === 'amount');
    const amount = columnOf(costs, 'amount');
    const code = columnOf(costs, 'code');
    costs.getCell(`${amount}${row}`).value = 'a lot';
    costs.getCell(`${code}${row}`).value = 'KA';
    const found = await problems(workbook);
    expect(found).toEqual([
      expect.objectContaining({
        sheet: 'costs',
        row,
        column: amount,
        message: expect.stringContaining('number'),
      }),
      expect.objectContaining({ sheet: 'costs', row, column: code, message: 'unexpected field "code"' }),
    ]);
  });

  it('reports a missing sheet, a missing or unknown column and a value outside the columns', async () => {
    const workbook = await workbookOf(byKey('peja-social-services-2022-2024'));
    workbook.removeWorksheet(sheetOf(workbook, 'measures').id);
    const indicators = sheetOf(workbook, 'indicators');
    const unit = columnOf(indicators, 'unit');
    indicators.getCell(`${unit}1`).value = 'units';
    sheetOf(workbook, 'goals').getCell('Z3').value = 'stray';
    expect(await problems(workbook)).toEqual([
      { sheet: 'goals', row: 3, column: 'Z', message: 'a value in a column without a header' },
      { sheet: 'measures', message: 'the workbook has no sheet "measures"' },
      { sheet: 'indicators', row: 1, column: unit, message: 'unknown column "units"' },
      { sheet: 'indicators', row: 1, message: 'the sheet has no column "unit"' },
    ]);
  });

  it('reports a duplicate id at the second row, naming the first', async () => {
    const workbook = await workbookOf(byKey('gjilan-reintegration-2019-2022'));
    const actions = sheetOf(workbook, 'actions');
    const id = columnOf(actions, 'id');
    const first = String(actions.getCell(`${id}2`).value);
    actions.getCell(`${id}5`).value = first;
    expect(await problems(workbook)).toEqual([
      expect.objectContaining({
        sheet: 'actions',
        row: 5,
        column: id,
        message: `id "${first}" is also used at actions!${id}2`,
      }),
    ]);
  });

  it('reports a target of an unknown indicator, a bad order and a deadline without its kind', async () => {
    const workbook = await workbookOf(byKey('puke-social-plan-2021-2023'));
    const targets = sheetOf(workbook, 'targets');
    targets.getCell(`${columnOf(targets, 'indicator')}3`).value = 'nothing.here';
    const costs = sheetOf(workbook, 'costs');
    costs.getCell(`${columnOf(costs, 'order')}4`).value = 'first';
    const actions = sheetOf(workbook, 'actions');
    const kindRow = rowWhere(actions, 'deadline_kind', (value) => value === 'period');
    actions.getCell(`${columnOf(actions, 'deadline_kind')}${kindRow}`).value = null;
    expect(await problems(workbook)).toEqual([
      expect.objectContaining({ sheet: 'actions', row: kindRow, column: columnOf(actions, 'deadline_kind') }),
      {
        sheet: 'targets',
        row: 3,
        column: columnOf(targets, 'indicator'),
        message: 'no indicator "nothing.here"',
      },
      expect.objectContaining({ sheet: 'costs', row: 4, column: columnOf(costs, 'order') }),
    ]);
  });

  it('rejects what is not a workbook', async () => {
    const result = await planFromXlsx(Buffer.from('not a workbook'));
    expect(result).toEqual({ problems: [{ message: expect.stringContaining('not an XLSX workbook') }] });
  });
});
