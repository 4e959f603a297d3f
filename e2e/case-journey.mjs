// The case path as a browser journey, in five consecutive journeys that share one case through
// the server: a ZKKK officer registers a family in Serbian and opens the case; the QPS social
// worker records the visit, fills in the FVN, drafts and approves the plan and appoints the case
// manager in Albanian; the case manager refers the son to the education directorate and enters
// the month's monitoring; the education directorate answers the referral; the ZKKK officer sees
// the feedback and closes the case. The papers (certificate, plan, decision, closure report)
// are downloaded from their links and read back.
//
// Every later journey needs the case of the first; when an earlier one failed they fail saying so.
import { readFileSync } from 'node:fs';
import {
  JourneyError,
  TIMEOUT,
  check,
  choose,
  confirmed,
  daysFromNow,
  fill,
  fillForm,
  htmlLang,
  isoDay,
  loginAs,
  logout,
  notSee,
  registerChecked,
  screenshot,
  see,
  shows,
  web,
  valueIs,
} from './lib.mjs';
import { downloadPdf, pdfSays } from './pdf.mjs';

// ---------------------------------------------------------------------------------------------
// Dates (isoDay and daysFromNow of lib.mjs: in the browser's time zone).

function yearsAgo(years, months) {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years, date.getUTCMonth() - months, 10);
  return isoDay(date);
}

// ---------------------------------------------------------------------------------------------
// The family (invented) and the people of Peja's demo institutions.

const FAMILY = {
  head: { firstName: 'Đorđe', lastName: 'Šćepanović', gender: 'male', born: yearsAgo(46, 2) },
  wife: { firstName: 'Ljiljana', lastName: 'Šćepanović', gender: 'female', born: yearsAgo(43, 5) },
  son: { firstName: 'Nikola', lastName: 'Šćepanović', gender: 'male', born: yearsAgo(10, 3) },
};
/** Unique per run, so the case is opened for this household even where the names recur. */
const PERSONAL_NUMBER = `19${String(Date.now()).slice(-8)}`;
const SETTLEMENT = 'Goraždevac';
const nameOf = (person) => `${person.firstName} ${person.lastName}`;

const CASE_MANAGER = 'Teuta Gjoni';
const COORDINATOR = 'Besa Dreshaj';
/** The Peja education directorate as the directory names it in Albanian and Serbian. */
const EDUCATION = { sq: 'DKA Pejë', sr: 'ODO Peć' };
const FEEDBACK = 'Nikola Šćepanović u regjistrua në klasën e katërt pas testit të njohurive.';

/** What the journeys hand on to each other: the case, once the first has opened it. */
export const caseState = { id: null, number: null };

function needCase() {
  if (!caseState.id) throw new JourneyError('no case: the journey that opens it did not get that far');
  return caseState;
}

// ---------------------------------------------------------------------------------------------
// Mantine's inputs, found by role and accessible name.

/** Picks options of a MultiSelect, then closes its dropdown. */
async function chooseMany(page, input, options) {
  for (const option of options) {
    await input.click();
    const item = page.getByRole('option', { name: option, exact: true });
    await see(item, `the option "${option}"`);
    await item.click();
  }
  await page.keyboard.press('Escape');
}

const dialog = (page) => page.getByRole('dialog');

async function openTab(page, locale, tab) {
  await page.getByRole('tab', { name: web(locale).cases.tabs[tab], exact: true }).click();
  await see(
    page.getByRole('tab', { name: web(locale).cases.tabs[tab], exact: true, selected: true }),
    `the "${web(locale).cases.tabs[tab]}" tab selected`,
  );
}

const login = loginAs;

/** The case from the Cases list, found by its number. */
async function openCaseFromList(page, locale) {
  const { id, number } = needCase();
  const t = web(locale);
  await page
    .getByRole('navigation', { name: t.nav.main })
    .getByRole('link', { name: t.cases.nav, exact: true })
    .click();
  await page.waitForURL(/\/cases$/, { timeout: TIMEOUT });
  await page.getByRole('textbox', { name: t.cases.filters.search }).fill(number);
  const link = page.getByRole('link', { name: number, exact: true });
  await see(link, `case ${number} in the cases list`);
  await link.click();
  await page.waitForURL(new RegExp(`/cases/${id}`), { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: number }), `the heading of case ${number}`);
}

// ---------------------------------------------------------------------------------------------
// The forms' answers (filled in by fillForm of lib.mjs, from the labels of the definition).

const FORMS = new URL('../config/forms/kosovo/', import.meta.url);
const definitionOf = (key) => JSON.parse(readFileSync(new URL(`${key}.v1.json`, FORMS), 'utf8'));

/** The FVN of the family, answered the way the joint team found it (members: head, wife, son). */
function fvnAnswers() {
  const today = daysFromNow(0);
  return {
    visit: {
      visit_date: today,
      location: 'home',
      interviewed_person: 'Đorđe Šćepanović, nosilac domaćinstva',
      team_institutions: ['zkkk', 'qps'],
      interview_language: 'serbian',
    },
    household: { household_size: 3, children_count: 1, single_parent: false, members_abroad: false },
    documents: [
      { birth_registered: true, documents_held: ['id_card', 'passport'], need: { needed: false } },
      { birth_registered: true, documents_held: ['id_card'], need: { needed: false } },
      {
        birth_registered: false,
        documents_missing: ['birth_certificate'],
        events_abroad: ['birth'],
        need: { needed: true, priority: 'high', note: 'Rođen u Nemačkoj, rođenje nije upisano.' },
      },
    ],
    housing: {
      housing_status: 'with_relatives',
      rooms: 2,
      condition: 'needs_repair',
      repairs_needed: ['heating', 'windows_doors'],
      utilities: ['electricity', 'running_water'],
      property: 'damaged_house',
      property_documented: true,
      need: { needed: true, priority: 'high' },
    },
    employment: [
      {
        employment_status: 'unemployed',
        registered_job_seeker: false,
        education_level: 'secondary',
        literate: true,
        occupation: 'Zidar, 6 godina u Nemačkoj',
        labour_measures: ['job_mediation'],
        need: { needed: true, priority: 'medium' },
      },
      {
        employment_status: 'homemaker',
        education_level: 'secondary',
        literate: true,
        need: { needed: false },
      },
    ],
    education: [
      {
        enrolment: 'not_enrolled',
        schooling_abroad: true,
        school_documents: 'incomplete',
        needs_document_recognition: true,
        needs_language_course: true,
        special_educational_needs: false,
        need: { needed: true, priority: 'high', note: 'Upis u četvrti razred škole u Goraždevcu.' },
      },
    ],
    health: [0, 1, 2].map(() => ({
      chronic_illness: false,
      disability: false,
      regular_medication: false,
      need: { needed: false },
    })),
    social_assistance: {
      income_sources: ['none'],
      receives_assistance: false,
      possibly_eligible: true,
      need: { needed: true, priority: 'high' },
    },
    psychosocial: { wants_support: false, need: { needed: false } },
    vulnerability: { safety_concern: false, vulnerability_level: 'medium', need: { needed: false } },
    legal: { need: { needed: false } },
    summary: {
      priority_summary: 'Upis Nikole u školu, izvod iz matične knjige rođenih, grejanje pre zime.',
      informed_rights: true,
      data_sharing_consent: true,
    },
  };
}

function monitoringAnswers() {
  return {
    contact: { monitoring_date: daysFromNow(0), contact_type: 'home_visit', family_reached: true },
    services: {
      received_nothing: false,
      areas_received: ['education'],
      services_details: 'DKA Pejë: testi i njohurive për Nikolën.',
    },
    needs_progress: {
      documents: 'in_progress',
      housing: 'not_started',
      income_employment: 'not_started',
      education: 'in_progress',
      health: 'no_need',
      social_assistance: 'in_progress',
      psychosocial: 'no_need',
      legal: 'no_need',
    },
    requests: { requests_filed: false },
    checks: { school_attendance: 'none', job_seekers_registered: 'none' },
    assessment: { situation: 'improved', plan_revision_needed: false },
  };
}

const MEMBERS = {
  household_members: [nameOf(FAMILY.head), nameOf(FAMILY.wife), nameOf(FAMILY.son)],
  adults: [nameOf(FAMILY.head), nameOf(FAMILY.wife)],
  children: [nameOf(FAMILY.son)],
};

// ---------------------------------------------------------------------------------------------
// The journeys.

/** 1. zkkk.peja (Serbian) registers the family, opens the case, issues the certificate. */
async function registerAndOpen({ page, baseUrl, note }) {
  const locale = 'sr';
  const t = web(locale);
  const r = t.registry;
  await login(page, baseUrl, locale, 'zkkk.peja', 'Mimoza Berisha');

  await page
    .getByRole('navigation', { name: t.nav.main })
    .getByRole('link', { name: r.nav.register, exact: true })
    .click();
  await page.waitForURL(/\/registry\/households\/new$|\/registry\/new$/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: r.register.title, exact: true }), 'the registration page');

  // the officer's municipality is chosen already
  const municipality = page.getByRole('textbox', { name: r.fields.municipality, exact: true });
  await valueIs(municipality, 'Peć', 'the municipality');
  await page.getByRole('textbox', { name: r.fields.settlement, exact: true }).fill(SETTLEMENT);
  await page.getByRole('textbox', { name: r.fields.address, exact: true }).fill('Ulica Bistrice 12');

  const members = [
    [FAMILY.head, 'head'],
    [FAMILY.wife, 'spouse'],
    [FAMILY.son, 'child'],
  ];
  for (const [index, [person, relation]] of members.entries()) {
    if (index > 0) await page.getByRole('button', { name: r.register.addMember, exact: true }).click();
    const field = (name) => page.getByRole('textbox', { name, exact: true }).nth(index);
    await field(r.fields.firstName).fill(person.firstName);
    await field(r.fields.lastName).fill(person.lastName);
    await choose(page, field(r.fields.gender), r.genders[person.gender]);
    await field(r.fields.dateOfBirth).fill(person.born);
    if (relation === 'head') await field(r.fields.personalNumber).fill(PERSONAL_NUMBER);
    else await choose(page, field(r.fields.relationToHead), r.relations[relation]);
    await choose(page, field(r.fields.category), r.categories.returnee_forced);
    await field(r.fields.arrivalDate).fill(daysFromNow(-12));
    await choose(page, field(r.fields.countryReturnedFrom), r.countries.DE, { type: r.countries.DE });
    await choose(page, field(r.fields.community), r.communities.serbian);
    await chooseMany(page, field(r.fields.languages), [r.languages.sr]);
  }
  await screenshot(page, 'case-1-register-sr.png');

  await registerChecked(page, locale, note);
  await see(
    page.getByRole('heading', { name: fill(r.household.titleOf, { name: nameOf(FAMILY.head) }) }),
    'the new household',
  );
  for (const person of Object.values(FAMILY))
    await see(
      page.getByRole('link', { name: nameOf(person), exact: true }),
      `${nameOf(person)} in the household`,
    );

  // Cases › Open a case
  const c = t.cases;
  await page
    .getByRole('navigation', { name: t.nav.main })
    .getByRole('link', { name: c.nav, exact: true })
    .click();
  await page.waitForURL(/\/cases$/, { timeout: TIMEOUT });
  await page.getByRole('button', { name: c.open.button, exact: true }).click();
  await dialog(page).getByRole('textbox', { name: c.open.search }).fill(PERSONAL_NUMBER);
  const hit = dialog(page).getByRole('row').filter({ hasText: PERSONAL_NUMBER });
  await see(hit, `${nameOf(FAMILY.head)} among the people found`);
  await hit.getByRole('button', { name: c.open.pick, exact: true }).click();
  await see(dialog(page).getByText(SETTLEMENT, { exact: false }), 'the household to open the case for');
  await dialog(page).getByRole('button', { name: c.open.confirm, exact: true }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}/, { timeout: TIMEOUT });
  caseState.id = /\/cases\/([0-9a-f-]{36})/.exec(page.url())[1];
  // the case file's heading is its number (wait for it: the list's heading may still be there)
  const number = page.getByRole('heading', { level: 2, name: /^[A-Z]{3}-\d{4}-\d+$/ }).first();
  await see(number, 'the case number');
  caseState.number = (await number.innerText()).trim();
  check(/^[A-Z]{3}-\d{4}-\d+$/.test(caseState.number), `expected a case number, saw "${caseState.number}"`);
  await confirmed(page, fill(c.open.opened, { number: caseState.number }));
  await see(page.getByRole('heading', { name: nameOf(FAMILY.head) }), 'the case of the head of household');

  // the certificate of repatriation for the head, and its PDF
  const o = c.overview;
  await page.getByRole('button', { name: o.issue, exact: true }).click();
  await see(dialog(page).getByRole('heading', { name: o.issueTitle }), 'the certificate dialog');
  await dialog(page).getByRole('button', { name: o.issue, exact: true }).click();
  await notSee(dialog(page), 'the certificate dialog');
  await notSee(page.getByText(o.noCertificates, { exact: true }), `"${o.noCertificates}"`);
  const pdfLink = page.getByRole('link', { name: c.common.downloadPdf, exact: true });
  await see(pdfLink, 'the link to the certificate PDF');
  await screenshot(page, 'case-1-certificate-sr.png');
  const pdf = await downloadPdf(page, pdfLink.first(), 'the certificate PDF');
  pdfSays(pdf, 'the certificate', ['Potvrda o repatrijaciji', nameOf(FAMILY.head), 'Peć']);
  await logout(page, locale);
}

/** 2. qps.peja (Albanian): the visit, the FVN, the plan (approved), the case manager. */
async function assessAndPlan({ page, baseUrl, note }) {
  const locale = 'sq';
  const t = web(locale);
  const c = t.cases;
  const { number } = needCase();
  await login(page, baseUrl, locale, 'qps.peja', 'Ardian Kelmendi');

  // the home queue names the visit that is due
  const due = page.getByRole('link', {
    name: fill(c.queue.visit_due, { number, name: nameOf(FAMILY.head) }),
    exact: true,
  });
  if (await shows(due, 5_000)) await due.click();
  else {
    note('the visit was not among the first items of the home queue; opened the case from the list');
    await openCaseFromList(page, locale);
  }
  await see(page.getByRole('heading', { name: number }), `case ${number}`);

  // the home visit
  await page.getByRole('button', { name: c.visit.button, exact: true }).click();
  await see(dialog(page).getByRole('heading', { name: c.visit.title }), 'the visit dialog');
  await dialog(page)
    .getByRole('textbox', { name: c.visit.notes })
    .fill('Familja u gjet në Goraždevac, tek të afërmit. Biri nuk shkon në shkollë.');
  await dialog(page).getByRole('button', { name: c.visit.button, exact: true }).click();
  await confirmed(page, c.visit.saved);
  await notSee(dialog(page), 'the visit dialog');

  // the FVN on screen
  await openTab(page, locale, 'assessment');
  await page.getByRole('button', { name: c.assessment.fill, exact: true }).click();
  await fillForm(page, {
    definition: definitionOf('fvn'),
    locale,
    answers: fvnAnswers(),
    memberNames: MEMBERS,
  });
  await screenshot(page, 'case-2-fvn-sq.png', { fullPage: false });
  await page.getByRole('button', { name: c.assessment.submit, exact: true }).click();
  await confirmed(page, c.assessment.submitted);
  await see(page.getByText(c.assessment.needs, { exact: true }), 'the needs found by the FVN');

  // the household plan
  const p = c.plan;
  const fr = t.formRenderer;
  await openTab(page, locale, 'plan');
  await page.getByRole('button', { name: p.new, exact: true }).click();
  const editor = dialog(page);
  await see(editor.getByRole('heading', { name: p.newTitle }), 'the plan editor');
  await editor
    .getByRole('textbox', { name: p.goal, exact: true })
    .fill('Nikola në shkollë, dokumentet e lindjes, punë për Đorđen.');
  const school = 'Regjistrimi në shkollë pas testit të njohurive';
  const items = [
    {
      service: school,
      need: fill(p.needOfMember, {
        need: fill(p.needLabel, { domain: fr.domains.education, priority: fr.priorities.high }),
        member: nameOf(FAMILY.son),
      }),
      institution: EDUCATION.sq,
      note: 'Testi i njohurive dhe regjistrimi në klasën e katërt.',
    },
    {
      service: 'Ndërmjetësimi në punësim',
      need: fill(p.needOfMember, {
        need: fill(p.needLabel, { domain: fr.domains.income_employment, priority: fr.priorities.medium }),
        member: nameOf(FAMILY.head),
      }),
      institution: 'ZP Pejë',
      note: '',
    },
  ];
  for (const [index, item] of items.entries()) {
    if (index > 0) await editor.getByRole('button', { name: p.addItem, exact: true }).click();
    const field = (name) => editor.getByRole('textbox', { name, exact: true }).nth(index);
    await choose(page, field(p.service), item.service, { type: item.service.slice(0, 12) });
    await choose(page, field(p.need), item.need);
    await choose(page, field(p.institution), item.institution, { type: item.institution });
    await field(p.targetDate).fill(daysFromNow(60));
    if (item.note) await field(p.note).fill(item.note);
  }
  await screenshot(page, 'case-2-plan-editor-sq.png');
  await editor.getByRole('button', { name: p.save, exact: true }).click();
  await confirmed(page, p.saved);
  await notSee(dialog(page), 'the plan editor');
  await see(page.getByText(school, { exact: true }), 'the school placement in the plan');

  await page.getByRole('button', { name: p.approve, exact: true }).click();
  await see(dialog(page).getByText(fill(p.approveText, { version: 1 })), 'the approval dialog');
  await dialog(page).getByRole('button', { name: p.approve, exact: true }).click();
  await confirmed(page, p.approved);
  await notSee(dialog(page), 'the approval dialog');
  await see(page.getByText(p.statuses.approved, { exact: true }), 'the plan approved');
  await screenshot(page, 'case-2-plan-sq.png');
  const planPdf = await downloadPdf(
    page,
    page.getByRole('link', { name: c.common.downloadPdf, exact: true }).first(),
    'the plan PDF',
  );
  // the person speaks Serbian: the plan prints in Serbian
  pdfSays(planPdf, 'the plan', [
    'Individualni plan reintegracije',
    nameOf(FAMILY.head),
    'Upis u školu nakon provere znanja',
  ]);
  // the responsible institution should be named in the paper's language too
  if (!planPdf.text.includes(EDUCATION.sr)) {
    check(planPdf.text.includes(EDUCATION.sq), `expected the plan PDF to name ${EDUCATION.sr}`);
    note(
      `the Serbian plan PDF names the responsible institution in the user's language ("${EDUCATION.sq}", not "${EDUCATION.sr}")`,
    );
  }

  // the case manager, by a numbered decision
  const m = c.manager;
  await openTab(page, locale, 'manager');
  await page.getByRole('button', { name: m.appoint, exact: true }).click();
  await choose(page, dialog(page).getByRole('textbox', { name: m.user }), `${CASE_MANAGER} (QPS Pejë)`, {
    type: CASE_MANAGER,
  });
  await dialog(page).getByRole('button', { name: m.appoint, exact: true }).click();
  await confirmed(page, m.appointed);
  await see(page.getByText(CASE_MANAGER, { exact: true }).first(), 'the case manager in office');
  const decision = await downloadPdf(
    page,
    page.getByRole('link', { name: c.common.downloadPdf, exact: true }).first(),
    'the decision PDF',
  );
  pdfSays(decision, 'the decision', ['Rešenje o određivanju voditelja slučaja', CASE_MANAGER]);
  await screenshot(page, 'case-2-manager-sq.png');
  await logout(page, locale);
}

/** 3. cm.peja (Albanian): refers the son to the education directorate; the month's monitoring. */
async function referAndMonitor({ page, baseUrl }) {
  const locale = 'sq';
  const t = web(locale);
  const c = t.cases;
  await login(page, baseUrl, locale, 'cm.peja', CASE_MANAGER);
  await openCaseFromList(page, locale);

  const r = c.referrals;
  await openTab(page, locale, 'referrals');
  await page.getByRole('button', { name: r.refer, exact: true }).click();
  const form = dialog(page);
  await see(form.getByRole('heading', { name: r.title }), 'the referral dialog');
  await choose(page, form.getByRole('textbox', { name: r.person }), nameOf(FAMILY.son));
  await choose(
    page,
    form.getByRole('textbox', { name: r.planItem }),
    `Regjistrimi në shkollë pas testit të njohurive · ${c.plan.household} · ${fill(c.plan.version, { version: 1 })}`,
  );
  // the plan item brings its service and responsible institution
  const institution = form.getByRole('textbox', { name: r.institution });
  await valueIs(institution, EDUCATION.sq, 'the plan item to choose');
  await form
    .getByRole('textbox', { name: r.reason })
    .fill('Nikola (10 vjeç) nuk është i regjistruar në shkollë; kërkohet testi i njohurive dhe regjistrimi.');
  await form.getByRole('button', { name: r.refer, exact: true }).click();
  await confirmed(page, r.sent);
  await see(page.getByRole('cell', { name: new RegExp(EDUCATION.sq) }), 'the referral in the list');
  await see(page.getByText(r.statuses.sent, { exact: true }), 'the referral sent');

  const m = c.monitoring;
  await openTab(page, locale, 'monitoring');
  await page.getByRole('button', { name: m.add, exact: true }).click();
  await see(dialog(page).getByRole('heading', { name: m.title }), 'the monitoring dialog');
  await fillForm(page, {
    definition: definitionOf('monitoring'),
    locale,
    answers: monitoringAnswers(),
    memberNames: MEMBERS,
  });
  await screenshot(page, 'case-3-monitoring-sq.png');
  await dialog(page).getByRole('button', { name: c.common.save, exact: true }).click();
  await confirmed(page, m.saved);
  await see(page.getByText(m.receivedSomething, { exact: true }), 'the month entered');
  await logout(page, locale);
}

/** 4. dka.peja (Albanian): the referral in the queue and the inbox, received, accepted, completed. */
async function answerReferral({ page, baseUrl, note }) {
  const locale = 'sq';
  const t = web(locale);
  const inbox = t.cases.inbox;
  const { number } = needCase();
  await login(page, baseUrl, locale, 'dka.peja', 'Hana Nikçi');
  const queued = page.getByRole('link', {
    name: fill(t.cases.queue.referral_awaiting, { institution: 'QPS Pejë', number }),
    exact: true,
  });
  if (await shows(queued, 5_000)) await queued.click();
  else {
    note('the referral was not among the first items of the home queue; opened the inbox from the menu');
    await page
      .getByRole('navigation', { name: t.nav.main })
      .getByRole('link', { name: inbox.nav, exact: true })
      .click();
  }
  await page.waitForURL(/\/referrals\/inbox$/, { timeout: TIMEOUT });

  const row = page.getByRole('row').filter({ hasText: number });
  await see(row, `the referral of case ${number} in the inbox`);
  await see(row.getByText(nameOf(FAMILY.son), { exact: true }), 'the son named in the referral');

  const answer = async (action, text, completedOn) => {
    await row.getByRole('button', { name: inbox[action], exact: true }).click();
    if (text) await dialog(page).getByRole('textbox').first().fill(text);
    if (completedOn)
      await dialog(page).getByRole('textbox', { name: inbox.completedOn, exact: true }).fill(completedOn);
    await dialog(page).getByRole('button', { name: inbox[action], exact: true }).click();
    await notSee(dialog(page), `the dialog "${inbox[action]}"`);
    await confirmed(page, inbox.done);
  };
  await answer('receive');
  await see(row.getByText(t.cases.referrals.statuses.received, { exact: true }), 'the referral received');
  await answer('accept', 'Testi i njohurive caktohet për javën e ardhshme.');
  await see(row.getByText(t.cases.referrals.statuses.accepted, { exact: true }), 'the referral accepted');
  await answer('complete', FEEDBACK, daysFromNow(0));
  await see(row.getByText(t.cases.referrals.statuses.completed, { exact: true }), 'the referral completed');
  await screenshot(page, 'case-4-inbox-sq.png');
  await logout(page, locale);
}

/** 5. zkkk.peja (Serbian): the feedback on the Referrals tab; the closure and its report. */
async function closeCase({ page, baseUrl }) {
  const locale = 'sr';
  const t = web(locale);
  const c = t.cases;
  await login(page, baseUrl, locale, 'zkkk.peja', 'Mimoza Berisha');
  await openCaseFromList(page, locale);

  await openTab(page, locale, 'referrals');
  await see(
    page.getByText(fill(c.referrals.feedback, { feedback: FEEDBACK }), { exact: true }),
    'the education directorate’s feedback',
  );
  await see(page.getByText(c.referrals.statuses.completed, { exact: true }), 'the referral completed');
  await screenshot(page, 'case-5-referrals-sr.png');

  const k = c.close;
  await page.getByRole('button', { name: k.button, exact: true }).click();
  const form = dialog(page);
  await see(form.getByRole('heading', { name: k.title }), 'the closure dialog');
  await choose(page, form.getByRole('textbox', { name: k.outcome }), k.outcomes.sustainable_reintegration);
  await form
    .getByRole('textbox', { name: k.evaluation })
    .fill('Nikola pohađa školu, porodica je dobila izvod i posredovanje pri zapošljavanju.');
  await form.getByRole('textbox', { name: k.coordinator }).fill(COORDINATOR);
  await form.getByRole('button', { name: k.button, exact: true }).click();
  await confirmed(page, k.closed);
  await notSee(dialog(page), 'the closure dialog');
  await see(
    page.getByRole('button', { name: c.reopen.button, exact: true }),
    'the case closed (it may be reopened)',
  );

  await openTab(page, locale, 'overview');
  const report = page.getByRole('link', { name: c.overview.closureReport, exact: true });
  await see(report, 'the link to the closure report');
  await screenshot(page, 'case-5-closed-sr.png');
  const pdf = await downloadPdf(page, report, 'the closure report');
  pdfSays(pdf, 'the closure report', [
    'Izveštaj o zatvaranju slučaja',
    'Održiva reintegracija',
    nameOf(FAMILY.head),
    COORDINATOR,
    'Upis u školu nakon provere znanja',
  ]);
  await htmlLang(page, locale);
  await logout(page, locale);
}

export const caseJourneys = [
  {
    name: 'Case path 1/5 (sr): zkkk.peja registers a family, opens the case, downloads the certificate',
    run: registerAndOpen,
  },
  {
    name: 'Case path 2/5 (sq): qps.peja records the visit and the FVN, approves the plan, appoints the case manager',
    run: assessAndPlan,
  },
  {
    name: 'Case path 3/5 (sq): cm.peja refers the son to education and enters the monthly monitoring',
    run: referAndMonitor,
  },
  { name: 'Case path 4/5 (sq): dka.peja receives, accepts and completes the referral', run: answerReferral },
  {
    name: 'Case path 5/5 (sr): zkkk.peja sees the feedback, closes the case, downloads the closure report',
    run: closeCase,
  },
];
