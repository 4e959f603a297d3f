import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  dvMarkBody,
  type CareCaseDetail,
  type DvCaseBody,
  type DvReportState,
  type ProtectionOrder,
} from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { badge, button, card, layout, text, tone } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { Nothing } from '../care/parts';
import { DvGroupSection } from './DvGroupSection';
import { ExtendForm } from './DvExtendForm';
import { OrderForm, ReportForm } from './DvForms';
import { dvUrl, useDvCase, useDvWrite } from './data';

const STATE_COLOR: Record<DvReportState, string> = {
  submitted: tone.success,
  overdue: tone.danger,
  due_soon: tone.warning,
  upcoming: tone.neutral,
};

/** Care case › domestic violence: protection orders with their report schedule, the technical group. */
export function DvTab({ kase }: { kase: CareCaseDetail }) {
  const query = useDvCase(kase.id, true);
  if (query.isPending) return <PageLoader />;
  if (query.error) {
    if (isApiError(query.error, 409)) return <MarkDv kase={kase} />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const open = kase.status !== 'closed';
  return (
    <Stack>
      <OrdersSection dv={query.data} open={open} />
      <DvGroupSection dv={query.data} open={open} />
    </Stack>
  );
}

/** A care case not (yet) marked DV: the coordinator may mark it, which restricts it. */
function MarkDv({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const write = useDvWrite(kase.id);
  const [error, setError] = useState<string | null>(null);
  const mark = () =>
    void write.run({
      sink: { setErrors: () => undefined, setFormError: setError },
      schema: dvMarkBody,
      body: { version: kase.version },
      send: (body) => api.post<DvCaseBody>(dvUrl(kase.id), body),
      notice: t('careDv.marked'),
    });
  return (
    <Paper {...card}>
      <Stack>
        <Text fw={600}>{t('careDv.notDv')}</Text>
        <Text {...text.caption}>{t('careDv.markHint')}</Text>
        {error && <Text c={tone.danger}>{error}</Text>}
        {kase.status !== 'closed' && (
          <Group>
            <Button loading={write.busy} onClick={mark}>
              {t('careDv.mark')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function OrdersSection({ dv, open }: { dv: DvCaseBody; open: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('careDv.orders.title')}</Title>
        {open && !adding && <Button onClick={() => setAdding(true)}>{t('careDv.orders.add')}</Button>}
      </Group>
      {adding && <OrderForm dv={dv} onDone={() => setAdding(false)} />}
      {dv.orders.length === 0 && !adding && (
        <Paper {...card}>
          <Nothing>{t('careDv.orders.none')}</Nothing>
        </Paper>
      )}
      {dv.orders.map((order) => (
        <OrderCard key={order.id} dv={dv} order={order} open={open} />
      ))}
    </Stack>
  );
}

function OrderCard({ dv, order, open }: { dv: DvCaseBody; order: ProtectionOrder; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [reporting, setReporting] = useState(false);
  const [extending, setExtending] = useState(false);
  const next = order.reports.find((slot) => slot.state !== 'submitted');
  return (
    <Paper {...card}>
      <Stack gap="xs">
        <Group {...layout.header}>
          <Group gap="sm">
            <Text fw={600}>{`${t(`careDv.orders.kinds.${order.kind}`)} · ${order.orderNumber}`}</Text>
            <Badge {...badge.strong} color={order.valid ? tone.success : tone.neutral}>
              {order.valid ? t('careDv.orders.valid') : t('careDv.orders.expired')}
            </Badge>
          </Group>
          <Group gap="sm">
            {open && !extending && (
              <Button {...button.secondary} onClick={() => setExtending(true)}>
                {t('careDv.extend.open')}
              </Button>
            )}
            {open && order.valid && next && !reporting && (
              <Button onClick={() => setReporting(true)}>{t('careDv.reports.submit')}</Button>
            )}
          </Group>
        </Group>
        <Text size="sm">
          {t('careDv.orders.summary', {
            court: order.court,
            issued: format.date(order.issuedOn),
            until: format.date(order.validUntil),
          })}
        </Text>
        {order.policeInformedOn && (
          <Text {...text.caption}>
            {t('careDv.orders.police', { date: format.date(order.policeInformedOn) })}
          </Text>
        )}
        {order.extensions.map((extension) => (
          <Text key={extension.id} {...text.caption}>
            {t('careDv.extend.line', {
              from: format.date(extension.previousValidUntil),
              to: format.date(extension.validUntil),
              number: extension.decisionNumber,
              date: format.date(extension.decidedOn),
            })}
          </Text>
        ))}
        {extending && <ExtendForm dv={dv} order={order} onDone={() => setExtending(false)} />}
        {reporting && <ReportForm dv={dv} order={order} onDone={() => setReporting(false)} />}
        <Text {...text.overline}>
          {t('careDv.reports.title', {
            value: dv.reportEvery.value,
            unit: t(`careDv.reports.units.${dv.reportEvery.unit}`),
          })}
        </Text>
        {order.reports.length === 0 ? (
          <Nothing>{t('careDv.reports.none')}</Nothing>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('careDv.reports.dueOn')}</Table.Th>
                <Table.Th>{t('careDv.reports.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.reports.map((slot) => (
                <Table.Tr key={slot.periodIndex} data-state={slot.state}>
                  <Table.Td>{`${t('careDv.reports.period', { index: slot.periodIndex })} · ${format.date(slot.dueOn)}`}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[slot.state]}>{t(`careDv.reports.states.${slot.state}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {slot.report &&
                      t('careDv.reports.submittedBy', {
                        date: format.date(slot.report.submittedOn),
                        name: slot.report.submittedBy,
                      })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
