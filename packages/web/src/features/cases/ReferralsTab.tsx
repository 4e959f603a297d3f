import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NEED_DOMAINS, referralCreateBody, type CaseDetail, type ReferralView } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { badge, button, card, dialog, grid, layout, text, tone } from '../../components/presets';
import { ConfirmModal, FormError, PageLoader, QueryError, useModalTarget } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useCaseReferrals, useCaseRefresh, useInstitutionChoices, useServices } from './data';
import { knownInstitutions } from './PlanEditor';
import { Nothing, REFERRAL_STATUS_COLOR, personName, useNameOf } from './parts';
import { useCaseWrite } from './write';

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;

/** A referral's status with its age; red when the answer is late. */
export function ReferralStatus({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Group {...layout.chips}>
        <Badge color={REFERRAL_STATUS_COLOR[referral.status]}>
          {t(`cases.referrals.statuses.${referral.status}`)}
        </Badge>
        {referral.overdue && (
          <Badge {...badge.strong} color={tone.danger}>
            {t('cases.overdue')}
          </Badge>
        )}
      </Group>
      {referral.awaitingAnswer && (
        <Text {...text.caption} c={referral.overdue ? tone.overdue : undefined}>
          {t('cases.referrals.age', { days: referral.ageDays })}
        </Text>
      )}
    </Stack>
  );
}

/** Referrals the case sent to institutions, and sending a new one. */
export function ReferralsTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const refresh = useCaseRefresh(kase.id);
  const referrals = useCaseReferrals(kase.id);
  const [referring, setReferring] = useState(false);
  const withdrawing = useModalTarget<ReferralView>();

  const withdraw = async (referral: ReferralView) => {
    try {
      await api.post(`/api/referrals/${referral.id}/withdraw`, { version: referral.version });
      notify(t('cases.referrals.withdrawn'));
    } catch (error) {
      if (isApiError(error, 409)) throw new Error(`${error.message} ${t('cases.file.reloaded')}`);
      throw error;
    } finally {
      await refresh.reload();
      await refresh.lists();
    }
  };

  let body;
  if (referrals.isPending) body = <PageLoader height={160} />;
  else if (referrals.error)
    body = <QueryError error={referrals.error} onRetry={() => void referrals.refetch()} />;
  else if (referrals.data.length === 0)
    body = (
      <Paper {...card}>
        <Nothing>{t('cases.referrals.none')}</Nothing>
      </Paper>
    );
  else
    body = (
      <Paper {...card} p={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.referrals.institution')}</Table.Th>
                <Table.Th>{t('cases.referrals.service')}</Table.Th>
                <Table.Th w={180}>{t('cases.referrals.person')}</Table.Th>
                <Table.Th w={150}>{t('cases.referrals.sentOn')}</Table.Th>
                <Table.Th w={170}>{t('common.status')}</Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.data.map((referral) => (
                <Table.Tr key={referral.id}>
                  <Table.Td>
                    <Text fw={500}>{referral.toInstitution.name}</Text>
                    <Text {...text.caption}>{referral.reason}</Text>
                    {referral.declineReason && (
                      <Text size="sm" c={tone.danger}>
                        {t('cases.referrals.declineReason', { reason: referral.declineReason })}
                      </Text>
                    )}
                    {referral.acceptNote && (
                      <Text size="sm">{t('cases.referrals.acceptNote', { note: referral.acceptNote })}</Text>
                    )}
                    {referral.feedback && (
                      <Text size="sm">{t('cases.referrals.feedback', { feedback: referral.feedback })}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{referral.serviceName ?? ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{referral.person ? personName(referral.person) : ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.date(referral.sentAt)}</Text>
                    <Text {...text.caption}>{referral.sentBy.fullName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <ReferralStatus referral={referral} />
                  </Table.Td>
                  <Table.Td>
                    {referral.allowed.includes('withdraw') && (
                      <Button {...button.small} onClick={() => withdrawing.open(referral)}>
                        {t('cases.referrals.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );

  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('cases.tabs.referrals')}</Title>
        {kase.allowed.includes('refer') && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setReferring(true)}>
            {t('cases.referrals.refer')}
          </Button>
        )}
      </Group>
      {body}
      <DialogModal
        opened={referring}
        onClose={() => setReferring(false)}
        title={t('cases.referrals.title')}
        size={dialog.form}
      >
        {referring && (
          <ReferForm kase={kase} known={referrals.data ?? []} onClose={() => setReferring(false)} />
        )}
      </DialogModal>
      <ConfirmModal
        opened={withdrawing.opened}
        title={t('cases.referrals.withdrawTitle')}
        text={t('cases.referrals.withdrawText')}
        confirmLabel={t('cases.referrals.withdraw')}
        onConfirm={() => (withdrawing.target ? withdraw(withdrawing.target) : Promise.resolve())}
        onClose={withdrawing.close}
      />
    </Stack>
  );
}

interface ReferValues {
  personId: string | null;
  toInstitutionId: string | null;
  serviceCode: string | null;
  planItemId: string | null;
  reason: string;
}

function ReferForm({
  kase,
  known,
  onClose,
}: {
  kase: CaseDetail;
  known: ReferralView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useNameOf();
  const services = useServices();
  const institutions = useInstitutionChoices([
    ...knownInstitutions(kase),
    ...known.flatMap((referral) => [referral.toInstitution, referral.fromInstitution]),
  ]);
  const write = useCaseWrite(kase.id);
  const form = useFormState<ReferValues>({
    personId: kase.person.id,
    toInstitutionId: null,
    serviceCode: null,
    planItemId: null,
    reason: '',
  });
  const { values } = form;
  const catalogue = services.data ?? [];
  const serviceOptions = NEED_DOMAINS.map((domain) => ({
    group: t(`formRenderer.domains.${domain}`),
    items: catalogue
      .filter((service) => service.domain === domain)
      .map((service) => ({ value: service.code, label: nameOf(service.name) })),
  })).filter((group) => group.items.length > 0);
  const planItems = kase.plans
    .filter((plan) => plan.status !== 'superseded')
    .flatMap((plan) =>
      plan.items.map((item) => {
        const service = catalogue.find((entry) => entry.code === item.serviceCode);
        const subject = plan.personId ? kase.members.find((member) => member.id === plan.personId) : null;
        return {
          value: item.id,
          serviceCode: item.serviceCode,
          institutionId: item.responsibleInstitution?.id ?? null,
          label: `${service ? nameOf(service.name) : item.serviceCode} · ${subject ? personName(subject) : t('cases.plan.household')} · ${t('cases.plan.version', { version: plan.planVersion })}`,
        };
      }),
    );

  const onPlanItem = (id: string | null) => {
    const item = planItems.find((entry) => entry.value === id);
    form.set('planItemId', id);
    if (item) {
      form.set('serviceCode', item.serviceCode);
      if (item.institutionId) form.set('toInstitutionId', item.institutionId);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: referralCreateBody,
      body: {
        caseId: kase.id,
        personId: values.personId ?? undefined,
        toInstitutionId: values.toInstitutionId,
        serviceCode: values.serviceCode ?? undefined,
        planItemId: values.planItemId ?? undefined,
        reason: values.reason,
      },
      send: (body) => api.post<ReferralView>(`/api/cases/${kase.id}/referrals`, body),
      notice: t('cases.referrals.sent'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <SimpleGrid {...GRID}>
          <Select
            label={t('cases.referrals.person')}
            required
            allowDeselect={false}
            data={kase.members.map((member) => ({ value: member.id, label: personName(member) }))}
            {...form.fields.personId}
          />
          <Select
            label={t('cases.referrals.institution')}
            required
            searchable
            placeholder={t('cases.common.choose')}
            data={institutions.map((item) => ({ value: item.id, label: nameOf(item.name) }))}
            {...form.fields.toInstitutionId}
          />
        </SimpleGrid>
        <Select
          label={t('cases.referrals.planItem')}
          clearable
          placeholder={t('cases.common.choose')}
          data={planItems.map(({ value, label }) => ({ value, label }))}
          value={values.planItemId}
          onChange={onPlanItem}
          error={form.fields.planItemId.error}
        />
        <Select
          label={t('cases.referrals.service')}
          searchable
          clearable
          placeholder={t('cases.common.choose')}
          data={serviceOptions}
          {...form.fields.serviceCode}
        />
        <Textarea label={t('cases.referrals.reason')} required autosize minRows={3} {...form.fields.reason} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.referrals.refer')} />
      </Stack>
    </form>
  );
}
