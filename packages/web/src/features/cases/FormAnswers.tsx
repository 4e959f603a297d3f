import { useMemo, useState, type ReactNode } from 'react';
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '@vatra/core';
import { FormRenderer, type FormDraft, type RepeatMembers } from '../../components/form-renderer';
import { button } from '../../components/presets';
import { FormError } from '../../components/ui';
import type { FieldErrors } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import type { ErrorSink } from '../../lib/write';
import { answerErrors } from './write';

/**
 * A configured form (an assessment of a case or of a care case) being filled in: the renderer's
 * own checks, then the caller's write; the errors of either show on the answers they concern.
 */
export function FormAnswers({
  definition,
  start,
  members,
  submitLabel,
  cancelLabel,
  busy,
  send,
  onCancel,
}: {
  definition: FormDefinition;
  /** The answers the form opens with (a correction starts from what it corrects). */
  start: FormDraft;
  /** The household members repeated sections are filled in for. */
  members?: RepeatMembers;
  submitLabel: string;
  cancelLabel: ReactNode;
  busy: boolean;
  /** Sends the answers; a refusal goes to the sink. */
  send: (data: Record<string, unknown>, sink: ErrorSink) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<FormDraft>(start);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // the same object until the errors change, so the renderer's sections may skip rendering
  const shownErrors = useMemo(() => answerErrors(errors), [errors]);

  return (
    <Stack>
      <FormError message={formError} />
      <FormRenderer
        definition={definition}
        locale={format.locale}
        value={draft}
        onChange={setDraft}
        errors={shownErrors}
        members={members}
        onSubmit={(data) => send(data, { setErrors, setFormError })}
        onInvalid={(found) => {
          setErrors(found);
          setFormError(t('errors.fixFields'));
        }}
        submitLabel={submitLabel}
        busy={busy}
        actions={
          <Button {...button.secondary} onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
        }
      />
    </Stack>
  );
}
