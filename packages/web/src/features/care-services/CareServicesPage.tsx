import { useState } from 'react';
import { Anchor, Badge, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { LicenceStatus } from '@vatra/core';
import { FormDialog } from '../../components/DialogForm';
import { badge, layout, recordPath, text, tone } from '../../components/presets';
import { AddButton, RecordsCard } from '../../components/RecordList';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useApprovalLists, useBasket, useProviders } from './data';
import { NewListForm, ProviderForm } from './forms';

const TABS = ['basket', 'providers', 'council'] as const;
type Tab = (typeof TABS)[number];

export const LICENCE_COLOR: Record<LicenceStatus, string> = {
  valid: tone.success,
  expiring: tone.warning,
  expired: tone.danger,
  none: tone.danger,
};

/** Care services: the basket of the country, the providers, and the lists for the Council. */
export function CareServicesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((name) => name === params.get('tab')) ?? 'providers';
  return (
    <Stack {...layout.page}>
      <PageHeader title={t('careServices.title')} description={t('careServices.intro')} />
      <Tabs value={tab} onChange={(value) => setParams(value ? { tab: value } : {})}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`careServices.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tab === 'basket' && <Basket />}
      {tab === 'providers' && <Providers />}
      {tab === 'council' && <CouncilLists />}
    </Stack>
  );
}

function Basket() {
  const { t } = useTranslation();
  const format = useFormat();
  const basket = useBasket();
  if (basket.isPending) return <PageLoader />;
  if (basket.error) return <QueryError error={basket.error} onRetry={() => void basket.refetch()} />;
  return (
    <RecordsCard
      isEmpty={basket.data.items.length === 0}
      emptyTitle={t('careServices.basket.empty')}
      minWidth={860}
      columns={[
        t('careServices.basket.service'),
        t('careServices.basket.category'),
        t('careServices.basket.targetGroups'),
        t('careServices.basket.standard'),
        t('careServices.basket.council'),
      ]}
    >
      {basket.data.items.map((service) => (
        <Table.Tr key={service.code}>
          <Table.Td>{format.name(service.name)}</Table.Td>
          <Table.Td>
            <Badge {...badge.neutral}>{t(`careServices.category.${service.category}`)}</Badge>
          </Table.Td>
          <Table.Td>
            {service.targetGroups.map((g) => t(`careServices.targetGroup.${g}`)).join(', ')}
          </Table.Td>
          <Table.Td>
            <Text {...text.caption}>{format.name(service.standard)}</Text>
          </Table.Td>
          <Table.Td>
            {service.councilApproval
              ? t('careServices.basket.councilYes')
              : t('careServices.basket.councilNo')}
          </Table.Td>
        </Table.Tr>
      ))}
    </RecordsCard>
  );
}

function Providers() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const providers = useProviders();
  const manage = hasScope(me, 'care.manage');
  const basket = useBasket();
  const [adding, setAdding] = useState(false);
  if (providers.isPending) return <PageLoader />;
  if (providers.error) return <QueryError error={providers.error} onRetry={() => void providers.refetch()} />;
  const names = new Map((basket.data?.items ?? []).map((s) => [s.code, format.name(s.name)]));
  return (
    <Stack {...layout.section}>
      {manage && <AddButton label={t('careServices.providers.add')} onClick={() => setAdding(true)} />}
      <RecordsCard
        isEmpty={providers.data.items.length === 0}
        emptyTitle={t('careServices.providers.empty')}
        emptyText={t('careServices.providers.emptyText')}
        minWidth={900}
        columns={[
          t('careServices.providers.name'),
          t('careServices.providers.kind'),
          t('careServices.providers.licence'),
          t('careServices.providers.funding'),
          t('careServices.providers.services'),
        ]}
      >
        {providers.data.items.map((provider) => (
          <Table.Tr key={provider.id}>
            <Table.Td>
              <Anchor component={Link} to={recordPath.careProvider(provider.id)} fw={600}>
                {provider.name}
              </Anchor>
              <Text {...text.caption}>{provider.settlement}</Text>
            </Table.Td>
            <Table.Td>{t(`careServices.kind.${provider.kind}`)}</Table.Td>
            <Table.Td>
              <Badge color={LICENCE_COLOR[provider.licenceStatus]}>
                {t(`careServices.licence.${provider.licenceStatus}`)}
              </Badge>
              {provider.licenceValidUntil && (
                <Text {...text.caption}>
                  {provider.licenceNumber}{' '}
                  {t('careServices.providers.until', { date: format.date(provider.licenceValidUntil) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t(`careServices.funding.${provider.fundingSource}`)}</Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {provider.services.map((service) => (
                  <Text key={service.id} size="sm">
                    {names.get(service.serviceCode) ?? service.serviceCode}:{' '}
                    {t('careServices.providers.occupancy', {
                      occupied: service.occupied,
                      capacity: service.capacity,
                    })}
                    {service.waiting > 0 &&
                      `, ${t('careServices.providers.waiting', { count: service.waiting })}`}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordsCard>
      <FormDialog
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('careServices.providerForm.title')}
      >
        <ProviderForm provider={null} onDone={() => setAdding(false)} />
      </FormDialog>
    </Stack>
  );
}

function CouncilLists() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const lists = useApprovalLists();
  const manage = hasScope(me, 'care.manage');
  const [creating, setCreating] = useState(false);
  if (lists.isPending) return <PageLoader />;
  if (lists.error) return <QueryError error={lists.error} onRetry={() => void lists.refetch()} />;
  return (
    <Stack {...layout.section}>
      {manage && <AddButton label={t('careServices.council.new')} onClick={() => setCreating(true)} />}
      <RecordsCard
        isEmpty={lists.data.items.length === 0}
        emptyTitle={t('careServices.council.empty')}
        emptyText={t('careServices.council.emptyText')}
        minWidth={760}
        columns={[
          t('careServices.council.listTitle'),
          t('careServices.council.items'),
          t('careServices.council.decision'),
        ]}
      >
        {lists.data.items.map((list) => (
          <Table.Tr key={list.id}>
            <Table.Td>
              <Anchor component={Link} to={recordPath.councilList(list.id)} fw={600}>
                {list.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{list.items}</Table.Td>
            <Table.Td>
              <Badge {...badge.neutral}>{t(`careServices.listStatus.${list.status}`)}</Badge>
              {list.councilDecisionNumber && list.councilDecisionDate && (
                <Text {...text.caption}>
                  {t('careServices.council.decisionRef', {
                    number: list.councilDecisionNumber,
                    date: format.date(list.councilDecisionDate),
                  })}
                  {' · '}
                  {t('careServices.council.counts', { approved: list.approved, rejected: list.rejected })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordsCard>
      <FormDialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('careServices.council.newTitle')}
      >
        <NewListForm onDone={() => setCreating(false)} />
      </FormDialog>
    </Stack>
  );
}
