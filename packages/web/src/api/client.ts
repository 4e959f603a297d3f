import { errorBody, type Locale } from '@vatra/core';
import { i18n } from '../i18n';

/** An error answer of the API (or a network failure, status 0), message already localised. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Dotted field path → message, for bad input. */
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

interface Session {
  csrfToken: string | null;
  locale: Locale;
  onUnauthorized: (() => void) | null;
}

const session: Session = { csrfToken: null, locale: 'sq', onUnauthorized: null };

export function setCsrfToken(token: string | null): void {
  session.csrfToken = token;
}

/** The language the server should answer (and word its errors) in. */
export function setRequestLocale(locale: Locale): void {
  session.locale = locale;
}

/** Called when a request answers 401: the session has ended or was never there. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  session.onUnauthorized = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Do not treat 401 as "session ended" (login and the session probe expect it). */
  expect401?: boolean;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': session.locale };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }

  if (response.ok) return payload as T;

  const parsed = errorBody.safeParse(payload);
  const error = parsed.success
    ? new ApiError(
        response.status,
        parsed.data.error.code,
        parsed.data.error.message,
        parsed.data.error.fields,
      )
    : new ApiError(
        response.status,
        'unexpected',
        i18n.t('errors.unexpected', { status: String(response.status) }),
      );
  if (response.status === 401 && !options.expect401) session.onUnauthorized?.();
  throw error;
}

export const api = {
  get: <T>(path: string, query?: Query, options: Omit<RequestOptions, 'query' | 'body'> = {}) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
