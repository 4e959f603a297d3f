import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { EnrolmentView, ProviderServiceView, ProviderView } from '@vatra/core';
import { FormDialog, problemText } from '../../components/DialogForm';
import { badge, button, card, layout, paths, text, tone } from '../../components/presets';
import { RecordTable } from '../../components/RecordList';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { LICENCE_COLOR } from './CareServicesPage';
import { PersonLink } from './PersonLink';
import { useBasket, useCareWrite, useProvider } from './data';
import { EndForm, EnrolForm } from './enrolment-forms';
import { ProviderForm, ServiceForm } from './forms';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'service' }
  | { kind: 'enrol'; service: ProviderServiceView }
  | { kind: 'end'; enrolment: EnrolmentView };

/** One provider: licence, services with capacity and occupancy, who is in each and who waits. */
export function ProviderPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { id = '' } = useParams();
  const provider = useProvider(id);
  const basket = useBasket();
  const [open, setOpen] = useState<Dialog | null>(null);
  if (provider.isPending) return <PageLoader />;
  if (provider.error) return <QueryError error={provider.error} onRetry={() => void provider.refetch()} />;
  const p = provider.data;
  const manage = hasScope(me, 'care.manage');
  const names = new Map((basket.data?.items ?? []).map((s) => [s.code, format.name(s.name)]));
  const close = () => setOpen(null);
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={`${paths.careServices}?tab=providers`} size="sm">
        {t('careServices.provider.back')}
      </Anchor>
      <PageHeader
        title={p.name}
        description={`${t(`careServices.kind.${p.kind}`)} · ${p.settlement} · ${t(`careServices.funding.${p.fundingSource}`)}`}
        actions={
          <Group {...layout.chips}>
            <Badge color={LICENCE_COLOR[p.licenceStatus]}>
              {t(`careServices.licence.${p.licenceStatus}`)}
            </Badge>
            {manage && (
              <Button {...button.small} onClick={() => setOpen({ kind: 'edit' })}>
                {t('careServices.provider.edit')}
              </Button>
            )}
            {manage && (
              <Button {...button.small} onClick={() => setOpen({ kind: 'service' })}>
                {t('careServices.serviceForm.action')}
              </Button>
            )}
          </Group>
        }
      />
      {p.licenceStatus === 'expired' && p.licenceValidUntil && (
        <Alert color={tone.danger}>
          {t('careServices.provider.expiredWarning', { date: format.date(p.licenceValidUntil) })}
        </Alert>
      )}
      {p.licenceStatus === 'none' && (
        <Alert color={tone.danger}>{t('careServices.provider.noLicenceWarning')}</Alert>
      )}
      {p.services.map((service) => (
        <Paper key={service.id} {...card}>
          <Stack {...layout.section}>
            <Group {...layout.spread}>
              <Stack gap={2}>
                <Text {...text.cardTitle}>{names.get(service.serviceCode) ?? service.serviceCode}</Text>
                <Text {...text.caption}>
                  {t('careServices.providers.occupancy', {
                    occupied: service.occupied,
                    capacity: service.capacity,
                  })}
                  {service.waiting > 0 &&
                    ` · ${t('careServices.providers.waiting', { count: service.waiting })}`}
                  {service.place && ` · ${service.place}`}
                </Text>
              </Stack>
              {manage && (
                <Button {...button.small} onClick={() => setOpen({ kind: 'enrol', service })}>
                  {t('careServices.provider.enrol')}
                </Button>
              )}
            </Group>
            <EnrolmentTable
              provider={p}
              enrolments={p.enrolments.filter((e) => e.providerServiceId === service.id)}
              manage={manage}
              onEnd={(enrolment) => setOpen({ kind: 'end', enrolment })}
            />
          </Stack>
        </Paper>
      ))}
      <FormDialog
        opened={open !== null}
        onClose={close}
        title={
          open?.kind === 'edit'
            ? t('careServices.providerForm.editTitle')
            : open?.kind === 'service'
              ? t('careServices.serviceForm.title')
              : open?.kind === 'enrol'
                ? t('careServices.enrolForm.title', { service: names.get(open.service.serviceCode) ?? '' })
                : open?.kind === 'end'
                  ? t('careServices.endForm.title', { person: open.enrolment.person.name })
                  : ''
        }
      >
        {open?.kind === 'edit' && <ProviderForm provider={p} onDone={close} />}
        {open?.kind === 'service' && <ServiceForm provider={p} onDone={close} />}
        {open?.kind === 'enrol' && (
          <EnrolForm
            providerServiceId={open.service.id}
            full={open.service.free === 0 || open.service.waiting > 0}
            onDone={close}
          />
        )}
        {open?.kind === 'end' && <EndForm enrolment={open.enrolment} onDone={close} />}
      </FormDialog>
    </Stack>
  );
}

function EnrolmentTable({
  provider,
  enrolments,
  manage,
  onEnd,
}: {
  provider: ProviderView;
  enrolments: EnrolmentView[];
  manage: boolean;
  onEnd: (enrolment: EnrolmentView) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (enrolments.length === 0) return <Text {...text.muted}>{t('careServices.provider.none')}</Text>;
  return (
    <RecordTable
      minWidth={720}
      columns={[
        t('careServices.provider.person'),
        t('careServices.provider.state'),
        t('careServices.provider.position'),
        t('careServices.provider.requestedOn'),
        t('careServices.provider.startedOn'),
        manage && '',
      ]}
    >
      {enrolments.map((enrolment) => (
        <Table.Tr key={enrolment.id}>
          <Table.Td>
            <PersonLink person={enrolment.person} />
          </Table.Td>
          <Table.Td>
            <Badge {...badge.neutral}>{t(`careServices.status.${enrolment.status}`)}</Badge>
            {enrolment.offered && (
              <Text {...text.caption} c={tone.success}>
                {t('careServices.provider.offered')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>{enrolment.position ?? ''}</Table.Td>
          <Table.Td>{format.date(enrolment.requestedOn)}</Table.Td>
          <Table.Td>{enrolment.startedOn ? format.date(enrolment.startedOn) : ''}</Table.Td>
          {manage && (
            <Table.Td>
              <Group {...layout.chips}>
                {enrolment.offered && <ActivateButton providerId={provider.id} enrolment={enrolment} />}
                <Button {...button.small} onClick={() => onEnd(enrolment)}>
                  {enrolment.status === 'waiting'
                    ? t('careServices.provider.remove')
                    : t('careServices.provider.end')}
                </Button>
              </Group>
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </RecordTable>
  );
}

function ActivateButton({ enrolment }: { providerId: string; enrolment: EnrolmentView }) {
  const { t } = useTranslation();
  const write = useCareWrite<object, EnrolmentView>(
    'post',
    `/api/care/enrolments/${enrolment.id}/activate`,
    'activated',
  );
  return (
    <Stack gap={2}>
      <Button
        {...button.small}
        loading={write.isPending}
        onClick={() => write.mutate({ version: enrolment.version })}
      >
        {t('careServices.provider.activate')}
      </Button>
      {write.error && (
        <Text {...text.caption} c={tone.danger}>
          {problemText(write.error)}
        </Text>
      )}
    </Stack>
  );
}
