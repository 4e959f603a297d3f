/* global document -- page.evaluate and waitForFunction callbacks run in the browser */
// The browser journeys of `npm run test:e2e`. Each gets a fresh browser context (no cookies,
// no stored language) whose browser language is English, and the base URL of a server started
// with demo data. A journey throws to fail; `note` records something worth reading that is not
// a failure.
import { careJourneys } from './care-journey.mjs';
import { caseJourneys } from './case-journey.mjs';
import { planJourneys } from './plan-journey.mjs';
import { requestJourneys } from './request-journey.mjs';
import {
  TIMEOUT,
  check,
  chooseHeaderLanguage,
  chooseLoginLanguage,
  fill,
  htmlLang,
  logout,
  notSee,
  openLogin,
  screenshot,
  see,
  seeHome,
  server,
  submitLogin,
  web,
} from './lib.mjs';

export const journeys = [
  {
    name: 'Albanian: qps.peja logs in, sees name and institution, logs out',
    async run({ page, baseUrl }) {
      await openLogin(page, baseUrl);
      await chooseLoginLanguage(page, 'sq');
      await submitLogin(page, 'sq', 'qps.peja');
      await seeHome(page, 'sq', 'Ardian Kelmendi');
      await see(page.getByText('QPS Pejë', { exact: true }), 'the institution "QPS Pejë"');
      await see(
        page.getByText(web('sq').home.queue.title, { exact: true }),
        'the work queue title in Albanian',
      );
      await screenshot(page, 'home-sq.png');
      await logout(page, 'sq');
    },
  },
  {
    name: 'Serbian: zkkk.gjilan logs in, sees the home screen in Serbian, logs out',
    async run({ page, baseUrl }) {
      await openLogin(page, baseUrl);
      await chooseLoginLanguage(page, 'sr');
      await submitLogin(page, 'sr', 'zkkk.gjilan');
      await seeHome(page, 'sr', 'Dragan Jovanović');
      await see(page.getByText('OKZP Gnjilane', { exact: true }), 'the institution "OKZP Gnjilane"');
      await see(
        page.getByText(web('sr').home.queue.title, { exact: true }),
        'the work queue title in Serbian',
      );
      await see(page.getByRole('navigation', { name: web('sr').nav.main }), 'the main menu named in Serbian');
      await screenshot(page, 'home-sr.png');
      await logout(page, 'sr');
    },
  },
  {
    name: 'English: admin.kosovo opens the Users screen and sees users listed, logs out',
    async run({ page, baseUrl, note }) {
      await openLogin(page, baseUrl);
      await chooseLoginLanguage(page, 'en');
      await submitLogin(page, 'en', 'admin.kosovo');
      // admin.kosovo's saved language is Albanian; the app adopts it at login.
      const greeting = (locale) =>
        page.getByRole('heading', { name: fill(web(locale).home.greeting, { name: 'Gentiana Limani' }) });
      await see(greeting('en').or(greeting('sq')), 'the home greeting of Gentiana Limani');
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== 'en') {
        note(
          `after login the interface switched from English to the user's saved language (lang="${lang}"); switched back from the header menu`,
        );
        await chooseHeaderLanguage(page, 'sq', 'en');
      }
      await seeHome(page, 'en', 'Gentiana Limani');
      const t = web('en');
      await page
        .getByRole('navigation', { name: t.nav.main })
        .getByRole('link', { name: t.nav.users, exact: true })
        .click();
      await page.waitForURL(/\/admin\/users$/, { timeout: TIMEOUT });
      await see(page.getByRole('heading', { name: t.users.title, exact: true }), 'the Users heading');
      await see(
        page.getByRole('columnheader', { name: t.users.columns.name, exact: true }),
        'the Name column',
      );
      const rows = page.locator('table tbody tr');
      await see(rows, 'rows in the users table');
      // The demo seeds every Kosovo user; the admin sees the first page of them.
      await page
        .waitForFunction(() => document.querySelectorAll('table tbody tr').length >= 10, null, {
          timeout: TIMEOUT,
        })
        .catch(() => undefined);
      const count = await rows.count();
      check(count >= 10, `expected at least 10 users listed, saw ${count}`);
      await see(page.getByRole('cell', { name: /Gentiana Limani/ }), 'Gentiana Limani in the users table');
      await htmlLang(page, 'en');
      await screenshot(page, 'admin-users-en.png');
      await logout(page, 'en');
    },
  },
  {
    name: 'A wrong password shows the localized error on the login page (sq, sr, en)',
    async run({ page, baseUrl }) {
      await openLogin(page, baseUrl);
      // A different account per language: failed logins count towards the account's throttle.
      const tries = [
        ['sq', 'cm.peja'],
        ['sr', 'kkr.gjilan'],
        ['en', 'plan.puke'],
      ];
      for (const [locale, username] of tries) {
        await chooseLoginLanguage(page, locale);
        await submitLogin(page, locale, username, 'not-the-password');
        const message = server(locale).errors.invalidCredentials;
        await see(
          page
            .getByRole('alert')
            .filter({ hasText: message })
            .or(page.getByText(message, { exact: true })),
          `the error "${message}"`,
        );
        await notSee(page.locator('button[type="submit"][data-loading]'), 'the login button spinner');
        check(/\/login$/.test(page.url()), `expected to stay on /login, at ${page.url()}`);
        await see(
          page.getByRole('heading', { name: web(locale).login.heading }),
          `still the login page in ${locale}`,
        );
      }
      await screenshot(page, 'login-error-en.png');
    },
  },
  // the case path, from registration to closure, over five consecutive journeys
  ...caseJourneys,
  ...planJourneys,
  ...requestJourneys,
  // social care in Pukë: a village head's referral to the Council's approval; a DV order's report
  ...careJourneys,
];
