import type { FormEvent } from 'react';
import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VISIT_OUTCOMES, visitBody, type CaseDetail } from '@vatra/core';
import { api } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { dateTimeInput, input, layout, tone } from '../../components/presets';
import { IconButton } from '../../components/RowMenu';
import { FormError } from '../../components/ui';
import { instantFromOfficeDateTime, officeDateTimeInput } from '../../lib/dates';
import { fieldError, useFormState } from '../../lib/forms';
import { useSession } from '../auth/session';
import { useInstitutionChoices } from './data';
import { useNameOf } from './parts';
import { useCaseWrite } from './write';
import { CaseDialog, type CaseDialogProps } from './CaseDialog';

interface TeamRow {
  name: string;
  institutionId: string | null;
}

interface Values {
  visitedAt: string;
  outcome: (typeof VISIT_OUTCOMES)[number];
  team: TeamRow[];
  notes: string;
}

const ROW = { gap: 'sm', align: 'flex-start', wrap: 'nowrap' } as const;
const GROW = { style: { flex: 1 } } as const;
const REMOVE = { variant: 'subtle', color: 'gray', mt: 4 } as const;

/** The home visit of the joint team: when, how it went, who went, notes. */
export function VisitModal(props: CaseDialogProps) {
  const { t } = useTranslation();
  return <CaseDialog {...props} title={t('cases.visit.title')} Form={VisitForm} />;
}

function VisitForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const nameOf = useNameOf();
  const institutions = useInstitutionChoices([]);
  const write = useCaseWrite(kase.id);
  const form = useFormState<Values>({
    // Office time, whatever the PC's zone: the field shows and is read in Europe/Belgrade.
    visitedAt: officeDateTimeInput(),
    outcome: 'completed',
    team: [{ name: me.user.fullName, institutionId: me.institution.id }],
    notes: '',
  });
  const { values } = form;
  const institutionOptions = institutions.map((item) => ({ value: item.id, label: nameOf(item.name) }));
  const outcomeOptions = VISIT_OUTCOMES.map((value) => ({
    value,
    label: t(`cases.visit.outcomes.${value}`),
  }));
  const setTeam = (team: TeamRow[]) => form.set('team', team);
  const setRow = (index: number, row: Partial<TeamRow>) =>
    setTeam(values.team.map((item, i) => (i === index ? { ...item, ...row } : item)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: visitBody,
      body: {
        // An unreadable value goes as typed, so the schema names the field.
        visitedAt: instantFromOfficeDateTime(values.visitedAt) ?? values.visitedAt,
        outcome: values.outcome,
        team: values.team.map((row) => ({ name: row.name.trim(), institutionId: row.institutionId })),
        notes: values.notes.trim() || null,
      },
      send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/visits`, body),
      notice: t('cases.visit.saved'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Group grow align="flex-start">
          <TextInput
            {...dateTimeInput}
            label={t('cases.visit.visitedAt')}
            required
            {...form.fields.visitedAt}
          />
          <Select
            label={t('cases.visit.outcome')}
            required
            data={outcomeOptions}
            allowDeselect={false}
            value={values.outcome}
            onChange={(value) =>
              form.set('outcome', VISIT_OUTCOMES.find((item) => item === value) ?? 'completed')
            }
            error={form.fields.outcome.error}
          />
        </Group>
        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t('cases.visit.team')}
          </Text>
          {values.team.map((row, index) => (
            <Group key={index} {...ROW}>
              <TextInput
                {...GROW}
                {...input.plain}
                aria-label={t('cases.visit.memberName')}
                placeholder={t('cases.visit.memberName')}
                value={row.name}
                onChange={(event) => setRow(index, { name: event.currentTarget.value })}
                error={fieldError(form.errors, `team.${index}.name`)}
              />
              <Select
                {...GROW}
                aria-label={t('cases.visit.memberInstitution')}
                placeholder={t('cases.visit.memberInstitution')}
                data={institutionOptions}
                searchable
                clearable
                value={row.institutionId}
                onChange={(value) => setRow(index, { institutionId: value })}
                error={fieldError(form.errors, `team.${index}.institutionId`)}
              />
              <IconButton
                {...REMOVE}
                label={t('cases.visit.removeMember')}
                disabled={values.team.length === 1}
                onClick={() => setTeam(values.team.filter((_, i) => i !== index))}
              >
                <CloseGlyph />
              </IconButton>
            </Group>
          ))}
          {form.errors.team && (
            <Text c={tone.danger} size="sm">
              {form.errors.team}
            </Text>
          )}
          <Group {...layout.inline}>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={values.team.length >= 10}
              onClick={() => setTeam([...values.team, { name: '', institutionId: null }])}
            >
              {t('cases.visit.addMember')}
            </Button>
          </Group>
        </Stack>
        <Textarea label={t('cases.visit.notes')} autosize minRows={3} {...form.fields.notes} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.visit.button')} />
      </Stack>
    </form>
  );
}

/** A small "×" for removing a row. */
export function CloseGlyph() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden
    >
      <path d="M18 6 6 18M6 6l12 12" />
    </svg>
  );
}
