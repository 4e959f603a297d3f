/* global document -- page.evaluate and waitForFunction callbacks run in the browser */
// Helpers for the browser journeys: the catalogs, a few waits that name what they waited for,
// the steps every journey shares (choose a language, log in, log out), dates in the offices'
// time zone and the answering of a rendered form.
//
// Elements are found by role and accessible name, with names read from the same catalogs the
// web app uses (packages/core, built to dist by `npm run build`), so a reworded label does not
// break a journey and a missing translation does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/**
 * Waits until an input's value matches (a string exactly, or a pattern); fails naming what was
 * expected and what it held. Fields filled from data the page is still loading need the wait.
 */
export async function valueIs(input, expected, what, timeout = TIMEOUT) {
  const matches = (value) => (typeof expected === 'string' ? value === expected : expected.test(value));
  const deadline = Date.now() + timeout;
  let value = await input.inputValue();
  while (!matches(value) && Date.now() < deadline) {
    await input.page().waitForTimeout(100);
    value = await input.inputValue();
  }
  check(matches(value), `expected ${what} ${String(expected)}, saw "${value}"`);
  return value;
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

/** Picks an option of a Select, typing first when it is searchable (a RegExp matches the first). */
export async function choose(page, input, option, { type } = {}) {
  await input.click();
  if (type) await input.fill(type);
  const item = page.getByRole('option', { name: option, exact: typeof option === 'string' });
  await see(item, `the option "${option}"`);
  await item.first().click();
}

/** The text of the notification that confirms a step. */
export async function confirmed(page, message) {
  await see(page.getByText(message, { exact: true }), `the confirmation "${message}"`);
}

/** Closes the confirmations still shown (they cover the bottom right of a screenshot). */
export async function dismissToasts(page, locale) {
  const close = page.locator('.vatra-toasts').getByRole('button', { name: web(locale).common.close });
  // each also closes by itself after a few seconds: one gone meanwhile is not a failure
  while ((await close.count()) > 0)
    await close
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined);
}

/** Whether the locator shows within the time (for a step with another way round). */
export const shows = (locator, timeout) =>
  locator
    .first()
    .waitFor({ state: 'visible', timeout })
    .then(
      () => true,
      () => false,
    );

/** Logs in choosing the language on the login page (remembered for the account); sees the home page. */
export async function loginAs(page, baseUrl, locale, username, fullName) {
  await openLogin(page, baseUrl);
  await chooseLoginLanguage(page, locale);
  await submitLogin(page, locale, username);
  await seeHome(page, locale, fullName);
}

/** Text matched literally inside a regular expression. */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A small PDF that pdf readers open (one empty page, cross-reference table with true offsets),
 * written under `name` in a new temporary folder: the scan a journey uploads.
 */
export function tinyPdf(name) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const path = join(mkdtempSync(join(tmpdir(), 'vatra-e2e-scan-')), name);
  writeFileSync(path, body, 'latin1');
  return path;
}

/**
 * Uploads a scan (a small PDF named `name`) of the given document type with the upload dialog of
 * the Documents tab that is open; waits for the confirmation and the dialog to close.
 */
export async function uploadScan(page, locale, name, type) {
  const D = web(locale).cases.documents;
  await page.getByRole('button', { name: D.upload, exact: true }).click();
  const upload = page.getByRole('dialog', { name: D.title });
  await see(upload.getByRole('button', { name: D.file }), 'the upload dialog');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: TIMEOUT }),
    upload.getByRole('button', { name: D.file }).click(),
  ]);
  const path = tinyPdf(name);
  await chooser.setFiles(path);
  await see(upload.getByText(name), 'the scan chosen');
  await choose(page, upload.getByRole('textbox', { name: D.type }), D.types[type]);
  await upload.getByRole('button', { name: D.upload, exact: true }).click();
  await confirmed(page, D.uploaded);
  await notSee(upload, 'the upload dialog');
  // the browser reads the file when it sends it: removed only now
  rmSync(dirname(path), { recursive: true, force: true });
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

/**
 * Saves the household registration form after its duplicate check: other registrations may look
 * alike, and the officer compares and confirms each as a different person (`note` tells how many).
 */
export async function registerChecked(page, locale, note) {
  const r = web(locale).registry;
  await page.getByRole('button', { name: r.register.check, exact: true }).click();
  const clean = page.getByText(r.register.noDuplicates, { exact: true });
  const panel = page.getByRole('heading', { name: r.duplicates.title, exact: true });
  await see(clean.or(panel), 'the result of the duplicate check');
  if (await panel.isVisible()) {
    const boxes = page.getByRole('checkbox', { name: r.duplicates.acknowledge, exact: true });
    const count = await boxes.count();
    for (let i = 0; i < count; i++) await boxes.nth(i).check();
    note(`the duplicate check showed ${count} possible duplicate(s), confirmed as different people`);
  }
  await page.getByRole('button', { name: r.register.save, exact: true }).click();
  await confirmed(page, r.register.created);
}

// ---------------------------------------------------------------------------------------------
// Dates, in the browser's time zone (the runner sets Europe/Belgrade).

export const ZONE = 'Europe/Belgrade';
export const isoDay = (date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);
export const daysFromNow = (days) => isoDay(new Date(Date.now() + days * 86_400_000));

// ---------------------------------------------------------------------------------------------
// The form renderer (components/form-renderer), answered from the labels of the form's definition.

const MAX_INLINE_OPTIONS = 4; // components/form-renderer/look.ts

/**
 * Fills in a rendered form. `answers` go by section key, then field key; a repeated section gets
 * an array of answers, one per member in the order of `memberNames[section.repeat.over]` (each
 * member's fields follow the member's name, in one block). Sections not answered are left alone.
 */
export async function fillForm(page, { definition, locale, answers, memberNames = {} }) {
  const label = (text) => text[locale] ?? text.sq;
  for (const section of definition.sections) {
    const given = answers[section.key];
    if (!given) continue;
    const title = label(section.title);
    const region = page.getByRole('region', { name: title, exact: true });
    await see(region, `the form section "${title}"`);
    const items = section.repeat
      ? given.map((item, index) => {
          const member = memberNames[section.repeat.over][index];
          const heading = region.getByRole('heading', { name: member, exact: true, level: 5 });
          return { answers: item, member, scope: heading.locator('xpath=..') };
        })
      : [{ answers: given, scope: region }];
    for (const item of items) {
      for (const field of section.fields) {
        if (!(field.key in item.answers)) continue;
        const where = `"${label(field.label)}" in "${title}"${item.member ? ` for ${item.member}` : ''}`;
        try {
          await answerField(page, item.scope, field, item.answers[field.key], locale);
        } catch (error) {
          if (error instanceof JourneyError) throw error;
          throw new JourneyError(`could not answer ${where}: ${error.message.split('\n')[0]}`);
        }
      }
    }
  }
}

/** Answers one field of the renderer by its type (see components/form-renderer/FieldInput.tsx). */
export async function answerField(page, scope, field, value, locale) {
  const fr = web(locale).formRenderer;
  const label = (text) => text[locale] ?? text.sq;
  const name = label(field.label);
  const named = (role, accessibleName = name) => scope.getByRole(role, { name: accessibleName, exact: true });
  const optionLabel = (key) => label(field.options.find((option) => option.key === key).label);
  const yesNo = (group, yes) => group.getByRole('radio', { name: yes ? fr.yes : fr.no, exact: true }).check();
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'number':
    case 'date':
      return named('textbox').fill(String(value));
    case 'boolean':
      return yesNo(named('radiogroup'), value);
    case 'single_choice':
      // a few options are radio buttons, more a select
      return field.options.length > MAX_INLINE_OPTIONS
        ? choose(page, named('textbox'), optionLabel(value))
        : named('radiogroup')
            .getByRole('radio', { name: optionLabel(value), exact: true })
            .check();
    case 'multiple_choice':
      for (const key of value)
        await named('group')
          .getByRole('checkbox', { name: optionLabel(key), exact: true })
          .check();
      return;
    case 'need':
      await yesNo(named('radiogroup'), value.needed);
      if (value.needed) {
        // a need without a fixed domain asks for one
        if (!field.domain) await choose(page, named('textbox', fr.need.domain), fr.domains[value.domain]);
        await named('radiogroup', fr.need.priority)
          .getByRole('radio', { name: fr.priorities[value.priority], exact: true })
          .check();
      }
      if (value.note) await named('textbox', fr.need.note).fill(value.note);
      return;
    default:
      throw new JourneyError(`the journey cannot fill a "${field.type}" field ("${name}")`);
  }
}
