import { useState, type FormEvent } from 'react';
import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { personUpdateBody, type PersonDetail } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys } from '../../api/queries';
import { DialogModal, FormActions } from '../../components/FormModal';
import { useNotify } from '../../components/notifications';
import { dialog } from '../../components/presets';
import { FormError } from '../../components/ui';
import { changedFields, validate, type FieldErrors } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { PersonFields } from './PersonFields';
import { personBody, personValuesOf, type PersonValues } from './personForm';

/** Edit a person's registration data: only what changed is sent, with the version read. */
export function PersonEditModal({
  person,
  opened,
  onClose,
}: {
  person: PersonDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DialogModal opened={opened} onClose={onClose} title={t('registry.person.editTitle')} size={dialog.wide}>
      {opened && <PersonEditForm person={person} onDone={onClose} />}
    </DialogModal>
  );
}

function PersonEditForm({ person, onDone }: { person: PersonDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(person);
  const [values, setValues] = useState<PersonValues>(() => personValuesOf(person));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof PersonValues>(field: K, value: PersonValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    const path = field === 'birthYear' ? 'dateOfBirth' : String(field);
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== path)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const known = base.identityDocuments;
    const before = personBody(personValuesOf(base), known);
    const after = personBody(values, known);
    const changes: Partial<typeof after> = changedFields(before, after);
    // changedFields compares arrays as sets of strings; documents are objects
    const documents = (body: typeof after) =>
      JSON.stringify(body.identityDocuments.map((doc) => `${doc.type}:${doc.held}`).sort());
    if (documents(before) !== documents(after)) changes.identityDocuments = after.identityDocuments;
    else delete changes.identityDocuments;
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    const checked = validate(personUpdateBody, { ...changes, version: base.version }, format.locale);
    if (checked.errors) {
      setErrors(checked.errors);
      setFormError(t('errors.fixFields'));
      return;
    }
    setBusy(true);
    try {
      const saved = await api.patch<PersonDetail>(`/api/persons/${person.id}`, checked.data);
      queryClient.setQueryData(keys.person(person.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['registry'] });
      notify(t('common.saved'));
      onDone();
    } catch (error) {
      if (isApiError(error, 409)) {
        // someone saved first (or the record was merged): show the latest and say so
        const fresh = await queryClient.fetchQuery({
          queryKey: keys.person(person.id),
          queryFn: () => api.get<PersonDetail>(`/api/persons/${person.id}`),
          staleTime: 0,
        });
        setBase(fresh);
        setValues(personValuesOf(fresh));
        setErrors({});
        setFormError(`${error.message} ${t('errors.conflictReloaded')}`);
      } else if (isApiError(error)) {
        setErrors(error.fields);
        setFormError(error.message);
      } else {
        setFormError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormError message={formError} />
        <PersonFields values={values} set={set} errors={errors} />
        <FormActions busy={busy} onCancel={onDone} submitLabel={t('common.save')} />
      </Stack>
    </form>
  );
}
