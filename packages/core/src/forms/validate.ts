import type { server } from '../i18n/messages/en/server.js';
import { isFieldRequired, isFieldVisible, lookupIn } from './conditions.js';
import {
  MEMBER_KEY,
  NEED_DOMAINS,
  NEED_PRIORITIES,
  type FormDefinition,
  type FormField,
  type FormSection,
  type NeedDomain,
  type NeedPriority,
  type RepeatOver,
} from './definition.js';

// Validates a submission against the definition it was filled in. Pure: no I/O, no clock.
// Problems carry the catalog keys of server.fields.* so the server answers in the user's language.

/** A field message key of the server catalog ("server.fields.required", …). */
export type FieldMessageKey = `server.fields.${keyof typeof server.fields}`;

export interface FormProblem {
  /** Dotted path: 'housing.rooms', or 'documents.2.documents_missing' in a repeated section. */
  path: string;
  key: FieldMessageKey;
  values?: Record<string, string | number>;
}

export type NeedValue =
  | { needed: true; domain: NeedDomain; priority: NeedPriority; note?: string }
  | { needed: false; note?: string };

export type FieldValue = string | number | boolean | string[] | NeedValue;

/** The answers of a section; an item of a repeated section also holds `member` (the person id). */
export type SectionValues = Record<string, FieldValue>;

/** Cleaned form data: every section present, repeated ones as arrays, empty answers left out. */
export type FormValues = Record<string, SectionValues | SectionValues[]>;

export interface ValidateOptions {
  /**
   * The ids of the members each repeat covers (from the household). When given, every item must
   * name one of them, once, and every one of them must have an item.
   */
  members?: Partial<Record<RepeatOver, string[]>>;
}

export type FormValidation = { ok: true; data: FormValues } | { ok: false; problems: FormProblem[] };

const NOTE_MAX = 2000;

type Parsed = { value: FieldValue } | { problems: FormProblem[] };

export function validateSubmission(
  definition: FormDefinition,
  submission: unknown,
  options: ValidateOptions = {},
): FormValidation {
  const problems: FormProblem[] = [];
  const data: FormValues = {};
  if (!isRecord(submission)) return { ok: false, problems: [{ path: '_', key: 'server.fields.invalid' }] };

  const sectionKeys = new Set(definition.sections.map((section) => section.key));
  for (const key of Object.keys(submission)) {
    if (!sectionKeys.has(key)) problems.push({ path: key, key: 'server.fields.unknownField' });
  }

  for (const section of definition.sections) {
    const raw = submission[section.key];
    if (!section.repeat) {
      if (raw !== undefined && raw !== null && !isRecord(raw)) {
        problems.push({ path: section.key, key: 'server.fields.invalid' });
        data[section.key] = {};
        continue;
      }
      data[section.key] = validateItem(section, raw ?? {}, section.key, data, problems);
      continue;
    }
    if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
      problems.push({ path: section.key, key: 'server.fields.invalid' });
      data[section.key] = [];
      continue;
    }
    data[section.key] = validateRepeated(section, (raw ?? []) as unknown[], data, options, problems);
  }

  return problems.length ? { ok: false, problems } : { ok: true, data };
}

function validateRepeated(
  section: FormSection,
  raw: unknown[],
  data: FormValues,
  options: ValidateOptions,
  problems: FormProblem[],
): SectionValues[] {
  const over = section.repeat?.over;
  const allowed = over ? options.members?.[over] : undefined;
  const seen = new Set<string>();
  const items: SectionValues[] = [];
  raw.forEach((item, index) => {
    const at = `${section.key}.${index}`;
    if (!isRecord(item)) {
      problems.push({ path: at, key: 'server.fields.invalid' });
      return;
    }
    const member = item[MEMBER_KEY];
    let memberId: string | undefined;
    if (member === undefined || member === null || member === '') {
      problems.push({ path: `${at}.${MEMBER_KEY}`, key: 'server.fields.required' });
    } else if (typeof member !== 'string' || (allowed && !allowed.includes(member))) {
      problems.push({ path: `${at}.${MEMBER_KEY}`, key: 'server.fields.invalidOption' });
    } else if (seen.has(member)) {
      problems.push({ path: `${at}.${MEMBER_KEY}`, key: 'server.fields.invalid' });
    } else {
      memberId = member;
      seen.add(member);
    }
    const cleaned = validateItem(section, item, at, data, problems);
    items.push(memberId === undefined ? cleaned : { [MEMBER_KEY]: memberId, ...cleaned });
  });
  for (const member of allowed ?? []) {
    if (!seen.has(member))
      problems.push({ path: section.key, key: 'server.fields.required', values: { member } });
  }
  return items;
}

/** Validates one section object (or one item of a repeated section), field by field in order. */
function validateItem(
  section: FormSection,
  raw: Record<string, unknown>,
  at: string,
  data: FormValues,
  problems: FormProblem[],
): SectionValues {
  const cleaned: SectionValues = {};
  const fieldKeys = new Set(section.fields.map((field) => field.key));
  for (const key of Object.keys(raw)) {
    if (key === MEMBER_KEY && section.repeat) continue;
    if (!fieldKeys.has(key)) problems.push({ path: `${at}.${key}`, key: 'server.fields.unknownField' });
  }
  // Fields of this section (or item) are read from what has been cleaned so far.
  const read = lookupIn(data, { section: section.key, item: cleaned });
  for (const field of section.fields) {
    const path = `${at}.${field.key}`;
    const value = raw[field.key];
    if (!isFieldVisible(field, read)) {
      if (!isEmpty(value))
        problems.push({ path, key: 'server.fields.invalid', values: { reason: 'hidden' } });
      continue;
    }
    if (isEmpty(value)) {
      if (isFieldRequired(field, read)) problems.push({ path, key: 'server.fields.required' });
      continue;
    }
    const parsed = parseField(field, value, path);
    if ('value' in parsed) cleaned[field.key] = parsed.value;
    else problems.push(...parsed.problems);
  }
  return cleaned;
}

function parseField(field: FormField, value: unknown, path: string): Parsed {
  const fail = (key: FieldMessageKey, values?: Record<string, string | number>): Parsed => ({
    problems: [values ? { path, key, values } : { path, key }],
  });
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return fail('server.fields.invalid');
      const text = cleanText(value, field.type === 'textarea');
      if (field.minLength && text.length < field.minLength) {
        return fail('server.fields.tooShort', { min: field.minLength });
      }
      if (text.length > field.maxLength) return fail('server.fields.tooLong', { max: field.maxLength });
      return { value: text };
    }
    case 'number': {
      const number = toNumber(value);
      if (number === undefined) return fail('server.fields.notNumber');
      if (field.integer && !Number.isInteger(number)) return fail('server.fields.invalidFormat');
      if (field.min !== undefined && number < field.min)
        return fail('server.fields.tooSmall', { min: field.min });
      if (field.max !== undefined && number > field.max)
        return fail('server.fields.tooBig', { max: field.max });
      return { value: number };
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? { value } : fail('server.fields.invalidDate');
    case 'boolean':
      return typeof value === 'boolean' ? { value } : fail('server.fields.invalid');
    case 'single_choice':
      return typeof value === 'string' && field.options.some((option) => option.key === value)
        ? { value }
        : fail('server.fields.invalidOption');
    case 'multiple_choice': {
      if (!Array.isArray(value)) return fail('server.fields.invalid');
      const keys = field.options.map((option) => option.key);
      if (!value.every((item): item is string => typeof item === 'string' && keys.includes(item))) {
        return fail('server.fields.invalidOption');
      }
      const chosen = keys.filter((option) => value.includes(option));
      if (chosen.length !== value.length) return fail('server.fields.invalid');
      if (field.minSelected && chosen.length < field.minSelected) {
        return fail('server.fields.tooFew', { min: field.minSelected });
      }
      return { value: chosen };
    }
    case 'need':
      return parseNeed(field.domain, value, path);
  }
}

function parseNeed(fixedDomain: NeedDomain | undefined, value: unknown, path: string): Parsed {
  if (!isRecord(value)) return { problems: [{ path, key: 'server.fields.invalid' }] };
  const problems: FormProblem[] = [];
  for (const key of Object.keys(value)) {
    if (!['needed', 'domain', 'priority', 'note'].includes(key)) {
      problems.push({ path: `${path}.${key}`, key: 'server.fields.unknownField' });
    }
  }
  let note: string | undefined;
  if (value.note !== undefined && value.note !== null) {
    if (typeof value.note !== 'string') problems.push({ path: `${path}.note`, key: 'server.fields.invalid' });
    else {
      note = cleanText(value.note, true) || undefined;
      if (note && note.length > NOTE_MAX) {
        problems.push({ path: `${path}.note`, key: 'server.fields.tooLong', values: { max: NOTE_MAX } });
      }
    }
  }
  if (typeof value.needed !== 'boolean') {
    problems.push({
      path: `${path}.needed`,
      key:
        value.needed === undefined || value.needed === null
          ? 'server.fields.required'
          : 'server.fields.invalid',
    });
    return { problems };
  }
  if (!value.needed) {
    for (const key of ['domain', 'priority'] as const) {
      if (value[key] !== undefined && value[key] !== null) {
        problems.push({ path: `${path}.${key}`, key: 'server.fields.invalid' });
      }
    }
    return problems.length ? { problems } : { value: note ? { needed: false, note } : { needed: false } };
  }
  const domain = pick(value.domain, NEED_DOMAINS, fixedDomain, `${path}.domain`, problems);
  const priority = pick(value.priority, NEED_PRIORITIES, undefined, `${path}.priority`, problems);
  if (problems.length || !domain || !priority) return { problems };
  return { value: note ? { needed: true, domain, priority, note } : { needed: true, domain, priority } };
}

/** One of `allowed`; a fixed value (from the definition) may be omitted but not contradicted. */
function pick<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fixed: T | undefined,
  path: string,
  problems: FormProblem[],
): T | undefined {
  if (value === undefined || value === null || value === '') {
    if (fixed) return fixed;
    problems.push({ path, key: 'server.fields.required' });
    return undefined;
  }
  if (typeof value !== 'string' || !allowed.includes(value as T) || (fixed && value !== fixed)) {
    problems.push({ path, key: 'server.fields.invalidOption' });
    return undefined;
  }
  return value as T;
}

/** A need recorded in a form, for the individual plan. */
export interface ExtractedNeed {
  domain: NeedDomain;
  priority: NeedPriority;
  note?: string;
  /** Where it was recorded: 'housing.need', 'education.1.need'. */
  path: string;
  section: string;
  field: string;
  /** For a need in a repeated section: the member it concerns. */
  member?: string;
}

/** The needs a validated form records (those marked as needed), in the order of the form. */
export function extractNeeds(definition: FormDefinition, data: FormValues): ExtractedNeed[] {
  const needs: ExtractedNeed[] = [];
  for (const section of definition.sections) {
    const value = data[section.key];
    const items: SectionValues[] = Array.isArray(value) ? value : value ? [value] : [];
    items.forEach((item, index) => {
      for (const field of section.fields) {
        if (field.type !== 'need') continue;
        const need = item[field.key] as NeedValue | undefined;
        if (!need || typeof need !== 'object' || !('needed' in need) || need.needed !== true) continue;
        const at = section.repeat ? `${section.key}.${index}` : section.key;
        const member = section.repeat ? item[MEMBER_KEY] : undefined;
        needs.push({
          domain: need.domain,
          priority: need.priority,
          ...(need.note ? { note: need.note } : {}),
          path: `${at}.${field.key}`,
          section: section.key,
          field: field.key,
          ...(typeof member === 'string' ? { member } : {}),
        });
      }
    });
  }
  return needs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Trims, normalises to NFC, and (for long text) unifies line ends. */
function cleanText(value: string, multiline: boolean): string {
  const text = value.normalize('NFC');
  return (multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' ')).trim();
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
