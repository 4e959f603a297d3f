import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useNotify } from '../components/notifications';
import { validate, type FieldErrors } from './forms';
import { useFormat } from './locale';

type Schema = Parameters<typeof validate>[0];

/** What a form shows of a failed write: messages on its fields and one above it. */
export interface ErrorSink {
  setErrors: (errors: FieldErrors) => void;
  setFormError: (message: string | null) => void;
}

interface WriteHooks {
  /** After a successful write: put the answer in place, refresh what shows the record. */
  saved: (result: unknown) => Promise<void>;
  /** After a 409 (someone else saved first): reload, so the next try starts from their version. */
  conflict: () => Promise<void>;
  /** Appended to the server's 409 message: "the page now shows the saved version". */
  reloaded: string;
}

/**
 * One write of a form: checks the body with the core schema, sends it, lets the record's page
 * refresh, and says so. Field errors of the server go under their inputs; a 409 shows the
 * server's message and reloads.
 */
export function useWrite(hooks: WriteHooks) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
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
      await hooks.saved(result);
      notify(typeof notice === 'function' ? notice(result) : notice);
      onDone?.(result);
      return true;
    } catch (error) {
      if (isApiError(error, 409)) {
        sink.setFormError(`${error.message} ${hooks.reloaded}`);
        await hooks.conflict();
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
