// The municipal action plans as browser journeys, in Albanian: Peja's plan coordinator records a
// manual indicator value with the minutes that prove it, then downloads the quarterly report of
// that quarter (PDF and Excel); the DRPR officer compares Kaçanik, Peja and Gjilan on one
// computed indicator that all three plans link.
//
// The plan's and the definition's wording comes from the same sources the server loads
// (plans/*.json, @vatra/core), the screen's and the report's words from the catalogs.
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { CATALOGS, findIndicatorDefinition } from '@vatra/core';
import {
  JourneyError,
  TIMEOUT,
  check,
  fill,
  isoDay,
  loginAs,
  logout,
  notSee,
  screenshot,
  see,
  tinyPdf,
  web,
  valueIs,
} from './lib.mjs';
import { downloadPdf, pdfSays } from './pdf.mjs';

const LOCALE = 'sq';
const PLAN_KEY = 'peja-reintegration-2026-2028';
const PLAN = JSON.parse(readFileSync(new URL(`../plans/${PLAN_KEY}.json`, import.meta.url), 'utf8'));
/** A count indicator of the plan that no computed definition measures (shipped-links.ts leaves it manual). */
const MANUAL_INDICATOR = 'o2.m2.1.i2';
/** The definition linked to o1.m1.1.i3 of all three shipped reintegration plans. */
const COMPARED_DEFINITION = 'forms.fvn';
/** The three municipalities as the directory names them in Albanian (config/…/municipalities). */
const MUNICIPALITIES = ['Gjilan', 'Kaçanik', 'Pejë'];

const VALUE = 37;
const NOTE = 'Procesverbalet e takimeve të rregullta të ekipit komunal, korrik–shtator';
const EVIDENCE_NAME = 'procesverbalet-takimeve-tremujori.pdf';

/** The plan's indicators in the order the report prints them: a level's own, then its children's. */
function indicatorsOf(node) {
  return [
    ...(node.indicators ?? []),
    ...['objectives', 'measures', 'actions'].flatMap((key) => (node[key] ?? []).flatMap(indicatorsOf)),
  ];
}

/** The wording of an indicator, and of the one printed after it. */
function indicatorText(plan, id) {
  const all = indicatorsOf(plan);
  const index = all.findIndex((indicator) => indicator.id === id);
  if (index < 0) throw new JourneyError(`the plan ${PLAN_KEY} has no indicator ${id}`);
  return { text: all[index].text.original, next: all[index + 1]?.text.original };
}

/** The last full calendar quarter before today (as the demo seeds it): year, number, first and last day. */
function lastFullQuarter(now = new Date()) {
  const current = Math.floor(now.getUTCMonth() / 3); // 0-based: the quarter now under way
  const year = current === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const quarter = current === 0 ? 4 : current;
  const pad = (n) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, quarter * 3, 0)).getUTCDate();
  return {
    year,
    quarter,
    start: `${year}-${pad((quarter - 1) * 3 + 1)}-01`,
    end: `${year}-${pad(quarter * 3)}-${pad(lastDay)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Steps shared with the case journeys' way of working (Mantine inputs by role and name).

const login = (page, baseUrl, username, fullName) => loginAs(page, baseUrl, LOCALE, username, fullName);

/** Picks an option of a Select (typing first when it is searchable and long). */
async function choose(page, input, option, { type } = {}) {
  await input.click();
  if (type) await input.fill(type);
  const item = page.getByRole('option', { name: option, exact: true });
  await see(item, `the option "${option}"`);
  await item.click();
  await valueIs(input, option, 'chosen');
}

async function openTab(page, tab) {
  const name = web(LOCALE).actionPlans.tabs[tab];
  await page.getByRole('tab', { name, exact: true }).click();
  await see(page.getByRole('tab', { name, exact: true, selected: true }), `the "${name}" tab selected`);
}

async function openActionPlans(page) {
  const t = web(LOCALE);
  await page
    .getByRole('navigation', { name: t.nav.main })
    .getByRole('link', { name: t.actionPlans.nav, exact: true })
    .click();
  await page.waitForURL(/\/action-plans$/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: t.actionPlans.title, exact: true }), 'the action plans page');
}

/** The part of a template before its first placeholder filled with `marker`. */
const prefix = (template, values, marker) => fill(template, values).split(marker)[0];

// ---------------------------------------------------------------------------------------------
// The journeys.

/** 1. plan.peja: a manual value with its evidence, the quarterly report as PDF and Excel. */
async function recordAndReport({ page, baseUrl }) {
  const t = web(LOCALE).actionPlans;
  const quarter = lastFullQuarter();
  const { text: indicator, next } = indicatorText(PLAN, MANUAL_INDICATOR);
  await login(page, baseUrl, 'plan.peja', 'Blerta Rugova');
  await openActionPlans(page);
  await page.getByRole('link', { name: PLAN.title.original, exact: true }).click();
  await page.waitForURL(/\/action-plans\/[^/]+$/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: PLAN.title.original }), 'the heading of the Peja plan');

  await openTab(page, 'indicators');
  const year = page.getByRole('textbox', { name: t.indicators.year, exact: true });
  if ((await year.inputValue()) !== String(quarter.year)) await choose(page, year, String(quarter.year));
  const row = page.getByRole('row').filter({ hasText: indicator });
  await see(row, `the indicator "${indicator}"`);
  check(
    (await row.getByText(t.indicators.manual, { exact: true }).count()) === 1,
    `expected "${indicator}" to be measured by hand`,
  );
  await row.getByRole('button', { name: t.indicators.record, exact: true }).click();

  const dialog = page.getByRole('dialog');
  await see(dialog.getByRole('heading', { name: t.record.title }), 'the dialog to record a value');
  const field = (name) => dialog.getByRole('textbox', { name, exact: true });
  await field(t.record.periodStart).fill(quarter.start);
  await field(t.record.periodEnd).fill(quarter.end);
  await field(t.record.value).fill(String(VALUE));
  await field(t.record.note).fill(NOTE);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: TIMEOUT }),
    dialog.getByRole('button', { name: t.record.evidence }).click(),
  ]);
  const evidence = tinyPdf(EVIDENCE_NAME);
  await chooser.setFiles(evidence);
  await see(dialog.getByText(EVIDENCE_NAME), 'the evidence file chosen');
  await screenshot(page, 'plan-1-record-value-sq.png', { fullPage: false });
  await dialog.getByRole('button', { name: t.record.submit, exact: true }).click();
  await see(page.getByText(t.record.done, { exact: true }), `the confirmation "${t.record.done}"`);
  await notSee(dialog, 'the dialog to record a value');
  rmSync(dirname(evidence), { recursive: true, force: true });

  const recorded = prefix(t.indicators.recorded, { value: String(VALUE), from: '\u0000', to: '' }, '\u0000');
  await see(row.getByText(recorded), `"${recorded}…" under the indicator`);
  await see(
    row.getByRole('link', { name: fill(t.indicators.evidence, { file: EVIDENCE_NAME }), exact: true }),
    `the evidence "${EVIDENCE_NAME}" under the indicator`,
  );
  // the table is long: the part of the page around the row
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'plan-1-indicators-sq.png', { fullPage: false });

  // the report of that quarter, in Albanian
  const r = t.reports;
  await openTab(page, 'reports');
  await see(page.getByText(r.title, { exact: true }), 'the monitoring report card');
  // Mantine's segmented control hides its radios and shows their labels, which are clicked.
  const quarterly = page.getByRole('radio', { name: r.periods.quarter, exact: true });
  await page.locator(`label[for="${await quarterly.getAttribute('id')}"]`).click();
  check(await quarterly.isChecked(), `expected "${r.periods.quarter}" chosen as the period`);
  await choose(page, page.getByRole('textbox', { name: r.year, exact: true }), String(quarter.year));
  await choose(
    page,
    page.getByRole('textbox', { name: r.quarter, exact: true }),
    fill(r.quarterN, { n: String(quarter.quarter) }),
  );
  await choose(page, page.getByRole('textbox', { name: r.language, exact: true }), t.languages.sq);
  await screenshot(page, 'plan-1-reports-sq.png');

  const words = CATALOGS.sq.pdf.actionPlans;
  const pdf = await downloadPdf(
    page,
    page.getByRole('link', { name: r.pdf, exact: true }),
    'the quarterly report PDF',
  );
  pdfSays(pdf, 'the quarterly report', [
    words.kind.quarter,
    fill(words.periodName.quarter, { part: String(quarter.quarter), year: String(quarter.year) }),
    // the plan's own title, with its ë
    'Qëndrueshëm',
    words.sections.indicators,
    indicator,
    // the source of the value: recorded by hand, by whom
    prefix(CATALOGS.sq.server.actionPlans.manualValue, { name: 'Blerta Rugova', date: '\u0000' }, '\u0000'),
  ]);
  // The indicator's row: its wording, the source of the value (who recorded it, the evidence),
  // baseline, target, then the value; the next indicator's wording starts the next row.
  const rowStart = pdf.text.indexOf(indicator) + indicator.length;
  const rowEnd = next ? pdf.text.indexOf(next, rowStart) : -1;
  const after = pdf.text.slice(rowStart, rowEnd > rowStart ? rowEnd : rowStart + 300);
  check(
    new RegExp(`(^|\\D)${VALUE}(\\D|$)`).test(after),
    `expected the report to show ${VALUE} on the row of "${indicator}"; it reads: ${after}`,
  );

  const href = await page.getByRole('link', { name: r.xlsx, exact: true }).getAttribute('href');
  check(Boolean(href), 'expected the Excel link to have an address');
  const response = await page.request.get(new URL(href, page.url()).toString());
  check(response.status() === 200, `expected the Excel report with 200, got ${response.status()}`);
  const bytes = await response.body();
  check(
    bytes.subarray(0, 2).toString('latin1') === 'PK',
    `expected an XLSX (zip) report, it starts with "${bytes.subarray(0, 20).toString('latin1')}"`,
  );
  await logout(page, LOCALE);
}

/** 2. drpr.central: Gjilan, Kaçanik and Peja side by side on the FVNs completed this year. */
async function compareMunicipalities({ page, baseUrl }) {
  const t = web(LOCALE).actionPlans;
  const definition = findIndicatorDefinition(COMPARED_DEFINITION);
  if (!definition) throw new JourneyError(`no indicator definition ${COMPARED_DEFINITION}`);
  const title = definition.title.sq;
  const year = isoDay(new Date()).slice(0, 4);
  await login(page, baseUrl, 'drpr.central', 'Vjosa Hoxha');
  await openActionPlans(page);
  await page.getByRole('link', { name: t.buttons.compare, exact: true }).click();
  await page.waitForURL(/\/action-plans\/compare$/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: t.compare.title, exact: true }), 'the comparison page');

  await choose(page, page.getByRole('textbox', { name: t.compare.definition, exact: true }), title, {
    type: title.slice(0, 6),
  });
  await choose(page, page.getByRole('textbox', { name: t.compare.year, exact: true }), year);
  await see(
    page.getByText(fill(t.compare.chartTitle, { title, year }), { exact: true }),
    'the chart of the chosen indicator and year',
  );
  const rows = page.locator('table tbody tr');
  for (const municipality of MUNICIPALITIES) {
    const row = rows.filter({ has: page.getByRole('cell', { name: municipality, exact: true }) });
    await see(row, `${municipality} in the comparison`);
    // municipality, plan, counted, value, target, progress
    const value = (await row.getByRole('cell').nth(3).innerText()).trim();
    check(/\d/.test(value), `expected a value for ${municipality}, saw "${value}"`);
  }
  const count = await rows.count();
  check(count === MUNICIPALITIES.length, `expected ${MUNICIPALITIES.length} plans compared, saw ${count}`);
  await screenshot(page, 'plan-2-compare-sq.png');
  await logout(page, LOCALE);
}

export const planJourneys = [
  {
    name: 'Action plans 1/2 (sq): plan.peja records a manual value with evidence, downloads the quarterly report',
    run: recordAndReport,
  },
  {
    name: 'Action plans 2/2 (sq): drpr.central compares Gjilan, Kaçanik and Peja on the FVNs completed',
    run: compareMunicipalities,
  },
];
