// Social care in Pukë (Albania) as browser journeys in Albanian that share one care case through
// the server: the village head of Kçirë phones about an old man living alone; the social services
// officer registers him, opens the case, assesses needs and risk, makes a care plan with a place
// in the day centre for the elderly, puts him on its waiting list (the centre is full: a place is
// freed and goes to the first waiting), proposes him to the Municipal Council with his
// documentation and records the Council's decision. The DV coordinator sees the 60-day report of
// a protection order falling due; the officer does not see that restricted case. The case is
// read once in Serbian and in English.
//
// Every later journey needs the case of the first; when an earlier one failed they fail saying so.
import { readFileSync } from 'node:fs';
import { formatDate } from '@vatra/core';
import {
  JourneyError,
  TIMEOUT,
  check,
  choose,
  chooseHeaderLanguage,
  confirmed,
  daysFromNow,
  dismissToasts,
  escapeRegExp,
  fill,
  fillForm,
  loginAs,
  logout,
  notSee,
  registerChecked,
  screenshot,
  see,
  shows,
  uploadScan,
  web,
  valueIs,
} from './lib.mjs';

const LOCALE = 'sq';
const t = web(LOCALE);
const C = t.care;
const S = t.careServices;
const D = t.careDv;

/** The people of Pukë's demo institutions (packages/server/src/demo/users.ts). */
const PEOPLE = {
  sss: ['sss.puke', 'Drita Lleshi'],
  dv: ['dv.puke', 'Marije Prendi'],
};

/** The client (invented): an old man living alone in Kçirë, and the village head who phoned. */
const CLIENT = { firstName: 'Ndue', lastName: 'Gjonmarkaj', fatherName: 'Zef', born: '1941-03-14' };
const CLIENT_NAME = `${CLIENT.firstName} ${CLIENT.lastName}`;
const SETTLEMENT = 'Kçirë';
const REFERRER = 'Mark Pjetri, kryetari i fshatit Kçirë';
const DAY_CENTRE = 'day_centre_elderly';

const SERVICES = JSON.parse(
  readFileSync(new URL('../config/albania/care-services.json', import.meta.url), 'utf8'),
).services;
const serviceName = (code) => SERVICES.find((service) => service.code === code).name[LOCALE];

/** What the journeys hand on to each other. */
const state = { caseId: null, caseNumber: null, personId: null, providerId: null, dvNumber: null };

function need(...keys) {
  for (const key of keys)
    if (!state[key]) throw new JourneyError(`no ${key}: an earlier care journey did not get that far`);
  return state;
}

// ---------------------------------------------------------------------------------------------
// Helpers.

const login = (page, baseUrl, who) => loginAs(page, baseUrl, LOCALE, ...PEOPLE[who]);
const escape = escapeRegExp;

async function nav(page, label) {
  await page
    .getByRole('navigation', { name: t.nav.main })
    .getByRole('link', { name: label, exact: true })
    .click();
}

async function openTab(page, name) {
  await page.getByRole('tab', { name, exact: true }).click();
  await see(page.getByRole('tab', { name, exact: true, selected: true }), `the "${name}" tab selected`);
}

/** The JSON of an API read, with the session of the page. */
async function apiGet(page, path) {
  const response = await page.request.get(new URL(path, page.url()).toString());
  check(response.ok(), `expected ${path} to answer 200, got ${response.status()}`);
  return response.json();
}

/** The care case from the social-care list, by its number. */
async function openCase(page) {
  const { caseId, caseNumber } = need('caseId', 'caseNumber');
  await nav(page, C.nav);
  await page.waitForURL(/\/care$/, { timeout: TIMEOUT });
  const link = page.getByRole('link', { name: caseNumber, exact: true });
  if ((await link.count()) === 0) await page.goto(new URL(`/care/cases/${caseId}`, page.url()).toString());
  else await link.click();
  await page.waitForURL(new RegExp(`/care/cases/${caseId}`), { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: caseNumber }), `the heading of case ${caseNumber}`);
}

/** The signed assessment, uploaded on the Documents tab of his care case; returns its file name. */
async function uploadAssessmentScan(page) {
  const { caseNumber } = need('caseNumber');
  const name = `vleresimi-nevojave-${CLIENT.lastName.toLowerCase()}-${Date.now().toString(36)}.pdf`;
  await openCase(page);
  const tab = C.file.documents;
  if (!tab || !(await shows(page.getByRole('tab', { name: tab, exact: true }), 2_000)))
    throw new JourneyError(
      `the care case ${caseNumber} has no Documents tab, and the social services officer has no other screen (nor the case.document scope) to upload his documentation for the Council`,
    );
  await openTab(page, tab);
  await uploadScan(page, LOCALE, name, 'assessment');
  await see(page.getByText(name, { exact: true }), 'the scan among the documents of the care case');
  await dismissToasts(page, LOCALE);
  return name;
}

// ---------------------------------------------------------------------------------------------
// The assessment form, answered from its definition's labels (components/form-renderer).

const FORM = JSON.parse(
  readFileSync(new URL('../config/forms/albania/care_assessment.v1.json', import.meta.url), 'utf8'),
);
const ASSESSMENT = {
  contact: { assessed_on: daysFromNow(0), place: 'home', person_present: true },
  situation: {
    lives_alone: true,
    income: 'pension',
    disability: false,
    can_leave_home: false,
    chronic_illness: true,
    description:
      'Jeton vetëm në shtëpinë e familjes në Kçirë; i biri është në emigracion. Ka hipertension dhe vështirësi në ecje; dimrin e kaloi pa ngrohje të mjaftueshme.',
  },
  needs: {
    care_needs: ['day_care', 'home_care', 'socialisation'],
    health: { needed: true, priority: 'high' },
  },
  risk: {
    factors: ['isolation', 'serious_illness'],
    immediate_danger: false,
    risk_level: 'high',
    rationale: 'I moshuar, jeton i vetëm dhe i izoluar, me sëmundje kronike dhe pa kujdes familjar në vend.',
  },
};

// ---------------------------------------------------------------------------------------------
// The journeys.

/** 1. sss.puke registers the man the village head phoned about and opens his care case. */
async function openCareCase({ page, baseUrl, note }) {
  await login(page, baseUrl, 'sss');
  await nav(page, C.nav);
  await page.waitForURL(/\/care$/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: C.title, exact: true }), 'the social-care list');

  // the person is looked for first; nobody matches, so the household is registered
  await page.getByRole('button', { name: C.open.button, exact: true }).click();
  const modal = page.getByRole('dialog', { name: C.open.title });
  await modal.getByRole('textbox', { name: C.open.search }).fill(CLIENT_NAME);
  await see(modal.getByText(C.open.noMatch, { exact: true }), `nobody found for "${CLIENT_NAME}"`);
  await modal.getByRole('link', { name: C.open.register, exact: true }).click();
  await page.waitForURL(/\/registry\/new\?category=resident$/, { timeout: TIMEOUT });

  const r = t.registry;
  await see(page.getByRole('heading', { name: r.register.title, exact: true }), 'the registration page');
  // the officer's municipality is chosen once the places have loaded
  const municipality = page.getByRole('textbox', { name: r.fields.municipality, exact: true });
  await valueIs(municipality, /Puk/, 'the municipality chosen');
  await page.getByRole('textbox', { name: r.fields.settlement, exact: true }).fill(SETTLEMENT);
  const field = (name) => page.getByRole('textbox', { name, exact: true }).first();
  await field(r.fields.firstName).fill(CLIENT.firstName);
  await field(r.fields.lastName).fill(CLIENT.lastName);
  await field(r.fields.fatherName).fill(CLIENT.fatherName);
  await choose(page, field(r.fields.gender), r.genders.male);
  await field(r.fields.dateOfBirth).fill(CLIENT.born);
  await valueIs(field(r.fields.category), r.categories.resident, 'the category preset from social care');
  await registerChecked(page, LOCALE, note);
  await see(
    page.getByRole('heading', { name: fill(r.household.titleOf, { name: CLIENT_NAME }) }),
    'the new household',
  );

  // back to social care: the person is found now and the case opened
  await nav(page, C.nav);
  await page.waitForURL(/\/care$/, { timeout: TIMEOUT });
  await page.getByRole('button', { name: C.open.button, exact: true }).click();
  await modal.getByRole('textbox', { name: C.open.search }).fill(CLIENT.lastName);
  const hit = modal.getByRole('row').filter({ hasText: CLIENT_NAME });
  await see(hit, `${CLIENT_NAME} among the persons found`);
  await hit.getByRole('button', { name: C.open.pick, exact: true }).click();
  await see(modal.getByText(CLIENT_NAME, { exact: true }), `${CLIENT_NAME} chosen`);
  await choose(
    page,
    modal.getByRole('textbox', { name: C.open.channel, exact: true }),
    C.channels.village_head,
  );
  await choose(
    page,
    modal.getByRole('textbox', { name: C.open.receivedBy, exact: true }),
    C.receivedBy.phone,
  );
  await modal.getByRole('textbox', { name: C.open.party }).fill(REFERRER);
  const groups = modal.getByRole('textbox', { name: C.open.targetGroups, exact: true });
  await choose(page, groups, C.targetGroups.elderly);
  await page.keyboard.press('Escape');
  await modal
    .getByRole('textbox', { name: C.open.summary, exact: true })
    .fill(
      'Kryetari i fshatit telefonoi: Ndue jeton vetëm që kur i biri emigroi, rrallë del nga shtëpia dhe nuk ka kush e ndihmon me ushqimin dhe ilaçet.',
    );
  await screenshot(page, 'care-1-open-sq.png', { fullPage: false });
  await modal.getByRole('button', { name: C.open.submit, exact: true }).click();
  await page.waitForURL(/\/care\/cases\/[0-9a-f-]{36}/, { timeout: TIMEOUT });
  const number = page.getByRole('heading', { name: /^PUK-SH-\d{4}-\d+$/ });
  await see(number, 'the case number PUK-SH-…');
  state.caseNumber = (await number.innerText()).trim();
  state.caseId = /\/care\/cases\/([0-9a-f-]{36})/.exec(page.url())[1];
  await confirmed(page, fill(C.open.opened, { number: state.caseNumber }));
  const kase = await apiGet(page, `/api/care/cases/${state.caseId}`);
  state.personId = kase.person.id;
  check(
    kase.channel === 'village_head' && kase.receivedBy === 'phone' && kase.referringParty === REFERRER,
    `expected the village head's phone referral "${REFERRER}", it says ${kase.channel} / ${kase.receivedBy} / ${kase.referringParty}`,
  );
  await see(page.getByText(C.receivedVia.phone, { exact: true }), 'received by phone, on the overview');
  await see(page.getByText(C.channels.village_head, { exact: true }), 'the channel on the overview');
  await see(page.getByText(REFERRER, { exact: true }), 'the village head as the referrer');
  await see(page.getByText(C.statuses.identified, { exact: true }), 'the case identified');
  await see(page.getByText(C.risk.none, { exact: true }), 'no risk level yet');
  await dismissToasts(page, LOCALE);
  await screenshot(page, 'care-1-case-sq.png');
  await logout(page, LOCALE);
}

/** 2. The needs-and-risk assessment on the assessment tab; the risk level on the case. */
async function assess({ page, baseUrl }) {
  need('caseId');
  await login(page, baseUrl, 'sss');
  await openCase(page);
  await openTab(page, C.file.assessment);
  await see(page.getByText(C.assessment.notYet, { exact: true }), 'no assessment yet');
  await page.getByRole('button', { name: C.assessment.fill, exact: true }).click();
  await fillForm(page, { definition: FORM, locale: LOCALE, answers: ASSESSMENT });
  await page.getByRole('button', { name: C.assessment.submit, exact: true }).click();
  await confirmed(page, C.assessment.submitted);
  await see(page.getByText(C.statuses.assessed, { exact: true }), 'the case assessed');
  // the level in the case's header and on the assessment
  const badges = page.getByText(C.risk.high, { exact: true });
  await see(badges, `the risk level "${C.risk.high}"`);
  // the header and the assessment render apart: wait for the second before counting
  await badges
    .nth(1)
    .waitFor({ state: 'visible', timeout: TIMEOUT })
    .catch(() => undefined);
  const count = await badges.count();
  check(count >= 2, `expected "${C.risk.high}" in the header and on the assessment, saw it ${count} time(s)`);
  await dismissToasts(page, LOCALE);
  await page.getByRole('heading', { name: state.caseNumber }).scrollIntoViewIfNeeded();
  await screenshot(page, 'care-2-assessed-sq.png', { fullPage: false });
  await logout(page, LOCALE);
}

/** 3. The care plan with the day centre for the elderly. */
async function plan({ page, baseUrl }) {
  need('caseId');
  await login(page, baseUrl, 'sss');
  await openCase(page);
  await openTab(page, C.file.plan);
  await page.getByRole('button', { name: C.plan.make, exact: true }).click();
  await page
    .getByRole('textbox', { name: C.plan.goal, exact: true })
    .fill(
      'Ndue të mos jetë i izoluar: qendra ditore në ditët e punës, ushqim i ngrohtë dhe kontroll mjekësor.',
    );
  await page.getByRole('textbox', { name: C.plan.reviewOn, exact: true }).fill(daysFromNow(90));
  const service = serviceName(DAY_CENTRE);
  await choose(page, page.getByRole('textbox', { name: C.plan.service, exact: true }), service, {
    type: 'ditore për të moshuar',
  });
  await page.getByRole('textbox', { name: C.plan.targetDate, exact: true }).fill(daysFromNow(30));
  await page
    .getByRole('textbox', { name: C.plan.note, exact: true })
    .fill('Transporti nga Kçira me furgonin e bashkisë.');
  await page.getByRole('button', { name: C.plan.submit, exact: true }).click();
  await confirmed(page, C.plan.saved);
  const row = page.getByRole('row').filter({ hasText: service });
  await see(row, `"${service}" in the care plan`);
  await see(row.getByText(C.plan.itemStatuses.planned, { exact: true }), 'the item planned');
  await see(page.getByText(C.statuses.planned, { exact: true }), 'the case planned');
  await dismissToasts(page, LOCALE);
  await screenshot(page, 'care-3-plan-sq.png', { fullPage: false });
  await logout(page, LOCALE);
}

/** The provider's day centre for the elderly as the API reports it now. */
async function dayCentre(page, providerId) {
  const provider = await apiGet(page, `/api/care/providers/${providerId}`);
  const service = provider.services.find((s) => s.serviceCode === DAY_CENTRE);
  const enrolments = provider.enrolments.filter((e) => e.providerServiceId === service.id);
  return { provider, service, enrolments };
}

/** The card of the day centre on the provider's page. */
const centreCard = (page) =>
  page
    .locator('.mantine-Paper-root')
    .filter({ has: page.getByText(serviceName(DAY_CENTRE), { exact: true }) })
    .last();

/**
 * 4. The day centre of Pukë: he goes on its waiting list; a place is freed and the first waiting
 * takes it. Whatever the demo holds: occupancy and queue are read first.
 */
async function enrol({ page, baseUrl, note }) {
  const { personId } = need('caseId', 'personId');
  await login(page, baseUrl, 'sss');
  await nav(page, S.nav);
  await page.waitForURL(/\/care-services/, { timeout: TIMEOUT });
  await see(page.getByRole('heading', { name: S.title, exact: true }), 'the care services page');

  // the provider of Pukë with a day centre for the elderly, fullest first
  const { items } = await apiGet(page, '/api/care/providers');
  const offering = items
    .map((provider) => ({ provider, service: provider.services.find((s) => s.serviceCode === DAY_CENTRE) }))
    .filter((entry) => entry.service && entry.provider.licenceStatus !== 'expired')
    .sort((a, b) => b.service.waiting - a.service.waiting || b.service.occupied - a.service.occupied);
  check(offering.length > 0, 'expected a provider of Pukë with a day centre for the elderly');
  const { provider } = offering[0];
  state.providerId = provider.id;
  await page.getByRole('link', { name: provider.name, exact: true }).click();
  await see(page.getByRole('heading', { name: provider.name, exact: true }), `the page of ${provider.name}`);
  const before = (await dayCentre(page, provider.id)).service;
  const card = centreCard(page);
  await see(
    card.getByText(
      new RegExp(
        escape(fill(S.providers.occupancy, { occupied: before.occupied, capacity: before.capacity })),
      ),
    ),
    `the occupancy ${before.occupied} of ${before.capacity}`,
  );

  // he goes on the waiting list: preselected when the centre is full or has a queue
  await card.getByRole('button', { name: S.provider.enrol, exact: true }).click();
  const form = page.getByRole('dialog', {
    name: fill(S.enrolForm.title, { service: serviceName(DAY_CENTRE) }),
  });
  await see(form.getByRole('button', { name: S.enrolForm.submit, exact: true }), 'the enrolment dialog');
  await choose(
    page,
    form.getByRole('textbox', { name: S.enrolForm.person, exact: true }),
    new RegExp(`^${CLIENT_NAME}`),
    {
      type: CLIENT_NAME,
    },
  );
  const waitingBox = form.getByRole('checkbox', { name: S.enrolForm.waitingList });
  const preset = await waitingBox.isChecked();
  const full = before.free === 0 || before.waiting > 0;
  check(
    preset === full,
    `expected the waiting list ${full ? '' : 'not '}preselected (the centre ${before.occupied}/${before.capacity}, ${before.waiting} waiting)`,
  );
  // without the Council's approval he cannot take a place yet: the waiting list in any case
  if (!preset) await waitingBox.check();
  await form.getByRole('button', { name: S.enrolForm.submit, exact: true }).click();
  await confirmed(page, S.saved.enrolled);
  await notSee(form, 'the enrolment dialog');

  const position = before.waiting + 1;
  const mine = card.getByRole('row').filter({ hasText: CLIENT_NAME });
  await see(mine.getByText(S.status.waiting, { exact: true }), `${CLIENT_NAME} on the waiting list`);
  const shownPosition = (await mine.getByRole('cell').nth(2).innerText()).trim();
  check(
    shownPosition === String(position),
    `expected him ${position} on the waiting list, the page says "${shownPosition}"`,
  );
  await see(
    card.getByText(fill(S.providers.waiting, { count: position }), { exact: false }),
    `"${fill(S.providers.waiting, { count: position })}" on the centre`,
  );
  await dismissToasts(page, LOCALE);
  await screenshot(page, 'care-4-waiting-sq.png');

  // a place is freed: someone in the centre leaves (only when it is full)
  let now = await dayCentre(page, provider.id);
  if (now.service.free === 0) {
    const leaving = now.enrolments.find(
      (e) => e.status === 'active' && !e.person.hidden && e.person.id !== personId,
    );
    check(Boolean(leaving), 'expected someone in the centre whose place can end');
    const row = card.getByRole('row').filter({ hasText: leaving.person.name });
    await row.getByRole('button', { name: S.provider.end, exact: true }).click();
    const end = page.getByRole('dialog', { name: fill(S.endForm.title, { person: leaving.person.name }) });
    await end.getByRole('textbox', { name: S.endForm.note }).fill('Kalon në kujdesin e familjes në Shkodër.');
    await end.getByRole('button', { name: S.endForm.submit, exact: true }).click();
    await confirmed(page, S.saved.ended);
    await notSee(end, 'the dialog to end the place');
    now = await dayCentre(page, provider.id);
  }
  const first = now.enrolments.find((e) => e.status === 'waiting' && e.position === 1);
  if (first && first.person.id !== personId) {
    check(first.offered, `expected the first waiting (${first.person.name}) offered the free place`);
    const row = card.getByRole('row').filter({ hasText: first.person.name });
    await see(
      row.getByText(S.provider.offered, { exact: true }),
      `the place offered to ${first.person.name}`,
    );
    await row.getByRole('button', { name: S.provider.activate, exact: true }).click();
    await confirmed(page, S.saved.activated);
    await see(row.getByText(S.status.active, { exact: true }), `${first.person.name} in the centre`);
    const after = (await dayCentre(page, provider.id)).enrolments.find((e) => e.person.id === personId);
    check(
      after.position === position - 1,
      `expected him to move up to ${position - 1} on the waiting list, he is ${after.position}`,
    );
    await see(
      mine.getByRole('cell', { name: String(position - 1), exact: true }),
      `him ${position - 1} on the list`,
    );
  } else note('he was first on the waiting list himself: nobody else to give the freed place to');
  await dismissToasts(page, LOCALE);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'care-4-place-given-sq.png', { fullPage: false });
  await logout(page, LOCALE);
}

/** 5. He is proposed to the Municipal Council with a document; the list is sent; the decision recorded. */
async function council({ page, baseUrl }) {
  const { caseNumber } = need('caseId', 'personId', 'caseNumber');
  await login(page, baseUrl, 'sss');
  // his documentation: the signed assessment, uploaded to his care case
  const scan = await uploadAssessmentScan(page);
  await nav(page, S.nav);
  await see(page.getByRole('heading', { name: S.title, exact: true }), 'the care services page');
  await page.getByRole('tab', { name: S.tabs.council, exact: true }).click();
  await page.getByRole('button', { name: S.council.new, exact: true }).click();
  const create = page.getByRole('dialog', { name: S.council.newTitle });
  const title = 'Përfituesit e propozuar të qendrës ditore për të moshuarit';
  await create.getByRole('textbox', { name: S.council.listTitle }).fill(title);
  await create.getByRole('button', { name: S.council.create, exact: true }).click();
  await see(page.getByRole('heading', { name: title, exact: true }), 'the new list');
  await see(page.getByText(S.listStatus.draft, { exact: true }), 'the list a draft');

  // he is proposed with the scan
  await page.getByRole('button', { name: S.council.propose, exact: true }).first().click();
  const form = page.getByRole('dialog', { name: S.council.proposeTitle });
  await choose(
    page,
    form.getByRole('textbox', { name: S.enrolForm.person, exact: true }),
    new RegExp(`^${CLIENT_NAME}`),
    {
      type: CLIENT_NAME,
    },
  );
  await choose(
    page,
    form.getByRole('textbox', { name: S.council.service, exact: true }),
    serviceName(DAY_CENTRE),
  );
  // his care case is named on the proposal (his only open one, preselected), so the case's
  // documents are offered beside his own
  const picked = form.getByRole('textbox', { name: S.careCase.label, exact: true });
  await see(picked, 'the care case on the proposal');
  await valueIs(picked, new RegExp(`^${escapeRegExp(caseNumber)}`), 'his care case preselected');
  await form.getByRole('textbox', { name: S.council.pickDocuments, exact: true }).click();
  const offered = page.getByRole('option', { name: scan, exact: true });
  if (!(await shows(offered, 5_000)))
    throw new JourneyError(`the proposal does not offer "${scan}", uploaded to his care case ${caseNumber}`);
  await offered.click();
  await page.keyboard.press('Escape');
  await form
    .getByRole('textbox', { name: S.council.note })
    .fill(
      `Rasti ${caseNumber}: i moshuar që jeton vetëm, risk i lartë; në listën e pritjes së qendrës ditore.`,
    );
  await form.getByRole('button', { name: S.council.propose, exact: true }).click();
  await confirmed(page, S.saved.list);
  const row = page.getByRole('row').filter({ hasText: CLIENT_NAME });
  await see(row.getByText(scan), 'the document on the proposal');

  await page.getByRole('button', { name: S.council.submit, exact: true }).click();
  await confirmed(page, S.saved.submitted);
  await see(page.getByText(S.listStatus.submitted, { exact: true }), 'the list sent to the Council');

  await page.getByRole('button', { name: S.council.decide, exact: true }).click();
  const decide = page.getByRole('dialog', { name: S.council.decideTitle });
  const decision = 'VKB nr. 87';
  await decide.getByRole('textbox', { name: S.council.decisionNumber }).fill(decision);
  const date = daysFromNow(0);
  await decide.getByRole('textbox', { name: S.council.decisionDate }).fill(date);
  await decide.getByRole('button', { name: S.council.save, exact: true }).click();
  await confirmed(page, S.saved.decided);
  await see(page.getByText(S.listStatus.decided, { exact: true }), 'the list decided');
  await see(
    page.getByText(fill(S.council.decisionRef, { number: decision, date: formatDate(LOCALE, date) }), {
      exact: true,
    }),
    'the Council decision number and date',
  );
  await see(row.getByText(S.decision.approved, { exact: true }), `${CLIENT_NAME} approved`);
  await dismissToasts(page, LOCALE);
  await screenshot(page, 'care-5-council-sq.png');
  const kase = await apiGet(page, `/api/care/cases/${need('caseId').caseId}`);
  check(
    kase.timeline.some((event) => event.kind === 'council.decided'),
    'expected the Council decision on the care case timeline',
  );
  await logout(page, LOCALE);
}

/** 6. dv.puke: the 60-day report of the order falls due in the queue; the order on the DV tab. */
async function dvReport({ page, baseUrl }) {
  await login(page, baseUrl, 'dv');
  const home = await apiGet(page, '/api/home');
  const item = home.queue.find((entry) => entry.kind === 'dv_report_due');
  check(Boolean(item), 'expected a protection-order report falling due in the DV coordinator’s queue');
  check(
    item.dueOn === daysFromNow(5) ||
      item.dueOn === new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10),
    `expected the first 60-day report due in 5 days (${daysFromNow(5)}), it is due ${item.dueOn}`,
  );
  state.dvNumber = item.titleValues.number;
  const title = fill(D.queue.dv_report_due, item.titleValues);
  const link = page.getByRole('link', { name: title, exact: true });
  await see(link, `"${title}" in the work queue`);
  const row = page.getByRole('row').filter({ has: link });
  const due = formatDate(LOCALE, item.dueOn);
  await see(row.getByText(due, { exact: true }), `the due date "${due}" (a date, no time)`);
  const shown = (await row.getByRole('cell').nth(1).innerText()).trim();
  check(!/\d:\d\d/.test(shown), `expected a date without time in the queue, saw "${shown}"`);
  const kind = t.cases.queueKinds.dv_report_due;
  await see(row.getByText(kind, { exact: true }), `the kind of the work item "${kind}"`);
  await screenshot(page, 'care-6-dv-queue-sq.png');

  await link.click();
  await page.waitForURL(/\/care\/cases\/[0-9a-f-]{36}\?tab=dv$/, { timeout: TIMEOUT });
  await see(page.getByRole('tab', { name: D.tab, exact: true, selected: true }), 'the DV tab');
  const order = item.titleValues.order;
  await see(page.getByText(`${D.orders.kinds.regular} · ${order}`, { exact: true }), `the order ${order}`);
  await see(page.getByText(D.orders.valid, { exact: true }), 'the order in force');
  const slot = page.getByRole('row').filter({ hasText: `${fill(D.reports.period, { index: 1 })} · ${due}` });
  await see(slot, `report 1 due ${due}`);
  await see(slot.getByText(D.reports.states.due_soon, { exact: true }), 'the report falling due');
  await screenshot(page, 'care-6-dv-tab-sq.png');
  await logout(page, LOCALE);
}

/** 7. sss.puke does not see the restricted DV case, neither listed nor opened. */
async function dvHidden({ page, baseUrl }) {
  const { dvNumber } = need('dvNumber');
  await login(page, baseUrl, 'sss');
  await nav(page, C.nav);
  await page.waitForURL(/\/care$/, { timeout: TIMEOUT });
  await see(page.locator('table tbody tr').first(), 'the care cases of Pukë');
  check(
    (await page.getByRole('link', { name: dvNumber, exact: true }).count()) === 0,
    `expected the DV case ${dvNumber} not in her list`,
  );
  const numbers = [];
  for (let p = 1; p <= 20; p++) {
    const list = await apiGet(page, `/api/care/cases?page=${p}&pageSize=100`);
    numbers.push(...list.items.map((kase) => kase.number));
    if (list.items.length < 100) break;
  }
  check(
    !numbers.includes(dvNumber),
    `expected the DV case ${dvNumber} not among her ${numbers.length} cases`,
  );
  check(numbers.length > 0, 'expected her to see the other care cases of Pukë');
  await logout(page, LOCALE);
}

/** 8. The case read in Serbian and in English: screenshots to look at. */
async function otherLanguages({ page, baseUrl }) {
  need('caseId');
  await login(page, baseUrl, 'sss');
  await openCase(page);
  await chooseHeaderLanguage(page, 'sq', 'sr');
  const sr = web('sr').care;
  await see(page.getByText(sr.channels.village_head, { exact: true }), 'the channel in Serbian');
  await screenshot(page, 'care-8-case-sr.png');
  await openTab(page, sr.file.assessment);
  await see(page.getByText(sr.risk.high, { exact: true }), 'the risk level in Serbian');
  await screenshot(page, 'care-8-assessment-sr.png');
  await openTab(page, sr.file.timeline);
  await screenshot(page, 'care-8-timeline-sr.png');
  await chooseHeaderLanguage(page, 'sr', 'en');
  const en = web('en').care;
  await openTab(page, en.file.plan);
  await see(page.getByRole('heading', { name: en.plan.title, exact: true }), 'the plan in English');
  await screenshot(page, 'care-8-plan-en.png');
  await openTab(page, en.file.overview);
  await screenshot(page, 'care-8-case-en.png');
  await chooseHeaderLanguage(page, 'en', 'sq');
  await logout(page, LOCALE);
}

export const careJourneys = [
  {
    name: 'Social care 1/8 (sq): sss.puke registers a man the village head of Kçirë phoned about and opens his care case',
    run: openCareCase,
  },
  {
    name: 'Social care 2/8 (sq): sss.puke assesses needs and risk; the risk level on the care case',
    run: assess,
  },
  { name: 'Social care 3/8 (sq): sss.puke makes the care plan with the day centre', run: plan },
  {
    name: 'Social care 4/8 (sq): sss.puke puts him on the day centre waiting list; a freed place goes to the first waiting',
    run: enrol,
  },
  {
    name: 'Social care 5/8 (sq): sss.puke proposes him to the Council with a document, sends the list, records the decision',
    run: council,
  },
  {
    name: 'Social care 6/8 (sq): dv.puke sees the 60-day report of a protection order falling due, and the order on the DV tab',
    run: dvReport,
  },
  { name: 'Social care 7/8 (sq): sss.puke does not see the restricted DV case', run: dvHidden },
  { name: 'Social care 8/8 (sr, en): the care case read in Serbian and English', run: otherLanguages },
];
