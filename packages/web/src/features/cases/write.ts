import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@vatra/core';
import { isApiError } from '../../api/client';
import { useNotify } from '../../components/notifications';
import { validate, type FieldErrors } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useCaseRefresh } from './data';

type Schema = Parameters<typeof validate>[0];

/** What a form shows of a failed write: messages on its fields and one above it. */
export interface ErrorSink {
  setErrors: (errors: FieldErrors) => void;
  setFormError: (message: string | null) => void;
}

/**
 * Sends one step of the case path: checks the body with the core schema, sends it, puts the
 * fresh case (when the answer is one) in place, refreshes the lists and queues, and says so.
 * Field errors of the server go under their inputs; a 409 (someone else changed the case first)
 * shows the server's message and reloads the case.
 */
export function useCaseWrite(caseId: string) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const refresh = useCaseRefresh(caseId);
  const [busy, setBusy] = useState(false);

  const run = async <T>({
    sink,
    schema,
    body,
    send,
    notice,
    onDone,
  }: {
    sink: ErrorSink;
    schema?: Schema;
    body?: unknown;
    send: (body: unknown) => Promise<T>;
    /** The confirmation shown; from the answer when it names what was made. */
    notice: string | ((result: T) => string);
    onDone?: (result: T) => void;
  }): Promise<boolean> => {
    sink.setFormError(null);
    let checked = body;
    if (schema) {
      const result = validate(schema, body, format.locale);
      if (result.errors) {
        sink.setErrors(result.errors);
        sink.setFormError(t('errors.fixFields'));
        return false;
      }
      checked = result.data;
    }
    setBusy(true);
    try {
      const result = await send(checked);
      if (isCase(result)) refresh.set(result);
      else await refresh.reload();
      await refresh.lists();
      notify(typeof notice === 'function' ? notice(result) : notice);
      onDone?.(result);
      return true;
    } catch (error) {
      if (isApiError(error, 409)) {
        sink.setFormError(`${error.message} ${t('cases.file.reloaded')}`);
        await refresh.reload();
        await refresh.lists();
      } else if (isApiError(error)) {
        sink.setErrors(error.fields);
        sink.setFormError(error.message);
      } else {
        sink.setFormError(error instanceof Error ? error.message : String(error));
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, run };
}

function isCase(value: unknown): value is CaseDetail {
  return !!value && typeof value === 'object' && 'allowed' in value && 'stage' in value;
}

/** Errors on a form's answers, by the answers' own paths (the server may prefix them with data.). */
export function answerErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.startsWith('data.') ? path.slice(5) : path,
      message,
    ]),
  );
}
