import { useMemo, useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INTL_TAG, monitoringBody, type CaseDetail, type Locale, type SubmissionView } from '@vatra/core';
import { api } from '../../api/client';
import { useFormDefinition } from '../../api/queries';
import { FormRenderer, type FormDraft } from '../../components/form-renderer';
import { DialogModal } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { badge, button, card, dialog, layout, text, tone } from '../../components/presets';
import { FormError, PageLoader, QueryError } from '../../components/ui';
import { thisMonth } from '../../lib/dates';
import type { FieldErrors } from '../../lib/forms';
import { fieldError } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useRepeatMembers } from './AssessmentTab';
import { caseKeys } from './data';
import { Nothing } from './parts';
import { answerErrors, useCaseWrite } from './write';

const MONTH_INPUT = { type: 'month', autoComplete: 'off', w: 220 } as const;
const NOTHING_ROW = {
  ...card,
  bg: 'var(--mantine-color-orange-0)',
  style: { borderColor: 'var(--mantine-color-orange-4)' },
} as const;

/** "November 2026" for "2026-11". */
export function monthName(locale: Locale, period: string): string {
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 15)));
}

/** The monthly monitoring entries of the case manager; months with nothing received stand out. */
export function MonitoringTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const entries = [...kase.monitoring].sort((a, b) => b.period.localeCompare(a.period));
  const approved = kase.plans.some((plan) => plan.status === 'approved');
  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('cases.monitoring.title')}</Title>
        {kase.allowed.includes('monitor') && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)}>
            {t('cases.monitoring.add')}
          </Button>
        )}
      </Group>
      {entries.length === 0 && (
        <Paper {...card}>
          <Nothing>{approved ? t('cases.monitoring.none') : t('cases.monitoring.notApproved')}</Nothing>
        </Paper>
      )}
      {entries.map((entry) => (
        <MonitoringEntry key={entry.id} kase={kase} entry={entry} />
      ))}
      <DialogModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('cases.monitoring.title')}
        size={dialog.wide}
      >
        {adding && <MonitoringForm kase={kase} onClose={() => setAdding(false)} />}
      </DialogModal>
    </Stack>
  );
}

function MonitoringEntry({ kase, entry }: { kase: CaseDetail; entry: CaseDetail['monitoring'][number] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <Paper {...(entry.receivedNothing ? NOTHING_ROW : card)}>
      <Stack gap="sm">
        <Group {...layout.header}>
          <Stack gap={2}>
            <Group {...layout.chips}>
              <Text fw={650} tt="capitalize">
                {monthName(format.locale, entry.period)}
              </Text>
              {entry.receivedNothing ? (
                <Badge {...badge.strong} color={tone.warning}>
                  {t('cases.monitoring.receivedNothing')}
                </Badge>
              ) : (
                <Badge color={tone.success}>{t('cases.monitoring.receivedSomething')}</Badge>
              )}
            </Group>
            <Text {...text.caption}>
              {t('cases.monitoring.by', {
                date: format.dateTime(entry.createdAt),
                name: entry.createdBy.fullName,
              })}
            </Text>
          </Stack>
          <Button {...button.small} onClick={() => setOpen((value) => !value)}>
            {open ? t('cases.monitoring.hide') : t('cases.monitoring.show')}
          </Button>
        </Group>
        {open && <SubmissionView kase={kase} submissionId={entry.submissionId} />}
      </Stack>
    </Paper>
  );
}

function SubmissionView({ kase, submissionId }: { kase: CaseDetail; submissionId: string }) {
  const format = useFormat();
  const members = useRepeatMembers(kase);
  const definition = useFormDefinition('monitoring');
  const submission = useQuery({
    queryKey: [...caseKeys.detail(kase.id), 'submission', submissionId],
    queryFn: () => api.get<SubmissionView>(`/api/cases/${kase.id}/submissions/${submissionId}`),
  });
  if (definition.isPending || submission.isPending) return <PageLoader height={120} />;
  if (definition.error) return <QueryError error={definition.error} />;
  if (submission.error)
    return <QueryError error={submission.error} onRetry={() => void submission.refetch()} />;
  return (
    <FormRenderer
      definition={definition.data}
      locale={format.locale}
      value={submission.data.data as FormDraft}
      readOnly
      members={members}
    />
  );
}

function MonitoringForm({ kase, onClose }: { kase: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useRepeatMembers(kase);
  const definition = useFormDefinition('monitoring');
  const write = useCaseWrite(kase.id);
  const [period, setPeriod] = useState(thisMonth());
  const [draft, setDraft] = useState<FormDraft>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // the same object until the errors change, so the renderer's sections may skip rendering
  const shownErrors = useMemo(() => answerErrors(errors), [errors]);

  if (definition.isPending) return <PageLoader height={160} />;
  if (definition.error)
    return <QueryError error={definition.error} onRetry={() => void definition.refetch()} />;
  const form = definition.data;
  const periodError = fieldError(errors, 'period');

  const submit = (data: Record<string, unknown>) =>
    void write.run({
      sink: { setErrors, setFormError },
      schema: monitoringBody,
      body: { period, formVersion: form.version, data },
      send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/monitoring`, body),
      notice: t('cases.monitoring.saved'),
      onDone: onClose,
    });

  return (
    <Stack>
      <FormError message={formError} />
      <TextInput
        {...MONTH_INPUT}
        label={t('cases.monitoring.period')}
        required
        value={period}
        onChange={(event) => setPeriod(event.currentTarget.value)}
        error={periodError}
      />
      <FormRenderer
        definition={form}
        locale={format.locale}
        value={draft}
        onChange={setDraft}
        errors={shownErrors}
        members={members}
        onSubmit={submit}
        onInvalid={(found) => {
          setErrors(found);
          setFormError(t('errors.fixFields'));
        }}
        busy={write.busy}
        submitLabel={t('cases.common.save')}
        actions={
          <Button {...button.secondary} onClick={onClose} disabled={write.busy}>
            {t('common.cancel')}
          </Button>
        }
      />
    </Stack>
  );
}
