import {
  MEMBER_KEY,
  isFieldRequired,
  isFieldVisible,
  lookupIn,
  validateSubmission,
  type FieldLookup,
  type FormDefinition,
  type FormField,
  type FormSection,
  type FormValues,
  type Locale,
  type RepeatOver,
} from '@vatra/core';
import { catalogText } from '../../i18n';
import type { FieldErrors } from '../../lib/forms';

// The renderer's state is the submission being filled in, shaped as the core validator takes it:
// one object per section, an array of items (each naming its `member`) per repeated section.
// Visibility is worked out by walking the form in order, the way the validator does, so a
// hidden answer is neither shown nor sent.

export type Answers = Record<string, unknown>;
export type FormDraft = Record<string, Answers | Answers[]>;

/** A household member a repeated section is filled in for. */
export interface RepeatMember {
  id: string;
  label: string;
}
export type RepeatMembers = Partial<Record<RepeatOver, RepeatMember[]>>;

export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The members a repeated section covers (none when the section is not repeated). */
export function membersOf(section: FormSection, members: RepeatMembers): RepeatMember[] {
  return section.repeat ? (members[section.repeat.over] ?? []) : [];
}

/** The answers of one section, or of one member's item in a repeated section. */
export function answersOf(draft: FormDraft, section: FormSection, memberId?: string): Answers {
  const raw = draft[section.key];
  if (!section.repeat) return raw && !Array.isArray(raw) ? raw : {};
  const items = Array.isArray(raw) ? raw : [];
  return items.find((item) => item[MEMBER_KEY] === memberId) ?? {};
}

/** The draft with one answer changed (an empty answer is removed). */
export function withAnswer(
  draft: FormDraft,
  section: FormSection,
  memberId: string | undefined,
  field: string,
  value: unknown,
): FormDraft {
  const update = (answers: Answers): Answers => {
    const next = { ...answers };
    if (isEmptyAnswer(value)) delete next[field];
    else next[field] = value;
    return next;
  };
  if (!section.repeat) return { ...draft, [section.key]: update(answersOf(draft, section)) };
  const items = Array.isArray(draft[section.key]) ? (draft[section.key] as Answers[]) : [];
  const found = items.some((item) => item[MEMBER_KEY] === memberId);
  const next = found
    ? items.map((item) => (item[MEMBER_KEY] === memberId ? update(item) : item))
    : [...items, update({ [MEMBER_KEY]: memberId })];
  return { ...draft, [section.key]: next };
}

/** What the walk found for one field: where its answer and its error live, shown or not. */
export interface FieldState {
  field: FormField;
  /** The error path: 'housing.rooms', 'documents.2.need'. */
  path: string;
  visible: boolean;
  required: boolean;
  value: unknown;
}

export interface SectionState {
  section: FormSection;
  /** One entry for a plain section; one per covered member for a repeated one. */
  items: { member?: RepeatMember; path: string; fields: FieldState[] }[];
}

/**
 * Walks the definition in order with the answers given: which fields are shown and required,
 * and the submission with hidden and empty answers left out (what the validator expects).
 */
export function resolveForm(
  definition: FormDefinition,
  draft: FormDraft,
  members: RepeatMembers = {},
): { sections: SectionState[]; data: FormDraft } {
  const data: FormDraft = {};
  const sections: SectionState[] = [];
  const walkItem = (section: FormSection, raw: Answers, kept: Answers, at: string) => {
    const read: FieldLookup = lookupIn(data, { section: section.key, item: kept });
    return section.fields.map((field): FieldState => {
      const visible = isFieldVisible(field, read);
      const required = visible && isFieldRequired(field, read);
      const value = raw[field.key];
      if (visible && !isEmptyAnswer(value)) kept[field.key] = value;
      return { field, path: `${at}.${field.key}`, visible, required, value };
    });
  };
  for (const section of definition.sections) {
    if (!section.repeat) {
      const kept: Answers = {};
      const fields = walkItem(section, answersOf(draft, section), kept, section.key);
      data[section.key] = kept;
      sections.push({ section, items: [{ path: section.key, fields }] });
      continue;
    }
    const items: Answers[] = [];
    const states = membersOf(section, members).map((member, index) => {
      const kept: Answers = { [MEMBER_KEY]: member.id };
      const path = `${section.key}.${index}`;
      const fields = walkItem(section, answersOf(draft, section, member.id), kept, path);
      items.push(kept);
      return { member, path, fields };
    });
    data[section.key] = items;
    sections.push({ section, items: states });
  }
  return { sections, data };
}

export type FormCheck = { ok: true; data: FormValues } | { ok: false; errors: FieldErrors };

/**
 * Validates the answers with the core validator the server uses, so both word a problem the
 * same way (the server catalog's field messages, in the form's language).
 */
export function checkForm(
  definition: FormDefinition,
  draft: FormDraft,
  locale: Locale,
  members: RepeatMembers = {},
): FormCheck {
  const { data } = resolveForm(definition, draft, members);
  const ids = Object.fromEntries(
    Object.entries(members).map(([over, list]) => [over, (list ?? []).map((member) => member.id)]),
  );
  const result = validateSubmission(definition, data, { members: ids });
  if (result.ok) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const problem of result.problems) {
    if (!(problem.path in errors)) errors[problem.path] = catalogText(locale, problem.key, problem.values);
  }
  return { ok: false, errors };
}
