// A renovation request from filing to the benefit, as browser journeys in Albanian that share
// one request through the server: Peja's case manager files it for a demo family with its
// documents (one scan uploaded and attached, the others waived) and submits it; the KKR
// secretary takes it under review, plans the meeting and builds its agenda from the waiting
// dossiers, the members vote it down and the chair decides (the decision read back in
// Serbian); the case manager records the notification and files the appeal; the Appeals
// Commission overturns the decision; the DRPR regional coordinator carries it out; the benefit
// shows in the household's record and in the quarter's scheme report (its XLSX opened and read).
//
// Every later journey needs the request of the first; when an earlier one failed they fail
// saying so.
import { readFileSync } from 'node:fs';
import { CATALOGS } from '@vatra/core';
import {
  JourneyError,
  TIMEOUT,
  check,
  choose,
  confirmed,
  dismissToasts,
  escapeRegExp,
  fill,
  isoDay,
  loginAs,
  logout,
  notSee,
  screenshot,
  see,
  shows,
  uploadScan,
  web,
} from './lib.mjs';
import { pdfSays, pdfText } from './pdf.mjs';

const LOCALE = 'sq';
const t = web(LOCALE);
const R = t.requests;
const C = t.commissions;

/** The scheme and the documents it requires, as config/kosovo/schemes.json names them. */
const SCHEMES = JSON.parse(readFileSync(new URL('../config/kosovo/schemes.json', import.meta.url), 'utf8'));
const RENOVATION = SCHEMES.find((scheme) => scheme.code === 'renovation');
const SCHEME = RENOVATION.name;
const DOCUMENTS = Object.fromEntries(RENOVATION.requiredDocuments.map((d) => [d.code, d.name[LOCALE]]));
/** The scan uploaded to the case and attached for this requirement; the others are waived. */
const ATTACHED = 'household_certificate';
/** Unique per run: the scan is chosen by its name among the case's documents. */
const SCAN_NAME = `certifikata-bashkesia-familjare-${Date.now().toString(36)}.pdf`;
const WAIVED = 'Dorëzohet në origjinal në mbledhjen e komisionit.';

const AMOUNT = 4800;
const COST = 4650;

/** The people of Peja's demo institutions (packages/server/src/demo/users.ts). */
const PEOPLE = {
  cm: ['cm.peja', 'Teuta Gjoni'],
  secretary: ['kkrsek.peja', 'Donika Zeqiri'],
  chair: ['kkr.peja', 'Driton Shala'],
  kkr2: ['kkr2.peja', 'Arta Lushaj'],
  kkr3: ['kkr3.peja', 'Gëzim Nimani'],
  ka: ['ka.peja', 'Elvira Ademi'],
  ka2: ['ka2.peja', 'Fisnik Haxhaj'],
  ka3: ['ka3.peja', 'Liridona Kastrati'],
  rc: ['rc.peja', 'Besa Dreshaj'],
};
const nameOf = (who) => PEOPLE[who][1];

/** What the journeys hand on to each other. */
const state = {
  caseNumber: null,
  applicant: null,
  householdId: null,
  request: null,
  kkrMeeting: null,
  decision: null,
};

function need(...keys) {
  for (const key of keys)
    if (!state[key]) throw new JourneyError(`no ${key}: an earlier request journey did not get that far`);
  return state;
}

// ---------------------------------------------------------------------------------------------
// Helpers: login, Mantine inputs, the parts of the request and meeting screens.

const login = (page, baseUrl, who) => loginAs(page, baseUrl, LOCALE, ...PEOPLE[who]);
const escape = escapeRegExp;

/**
 * An amount as the page may print it: browsers differ from Node in where they group digits
 * ("4 650", "4650"), so any of the group separators, or none.
 */
const amountPattern = (value) =>
  String(value)
    .split('')
    .map((digit, index, all) => ((all.length - index) % 3 === 0 && index > 0 ? `[\\s.,]?${digit}` : digit))
    .join('');

/** Mantine hides the radios of a segmented control and shows their labels, which are clicked. */
async function pickSegment(page, radio, what) {
  const id = await radio.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  try {
    await page.locator(`[id="${id}"]:checked`).waitFor({ state: 'attached', timeout: TIMEOUT });
  } catch {
    throw new JourneyError(`expected ${what} chosen`);
  }
}

/**
 * The innermost block that holds all the inner locators (a card, a row of the screen). The inner
 * locators are built from the page: Playwright looks for them inside each block.
 */
const blockWith = (scope, ...inner) =>
  inner.reduce((found, locator) => found.filter({ has: locator }), scope.locator('div')).last();

/** The card (Mantine Paper) that holds the text. */
const cardWith = (page, text) =>
  page
    .locator('.mantine-Paper-root')
    .filter({ has: page.getByText(text, { exact: true }) })
    .last();

async function nav(page, label) {
  await page
    .getByRole('navigation', { name: t.nav.main })
    .getByRole('link', { name: label, exact: true })
    .click();
}

async function openCaseTab(page, name) {
  await page.getByRole('tab', { name, exact: true }).click();
  await see(page.getByRole('tab', { name, exact: true, selected: true }), `the "${name}" tab selected`);
}

/** The case from the Cases list, found by its number. */
async function openCaseFromList(page) {
  const { caseNumber } = need('caseNumber');
  await nav(page, t.cases.nav);
  await page.waitForURL(/\/cases$/, { timeout: TIMEOUT });
  await page.getByRole('textbox', { name: t.cases.filters.search }).fill(caseNumber);
  // the search is sent after a pause: wait until the list holds only the case
  const rows = page.locator('table tbody tr');
  await see(rows.filter({ hasText: caseNumber }), `case ${caseNumber} in the cases list`);
  await notSee(rows.filter({ hasNotText: caseNumber }), 'the other cases in the list');
  await rows.getByRole('link', { name: caseNumber, exact: true }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}/, { timeout: TIMEOUT });
}

/** The case of the request from the home queue's item (or, if it is not among the first, the list). */
async function openCaseFromQueue(page, note, kind) {
  const { caseNumber, request, applicant } = need('caseNumber', 'request', 'applicant');
  const item = page.getByRole('link', { name: fill(R.queue[kind], { number: request, name: applicant }) });
  if (await shows(item, 5_000)) await item.click();
  else {
    note(
      `"${fill(R.queue[kind], { number: request, name: applicant })}" was not in the home queue; opened the case from the list`,
    );
    await openCaseFromList(page);
  }
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: caseNumber }), `the heading of case ${caseNumber}`);
}

/** The request's drawer, opened from the case's Requests tab. */
async function openRequest(page) {
  const { request } = need('request');
  await openCaseTab(page, R.tab);
  await page.getByRole('button', { name: request, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: request });
  await see(drawer.getByRole('heading', { name: SCHEME.sq }), `the drawer of request ${request}`);
  return drawer;
}

/** A step of the drawer: its button, its dialog (with `fill` to answer it), its submit. */
async function requestStep(page, drawer, action, answer) {
  const label = R.actions[action];
  // the confirmation of the step before lies over the drawer's buttons (bottom right)
  await dismissToasts(page, LOCALE);
  await drawer.getByRole('button', { name: label, exact: true }).click();
  const form = page.getByRole('dialog', { name: label });
  await see(form.getByRole('button', { name: label, exact: true }), `the dialog "${label}"`);
  if (answer) await answer(form);
  await form.getByRole('button', { name: label, exact: true }).click();
  await notSee(form, `the dialog "${label}"`);
}

async function closeDrawer(page, drawer) {
  await page.keyboard.press('Escape');
  await notSee(drawer, 'the request drawer');
}

async function seeStatus(drawer, status) {
  const label = R.statuses[status];
  await see(drawer.getByText(label, { exact: true }), `the request "${label}"`);
}

/** The meetings page of the user's commission. */
async function openMeetings(page, type) {
  await nav(page, C.nav);
  await page.waitForURL(/\/commissions\/meetings$/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: C.title[type], exact: true }), `the ${type} meetings page`);
}

/** Plans today's meeting with the members in their roles; lands on the meeting's page. */
async function planMeeting(page, place, roles) {
  await page.getByRole('button', { name: C.plan.action, exact: true }).click();
  const form = page.getByRole('dialog', { name: C.plan.title });
  await see(form.getByRole('textbox', { name: C.plan.place }), 'the dialog to plan a meeting');
  await form.getByRole('textbox', { name: C.plan.place }).fill(place);
  for (const [who, role] of roles)
    await choose(page, form.getByRole('textbox', { name: nameOf(who), exact: true }), C.role[role]);
  await form.getByRole('button', { name: C.plan.submit, exact: true }).click();
  await page.waitForURL(/\/commissions\/meetings\/[0-9a-f-]{36}$/, { timeout: TIMEOUT });
  const heading = page.getByRole('heading', {
    name: new RegExp(`^${escape(fill(C.meeting.title, { number: '' }))}[A-Z]+-[A-Z]{3}-\\d{4}-\\d+$`),
  });
  await see(heading, 'the page of the new meeting');
  return (await heading.innerText()).trim();
}

/** Adds the request's waiting dossier to the agenda. */
async function addToAgenda(page) {
  const { request } = need('request');
  const line = page.getByText(new RegExp(`^${escape(request)} · `));
  await see(line, `request ${request} among the waiting dossiers`);
  const add = page.getByRole('button', { name: C.waiting.add, exact: true });
  await blockWith(page, line, add).getByRole('button', { name: C.waiting.add, exact: true }).click();
  await confirmed(page, C.saved.agenda);
  const item = fill(C.item.title, { position: 1, number: request });
  await see(page.getByText(item, { exact: true }), `"${item}" on the agenda`);
  return cardWith(page, item);
}

/** Marks everyone present and saves the attendance. */
async function attendance(page, roles) {
  const members = cardWith(page, C.members.title);
  for (const [who, role] of roles)
    await members.getByRole('checkbox', { name: `${nameOf(who)} · ${C.role[role]}`, exact: true }).check();
  await members.getByRole('button', { name: C.members.save, exact: true }).click();
  await confirmed(page, C.saved.attendance);
}

/** Records each member's vote on the item. */
async function vote(page, item, votes) {
  for (const [who, choice] of votes) {
    const row = blockWith(item, page.getByText(nameOf(who), { exact: true }), page.getByRole('radio'));
    await pickSegment(
      page,
      row.getByRole('radio', { name: C.vote[choice], exact: true }),
      `"${C.vote[choice]}" for ${nameOf(who)}`,
    );
  }
  await item.getByRole('button', { name: C.item.saveVotes, exact: true }).click();
  await confirmed(page, C.saved.votes);
}

/** The item's decision number, once decided (a decision "KKR-PEJ-2026-0001" or "KA-…"). */
async function decisionNumber(item, prefix) {
  const number = item.getByText(new RegExp(`^${prefix}-[A-Z]{3}-\\d{4}-\\d+$`));
  await see(number, `the number of the ${prefix} decision`);
  return (await number.innerText()).trim();
}

/** Fetches a paper by its link (the links open a new tab) and reads its text. */
async function fetchPdf(page, link, what) {
  await see(link, what);
  const href = await link.getAttribute('href');
  check(Boolean(href), `expected ${what} to have an address`);
  const response = await page.request.get(new URL(href, page.url()).toString());
  check(response.status() === 200, `expected ${what} with 200, got ${response.status()}`);
  const bytes = await response.body();
  check(
    bytes.subarray(0, 5).toString('latin1') === '%PDF-',
    `${what} is not a PDF (starts with "${bytes.subarray(0, 20).toString('latin1')}")`,
  );
  const disposition = response.headers()['content-disposition'] ?? '';
  return {
    fileName: /filename="?([^";]+)/.exec(disposition)?.[1] ?? href,
    bytes,
    text: await pdfText(bytes),
  };
}

// ---------------------------------------------------------------------------------------------
// The journeys.

/** 1. cm.peja: a case of hers, the scan uploaded, the request filed with its documents, submitted. */
async function fileRequest({ page, baseUrl }) {
  await login(page, baseUrl, 'cm');
  // one of her open cases, the first in the list
  await nav(page, t.cases.nav);
  await page.waitForURL(/\/cases$/, { timeout: TIMEOUT });
  await page.getByRole('checkbox', { name: t.cases.filters.mine, exact: true }).check();
  const rows = page.locator('table tbody tr');
  await see(rows.filter({ hasText: nameOf('cm') }), 'her open cases in the list');
  const row = rows.filter({ hasText: nameOf('cm') }).first();
  const caseLink = row.getByRole('link').first();
  state.caseNumber = (await caseLink.innerText()).trim();
  // the name column: the applicant's name above the kind of case
  state.applicant = (await row.getByRole('cell').nth(1).locator('p').first().innerText()).trim();
  const opened = page.waitForResponse(
    (response) => /\/api\/cases\/[0-9a-f-]{36}$/.test(new URL(response.url()).pathname) && response.ok(),
  );
  await caseLink.click();
  state.householdId = (await (await opened).json()).householdId;
  check(Boolean(state.householdId), `expected case ${state.caseNumber} to have a household`);
  await see(page.getByRole('heading', { name: state.caseNumber }), `the heading of case ${state.caseNumber}`);
  await see(
    page.getByRole('heading', { name: state.applicant, exact: true }),
    `the case of ${state.applicant}`,
  );

  // the scan, uploaded to the case
  await openCaseTab(page, t.cases.tabs.documents);
  await uploadScan(page, LOCALE, SCAN_NAME, 'certificate');
  await see(page.getByText(SCAN_NAME, { exact: true }), 'the scan among the documents of the case');

  // the request, filed as a draft
  await openCaseTab(page, R.tab);
  await page.getByRole('button', { name: R.file, exact: true }).click();
  const form = page.getByRole('dialog', { name: R.fileTitle });
  await choose(page, form.getByRole('textbox', { name: R.scheme }), SCHEME.sq, { type: 'Renov' });
  for (const document of Object.values(DOCUMENTS))
    await see(form.getByText(document, { exact: true }), `"${document}" among the required documents`);
  await form
    .getByRole('textbox', { name: R.description })
    .fill('Riparimi i çatisë dhe ndërrimi i dritareve të shtëpisë familjare, të dëmtuara gjatë mungesës.');
  await form.getByRole('textbox', { name: R.amount }).fill(String(AMOUNT));
  await screenshot(page, 'request-1-file-sq.png', { fullPage: false });
  await form.getByRole('button', { name: R.file, exact: true }).click();
  await confirmed(page, R.filed);
  // the drawer of the new request opens; its title is the request's number
  const drawer = page.getByRole('dialog', { name: /^[A-Z]{3}-K-\d{4}-\d+$/ });
  await see(drawer.getByRole('heading', { name: SCHEME.sq }), 'the drawer of the new request');
  state.request = (await drawer.getByRole('heading', { name: /^[A-Z]{3}-K-\d{4}-\d+$/ }).innerText()).trim();
  await seeStatus(drawer, 'draft');

  // the documents: the scan attached, the others waived
  for (const [code, name] of Object.entries(DOCUMENTS)) {
    const block = blockWith(
      drawer,
      page.getByText(name, { exact: true }),
      page.getByPlaceholder(R.documents.reason),
    );
    await dismissToasts(page, LOCALE);
    if (code === ATTACHED) {
      await choose(page, block.getByPlaceholder(R.documents.document), SCAN_NAME);
      await block.getByRole('button', { name: R.documents.attach, exact: true }).click();
      await see(
        block.getByText(fill(R.documents.attached, { name: SCAN_NAME }), { exact: true }),
        `"${name}" attached`,
      );
    } else {
      await block.getByPlaceholder(R.documents.reason).fill(WAIVED);
      await block.getByRole('button', { name: R.documents.waive, exact: true }).click();
      await see(
        block.getByText(fill(R.documents.waived, { reason: WAIVED }), { exact: true }),
        `"${name}" waived`,
      );
    }
  }
  await notSee(drawer.getByText(R.documents.missing, { exact: true }), 'the missing documents');
  await screenshot(page, 'request-1-documents-sq.png', { fullPage: false });
  await requestStep(page, drawer, 'submit');
  await seeStatus(drawer, 'submitted');
  await see(
    drawer.getByText(new RegExp(`^${escape(fill(R.decisionDue, { date: '' }))}`)),
    'the decision due date',
  );
  await closeDrawer(page, drawer);
  await logout(page, LOCALE);
}

const KKR_ROLES = [
  ['chair', 'chair'],
  ['kkr2', 'member'],
  ['kkr3', 'member'],
  ['secretary', 'secretary'],
];

/** 2. kkrsek.peja takes the request under review, plans the meeting, builds its agenda, records attendance and votes. */
async function buildAgenda({ page, baseUrl, note }) {
  need('request');
  await login(page, baseUrl, 'secretary');
  await openCaseFromQueue(page, note, 'request_decision_due');
  const drawer = await openRequest(page);
  await requestStep(page, drawer, 'review');
  await seeStatus(drawer, 'under_review');
  await closeDrawer(page, drawer);

  await openMeetings(page, 'KKR');
  state.kkrMeeting = await planMeeting(page, 'Salla e mbledhjeve, Komuna e Pejës', KKR_ROLES);
  const item = await addToAgenda(page);
  await attendance(page, KKR_ROLES);
  await see(
    page.getByText(fill(C.members.quorum, { quorum: 2, present: 3 }), { exact: true }),
    'the quorum reached by the three voting members',
  );
  await vote(page, item, [
    ['chair', 'for'],
    ['kkr2', 'against'],
    ['kkr3', 'against'],
  ]);
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, 'request-2-agenda-sq.png', { fullPage: false });
  await logout(page, LOCALE);
}

/** 3. kkr.peja, the chair, decides from the vote (rejected); the decision read back in Serbian. */
async function decideAtMeeting({ page, baseUrl }) {
  const { request, kkrMeeting } = need('request', 'kkrMeeting');
  await login(page, baseUrl, 'chair');
  await openMeetings(page, 'KKR');
  const number = kkrMeeting.slice(fill(C.meeting.title, { number: '' }).length);
  await page.getByRole('link', { name: number, exact: true }).click();
  await see(page.getByRole('heading', { name: kkrMeeting, exact: true }), `the page of meeting ${number}`);
  const item = cardWith(page, fill(C.item.title, { position: 1, number: request }));
  await item
    .getByRole('textbox', { name: C.decide.reasons })
    .fill(
      'Shumica e anëtarëve gjykoi se dëmet e përshkruara nuk dëshmohen pa procesverbalin e vlerësimit të gjendjes së shtëpisë.',
    );
  await item.getByRole('button', { name: C.decide.submit, exact: true }).click();
  await confirmed(page, C.saved.decided);
  await see(item.getByText(C.outcome.rejected, { exact: true }), 'the request rejected by the vote');
  state.decision = await decisionNumber(item, 'KKR');
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, 'request-3-decided-sq.png', { fullPage: false });

  const words = CATALOGS.sr.pdf.commissions.decision;
  const pdf = await fetchPdf(
    page,
    item.getByRole('link', { name: C.pdf.decisionSr, exact: true }),
    'the decision in Serbian',
  );
  pdfSays(pdf, 'the decision in Serbian', [
    words.title,
    fill(words.rejected, { scheme: SCHEME.sr }),
    request,
    state.decision,
    state.applicant,
    fill(words.vote, { for: 1, against: 2, abstain: 0, excluded: 0 }),
    words.remedy,
  ]);
  await logout(page, LOCALE);
}

/** 4. cm.peja records that the applicant was told, and files the applicant's appeal. */
async function appeal({ page, baseUrl }) {
  need('request', 'decision');
  await login(page, baseUrl, 'cm');
  await openCaseFromList(page);
  const drawer = await openRequest(page);
  await see(drawer.getByText(R.outcomes.rejected, { exact: true }), 'the rejection in the request');
  await requestStep(page, drawer, 'notify');
  await see(drawer.getByText(new RegExp(`^${escape(R.fields.notifiedOn)}: `)), 'the day of the notification');
  await requestStep(page, drawer, 'appeal', async (form) => {
    await form
      .getByRole('textbox', { name: R.fields.grounds })
      .fill(
        'Procesverbali i vlerësimit ishte hequr dorë me arsye: komisioni mund ta kërkonte. Shtëpia nuk mund të banohet në dimër.',
      );
  });
  await seeStatus(drawer, 'appealed');
  await screenshot(page, 'request-4-appealed-sq.png', { fullPage: false });
  await closeDrawer(page, drawer);
  await logout(page, LOCALE);
}

const KA_ROLES = [
  ['ka', 'chair'],
  ['ka2', 'member'],
  ['ka3', 'member'],
];

/** 5. ka.peja plans the Appeals Commission's meeting; the appeal is granted, the decision overturned. */
async function overturn({ page, baseUrl }) {
  const { decision } = need('request', 'decision');
  await login(page, baseUrl, 'ka');
  await openMeetings(page, 'KA');
  await planMeeting(page, 'Zyra e Komisionit për Ankesa, Pejë', KA_ROLES);
  await see(
    page.getByText(fill(C.waiting.appeal, { decision }), { exact: true }),
    `the appeal against ${decision} waiting`,
  );
  const item = await addToAgenda(page);
  await attendance(page, KA_ROLES);
  await vote(page, item, [
    ['ka', 'for'],
    ['ka2', 'for'],
    ['ka3', 'for'],
  ]);
  await item
    .getByRole('textbox', { name: C.decide.reasons })
    .fill('Mungesa e procesverbalit ishte hequr dorë me arsye; kushtet e skemës plotësohen.');
  await item.getByRole('button', { name: C.decide.submit, exact: true }).click();
  await confirmed(page, C.saved.decided);
  await see(item.getByText(C.appealOutcome.overturned, { exact: true }), 'the decision overturned');
  const replacing = await decisionNumber(item, 'KA');
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, 'request-5-overturned-sq.png', { fullPage: false });
  const words = CATALOGS.sr.pdf.commissions.decision;
  const pdf = await fetchPdf(
    page,
    item.getByRole('link', { name: C.pdf.decisionSr, exact: true }),
    'the appeal decision in Serbian',
  );
  pdfSays(pdf, 'the appeal decision in Serbian', [
    replacing,
    fill(words.overturns, { previous: decision }),
    words.remedyFinal,
  ]);
  await logout(page, LOCALE);
}

/** 6. rc.peja carries out the decision; the benefit in the household's record. */
async function execute({ page, baseUrl, note }) {
  const { request, applicant, householdId } = need('request', 'applicant', 'householdId');
  await login(page, baseUrl, 'rc');
  await openCaseFromQueue(page, note, 'request_to_execute');
  const drawer = await openRequest(page);
  await seeStatus(drawer, 'appeal_decided');
  await requestStep(page, drawer, 'execute', async (form) => {
    await form
      .getByRole('textbox', { name: R.fields.progressNote })
      .fill('Kontrata me punëkryesin u nënshkrua; punimet fillojnë me çatinë.');
  });
  await see(drawer.getByRole('button', { name: R.actions.complete, exact: true }), 'the execution under way');
  await requestStep(page, drawer, 'complete', async (form) => {
    await form.getByRole('textbox', { name: R.fields.actualCost }).fill(String(COST));
  });
  const cost = amountPattern(COST);
  await see(drawer.getByText(new RegExp(`${cost}$`)), `the execution completed at ${COST}`);
  await screenshot(page, 'request-6-executed-sq.png', { fullPage: false });
  await closeDrawer(page, drawer);

  // the household's record, from the registry
  await nav(page, t.registry.nav.find);
  await page.getByRole('textbox', { name: t.registry.search.name }).fill(applicant);
  const household = page.locator(`a[href="/households/${householdId}"]`);
  await see(household, `the household of ${applicant} among the search results`);
  await household.first().click();
  await page.waitForURL(new RegExp(`/households/${householdId}$`), { timeout: TIMEOUT });
  const benefits = cardWith(page, R.benefits.title);
  await see(benefits, 'the benefits of the household');
  const row = benefits.getByRole('row').filter({ hasText: request });
  await see(row, `the benefit of request ${request}`);
  await see(row.getByText(SCHEME.sq, { exact: true }), 'the scheme of the benefit');
  await see(row.getByText(new RegExp(`^${cost}$`)), `the amount ${COST}`);
  await benefits.scrollIntoViewIfNeeded();
  await dismissToasts(page, LOCALE);
  await screenshot(page, 'request-6-household-sq.png', { fullPage: false });
  await logout(page, LOCALE);
}

/** The rows of a sheet as arrays of cell values (exceljs counts from 1; the arrays from 0). */
function rowsOf(sheet) {
  const rows = [];
  sheet.eachRow((row) => rows.push(row.values.slice(1)));
  return rows;
}

/** 7. rc.peja: the quarter's scheme report of Peja as XLSX, opened: the renovation benefit in it. */
async function schemeReport({ page, baseUrl }) {
  const { request } = need('request');
  const S = t.schemeReports;
  const words = CATALOGS[LOCALE].pdf.schemeReports;
  await login(page, baseUrl, 'rc');
  await nav(page, S.nav);
  await see(page.getByRole('heading', { name: S.title, exact: true }), 'the scheme report page');
  await choose(page, page.getByRole('textbox', { name: S.municipality, exact: true }), 'Pejë', {
    type: 'Pej',
  });
  // The offices' quarter, as the page picks it (the runner's clock may be on another zone).
  const month = Number(isoDay(new Date()).slice(5, 7));
  const quarter = fill(S.quarterN, { n: String(Math.floor((month - 1) / 3) + 1) });
  const chosen = await page.getByRole('textbox', { name: S.quarter, exact: true }).inputValue();
  check(chosen === quarter, `expected the current quarter "${quarter}" chosen, saw "${chosen}"`);
  await see(
    page.getByRole('table').getByText(SCHEME.sq, { exact: true }),
    'the renovation scheme in the report',
  );
  await screenshot(page, 'request-7-scheme-report-sq.png', { fullPage: false });

  let download;
  try {
    [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('link', { name: S.xlsx, exact: true }).click(),
    ]);
  } catch {
    throw new JourneyError('expected a download when clicking the XLSX link of the report');
  }
  const bytes = readFileSync(await download.path());
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);

  // the per-scheme sheet: the renovation row, its benefits and their amount
  const perScheme = workbook.worksheets.find((sheet) => sheet.name === words.sheet.schemes);
  check(
    Boolean(perScheme),
    `expected a sheet "${words.sheet.schemes}", the workbook has ${workbook.worksheets.map((s) => `"${s.name}"`).join(', ')}`,
  );
  const [head, ...rows] = rowsOf(perScheme);
  const column = (key) => {
    const index = head.indexOf(words.columns[key]);
    check(
      index >= 0,
      `expected a column "${words.columns[key]}" on "${perScheme.name}", saw ${head.join(' | ')}`,
    );
    return index;
  };
  const renovation = rows.find((row) => row[column('schemeCode')] === 'renovation');
  check(Boolean(renovation), `expected a row for the renovation scheme on "${perScheme.name}"`);
  check(
    renovation[column('scheme')] === SCHEME.sq,
    `expected the row named "${SCHEME.sq}", saw "${renovation[column('scheme')]}"`,
  );
  const amount = Number(renovation[column('benefitAmount')]);
  const count = Number(renovation[column('benefitsCount')]);
  check(
    count >= 1 && amount >= COST,
    `expected the renovation benefit of ${COST} on "${perScheme.name}", saw ${count} benefits of ${amount}`,
  );
  // the request's own row, with its actual cost
  const listed = workbook.worksheets.find((sheet) => sheet.name === words.sheet.requests);
  const line = listed && rowsOf(listed).find((row) => row.includes(request));
  check(Boolean(line), `expected request ${request} on the sheet "${words.sheet.requests}"`);
  check(
    line.some((value) => Number(value) === COST),
    `expected the cost ${COST} on the row of ${request}; it reads ${line.join(' | ')}`,
  );
  await logout(page, LOCALE);
}

export const requestJourneys = [
  {
    name: 'Request path 1/7 (sq): cm.peja files a renovation request with its documents and submits it',
    run: fileRequest,
  },
  {
    name: 'Request path 2/7 (sq): kkrsek.peja reviews it, plans the KKR meeting, builds the agenda, records the votes',
    run: buildAgenda,
  },
  {
    name: 'Request path 3/7 (sq): kkr.peja decides from the vote; the decision read back in Serbian',
    run: decideAtMeeting,
  },
  { name: 'Request path 4/7 (sq): cm.peja records the notification and files the appeal', run: appeal },
  {
    name: 'Request path 5/7 (sq): ka.peja and the Appeals Commission overturn the decision',
    run: overturn,
  },
  {
    name: 'Request path 6/7 (sq): rc.peja carries out the decision; the benefit in the household record',
    run: execute,
  },
  {
    name: 'Request path 7/7 (sq): rc.peja downloads the quarterly scheme report; the benefit in its XLSX',
    run: schemeReport,
  },
];
