import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { translate } from '@vatra/core';
import { extractPages, extractText } from '../../../pdf/text.js';
import type { IndicatorLine, PlanReportData, ReportLanguage } from './data.js';
import { renderPlanReportPdf } from './pdf.js';
import { readWorkbook } from '../../../xlsx/read.js';
import { samplePlanReportData } from './sample.js';
import { SheetNames, renderPlanReportXlsx } from './xlsx.js';

/** Every text item's box, per page, against the page size: nothing may be drawn off the page. */
async function textOutsidePage(pdf: Buffer): Promise<string[]> {
  const task = getDocument({
    data: new Uint8Array(pdf),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  });
  const outside: string[] = [];
  try {
    const document = await task.promise;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , , , x, y] = item.transform as number[];
        if (x === undefined || y === undefined) continue;
        if (x < 0 || y < 0 || y > height || x + item.width > width + 0.5) {
          outside.push(`page ${number}: "${item.str}" at ${x.toFixed(1)},${y.toFixed(1)}`);
        }
      }
    }
  } finally {
    await task.destroy();
  }
  return outside;
}

const EXPECT: Record<
  ReportLanguage,
  { pdf: string[]; header: string; status: string; summary: string; sheet: string }
> = {
  sq: {
    // The plan title (Albanian original), catalog words with ë and ç-free diacritics, objective heading.
    pdf: [
      'Raport tremujor',
      'Objektivi 1',
      'Përmbledhje',
      'Treguesit sipas statusit të progresit',
      'Qëndrueshëm',
      'Raporti analitik për Kryetarin',
      'Përkufizimi',
    ],
    header: 'Treguesi',
    status: 'Sipas planit',
    summary: 'Përmbledhje',
    sheet: 'Objektivi 1',
  },
  sr: {
    pdf: [
      'Tromesečni izveštaj',
      'Budžet: planirano i utrošeno',
      'Izrađeno',
      'Pripremio tim za praćenje',
      'Analitički izveštaj za gradonačelnika',
      // An Albanian plan in a Serbian report: the original wording with the English below.
      'Qëndrueshëm',
      'Peja Municipal Plan for the Sustainable Reintegration',
    ],
    header: 'Pokazatelj',
    status: 'Prema planu',
    summary: 'Pregled',
    sheet: 'Cilj 1',
  },
  en: {
    pdf: [
      'Quarterly report',
      'Peja Municipal Plan for the Sustainable Reintegration',
      'Objective 1',
      'Arbëresha Krasniqi',
      'Vitomiricë',
    ],
    header: 'Indicator',
    status: 'On track',
    summary: 'Summary',
    sheet: 'Objective 1',
  },
};

function firstValued(data: PlanReportData): IndicatorLine {
  const found = data.objectives[0]?.indicators.find((indicator) => indicator.value !== null);
  if (!found) throw new Error('the sample has no value in objective 1');
  return found;
}

describe('action-plan progress report', () => {
  for (const language of ['sq', 'sr', 'en'] as const) {
    it(`renders the PDF in ${language} with the plan's and the catalog's diacritics`, async () => {
      const data = samplePlanReportData(language);
      const pdf = await renderPlanReportPdf(data);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = await extractPages(pdf);
      // Title and summary, one page per objective, the closing sections.
      expect(pages.length).toBeGreaterThanOrEqual(1 + data.objectives.length + 1);
      const text = (await extractText(pdf)).replace(/\s+/g, ' ');
      for (const expected of EXPECT[language].pdf) expect(text).toContain(expected);
      expect(pages.at(-1)).toContain(
        language === 'sq' ? `Faqja ${pages.length} nga ${pages.length}` : `${pages.length}`,
      );
      expect(await textOutsidePage(pdf)).toEqual([]);
    }, 30_000);

    it(`renders the XLSX in ${language}: a summary and one sheet per objective`, async () => {
      const data = samplePlanReportData(language);
      const workbook = await readWorkbook(await renderPlanReportXlsx(data));
      expect(workbook.worksheets).toHaveLength(1 + data.objectives.length);
      expect(workbook.worksheets[0]?.name).toBe(EXPECT[language].summary);
      const sheet = workbook.getWorksheet(EXPECT[language].sheet);
      expect(sheet).toBeDefined();
      if (!sheet) return;
      const header = sheet.getRow(2).values as unknown[];
      expect(header).toContain(EXPECT[language].header);
      const valueColumn = header.indexOf(
        language === 'sq' ? 'Vlera' : language === 'sr' ? 'Vrednost' : 'Value',
      );
      const statusColumn = header.indexOf(language === 'sq' ? 'Statusi' : 'Status');
      const indicator = firstValued(data);
      const row = data.objectives[0]?.indicators.indexOf(indicator) ?? -1;
      const cells = sheet.getRow(3 + row);
      // Numbers stay numbers; statuses are the language's labels.
      expect(cells.getCell(valueColumn).value).toBe(indicator.value);
      expect(typeof cells.getCell(valueColumn).value).toBe('number');
      expect(cells.getCell(statusColumn).value).toBe(
        translate(language, `pdf.actionPlans.progress.${indicator.progress}`),
      );
      const statuses = workbook.worksheets
        .slice(1)
        .flatMap((objectiveSheet) => objectiveSheet.getColumn(statusColumn).values);
      expect(statuses).toContain(EXPECT[language].status);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    });
  }

  it('prints the English aid only where the report language is neither the plan’s nor English', async () => {
    const sq = (await extractText(await renderPlanReportPdf(samplePlanReportData('sq')))).replace(
      /\s+/g,
      ' ',
    );
    expect(sq).not.toContain('Peja Municipal Plan for the Sustainable Reintegration');
    const en = (await extractText(await renderPlanReportPdf(samplePlanReportData('en')))).replace(
      /\s+/g,
      ' ',
    );
    expect(en).not.toContain('Plani Komunal për Ri integrimin');
  }, 30_000);

  it('keeps a huge plan (very long titles, 200 indicators) on the pages', async () => {
    const base = samplePlanReportData('sq');
    const long =
      'Përmirësimi i qëndrueshëm i shërbimeve sociale dhe i riintegrimit të familjeve të riatdhesuara në çdo fshat të komunës; '.repeat(
        12,
      );
    const huge = 'Tejet-e-gjatë-pa-hapësira-'.repeat(40);
    const objective = base.objectives[0];
    const indicator = firstValued(base);
    if (!objective) throw new Error('no objective');
    const indicators = Array.from({ length: 200 }, (_, index) => ({
      ...indicator,
      id: `x.${index}`,
      text: {
        original: index % 50 === 0 ? huge : `${index + 1}. ${long.slice(0, 80 + (index % 7) * 90)}`,
        en: 'Long indicator',
      },
      definition: index % 3 === 0 ? long : indicator.definition,
    }));
    const data: PlanReportData = {
      ...base,
      plan: { ...base.plan, title: { original: long, en: long } },
      objectives: [
        { ...objective, title: { original: long, en: long }, indicators },
        ...base.objectives
          .slice(1)
          .map((other) => ({ ...other, title: { original: `${huge} ${long}`, en: huge } })),
      ],
      analysis: base.analysis && { ...base.analysis, challenges: long.repeat(6) },
    };
    const normal = await extractPages(await renderPlanReportPdf(base));
    const pdf = await renderPlanReportPdf(data);
    const pages = await extractPages(pdf);
    expect(pages.length).toBeGreaterThan(normal.length + 5);
    expect(await textOutsidePage(pdf)).toEqual([]);
    const workbook = await readWorkbook(await renderPlanReportXlsx(data));
    expect(workbook.worksheets).toHaveLength(1 + data.objectives.length);
  }, 60_000);

  it('makes sheet names Excel accepts: short, no forbidden characters, unique', () => {
    const names = new SheetNames();
    expect(names.take('Objektivi 1', 'o1')).toBe('Objektivi 1');
    expect(names.take('objektivi 1', 'o1b')).toBe('objektivi 1 (2)');
    expect(names.take('Cilj [2]: a/b?*\\', 'o2')).toBe('Cilj -2-- a-b---');
    const long = names.take('x'.repeat(40), 'o3');
    expect(long).toHaveLength(31);
    expect(names.take('x'.repeat(40), 'o4')).toBe(`${'x'.repeat(27)} (2)`);
    expect(names.take("''", 'o5')).toBe('o5');
  });
});
