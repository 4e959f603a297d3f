import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  REFERRAL_STATUSES,
  referralAcceptBody,
  referralCompleteBody,
  referralDeclineBody,
  type ReferralAction,
  type ReferralStatus as Status,
  type ReferralView,
} from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { useNotify } from '../../components/notifications';
import { PagedTable } from '../../components/PagedTable';
import { button, dateInput, dialog, layout, recordPath, text } from '../../components/presets';
import { FormError, PageHeader } from '../../components/ui';
import { useListFilters, usePagedQuery } from '../../components/useListFilters';
import { useFormState, validate } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { caseKeys, type ReferralPage } from './data';
import { personName } from './parts';
import { ReferralStatus } from './ReferralsTab';

const PAGE_SIZE = 25;
const STATUS = { style: { flex: '0 1 220px' }, clearable: true } as const;

type Answer = Exclude<ReferralAction, 'withdraw'>;

/** Referrals › received: the institution's inbox, answered one by one. */
export function ReferralInboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = useListFilters<{ status: Status | null }>({ status: null });
  const [answering, setAnswering] = useState<{ referral: ReferralView; action: Answer } | null>(null);
  const params = { status: filters.values.status ?? undefined, page: filters.page, pageSize: PAGE_SIZE };
  const inbox = usePagedQuery<ReferralPage>(caseKeys.inbox, '/api/referrals/inbox', params);
  const statusOptions = REFERRAL_STATUSES.map((value) => ({
    value,
    label: t(`cases.referrals.statuses.${value}`),
  }));

  return (
    <Stack {...layout.page}>
      <PageHeader title={t('cases.inbox.title')} description={t('cases.inbox.intro')} />
      <Paper>
        <Group {...layout.toolbar}>
          <Select
            {...STATUS}
            label={t('cases.inbox.status')}
            placeholder={t('cases.filters.any')}
            data={statusOptions}
            value={filters.values.status}
            onChange={(value) =>
              filters.set('status', REFERRAL_STATUSES.find((item) => item === value) ?? null)
            }
          />
        </Group>
        <PagedTable
          query={inbox}
          filtered={filters.values.status !== null}
          minWidth={1000}
          page={filters.page}
          pageSize={PAGE_SIZE}
          onPageChange={filters.setPage}
          head={
            <>
              <Table.Th w={150}>{t('cases.inbox.case')}</Table.Th>
              <Table.Th>{t('cases.inbox.person')}</Table.Th>
              <Table.Th>{t('cases.inbox.from')}</Table.Th>
              <Table.Th>{t('cases.inbox.service')}</Table.Th>
              <Table.Th w={170}>{t('cases.inbox.status')}</Table.Th>
              <Table.Th w={200} />
            </>
          }
          row={(referral) => (
            <Table.Tr key={referral.id}>
              <Table.Td>
                {referral.caseVisible ? (
                  <Anchor
                    component={Link}
                    to={recordPath.case(referral.case.id)}
                    className="vatra-mono"
                    fw={600}
                  >
                    {referral.case.number}
                  </Anchor>
                ) : (
                  <Text className="vatra-mono">{referral.case.number}</Text>
                )}
                <Text {...text.caption}>{format.date(referral.sentAt)}</Text>
              </Table.Td>
              <Table.Td>
                {referral.person && (
                  <>
                    <Text fw={500}>{personName(referral.person)}</Text>
                    <Text {...text.caption}>
                      {[
                        referral.person.dateOfBirth ? format.date(referral.person.dateOfBirth) : null,
                        referral.person.settlement,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{referral.fromInstitution.name}</Text>
                <Text {...text.caption}>{referral.sentBy.fullName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{referral.serviceName ?? ''}</Text>
                <Text {...text.caption}>{referral.reason}</Text>
              </Table.Td>
              <Table.Td>
                <ReferralStatus referral={referral} />
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {referral.allowed
                    .filter((action): action is Answer => action !== 'withdraw')
                    .map((action) => (
                      <Button
                        key={action}
                        {...(action === 'accept' || action === 'complete' ? { size: 'xs' } : button.small)}
                        onClick={() => setAnswering({ referral, action })}
                      >
                        {t(`cases.inbox.${action}`)}
                      </Button>
                    ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          )}
        />
      </Paper>
      <DialogModal
        opened={answering !== null}
        onClose={() => setAnswering(null)}
        title={answering ? t(TITLES[answering.action]) : null}
        size={dialog.confirm}
      >
        {answering && (
          <AnswerForm
            referral={answering.referral}
            action={answering.action}
            onClose={() => setAnswering(null)}
          />
        )}
      </DialogModal>
    </Stack>
  );
}

const TITLES = {
  receive: 'cases.inbox.receive',
  accept: 'cases.inbox.acceptTitle',
  decline: 'cases.inbox.declineTitle',
  complete: 'cases.inbox.completeTitle',
} as const;

const SCHEMAS = {
  receive: null,
  accept: referralAcceptBody,
  decline: referralDeclineBody,
  complete: referralCompleteBody,
} as const;

function AnswerForm({
  referral,
  action,
  onClose,
}: {
  referral: ReferralView;
  action: Answer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const form = useFormState({ text: '', completedOn: '' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = { version: referral.version };
    if (action === 'accept' && form.values.text.trim()) body.note = form.values.text;
    if (action === 'decline') body.reason = form.values.text;
    if (action === 'complete') {
      body.feedback = form.values.text;
      if (form.values.completedOn) body.completedOn = form.values.completedOn;
    }
    const schema = SCHEMAS[action];
    if (schema) {
      const checked = validate(schema, body, format.locale);
      if (checked.errors) {
        const field = action === 'accept' ? 'note' : action === 'decline' ? 'reason' : 'feedback';
        form.setErrors({ text: checked.errors[field] ?? '', completedOn: checked.errors.completedOn ?? '' });
        form.setFormError(t('errors.fixFields'));
        return;
      }
    }
    setBusy(true);
    try {
      await api.post(`/api/referrals/${referral.id}/${action}`, body);
      notify(t('cases.inbox.done'));
      onClose();
    } catch (error) {
      if (isApiError(error)) {
        const fields = error.fields;
        form.setErrors({
          text: fields.note ?? fields.reason ?? fields.feedback ?? '',
          completedOn: fields.completedOn ?? '',
        });
        form.setFormError(
          error.status === 409 ? `${error.message} ${t('cases.file.reloaded')}` : error.message,
        );
      } else form.showError(error);
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: caseKeys.inbox });
      await queryClient.invalidateQueries({ queryKey: ['home'] });
    }
  };

  const label =
    action === 'accept'
      ? t('cases.inbox.note')
      : action === 'decline'
        ? t('cases.inbox.reason')
        : t('cases.inbox.feedback');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormError message={form.formError} />
        {action !== 'receive' && (
          <Textarea
            label={label}
            required={action !== 'accept'}
            autosize
            minRows={3}
            {...form.fields.text}
            error={form.fields.text.error || undefined}
          />
        )}
        {action === 'complete' && (
          <TextInput
            {...dateInput}
            label={t('cases.inbox.completedOn')}
            {...form.fields.completedOn}
            error={form.fields.completedOn.error || undefined}
          />
        )}
        <FormActions busy={busy} onCancel={onClose} submitLabel={t(`cases.inbox.${action}`)} />
      </Stack>
    </form>
  );
}
