/* global document -- page.evaluate and waitForFunction callbacks run in the browser */
// Helpers for the browser journeys: the catalogs, a few waits that name what they waited for,
// and the steps every journey shares (choose a language, log in, log out).
//
// Elements are found by role and accessible name, with names read from the same catalogs the
// web app uses (packages/core, built to dist by `npm run build`), so a reworded label does not
// break a journey and a missing translation does.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGS } from '@vatra/core';

export const DEMO_PASSWORD = 'vatra-demo-2026';
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/** <html lang> per interface language (packages/web/src/i18n.ts). */
export const HTML_LANG = { sq: 'sq', sr: 'sr-Latn', 'sr-Cyrl': 'sr-Cyrl', en: 'en' };
/** The language switch on the login page shows each language by its short endonym. */
export const LANGUAGE_SHORT_NAMES = { sq: 'Shqip', sr: 'Srpski', 'sr-Cyrl': 'Српски', en: 'English' };
export const LANGUAGE_NAMES = {
  sq: 'Shqip',
  sr: 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  en: 'English',
};

/** The web catalog of a language. */
export const web = (locale) => CATALOGS[locale].web;
/** The server catalog of a language (error messages). */
export const server = (locale) => CATALOGS[locale].server;

export function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key] ?? ''));
}

export const TIMEOUT = 15_000;

export class JourneyError extends Error {}

/** Waits until the locator shows; fails naming what was expected. */
export async function see(locator, what, timeout = TIMEOUT) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new JourneyError(`expected to see ${what}`);
  }
}

export async function notSee(locator, what, timeout = TIMEOUT) {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout });
  } catch {
    throw new JourneyError(`expected ${what} to go away`);
  }
}

export async function htmlLang(page, locale, timeout = TIMEOUT) {
  const expected = HTML_LANG[locale];
  try {
    await page.waitForFunction((lang) => document.documentElement.lang === lang, expected, { timeout });
  } catch {
    const actual = await page.evaluate(() => document.documentElement.lang);
    throw new JourneyError(
      `expected the page in ${locale} (<html lang="${expected}">), it is lang="${actual}"`,
    );
  }
}

export function check(condition, message) {
  if (!condition) throw new JourneyError(message);
}

/** Saves a screenshot under e2e/screenshots: the whole page, or only the viewport of a long one. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  const path = `${SCREENSHOTS}${name}`;
  await page.screenshot({ path, fullPage });
  return path;
}

/** On the login page: pick the language in its switch and wait for the page to follow. */
export async function chooseLoginLanguage(page, locale) {
  // Whatever language the page is in now, the switch names each language in itself.
  const radio = page.getByRole('radio', { name: LANGUAGE_SHORT_NAMES[locale], exact: true });
  try {
    await radio.waitFor({ state: 'attached', timeout: TIMEOUT });
  } catch {
    throw new JourneyError(`expected the "${LANGUAGE_SHORT_NAMES[locale]}" choice in the language switch`);
  }
  // Mantine hides the radio input itself and shows its label, which is what a person clicks.
  const id = await radio.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await htmlLang(page, locale);
  await see(page.getByRole('heading', { name: web(locale).login.heading }), `the login heading in ${locale}`);
}

export async function openLogin(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  // Not logged in: the app sends us to /login.
  await page.waitForURL(/\/login$/, { timeout: TIMEOUT });
  await see(page.getByRole('button', { name: /.+/ }).first(), 'the login page');
}

export async function submitLogin(page, locale, username, password = DEMO_PASSWORD) {
  const t = web(locale).login;
  await page.getByRole('textbox', { name: t.username }).fill(username);
  await page.getByLabel(t.password, { exact: false }).first().fill(password);
  await page.getByRole('button', { name: t.submit, exact: true }).click();
}

/** After login: the greeting with the user's full name in this language. */
export async function seeHome(page, locale, fullName) {
  const heading = page.getByRole('heading', { name: fill(web(locale).home.greeting, { name: fullName }) });
  await see(heading, `the home greeting "${fill(web(locale).home.greeting, { name: fullName })}"`);
  await htmlLang(page, locale);
}

/** Switches the interface language from the header menu (after login). */
export async function chooseHeaderLanguage(page, from, to) {
  await page.getByRole('button', { name: web(from).language.choose }).click();
  await page.getByRole('menuitem', { name: LANGUAGE_NAMES[to], exact: true }).click();
  await htmlLang(page, to);
}

export async function logout(page, locale) {
  const t = web(locale);
  await page.getByRole('button', { name: t.header.logout, exact: true }).click();
  await page.waitForURL(/\/login$/, { timeout: TIMEOUT });
  await see(
    page.getByRole('heading', { name: t.login.heading }),
    `the login heading in ${locale} after logout`,
  );
  await see(page.getByText(t.login.loggedOut), `the notice "${t.login.loggedOut}"`);
}
