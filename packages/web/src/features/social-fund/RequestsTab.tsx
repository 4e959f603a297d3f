import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SocialFundRequestView, SocialFundStatus, SocialFundYear } from '@vatra/core';
import { FormDialog } from '../../components/DialogForm';
import { button, card, layout, text, tone } from '../../components/presets';
import { AddButton, RecordsCard } from '../../components/RecordList';
import { useFormat } from '../../lib/locale';
import { useMoney } from './money';
import { RequestForm, StepForm, type RequestStep } from './request-forms';

const STATUS_COLOR: Record<SocialFundStatus, string> = {
  draft: tone.neutral,
  submitted: tone.primary,
  approved: tone.success,
  rejected: tone.danger,
};

/** The figures above the table, in this order. */
const TOTALS = ['requests', 'municipalAmount', 'requestedAmount', 'approvedAmount'] as const;

type Dialog =
  | { kind: 'new' }
  | { kind: 'edit'; request: SocialFundRequestView }
  | { kind: RequestStep; request: SocialFundRequestView };

/** The year's requests per service line, their totals, and the steps each can take. */
export function RequestsTab({ data }: { data: SocialFundYear }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const [open, setOpen] = useState<Dialog | null>(null);
  const services = new Map(data.services.map((s) => [s.code, format.name(s.name)]));
  const close = () => setOpen(null);
  const steps = (request: SocialFundRequestView): RequestStep[] | ['edit', 'submit'] =>
    request.status === 'draft'
      ? ['edit', 'submit']
      : request.status === 'submitted'
        ? ['approve', 'reject']
        : [];
  const totals = data.totals.length
    ? data.totals
    : [{ currency: data.currency, municipalAmount: 0, requestedAmount: 0, approvedAmount: 0, requests: 0 }];
  return (
    <Stack {...layout.section}>
      {totals.map((total) => (
        <SimpleGrid key={total.currency} cols={{ base: 2, sm: 4 }}>
          {TOTALS.map((key) => (
            <Paper key={key} {...card}>
              <Text {...text.overline}>{t(`socialFund.totals.${key}`)}</Text>
              <Text fw={600} size="lg">
                {key === 'requests' ? format.number(total.requests) : money(total[key], total.currency)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      ))}
      {data.canEdit && (
        <AddButton label={t('socialFund.requests.add')} onClick={() => setOpen({ kind: 'new' })} />
      )}
      <RecordsCard
        isEmpty={data.requests.length === 0}
        emptyTitle={t('socialFund.requests.empty')}
        emptyText={t('socialFund.requests.emptyText')}
        minWidth={980}
        columns={[
          t('socialFund.requests.service'),
          t('socialFund.requests.provider'),
          t('socialFund.requests.municipalAmount'),
          t('socialFund.requests.requestedAmount'),
          t('socialFund.requests.status'),
          t('socialFund.requests.approvedAmount'),
          t('socialFund.requests.decision'),
          '',
        ]}
      >
        {data.requests.map((request) => (
          <Table.Tr key={request.id}>
            <Table.Td>{services.get(request.serviceCode) ?? request.serviceCode}</Table.Td>
            <Table.Td>{request.provider?.name ?? t('socialFund.none')}</Table.Td>
            <Table.Td>{money(request.municipalAmount, request.currency)}</Table.Td>
            <Table.Td>{money(request.requestedAmount, request.currency)}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[request.status]}>{t(`socialFund.status.${request.status}`)}</Badge>
              {request.submittedOn && <Text {...text.caption}>{format.date(request.submittedOn)}</Text>}
            </Table.Td>
            <Table.Td>{money(request.approvedAmount, request.currency)}</Table.Td>
            <Table.Td>
              {request.decisionNumber && request.decisionDate
                ? t('socialFund.requests.decisionText', {
                    number: request.decisionNumber,
                    date: format.date(request.decisionDate),
                  })
                : t('socialFund.none')}
              {request.rejectionReason && <Text {...text.caption}>{request.rejectionReason}</Text>}
            </Table.Td>
            <Table.Td>
              {data.canEdit && (
                <Group gap="xs" wrap="nowrap">
                  {steps(request).map((step) => (
                    <Button key={step} {...button.small} onClick={() => setOpen({ kind: step, request })}>
                      {t(`socialFund.requests.${step}`)}
                    </Button>
                  ))}
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordsCard>
      <FormDialog
        opened={open !== null}
        onClose={close}
        title={
          open
            ? t(
                open.kind === 'new' || open.kind === 'edit'
                  ? 'socialFund.requestForm.title'
                  : `socialFund.${open.kind}Form.title`,
              )
            : ''
        }
      >
        {open?.kind === 'new' && <RequestForm data={data} request={null} onDone={close} />}
        {open?.kind === 'edit' && <RequestForm data={data} request={open.request} onDone={close} />}
        {open && open.kind !== 'new' && open.kind !== 'edit' && (
          <StepForm request={open.request} step={open.kind} onDone={close} />
        )}
      </FormDialog>
    </Stack>
  );
}
