import { useState } from 'react';
import type { Locale } from '@vatra/core';
import { isApiError } from '../api/client';
import { catalogText } from '../i18n';

export type FieldErrors = Record<string, string>;

/** The parts of a zod issue needed to word it; the same words the server uses. */
interface Issue {
  path: PropertyKey[];
  code: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  input?: unknown;
}

function issueMessage(locale: Locale, issue: Issue): string {
  const key = (name: string, values: Record<string, string | number> = {}) =>
    catalogText(locale, `server.fields.${name}`, values);
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'invalid_type':
      return empty ? key('required') : key('invalid');
    case 'too_small':
      if (empty) return key('required');
      if (issue.origin === 'array' || issue.origin === 'set')
        return key('tooFew', { min: Number(issue.minimum) });
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? key('required') : key('tooShort', { min: Number(issue.minimum) });
      return key('tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return key('tooLong', { max: Number(issue.maximum) });
      return key('tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return key('invalidEmail');
      if (issue.format === 'datetime' || issue.format === 'date') return key('invalidDate');
      return key('invalidFormat');
    case 'invalid_value':
      return key('invalidOption');
    default:
      return key('invalid');
  }
}

interface SafeParser<T> {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

/** Validates with a core schema; field errors keyed by dotted path like the server's. */
export function validate<T>(
  schema: SafeParser<T>,
  value: unknown,
  locale: Locale,
): { data: T; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issueMessage(locale, issue);
  }
  return { data: null, errors };
}

type ChangeValue<V> = V | { currentTarget: { value: string } };

/** What an input needs: its value, a change handler (event or value) and its error. */
export interface BoundField<V> {
  value: V;
  onChange: (next: ChangeValue<V>) => void;
  error: string | undefined;
}

function valueOf<V>(next: ChangeValue<V>): V {
  if (next && typeof next === 'object' && 'currentTarget' in next && next.currentTarget) {
    return next.currentTarget.value as V;
  }
  return next as V;
}

/**
 * Small form state: values, per-field errors (dotted paths, as the server sends them) and a
 * general message. `fields.name` spreads into an input: <TextInput {...fields.fullName} />.
 */
export function useFormState<T extends object>(
  initial: T,
  normalize: { [K in keyof T]?: (value: T[K]) => T[K] } = {},
) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = <K extends keyof T>(field: K, value: T[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      const name = String(field);
      if (!Object.keys(current).some((path) => path === name || path.startsWith(`${name}.`))) return current;
      return Object.fromEntries(
        Object.entries(current).filter(([path]) => path !== name && !path.startsWith(`${name}.`)),
      );
    });
  };

  const reset = (next: T) => {
    setValues(next);
    setErrors({});
    setFormError(null);
  };

  /** Shows a failed request: field messages on their inputs, the message above the form. */
  const showError = (error: unknown) => {
    if (isApiError(error)) {
      setErrors(error.fields);
      setFormError(error.message);
    } else {
      setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  const fields = Object.fromEntries(
    (Object.keys(values) as (keyof T)[]).map((key) => [
      key,
      {
        value: values[key],
        onChange: (next: ChangeValue<T[typeof key]>) => {
          const value = valueOf(next);
          const tidy = normalize[key];
          set(key, tidy ? tidy(value) : value);
        },
        error: fieldError(errors, String(key)),
      },
    ]),
  ) as { [K in keyof T]: BoundField<T[K]> };

  return { values, fields, set, errors, setErrors, formError, setFormError, reset, showError };
}

/** A random password that is easy to read out and type: three groups of letters and digits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = new Uint32Array(15);
  crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (n) => alphabet[n % alphabet.length]);
  return [chars.slice(0, 5), chars.slice(5, 10), chars.slice(10, 15)].map((g) => g.join('')).join('-');
}

/** The message for an input: its own path or the first of its parts ("roleIds" or "roleIds.0"). */
export function fieldError(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const nested = Object.keys(errors).find((path) => path.startsWith(`${name}.`));
  return nested ? errors[nested] : undefined;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  if (a && b && typeof a === 'object' && typeof b === 'object')
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * Only the fields that differ from the record as loaded, so an update (and its audit entry)
 * names what the user actually changed. Arrays compare as sets.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!same(before[key], after[key])) out[key] = after[key];
  }
  return out;
}
