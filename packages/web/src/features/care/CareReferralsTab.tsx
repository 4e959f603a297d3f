import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CARE_EVALUATIONS,
  CARE_LEVELS,
  careFollowUpBody,
  careReferralAnswerBody,
  careReferralBody,
  type CareCaseDetail,
  type CareEvaluation,
  type CareLevel,
  type CareReferralView,
} from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { button, card, dialog, grid, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useInstitutionChoices } from '../cases/data';
import { useServiceName } from './CarePlanTab';
import { careCaseUrl, useCareServices, useCareWrite } from './data';
import { Nothing } from './parts';

const STATUS_COLOR: Record<CareReferralView['status'], string> = {
  sent: 'orange',
  accepted: 'teal',
  declined: 'red',
  followed_up: 'blue',
};
const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;

type Dialog = { kind: 'new' } | { kind: 'answer' | 'followUp'; referral: CareReferralView } | null;

/** Referrals to services (local, regional, central), the service's answer and the follow-up. */
export function CareReferralsTab({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const serviceName = useServiceName();
  const [open, setOpen] = useState<Dialog>(null);
  const canWrite = hasScope(me, 'care.assess') && kase.status !== 'closed';
  const planned = kase.plan !== null;
  const close = () => setOpen(null);

  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('care.referrals.title')}</Title>
        {canWrite && planned && (
          <Button onClick={() => setOpen({ kind: 'new' })}>{t('care.referrals.new')}</Button>
        )}
      </Group>
      {kase.referrals.length === 0 ? (
        <Paper {...card}>
          <Nothing>{planned ? t('care.referrals.none') : t('care.referrals.needsPlan')}</Nothing>
        </Paper>
      ) : (
        kase.referrals.map((referral) => (
          <Paper key={referral.id} {...card}>
            <Group {...layout.header}>
              <Stack gap={4} miw={0}>
                <Group {...layout.chips}>
                  <Text fw={600}>{serviceName(referral.serviceCode)}</Text>
                  <Badge variant="light" color={STATUS_COLOR[referral.status]}>
                    {t(`care.referrals.statuses.${referral.status}`)}
                  </Badge>
                </Group>
                <Text size="sm">
                  {[
                    t(`care.levels.${referral.level}`),
                    referral.toInstitution && format.name(referral.toInstitution.name),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="sm">{referral.reason}</Text>
                <Text {...text.caption}>
                  {t('care.referrals.sentBy', {
                    date: format.date(referral.sentAt),
                    name: referral.sentBy.fullName,
                  })}
                </Text>
                {referral.declineReason && (
                  <Text size="sm">{`${t('care.referrals.declineReason')}: ${referral.declineReason}`}</Text>
                )}
                {referral.evaluation && (
                  <Text size="sm" fw={500}>
                    {[t(`care.referrals.evaluations.${referral.evaluation}`), referral.evaluationNote]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
              </Stack>
              {canWrite && referral.status === 'sent' && (
                <Button {...button.secondary} onClick={() => setOpen({ kind: 'answer', referral })}>
                  {t('care.referrals.answer')}
                </Button>
              )}
              {canWrite && referral.status === 'accepted' && (
                <Button {...button.secondary} onClick={() => setOpen({ kind: 'followUp', referral })}>
                  {t('care.referrals.followUp')}
                </Button>
              )}
            </Group>
          </Paper>
        ))
      )}
      <DialogModal
        opened={open !== null}
        onClose={close}
        size={dialog.form}
        title={
          open?.kind === 'answer'
            ? t('care.referrals.answerTitle')
            : open?.kind === 'followUp'
              ? t('care.referrals.followUpTitle')
              : t('care.referrals.new')
        }
      >
        {open?.kind === 'new' && <NewReferral kase={kase} onClose={close} />}
        {open?.kind === 'answer' && <AnswerForm kase={kase} referral={open.referral} onClose={close} />}
        {open?.kind === 'followUp' && <FollowUpForm kase={kase} referral={open.referral} onClose={close} />}
      </DialogModal>
    </Stack>
  );
}

function NewReferral({ kase, onClose }: { kase: CareCaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const write = useCareWrite(kase.id);
  const services = useCareServices();
  const serviceName = useServiceName();
  const institutions = useInstitutionChoices([]);
  const first = kase.plan?.items[0];
  const form = useFormState<{
    planItemId: string | null;
    serviceCode: string | null;
    level: CareLevel;
    toInstitutionId: string | null;
    reason: string;
  }>({
    planItemId: first?.id ?? null,
    serviceCode: first?.serviceCode ?? null,
    level: first?.level ?? 'local',
    toInstitutionId: first?.responsibleInstitution?.id ?? null,
    reason: '',
  });
  const { values } = form;
  const itemOptions = (kase.plan?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.position}. ${serviceName(item.serviceCode)}`,
  }));
  const serviceOptions = (services.data ?? []).map((service) => ({
    value: service.code,
    label: format.name(service.name),
  }));
  const institutionOptions = institutions
    .map((item) => ({
      value: item.id,
      label: typeof item.name === 'string' ? item.name : format.name(item.name),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const pickItem = (id: string | null) => {
    form.set('planItemId', id);
    const item = kase.plan?.items.find((candidate) => candidate.id === id);
    if (item) {
      form.set('serviceCode', item.serviceCode);
      form.set('level', item.level);
      if (item.responsibleInstitution) form.set('toInstitutionId', item.responsibleInstitution.id);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: careReferralBody,
      body: {
        serviceCode: values.serviceCode ?? '',
        level: values.level,
        ...(values.toInstitutionId ? { toInstitutionId: values.toInstitutionId } : {}),
        ...(values.planItemId ? { planItemId: values.planItemId } : {}),
        reason: values.reason,
      },
      send: (body) => api.post<CareCaseDetail>(`${careCaseUrl(kase.id)}/referrals`, body),
      notice: t('care.referrals.sent'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Select
          label={t('care.referrals.planItem')}
          data={itemOptions}
          clearable
          value={values.planItemId}
          onChange={pickItem}
          error={form.fields.planItemId.error}
        />
        <SimpleGrid {...GRID}>
          <Select
            label={t('care.referrals.service')}
            required
            searchable
            data={serviceOptions}
            value={values.serviceCode}
            onChange={(value) => form.set('serviceCode', value)}
            error={form.fields.serviceCode.error}
          />
          <Select
            label={t('care.referrals.level')}
            data={CARE_LEVELS.map((value) => ({ value, label: t(`care.levels.${value}`) }))}
            value={values.level}
            allowDeselect={false}
            onChange={(value) => form.set('level', CARE_LEVELS.find((level) => level === value) ?? 'local')}
          />
        </SimpleGrid>
        <Select
          label={t('care.referrals.institution')}
          required
          searchable
          clearable
          data={institutionOptions}
          value={values.toInstitutionId}
          onChange={(value) => form.set('toInstitutionId', value)}
          error={form.fields.toInstitutionId.error}
        />
        <Textarea label={t('care.referrals.reason')} required autosize minRows={2} {...form.fields.reason} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('care.referrals.submit')} />
      </Stack>
    </form>
  );
}

function AnswerForm({
  kase,
  referral,
  onClose,
}: {
  kase: CareCaseDetail;
  referral: CareReferralView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useCareWrite(kase.id);
  const form = useFormState<{ outcome: 'accepted' | 'declined'; declineReason: string }>({
    outcome: 'accepted',
    declineReason: '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: careReferralAnswerBody,
      body: {
        outcome: form.values.outcome,
        ...(form.values.outcome === 'declined' && form.values.declineReason.trim()
          ? { declineReason: form.values.declineReason.trim() }
          : {}),
        version: referral.version,
      },
      send: (body) =>
        api.post<CareCaseDetail>(`${careCaseUrl(kase.id)}/referrals/${referral.id}/answer`, body),
      notice: t('care.referrals.answered'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {t('care.referrals.outcome')}
          </Text>
          <SegmentedControl
            data={[
              { value: 'accepted', label: t('care.referrals.accepted') },
              { value: 'declined', label: t('care.referrals.declined') },
            ]}
            value={form.values.outcome}
            onChange={(value) => form.set('outcome', value === 'declined' ? 'declined' : 'accepted')}
          />
        </Stack>
        {form.values.outcome === 'declined' && (
          <Textarea
            label={t('care.referrals.declineReason')}
            required
            autosize
            minRows={2}
            {...form.fields.declineReason}
          />
        )}
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('care.referrals.answer')} />
      </Stack>
    </form>
  );
}

function FollowUpForm({
  kase,
  referral,
  onClose,
}: {
  kase: CareCaseDetail;
  referral: CareReferralView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useCareWrite(kase.id);
  const form = useFormState<{ evaluation: CareEvaluation; note: string }>({ evaluation: 'suits', note: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: careFollowUpBody,
      body: {
        evaluation: form.values.evaluation,
        ...(form.values.note.trim() ? { note: form.values.note.trim() } : {}),
        version: referral.version,
      },
      send: (body) =>
        api.post<CareCaseDetail>(`${careCaseUrl(kase.id)}/referrals/${referral.id}/follow-up`, body),
      notice: t('care.referrals.followedUp'),
      onDone: onClose,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {t('care.referrals.evaluation')}
          </Text>
          <SegmentedControl
            data={CARE_EVALUATIONS.map((value) => ({
              value,
              label: t(`care.referrals.evaluations.${value}`),
            }))}
            value={form.values.evaluation}
            onChange={(value) =>
              form.set('evaluation', CARE_EVALUATIONS.find((item) => item === value) ?? 'suits')
            }
          />
        </Stack>
        <Textarea label={t('care.referrals.note')} autosize minRows={2} {...form.fields.note} />
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('care.referrals.followUp')} />
      </Stack>
    </form>
  );
}
